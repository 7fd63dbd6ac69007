package se.kretslopp.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Organisations;
import se.kretslopp.testsupport.Reservations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every change through the API is in the audit trail with who, when, which record, the versions and the changed
 * fields (personal ones without their values); the trail is append-only, and its hash chain finds a row changed by
 * hand.
 */
@QuarkusTest
class AuditTrailTest {

    @Test
    void aBuildingsLifeIsInItsHistoryWithWhoAndWhat() {
        UUID building = Api.newBuilding("Granskad skola", 1962);
        Api.anna().header("If-Match", "\"0\"").header("X-Request-Id", "test-req-1")
                .body(Map.of("name", "Granskad skola, hus B", "constructionYear", 1962,
                        "contact", Map.of("name", "Per Persson")))
                .put("/api/v1/buildings/" + building).then().statusCode(200);

        JsonPath history = Api.anna().get("/api/v1/buildings/" + building + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("CREATE", "UPDATE"), history.getList("action"));
        assertEquals("sub-anna", history.getString("[1].actor.subject"));
        assertEquals("kalmar-kommun", history.getString("[1].actor.organisation"));
        assertEquals("test-req-1", history.getString("[1].requestId"));
        assertNotNull(history.getString("[1].clientAddress"));
        assertEquals(0L, history.getLong("[1].versionBefore"));
        assertEquals(1L, history.getLong("[1].versionAfter"));
        assertEquals("Granskad skola", history.getString("[1].changes.name.from"));
        assertEquals("Granskad skola, hus B", history.getString("[1].changes.name.to"));
        // a personal field: recorded as changed, its value not kept
        assertEquals(true, history.getBoolean("[1].changes.contact_name.changed"));
        assertNull(history.get("[1].changes.contact_name.to"));

        // another organisation is told the building does not exist
        Api.karin().get("/api/v1/buildings/" + building + "/history").then().statusCode(404);

        UUID item = Api.newItem(building, Api.INTERIOR_DOORS, "Granskad dörr");
        Api.anna().get("/api/v1/items/" + item + "/history").then().statusCode(200)
                .body("action", org.hamcrest.Matchers.contains("CREATE"))
                .body("[0].changes.name.to", equalTo("Granskad dörr"));
        Api.karin().get("/api/v1/items/" + item + "/history").then().statusCode(404);
    }

    @Test
    void administratorsSearchTheirOrganisationsChangesAndExportThem() {
        UUID building = Api.newBuilding("Sökbar i loggen", 1990);
        Api.erik().get("/api/v1/admin/audit?resource=building&resourceId=" + building).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].actor.subject", equalTo("sub-anna"));
        Api.erik().get("/api/v1/admin/audit?actor=sub-anna&size=5").then().statusCode(200)
                .body("items.actor.subject", everyItem(equalTo("sub-anna")));
        Api.erik().get("/api/v1/admin/audit/export.csv?resourceId=" + building).then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString(building.toString()))
                .body(containsString("actorSubject"));
        // Mörbylånga's administrator sees none of Kalmar's changes; non-administrators see nothing
        Api.as("mats", "morbylanga-kommun", "admin").get("/api/v1/admin/audit?resourceId=" + building)
                .then().statusCode(200).body("total", equalTo(0));
        Api.anna().get("/api/v1/admin/audit").then().statusCode(403);
        Api.erik().get("/api/v1/admin/audit?from=igår").then().statusCode(400).body("errors.field", hasItem("from"));
    }

    @Test
    void installationAdministratorsSearchAllOfItWithoutAnOrganisationAndNarrowItToOne() {
        UUID building = Api.newBuilding("Installationens logg", 1975);
        String code = Organisations.newCode();
        String organisation = Organisations.register(Organisations.body("Granskade AB", code,
                Organisations.newNumber(), "CONTRACTOR", null));

        // Ivar's token names no organisation, Ingrid's an unregistered one: both see every organisation's changes
        for (var admin : List.of(Organisations.ivar(), Organisations.ingrid())) {
            admin.get("/api/v1/admin/audit?resource=building&resourceId=" + building).then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].actor.organisation", equalTo("kalmar-kommun"));
        }
        // narrowed to one organisation: the changes by its people or to its records (Kalmar's building, not the
        // other's), in the search and the export
        String kalmar = Api.anna().get("/api/v1/me").then().statusCode(200).extract().path("organisation.id");
        String byBuilding = "&resource=building&resourceId=" + building;
        Organisations.ivar().get("/api/v1/admin/audit?organisation=" + kalmar + byBuilding).then().statusCode(200)
                .body("total", equalTo(1));
        Organisations.ivar().get("/api/v1/admin/audit?organisation=" + organisation + byBuilding).then()
                .statusCode(200).body("total", equalTo(0));
        Organisations.ivar().get("/api/v1/admin/audit/export.csv?organisation=" + kalmar + byBuilding).then()
                .statusCode(200).contentType(containsString("text/csv")).body(containsString(building.toString()));
        Organisations.ivar().get("/api/v1/admin/audit/export.csv?organisation=" + organisation + byBuilding).then()
                .statusCode(200).body(not(containsString(building.toString())));
        Organisations.ivar().get("/api/v1/admin/audit/check").then().statusCode(200)
                .body("sealed", notNullValue());
        Organisations.ivar().get("/api/v1/admin/audit?organisation=kalmar").then().statusCode(400)
                .body("errors.field", hasItem("organisation"));

        // an organisation's administrator sees only their own organisation's changes; others none
        Api.erik().get("/api/v1/admin/audit?organisation=" + kalmar + byBuilding).then().statusCode(200)
                .body("total", equalTo(1));
        Api.erik().get("/api/v1/admin/audit?resource=organisation&resourceId=" + organisation).then()
                .statusCode(200).body("total", equalTo(0));
        Organisations.ivar().get("/api/v1/admin/audit?resource=organisation&resourceId=" + organisation).then()
                .statusCode(200).body("total", equalTo(1));
        Api.anna().get("/api/v1/admin/audit?organisation=" + organisation).then().statusCode(403);
        Api.anna().get("/api/v1/admin/audit/check").then().statusCode(403);
        // the organisation's own history stays its administrators': an installation admin reads it per organisation
        Organisations.ivar().get("/api/v1/admin/audit/organisation").then().statusCode(403);
    }

    @Test
    void aReservationsMessageStaysOutOfTheTrail() {
        UUID listing = Reservations.listingOf("Loggad dörr", 5);
        String id = Api.sara().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Reservations.reserve(listing, 1)).post("/api/v1/reservations").then().statusCode(201)
                .extract().path("id");
        String changes = Api.as("admin-of-sara", "smalandsbygg", "admin")
                .get("/api/v1/admin/audit?resource=reservation&resourceId=" + id).then().statusCode(200)
                .body("items[0].action", equalTo("CREATE")).body("items[0].actor.subject", equalTo("sub-sara"))
                .body("items[0].changes.message.changed", equalTo(true))
                .extract().path("items[0].changes").toString();
        assertTrue(!changes.contains("släp"), "the buyer's message is not in the trail: " + changes);

        // the reservation's history for its buyer and seller, nobody else; the listing's for its editors
        Api.sara().get("/api/v1/reservations/" + id + "/history").then().statusCode(200)
                .body("action", hasItem("CREATE"));
        Api.johan().get("/api/v1/reservations/" + id + "/history").then().statusCode(200);
        Api.karin().get("/api/v1/reservations/" + id + "/history").then().statusCode(404);
        Api.johan().get("/api/v1/listings/" + listing + "/history").then().statusCode(200)
                .body("[0].action", equalTo("CREATE")).body("[0].resource", equalTo("listing"));
        // a buyer sees the public listing but may not edit it: 403, as for a change of it
        Api.sara().get("/api/v1/listings/" + listing + "/history").then().statusCode(403);
    }

    @Test
    void anInstallationAdministratorWithoutAnOrganisationIsNamedToo() throws Exception {
        Map<String, Object> body = se.kretslopp.testsupport.Organisations.body("Granskade AB",
                se.kretslopp.testsupport.Organisations.newCode(), se.kretslopp.testsupport.Organisations.newNumber(),
                "CONTRACTOR", null);
        body.put("contact", Map.of("name", "Nora Berg", "email", "nora.berg@example.org"));
        String id = se.kretslopp.testsupport.Organisations.register(body);
        try (Connection db = database(); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("select e.actor_subject, e.changes::text, p.actor_name from audit_entry e"
                     + " left join audit_entry_person p on p.entry_id = e.id"
                     + " where e.resource = 'organisation' and e.resource_id = '" + id + "'")) {
            assertTrue(rs.next(), "the registration is in the trail");
            assertEquals("sub-ingrid", rs.getString(1));
            assertTrue(rs.getString(2).contains("\"contact_name\": {\"changed\": true}"), rs.getString(2));
            assertTrue(!rs.getString(2).contains("Nora"), "the contact's name stays out: " + rs.getString(2));
        }
    }

    @Test
    void theTrailIsAppendOnlyAndItsChainFindsARowChangedByHand() throws Exception {
        Api.newBuilding("Kedjad", 2000);
        JsonPath check = awaitSealedChain(30);
        assertNotNull(check.get("head.hash"));

        try (Connection db = database(); Statement sql = db.createStatement()) {
            assertThrows(SQLException.class, () -> sql.execute("update audit_entry set actor_subject = 'x' where id = 1"));
            assertThrows(SQLException.class, () -> sql.execute("delete from audit_entry where id = 1"));
            long position;
            String original;
            try (ResultSet rs = sql.executeQuery("select chain_position, actor_subject from audit_entry"
                    + " where hash is not null order by chain_position desc limit 1 offset 3")) {
                assertTrue(rs.next());
                position = rs.getLong(1);
                original = rs.getString(2);
            }
            // someone with the database's owner rights switches the guard off and rewrites who did it
            sql.execute("alter table audit_entry disable trigger audit_entry_no_update");
            try {
                sql.execute("update audit_entry set actor_subject = 'someone-else' where chain_position = " + position);
                Api.erik().get("/api/v1/admin/audit/check").then().statusCode(200)
                        .body("firstBreak", equalTo((int) position));
            } finally {
                sql.execute("update audit_entry set actor_subject = '" + original.replace("'", "''")
                        + "' where chain_position = " + position);
                sql.execute("alter table audit_entry enable trigger audit_entry_no_update");
            }
        }
        Api.erik().get("/api/v1/admin/audit/check").then().statusCode(200).body("firstBreak", equalTo(null));
    }

    @Test
    void sealingMaySetTheSealAndNothingElse() throws Exception {
        try (Connection db = database(); Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            try {
                long id;
                // uncommitted, so the sealer cannot see it: this transaction plays the sealer
                try (ResultSet rs = sql.executeQuery("insert into audit_entry (actor_subject, resource, resource_id,"
                        + " action, changes) values ('guard-test', 'guard', 'g-1', 'CREATE', '{\"a\": {\"to\": 1}}')"
                        + " returning id")) {
                    assertTrue(rs.next());
                    id = rs.getLong(1);
                }
                String seal = "hash = 'h', chain_position = -" + id;
                for (String other : List.of("actor_subject = 'someone-else'", "changes = '{}'",
                        "occurred_at = occurred_at - interval '1 day'", "request_id = 'r'")) {
                    sql.execute("savepoint attempt");
                    assertThrows(SQLException.class,
                            () -> sql.execute("update audit_entry set " + seal + ", " + other + " where id = " + id),
                            "sealing while changing " + other + " is refused");
                    sql.execute("rollback to savepoint attempt");
                }
                assertEquals(1, sql.executeUpdate("update audit_entry set " + seal + " where id = " + id));
                sql.execute("savepoint attempt");
                assertThrows(SQLException.class, () -> sql.execute("update audit_entry set hash = 'h2' where id = " + id),
                        "a sealed entry is sealed once");
                sql.execute("rollback to savepoint attempt");
            } finally {
                db.rollback();
            }
        }
    }

    @Test
    void manyEntriesAtOnceAreSealedBatchAfterBatchIntoOneChain() throws Exception {
        try (Connection db = database(); Statement sql = db.createStatement()) {
            // two and a half of the sealer's batches, committed at once (as a bulk import writes them)
            sql.execute("insert into audit_entry (actor_subject, resource, resource_id, action, changes)"
                    + " select 'bulk-test', 'bulk', 'b-' || n, 'CREATE', jsonb_build_object('n', jsonb_build_object('to', n))"
                    + " from generate_series(1, " + (AuditSealer.BATCH * 5 / 2) + ") n");
        }
        awaitSealedChain(60);
        try (Connection db = database(); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("select count(distinct chain_position) from audit_entry"
                     + " where actor_subject = 'bulk-test' and hash is not null")) {
            assertTrue(rs.next());
            assertEquals(AuditSealer.BATCH * 5 / 2, rs.getLong(1), "each entry has a place of its own in the chain");
        }
    }

    /** Waits until the sealer has sealed every entry, and checks that the chain holds; the check's answer. */
    private static JsonPath awaitSealedChain(int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        JsonPath check;
        do {
            check = Api.erik().get("/api/v1/admin/audit/check").then().statusCode(200).extract().jsonPath();
        } while (check.getLong("unsealed") > 0 && System.nanoTime() < deadline && sleep());
        assertEquals(0L, check.getLong("unsealed"), "the sealer sealed every entry");
        assertNull(check.get("firstBreak"), "the chain holds: " + check.prettify());
        return check;
    }

    private static boolean sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    private static Connection database() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }
}
