package se.kretslopp.privacy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Images;
import se.kretslopp.testsupport.Ledger;
import se.kretslopp.testsupport.Organisations;
import se.kretslopp.testsupport.Reservations;
import se.kretslopp.testsupport.Stock;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pseudonymising a person (docs/privacy.md#what-pseudonymisation-replaces) replaces their name, email and the free
 * text they wrote everywhere in the database, and changes no balance, reservation, climate figure or the audit
 * chain.
 */
@QuarkusTest
class PseudonymisationTest {

    private static final String STORE_ORG = "kalmar-aterbrukslager";

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void pseudonymisingAPersonWhoReservedHandedOverAndWroteMessagesLeavesEveryBalanceAndReportUnchanged()
            throws SQLException {
        String username = "pia-" + suffix;
        String secret = "HEMLIG-" + suffix;
        Supplier<RequestSpecification> pia = () -> Api.as(username, STORE_ORG, "storage-operator");
        Supplier<RequestSpecification> admin = () -> Api.as("chef-" + suffix, STORE_ORG, "admin");
        String name = "Test " + username;
        String email = username + "@example.org";

        // Pia receives a delivery with a note, disposes of a little, photographs the lot and publishes it
        Stock.Site site = Stock.newSite("Pseudonym " + suffix);
        String lot = pia.get().body(Map.of("siteId", site.id().toString(), "deliveredBy", Map.of("name", "Ali Hassan"),
                        "note", "Lämnat av Ali, ring Pia " + secret, "lots", List.of(Stock.lot(site.a(), 10))))
                .post("/api/v1/storage/intakes").then().statusCode(201).extract().path("lots[0].id");
        pia.get().body(Map.of("locationId", site.a().toString(), "quantity", 1, "reason", "Trasig vid leverans"))
                .post("/api/v1/storage/lots/" + lot + "/dispose").then().statusCode(200);
        Api.withToken(username, STORE_ORG, "storage-operator")
                .multiPart("file", secret + ".png", Images.png(40, 30), "image/png")
                .post("/api/v1/storage/lots/" + lot + "/photos").then().statusCode(201);
        String listing = pia.get().body(Map.of("quantity", 8, "price", Map.of("kind", "FREE"), "visibility", "PUBLIC",
                        "pickupInstructions", "Ring Pia på 0701234567 " + secret))
                .post("/api/v1/storage/lots/" + lot + "/publish").then().statusCode(201).extract().path("id");
        // a builder reserves from her listing, and Pia hands over from the lot
        String sold = Api.as("byggare-" + suffix, "smalandsbygg", "builder")
                .body(Map.of("listingId", listing, "quantity", 3)).post("/api/v1/reservations").then()
                .statusCode(201).extract().path("id");
        pia.get().body(Map.of("quantity", 3, "locationId", site.a().toString()))
                .post("/api/v1/reservations/" + sold + "/handover").then().statusCode(200);
        // Pia reserves Johan's doors with a message (idempotently), and Johan hands over to her project
        UUID doors = Reservations.listingOf("Dörrar " + suffix, 6);
        String bought = pia.get().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("listingId", doors.toString(), "quantity", 2, "message", "Hälsningar Pia " + secret))
                .post("/api/v1/reservations").then().statusCode(201).extract().path("id");
        Api.johan().body(Map.of("quantity", 2, "destinationProject", "Pias altan " + secret,
                        "destinationAddress", "Piavägen 1 " + secret))
                .post("/api/v1/reservations/" + bought + "/handover").then().statusCode(200);
        // and posts a wanted request with notes
        String wanted = pia.get().body(Map.of("text", "ekdörr", "notes", "Fråga efter Pia " + secret))
                .post("/api/v1/wanted").then().statusCode(201).extract().path("id");
        Api.johan().get("/api/v1/notifications").then().statusCode(200)
                .body("items.findAll { it.reservationId == '" + bought + "' }.kind", hasItem("RESERVATION_RECEIVED"));
        assertTrue(occurrences(List.of(secret, email, name)).size() >= 8, "the traces are there to find");

        Before before = capture(UUID.fromString(lot), sold, bought, admin);

        // the dry run counts without changing; the run changes what the dry run counted; a second run nothing
        JsonPath dry = admin.get().get(people(username) + "/pseudonymisation").then().statusCode(200)
                .body("dryRun", equalTo(true)).extract().jsonPath();
        assertTrue(dry.getInt("total") > 0, dry.prettify());
        assertEquals(before, capture(UUID.fromString(lot), sold, bought, admin), "a dry run changes nothing");
        assertTrue(occurrences(List.of(secret)).size() >= 6, "a dry run changes nothing");
        JsonPath done = admin.get().post(people(username) + "/pseudonymise").then().statusCode(200)
                .body("dryRun", equalTo(false)).body("pseudonym", matchesPattern("Person [0-9a-f]{8}"))
                .body("pseudonymisedBefore", equalTo(null)).extract().jsonPath();
        assertEquals(dry.getMap("rows"), done.getMap("rows"));
        assertEquals(1, done.getInt("rows.person"));
        assertEquals(1, done.getInt("rows.reservation"));
        assertEquals(1, done.getInt("rows.handover_record"));
        assertEquals(1, done.getInt("rows.notification"));
        assertEquals(1, done.getInt("rows.listing"));
        assertEquals(1, done.getInt("rows.wanted_request"));
        assertEquals(1, done.getInt("rows.stock_intake"));
        // the lot's photo and the listing's copy of it, made when she published
        assertEquals(2, done.getInt("rows.photo"));
        assertEquals(1, done.getInt("rows.idempotency_key"));
        assertTrue(done.getInt("rows.audit_entry_person") >= 6, done.prettify());
        JsonPath again = admin.get().post(people(username) + "/pseudonymise").then().statusCode(200).extract().jsonPath();
        assertEquals(0, again.getInt("total"), again.prettify());
        assertEquals(done.getString("pseudonym"), again.getString("pseudonym"));
        assertTrue(again.getString("pseudonymisedBefore") != null);

        // nothing of her name, email or text is left in any text column of the database
        assertEquals(List.of(), occurrences(List.of(secret, email, name)));
        // and every balance, state, figure and the chain are as before
        assertEquals(before, capture(UUID.fromString(lot), sold, bought, admin));
        try (Ledger ledger = Ledger.open()) {
            ledger.check(UUID.fromString(lot), "after pseudonymisation");
        }
        Api.johan().get("/api/v1/reservations/" + bought).then().statusCode(200)
                .body("buyerName", equalTo(done.getString("pseudonym")));

        // the change is the administrator's in the trail, without the old values
        JsonPath trail = admin.get().get("/api/v1/admin/audit?resource=person&resourceId=sub-" + username).then()
                .statusCode(200).extract().jsonPath();
        assertEquals("sub-chef-" + suffix, trail.getString("items[0].actor.subject"));
        assertEquals(true, trail.getBoolean("items[0].changes.name.changed"));
        assertEquals(true, trail.getBoolean("items[0].changes.email.changed"));

        // her token no longer works, and does not write her name back
        pia.get().get("/api/v1/me").then().statusCode(403)
                .body("type", equalTo("urn:kretslopp:problem:person-pseudonymised"));
        // not even on the joining endpoints, which let people without an organisation in
        pia.get().get("/api/v1/organisation-applications").then().statusCode(403)
                .body("type", equalTo("urn:kretslopp:problem:person-pseudonymised"));
        assertEquals(List.of(), occurrences(List.of(email, name)));
        // her wanted request keeps its words, for her organisation's colleagues
        admin.get().get("/api/v1/wanted/" + wanted).then().statusCode(200).body("text", equalTo("ekdörr"));
    }

    @Test
    void onlyAdministratorsOfThePersonsOrganisationOrTheInstallationMayPseudonymise() {
        String username = "ove-" + suffix;
        Api.as(username, "smalandsbygg", "builder").get("/api/v1/me").then().statusCode(200);
        String path = "/api/v1/admin/people/smalandsbygg/" + username;

        // another organisation's administrator is told no such person; a non-administrator is refused
        Api.erik().get(path + "/pseudonymisation").then().statusCode(404);
        Api.erik().post(path + "/pseudonymise").then().statusCode(404);
        Api.as(username, "smalandsbygg", "builder").post(path + "/pseudonymise").then().statusCode(403);
        // unknown people and organisations
        Api.as("chef-" + suffix, "smalandsbygg", "admin").post("/api/v1/admin/people/smalandsbygg/ingen-" + suffix
                + "/pseudonymise").then().statusCode(404).body("status", equalTo(404));
        Api.as("erik", "kalmar-kommun", "admin", "installation-admin")
                .post("/api/v1/admin/people/finns-inte-" + suffix + "/" + username + "/pseudonymise").then()
                .statusCode(404);
        // malformed input names the field
        Api.erik().post("/api/v1/admin/people/Smålandsbygg_AB/" + username + "/pseudonymise").then()
                .statusCode(400).body("errors.field", hasItem("organisationCode"));
        Api.erik().post("/api/v1/admin/people/smalandsbygg/ove%20" + suffix + "/pseudonymise").then()
                .statusCode(400).body("errors.field", hasItem("username"));
        Api.erik().post("/api/v1/admin/people/smalandsbygg/" + "x".repeat(256) + "/pseudonymise").then()
                .statusCode(400).body("errors.field", hasItem("username"));

        // an installation administrator may, for any organisation, naming the person by subject too
        Api.as("erik", "kalmar-kommun", "admin", "installation-admin")
                .post("/api/v1/admin/people/smalandsbygg/sub-" + username + "/pseudonymise").then().statusCode(200)
                .body("username", equalTo(username)).body("rows.person", equalTo(1));
        Api.as(username, "smalandsbygg", "builder").get("/api/v1/me").then().statusCode(403);

        // and one of no organisation at all (by role, or by configuration with an unregistered org claim)
        String colleague = "ulla-" + suffix;
        Api.as(colleague, "smalandsbygg", "builder").get("/api/v1/me").then().statusCode(200);
        Organisations.ingrid().get("/api/v1/admin/people/smalandsbygg/" + colleague + "/pseudonymisation").then()
                .statusCode(200).body("rows.person", equalTo(1)).body("dryRun", equalTo(true));
        Organisations.ivar().post("/api/v1/admin/people/smalandsbygg/" + colleague + "/pseudonymise").then()
                .statusCode(200).body("rows.person", equalTo(1));
        Api.as(colleague, "smalandsbygg", "builder").get("/api/v1/me").then().statusCode(403);
    }

    @Test
    void aBuildingWhoseContactIsThePersonNamesThePseudonym() throws SQLException {
        String username = "petra-" + suffix;
        String email = username + "@example.org";
        String building = Api.as(username, "kalmar-kommun", "property-unit")
                .body(Map.of("name", "Kontakthuset " + suffix, "contact",
                        Map.of("name", "Petra Kontakt " + suffix, "email", email, "phone", "0480-12345")))
                .post("/api/v1/buildings").then().statusCode(201).extract().path("id");
        // another building of hers names someone else as contact: it stays
        String other = Api.as(username, "kalmar-kommun", "property-unit")
                .body(Map.of("name", "Annat hus " + suffix, "contact", Map.of("name", "Per Persson")))
                .post("/api/v1/buildings").then().statusCode(201).extract().path("id");

        JsonPath done = Api.erik().post("/api/v1/admin/people/kalmar-kommun/" + username + "/pseudonymise").then()
                .statusCode(200).body("rows.building", equalTo(1)).extract().jsonPath();
        Api.anna().get("/api/v1/buildings/" + building).then().statusCode(200)
                .body("contact.name", equalTo(done.getString("pseudonym")))
                .body("contact.email", equalTo(null)).body("contact.phone", equalTo(null));
        Api.anna().get("/api/v1/buildings/" + other).then().statusCode(200)
                .body("contact.name", equalTo("Per Persson"));
        assertEquals(List.of(), occurrences(List.of(email, "Petra Kontakt " + suffix, "Test " + username)));
    }

    /** What must not change: the lot's ledger and totals, both reservations, the climate reports, the chain. */
    private record Before(Ledger.State ledger, String lot, String sold, String bought, String storeReport,
                          String sellerReport, Object chainBreak) {
    }

    private static Before capture(UUID lot, String sold, String bought, Supplier<RequestSpecification> admin) {
        Ledger.State ledger;
        try (Ledger open = Ledger.open()) {
            ledger = open.state(lot);
        }
        JsonPath lotView = Stock.lotOf(lot);
        return new Before(ledger, lotView.getString("onHand") + "/" + lotView.getString("promised"),
                reservation(Api.lars(), sold), reservation(Api.johan(), bought),
                admin.get().get("/api/v1/reports/impact?groupBy=category").then().statusCode(200).extract().asString(),
                Api.johan().get("/api/v1/reports/impact?groupBy=category").then().statusCode(200).extract().asString(),
                sealedChain());
    }

    private static String reservation(RequestSpecification who, String id) {
        JsonPath r = who.get("/api/v1/reservations/" + id).then().statusCode(200).extract().jsonPath();
        return r.getString("status") + "/" + r.getString("quantity") + "/" + r.getString("handover.quantity") + "/"
                + r.getString("handover.handedOverOn");
    }

    /** Waits until the sealer has sealed every entry, then the chain's first break (null: it holds). */
    private static Object sealedChain() {
        long deadline = System.nanoTime() + 30_000_000_000L;
        JsonPath check;
        do {
            check = Api.erik().get("/api/v1/admin/audit/check").then().statusCode(200).extract().jsonPath();
            if (check.getLong("unsealed") == 0) {
                break;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.nanoTime() < deadline);
        assertEquals(0L, check.getLong("unsealed"), "the sealer sealed every entry");
        assertNull(check.get("firstBreak"), "the chain holds: " + check.prettify());
        return check.get("firstBreak");
    }

    private static String people(String username) {
        return "/api/v1/admin/people/" + STORE_ORG + "/" + username;
    }

    /** Every text and JSON column of every table that holds one of the values: "table.column: value". */
    private static List<String> occurrences(List<String> values) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection db = database()) {
            Map<String, List<String>> columns = new LinkedHashMap<>();
            try (ResultSet rs = db.createStatement().executeQuery("""
                    select table_name, column_name from information_schema.columns c
                    where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb')
                      and table_name not like 'flyway%'
                      and exists (select 1 from information_schema.tables t where t.table_schema = 'public'
                                  and t.table_name = c.table_name and t.table_type = 'BASE TABLE')
                    order by table_name, column_name""")) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                for (String column : table.getValue()) {
                    for (String value : values) {
                        try (PreparedStatement query = db.prepareStatement("select count(*) from \"" + table.getKey()
                                + "\" where strpos(\"" + column + "\"::text, ?) > 0")) {
                            query.setString(1, value);
                            try (ResultSet rs = query.executeQuery()) {
                                rs.next();
                                if (rs.getLong(1) > 0) {
                                    found.add(table.getKey() + "." + column + ": " + value);
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static Connection database() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }
}
