package se.kretslopp.testsupport;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The demo people of the tests, as REST-assured requests with their tokens, and small builders of test data. */
public final class Api {

    private Api() {
    }

    /** Anna, property unit of Kalmar kommun. */
    public static RequestSpecification anna() {
        return as("anna", "kalmar-kommun", "property-unit");
    }

    /** Erik, admin of Kalmar kommun. */
    public static RequestSpecification erik() {
        return as("erik", "kalmar-kommun", "admin");
    }

    /** Karin, property unit of Mörbylånga kommun: another organisation. */
    public static RequestSpecification karin() {
        return as("karin", "morbylanga-kommun", "property-unit");
    }

    /** Johan, contractor of Kalmar Rivning & Demontage AB. */
    public static RequestSpecification johan() {
        return as("johan", "kalmar-rivning", "contractor");
    }

    /** Sara, builder of Smålandsbygg AB. */
    public static RequestSpecification sara() {
        return as("sara", "smalandsbygg", "builder");
    }

    /** Lars, storage operator of Kalmar Återbrukslager (runs Kalmar's mellanlager). */
    public static RequestSpecification lars() {
        return as("lars", "kalmar-aterbrukslager", "storage-operator");
    }

    /** Olle, storage operator of Ölands Återbruk: another storage organisation. */
    public static RequestSpecification olle() {
        return as("olle", "olands-aterbruk", "storage-operator");
    }

    /** Nils, carrier of Kalmarsunds Åkeri AB (deliveries). */
    public static RequestSpecification nils() {
        return as("nils", "kalmarsunds-akeri", "carrier");
    }

    /** Kalmarsunds Åkeri AB, the demo carrier (R__demo_organisations.sql). */
    public static final UUID KALMARSUNDS_AKERI = UUID.fromString("0b6f1a52-3c1e-4d7a-9a10-000000000021");

    /** Demo site "Kalmar mellanlager, Tegelviken" (R__demo_storage.sql) and two of its locations. */
    public static final UUID KALMAR_STORE = UUID.fromString("de500000-0000-4000-8000-000000000001");
    public static final UUID STORE_G03 = UUID.fromString("de510000-0000-4000-8000-000000000010");
    public static final UUID STORE_A02_2 = UUID.fromString("de510000-0000-4000-8000-000000000005");

    public static RequestSpecification as(String user, String org, String... roles) {
        return withToken(user, org, roles).contentType(ContentType.JSON);
    }

    /** A request with the user's token and no body type yet: for multipart uploads and file downloads. */
    public static RequestSpecification withToken(String user, String org, String... roles) {
        return given().auth().oauth2(Tokens.of(user, org, roles));
    }

    /** A new top-level category with one child; returns the child's id. */
    public static UUID newCategory(String label) {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String parent = erik().body(Map.of("code", code, "nameSv", label + " (sv)", "nameEn", label + " (en)"))
                .post("/api/v1/categories").then().statusCode(201).extract().path("id");
        String child = erik().body(Map.of("code", code + ".sub", "parentId", parent, "nameSv", label + " inner (sv)",
                        "nameEn", label + " inner (en)"))
                .post("/api/v1/categories").then().statusCode(201).extract().path("id");
        return UUID.fromString(child);
    }

    /** A building of Kalmar kommun created by Anna. */
    public static UUID newBuilding(String name, Integer constructionYear) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", name);
        body.put("constructionYear", constructionYear);
        body.put("address", Map.of("street", "Storgatan 1", "postalCode", "392 31", "city", "Kalmar"));
        String id = anna().body(body).post("/api/v1/buildings").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static Map<String, Object> item(UUID categoryId, String name, String fate, String hazardCheck) {
        Map<String, Object> item = new java.util.HashMap<>();
        item.put("categoryId", categoryId.toString());
        item.put("name", name);
        item.put("quantity", 12);
        item.put("unit", "st");
        item.put("condition", 2);
        item.put("fate", fate);
        item.put("hazard", Map.of("check", hazardCheck));
        return item;
    }

    public static UUID newItem(UUID buildingId, UUID categoryId, String name) {
        String id = anna().body(item(categoryId, name, "RECYCLE", "NOT_CHECKED"))
                .post("/api/v1/buildings/" + buildingId + "/items").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** Maria, property unit of Kalmarhem (same organisation group as Kalmar kommun). */
    public static RequestSpecification maria() {
        return as("maria", "kalmarhem", "property-unit");
    }

    /** Demo category "Innerdörrar" (doors.interior) of the seed. */
    public static final UUID INTERIOR_DOORS = UUID.fromString("7c0e0000-0000-4000-8000-000000000101");

    /** A published public listing body: a door in Kalmar, 450 kr, condition 2, 12 pieces. */
    public static Map<String, Object> listing(String title) {
        Map<String, Object> listing = new java.util.HashMap<>();
        listing.put("title", title);
        listing.put("description", "Demonterad 2026, hel och ren.");
        listing.put("categoryId", INTERIOR_DOORS.toString());
        listing.put("material", "Ek");
        listing.put("quantity", 12);
        listing.put("unit", "st");
        listing.put("dimensions", Map.of("widthMm", 890, "heightMm", 2090));
        listing.put("condition", 2);
        listing.put("price", Map.of("kind", "FIXED", "sek", 450));
        listing.put("location", Map.of("city", "Kalmar", "latitude", 56.6634, "longitude", 16.3568));
        listing.put("visibility", "PUBLIC");
        listing.put("status", "PUBLISHED");
        return listing;
    }

    /** Creates a listing as the given person; returns its id. */
    public static UUID newListing(RequestSpecification who, Map<String, Object> body) {
        String id = who.body(body).post("/api/v1/listings").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
