package se.kretslopp.testsupport;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Registering organisations in tests, as an administrator of the installation, with codes and numbers never used. */
public final class Organisations {

    public static final String PATH = "/api/v1/admin/organisations";
    public static final String GROUPS = "/api/v1/admin/organisation-groups";

    private Organisations() {
    }

    /**
     * Ingrid administers the installation by configuration ({@code %test.kretslopp.installation.admins}); the
     * organisation her token names is not registered.
     */
    public static RequestSpecification ingrid() {
        return given().auth().oauth2(Tokens.of("ingrid", "kalmar-lan")).contentType(ContentType.JSON);
    }

    /** Ivar administers it by the realm role {@code installation-admin}; his token names no organisation at all. */
    public static RequestSpecification ivar() {
        return given().auth().oauth2(Tokens.of("ivar", null, "installation-admin")).contentType(ContentType.JSON);
    }

    public static String newCode() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A made-up organisation number of an aktiebolag (55…) with a valid check digit, computed here on its own rather
     * than by the service's code: the Luhn sum of the ten digits, every other one doubled from the first, ends in 0.
     */
    public static String newNumber() {
        String nine = "55" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit / 10 + digit % 10;
        }
        return nine.substring(0, 6) + "-" + nine.substring(6) + (10 - sum % 10) % 10;
    }

    public static Map<String, Object> body(String name, String code, String number, String kind, String group) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("code", code);
        body.put("organisationNumber", number);
        body.put("kind", kind);
        body.put("group", group);
        return body;
    }

    /** Registers the organisation; returns its id. */
    public static String register(Map<String, Object> body) {
        return ingrid().body(body).post(PATH).then().statusCode(201).extract().path("id");
    }

    /** Creates a group; returns its code. */
    public static String newGroup(String name) {
        String code = newCode();
        ivar().body(Map.of("code", code, "name", name)).post(GROUPS).then().statusCode(201);
        return code;
    }
}
