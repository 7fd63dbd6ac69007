package se.kretslopp.audit;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Organisations;
import se.kretslopp.testsupport.Stock;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The history of stock lots, storage sites, wanted requests and organisations: for those who may read the record,
 * and for nobody of another organisation. And the bundled climate data imported at start-up is the system's.
 */
@QuarkusTest
class HistoryEndpointsTest {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aSiteAndItsLotsShowTheirHistoryToThoseWhoRunTheSite() {
        Stock.Site site = Stock.newSite("Historik " + suffix);
        UUID lot = Stock.receive(site.id(), site.a(), 6);
        Api.lars().body(Map.of("locationId", site.a().toString(), "quantity", 1, "reason", "Trasig"))
                .post("/api/v1/storage/lots/" + lot + "/dispose").then().statusCode(200);

        Api.lars().get("/api/v1/storage/sites/" + site.id() + "/history").then().statusCode(200)
                .body("action", contains("CREATE"))
                .body("[0].resource", equalTo("storage_site"))
                .body("[0].actor.subject", equalTo("sub-lars"))
                .body("[0].changes.name.to", equalTo("Historik " + suffix));
        Api.lars().get("/api/v1/storage/lots/" + lot + "/history").then().statusCode(200)
                .body("[0].action", equalTo("CREATE"))
                .body("[0].resource", equalTo("stock_lot"))
                .body("[0].resourceId", equalTo(lot.toString()))
                .body("[-1].action", equalTo("UPDATE"));

        // another storage organisation is told neither exists; the contractor who delivers there sees the site,
        // not its history; a lot is nobody's but the store's
        Api.olle().get("/api/v1/storage/sites/" + site.id() + "/history").then().statusCode(404);
        Api.olle().get("/api/v1/storage/lots/" + lot + "/history").then().statusCode(404);
        Api.johan().get("/api/v1/storage/sites/" + site.id() + "/history").then().statusCode(403);
        Api.karin().get("/api/v1/storage/lots/" + lot + "/history").then().statusCode(404);
        Api.lars().get("/api/v1/storage/lots/" + UUID.randomUUID() + "/history").then().statusCode(404);
    }

    @Test
    void aWantedRequestShowsItsHistoryToItsOrganisation() {
        String id = Api.sara().body(Map.of("text", "takpannor " + suffix, "notes", "Ring Sara"))
                .post("/api/v1/wanted").then().statusCode(201).extract().path("id");
        Api.sara().header("If-Match", "\"0\"").body(Map.of("text", "takpannor röda " + suffix))
                .put("/api/v1/wanted/" + id).then().statusCode(200);

        Api.sara().get("/api/v1/wanted/" + id + "/history").then().statusCode(200)
                .body("action", contains("CREATE", "UPDATE"))
                .body("[1].changes.text.to", equalTo("takpannor röda " + suffix))
                // notes are personal: only that they changed
                .body("[1].changes.notes.changed", equalTo(true))
                .body("[1].changes.notes.from", equalTo(null));
        Api.as("kollega-" + suffix, "smalandsbygg", "builder").get("/api/v1/wanted/" + id + "/history").then()
                .statusCode(200);
        Api.karin().get("/api/v1/wanted/" + id + "/history").then().statusCode(404);
        Api.johan().get("/api/v1/wanted/" + id + "/history").then().statusCode(404);
    }

    @Test
    void anOrganisationsHistoryIsForItsOwnAdministratorsAndTheInstallations() {
        String code = Organisations.newCode();
        String id = Organisations.register(Organisations.body("Historiska AB", code, Organisations.newNumber(),
                "CONTRACTOR", null));
        String path = "/api/v1/admin/organisations/" + id + "/history";

        // installation administrators, with or without an organisation of their own
        Organisations.ivar().get(path).then().statusCode(200)
                .body("action", contains("CREATE")).body("[0].changes.code.to", equalTo(code))
                .body("[0].actor.subject", equalTo("sub-ingrid"));
        Api.as("erik", "kalmar-kommun", "admin", "installation-admin").get(path).then().statusCode(200);
        Organisations.ivar().get("/api/v1/admin/organisations/" + UUID.randomUUID() + "/history").then()
                .statusCode(404);
        // the organisation's own administrators read theirs; its other people and other administrators may not
        Api.as("chef-" + suffix, code, "admin").get("/api/v1/admin/audit/organisation").then().statusCode(200)
                .body("action", contains("CREATE")).body("[0].resourceId", equalTo(id));
        Api.erik().get("/api/v1/admin/audit/organisation").then().statusCode(200)
                .body("resourceId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        Api.as("anstalld-" + suffix, code, "contractor").get("/api/v1/admin/audit/organisation").then()
                .statusCode(403);
        Api.as("chef-" + suffix, code, "admin").get(path).then().statusCode(403);
        Api.erik().get(path).then().statusCode(403);
        // the organisation itself is still where it was
        Organisations.ivar().get("/api/v1/admin/organisations/" + id).then().statusCode(200)
                .body("code", equalTo(code));
    }

    @Test
    void theBundledClimateDataIsImportedByTheSystem() throws SQLException {
        List<String> actors = new ArrayList<>();
        try (Connection db = database(); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("select actor_subject, actor_organisation_id from audit_entry"
                     + " where resource = 'climate_dataset' and action = 'CREATE'"
                     + " and changes -> 'imported_by' ->> 'to' = 'bundled'")) {
            while (rs.next()) {
                actors.add(rs.getString(1) + "/" + rs.getString(2));
            }
        }
        assertFalse(actors.isEmpty(), "the bundled import at start-up is in the trail");
        actors.forEach(actor -> assertEquals("system/null", actor));
    }

    private static Connection database() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }
}
