package se.kretslopp.health;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Devstack;
import se.kretslopp.testsupport.DevstackTestResource;
import se.kretslopp.testsupport.Management;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ReadinessTest {

    private static final String DATABASE = "Reactive PostgreSQL connections health check";
    private static final String SEARCH = "Search engine";
    private static final String OIDC = "Identity provider";
    private static final String OUTBOX = "Search outbox";

    @Test
    void livenessIsUp() {
        Management.request().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readyWithTheDatabaseAndTheDependenciesReportedApart() {
        Management.request().when().get("/q/health/ready")
                .then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == '" + DATABASE + "' }.status", equalTo("UP"));
        Management.request().when().get("/q/health/group/dependencies")
                .then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(SEARCH, OIDC, OUTBOX))
                .body("checks.find { it.name == '" + SEARCH + "' }.status", equalTo("UP"))
                .body("checks.find { it.name == '" + OIDC + "' }.status", equalTo("UP"));
    }

    @Test
    void aReplicaStaysReadyWhileTheSearchNodeIsStoppedAndTheDependencyCheckSaysSo() {
        String control = ConfigProvider.getConfig().getValue(DevstackTestResource.CONTROL_URL, String.class);
        Devstack.control(control, "/parts/search/stop");
        try {
            // everything but search still works: an outage of the engine must not take every replica out of service
            Management.request().when().get("/q/health/ready")
                    .then().log().ifValidationFails().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", not(hasItem(SEARCH)));
            Management.request().when().get("/q/health/group/dependencies")
                    .then().log().ifValidationFails().statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == '" + SEARCH + "' }.status", equalTo("DOWN"))
                    .body("checks.findAll { it.status == 'DOWN' }.name", hasItem(SEARCH));
            se.kretslopp.testsupport.Api.anna().get("/api/v1/buildings").then().statusCode(200);
        } finally {
            Devstack.control(control, "/parts/search/start");
        }
        Management.request().when().get("/q/health/group/dependencies").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAndHealthAreOnTheManagementPortAndTheApiDescriptionIsPublic() {
        Management.request().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("kretslopp_search_outbox_backlog"));
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
