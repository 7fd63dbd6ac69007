package se.kretslopp.testsupport;

import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

import static io.restassured.RestAssured.given;

/** Requests to the service's management interface (health and metrics), a port apart from the API's. */
public final class Management {

    private Management() {
    }

    /** The management interface's base URL in this test run. */
    public static String url() {
        return "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    public static RequestSpecification request() {
        return given().baseUri(url()).port(-1);
    }
}
