package se.kretslopp.organisation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Organisations;
import se.kretslopp.testsupport.Searches;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.kretslopp.testsupport.Organisations.body;
import static se.kretslopp.testsupport.Organisations.ingrid;
import static se.kretslopp.testsupport.Organisations.ivar;
import static se.kretslopp.testsupport.Organisations.newCode;
import static se.kretslopp.testsupport.Organisations.newGroup;
import static se.kretslopp.testsupport.Organisations.newNumber;
import static se.kretslopp.testsupport.Organisations.register;

/**
 * Organisations registered and kept by the installation's administrators: the journey of a new organisation from
 * registration to deactivation and back, who may do this, and every kind of bad input (each a problem naming the
 * field). Every test registers organisations of its own, with new codes and numbers: all tests share the database.
 */
@QuarkusTest
class OrganisationAdminTest {

    private static final String ORGANISATIONS = Organisations.PATH;
    private static final String GROUPS = Organisations.GROUPS;
    private static final String DEACTIVATED = "urn:kretslopp:problem:organisation-deactivated";

    static Map<String, Object> contractor(String code) {
        return body("Torsås Demontering AB", code, newNumber(), "CONTRACTOR", null);
    }

    /** A 4xx problem answer naming the field among its errors. */
    static void namesField(ValidatableResponse response, int status, String field) {
        response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("errors.field", hasItem(field));
    }

    // ---- the journey ---------------------------------------------------------------------------------------------

    @Test
    void aNewOrganisationWorksUntilItIsDeactivatedAndAllOfItComesBackWhenReactivated() {
        String code = newCode();
        String number = newNumber();
        Map<String, Object> body = body("Nybro kommun", code, number, "MUNICIPALITY", null);
        body.put("contact", Map.of("name", "Nora Berg", "email", "nora.berg@example.org", "phone", "0481-450 00"));
        body.put("address", Map.of("street", "Stadshusgatan 1", "postalCode", "382 80", "city", "Nybro"));
        // an administrator whose own organisation is not registered registers it
        String id = ingrid().body(body).post(ORGANISATIONS).then().statusCode(201)
                .header("Location", containsString(ORGANISATIONS + "/"))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code)).body("name", equalTo("Nybro kommun"))
                .body("organisationNumber", equalTo(number)).body("kind", equalTo("MUNICIPALITY"))
                .body("contact.email", equalTo("nora.berg@example.org")).body("address.city", equalTo("Nybro"))
                .body("active", equalTo(true)).body("version", equalTo(0))
                .extract().path("id");

        // its users are in: who they are, a building, a published listing that search finds
        RequestSpecification nora = Api.as("nora", code, "property-unit");
        nora.get("/api/v1/me").then().statusCode(200).body("organisation.code", equalTo(code))
                .body("organisation.name", equalTo("Nybro kommun")).body("organisation.active", equalTo(true));
        Map<String, Object> building = Map.of("name", "Gamla tingshuset", "constructionYear", 1938,
                "address", Map.of("street", "Storgatan 5", "postalCode", "382 30", "city", "Nybro"));
        String buildingId = Api.as("nora", code, "property-unit").body(building).post("/api/v1/buildings").then()
                .statusCode(201).extract().path("id");
        String material = "nybro" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Map<String, Object> listing = Api.listing("Innerdörr från tingshuset");
        listing.put("material", material);
        UUID listingId = Api.newListing(Api.as("nora", code, "property-unit"), listing);
        String query = "material=" + material;
        Searches.untilTotal(RestAssured::given, query, 1);

        // deactivated: its users are refused with a problem of its own, its listing leaves search
        ingrid().post(ORGANISATIONS + "/" + id + "/deactivate").then().statusCode(200)
                .body("active", equalTo(false)).header("ETag", "\"1\"");
        Api.as("nora", code, "property-unit").get("/api/v1/me").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo(DEACTIVATED))
                .body("title", equalTo("Organisation deactivated")).body("detail", containsString(code));
        Api.as("nora", code, "property-unit").body(building).post("/api/v1/buildings").then().statusCode(403)
                .body("type", equalTo(DEACTIVATED));
        Api.as("nora", code, "property-unit").get("/api/v1/search/listings?" + query).then().statusCode(403)
                .body("type", equalTo(DEACTIVATED));
        Searches.untilTotal(RestAssured::given, query, 0);
        // deactivating again changes nothing and is no error
        ingrid().post(ORGANISATIONS + "/" + id + "/deactivate").then().statusCode(200)
                .body("active", equalTo(false)).header("ETag", "\"1\"");
        ingrid().get(ORGANISATIONS + "?active=false&q=" + code).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        ingrid().get(ORGANISATIONS + "?active=true&q=" + code).then().statusCode(200).body("total", equalTo(0));

        // reactivated: everything it had is back
        ingrid().post(ORGANISATIONS + "/" + id + "/reactivate").then().statusCode(200)
                .body("active", equalTo(true)).header("ETag", "\"2\"");
        Api.as("nora", code, "property-unit").get("/api/v1/me").then().statusCode(200);
        Api.as("nora", code, "property-unit").get("/api/v1/buildings/" + buildingId).then().statusCode(200)
                .body("name", equalTo("Gamla tingshuset"));
        Searches.until(RestAssured::given, query, found -> found.getInt("total") == 1
                && listingId.toString().equals(found.getString("items[0].id")));
    }

    @Test
    void theWantedRequestsOfADeactivatedOrganisationLeaveMatchingAndComeBack() {
        String code = newCode();
        String id = register(body("Emmaboda Bygg AB", code, newNumber(), "BUILDER", null));
        String word = "emmaboda" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String wanted = Api.as("edvin", code, "builder").body(Map.of("text", word, "quantity", 2, "unit", "st"))
                .post("/api/v1/wanted").then().statusCode(201).extract().path("id");
        UUID listing = Api.newListing(Api.johan(), Api.listing("Innerdörr " + word));
        untilMatching(listing, wanted, true);

        ingrid().post(ORGANISATIONS + "/" + id + "/deactivate").then().statusCode(200);
        untilMatching(listing, wanted, false);
        ingrid().post(ORGANISATIONS + "/" + id + "/reactivate").then().statusCode(200);
        untilMatching(listing, wanted, true);
        Api.as("edvin", code, "builder").get("/api/v1/wanted/" + wanted).then().statusCode(200)
                .body("status", equalTo("OPEN"));
    }

    /** Waits until the seller sees (or no longer sees) the request among those its listing satisfies. */
    private static void untilMatching(UUID listing, String wanted, boolean expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<String> found = List.of();
        while (System.nanoTime() < deadline) {
            found = Api.johan().get("/api/v1/listings/" + listing + "/matching-wanted").then().statusCode(200)
                    .extract().path("id");
            if (found.contains(wanted) == expected) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("request " + wanted + (expected ? " never matched" : " still matched") + ": "
                + found);
    }

    // ---- who may -------------------------------------------------------------------------------------------------

    @Test
    void anAdministratorByRealmRoleNeedsNoOrganisationButOnlyForTheirOwnEndpoints() {
        ivar().get(ORGANISATIONS).then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(50));
        ivar().get(GROUPS).then().statusCode(200);
        // elsewhere the rule of every endpoint holds for them too
        ivar().get("/api/v1/me").then().statusCode(403)
                .body("type", equalTo("urn:kretslopp:problem:unknown-organisation"));
        ingrid().get("/api/v1/me").then().statusCode(403)
                .body("type", equalTo("urn:kretslopp:problem:unknown-organisation"));
    }

    @Test
    void anAdministratorWithAnOrganisationIsBothAUserAndAnAdministrator() {
        RequestSpecification erik = Api.as("erik", "kalmar-kommun", "admin", "installation-admin");
        erik.get(ORGANISATIONS + "?q=kalmar").then().statusCode(200)
                .body("items.code", hasItem("kalmar-kommun"));
        Api.as("erik", "kalmar-kommun", "admin", "installation-admin").get("/api/v1/me").then().statusCode(200)
                .body("organisation.code", equalTo("kalmar-kommun"))
                .body("user.roles", equalTo(List.of("admin", "installation-admin")));
    }

    @Test
    void nobodyElseMayAndAnonymousCallersMustSignIn() {
        String id = register(contractor(newCode()));
        // an organisation's own admin is not an administrator of the installation
        for (RequestSpecification other : List.of(Api.erik(), Api.anna())) {
            other.get(ORGANISATIONS).then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:kretslopp:problem:forbidden"));
        }
        Api.erik().body(contractor(newCode())).post(ORGANISATIONS).then().statusCode(403)
                .contentType("application/problem+json");
        Api.erik().post(ORGANISATIONS + "/" + id + "/deactivate").then().statusCode(403);
        Api.erik().body(Map.of("code", newCode(), "name", "x")).post(GROUPS).then().statusCode(403);
        // a token of an unregistered organisation stays refused, whatever the endpoint
        Api.as("mallory", "okand-kommun", "admin").get(ORGANISATIONS).then().statusCode(403)
                .contentType("application/problem+json");
        given().get(ORGANISATIONS).then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(contractor(newCode())).post(ORGANISATIONS).then().statusCode(401)
                .contentType("application/problem+json");
        given().post(ORGANISATIONS + "/" + id + "/reactivate").then().statusCode(401);
        given().get(GROUPS).then().statusCode(401).contentType("application/problem+json");
        ingrid().get(ORGANISATIONS + "/" + id).then().statusCode(200).body("active", equalTo(true));
    }

    // ---- editing -------------------------------------------------------------------------------------------------

    @Test
    void anEditReplacesWhatMayChangeAndAStaleOneIsRefused() {
        String code = newCode();
        String id = register(contractor(code));
        String number = newNumber();
        Map<String, Object> edit = body("Torsås Demontering & Transport AB", null, number, "CARRIER", null);
        edit.put("address", Map.of("street", "Industrigatan 2", "postalCode", "385 31", "city", "Torsås"));
        ingrid().header("If-Match", "\"0\"").body(edit).put(ORGANISATIONS + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("code", equalTo(code)).body("kind", equalTo("CARRIER"))
                .body("organisationNumber", equalTo(number)).body("address.street", equalTo("Industrigatan 2"))
                .body("contact.name", equalTo(null));
        // repeating the code is fine; an older version is refused and changes nothing
        edit.put("code", code);
        edit.put("name", "Stale name");
        ingrid().header("If-Match", "\"0\"").body(edit).put(ORGANISATIONS + "/" + id).then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kretslopp:problem:precondition-failed"));
        ingrid().get(ORGANISATIONS + "/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("Torsås Demontering & Transport AB"));
        // the code of a registered organisation never changes: its users' tokens carry it
        edit.put("code", newCode());
        namesField(ingrid().body(edit).put(ORGANISATIONS + "/" + id).then(), 409, "code");
        ingrid().get(ORGANISATIONS + "/" + id).then().body("code", equalTo(code));
    }

    @Test
    void thePublishedHousingCompanyKindIsAcceptedAsAMunicipalCompany() {
        ingrid().body(body("Nybrohem AB", newCode(), newNumber(), "HOUSING_COMPANY", null))
                .post(ORGANISATIONS).then().statusCode(201).body("kind", equalTo("MUNICIPAL_COMPANY"));
        ingrid().get(ORGANISATIONS + "?q=kalmarhem").then().statusCode(200)
                .body("items[0].kind", equalTo("MUNICIPAL_COMPANY"))
                .body("items[0].organisationNumber", equalTo("556000-1017"));
    }

    @Test
    void theListFindsByNameCodeAndNumberAndPages() {
        String code = newCode();
        String number = newNumber();
        String id = register(body("Högsby kommun " + code, code, number, "MUNICIPALITY", null));
        ingrid().get(ORGANISATIONS + "?q=HÖGSBY KOMMUN " + code.toUpperCase()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
        ingrid().get(ORGANISATIONS + "?q=" + number).then().statusCode(200).body("items[0].id", equalTo(id));
        ingrid().get(ORGANISATIONS + "?q=" + code + "&active=true").then().body("total", equalTo(1));
        ingrid().get(ORGANISATIONS + "?q=%25_").then().statusCode(200).body("total", equalTo(0));
        int total = ingrid().get(ORGANISATIONS).then().statusCode(200).extract().path("total");
        ingrid().get(ORGANISATIONS + "?size=2&page=1").then().statusCode(200).body("page", equalTo(1))
                .body("size", equalTo(2)).body("total", equalTo(total)).body("items.size()", equalTo(2));
        namesField(ingrid().get(ORGANISATIONS + "?active=maybe").then(), 400, "active");
        namesField(ingrid().get(ORGANISATIONS + "?size=101").then(), 400, "size");
    }

    // ---- groups --------------------------------------------------------------------------------------------------

    @Test
    void membersOfANewGroupShareTheirInternalListings() {
        String group = newGroup("Sydostkusten");
        String torsas = newCode();
        String emmaboda = newCode();
        register(body("Torsås kommun", torsas, newNumber(), "MUNICIPALITY", group));
        register(body("Emmaboda kommun", emmaboda, newNumber(), "MUNICIPALITY", group));
        ivar().get(GROUPS + "/" + group).then().statusCode(200).body("name", equalTo("Sydostkusten"))
                .body("members", equalTo(2)).header("ETag", "\"0\"");

        String material = "grupp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Map<String, Object> internal = Api.listing("Radiatorer från Torsås skola");
        internal.put("material", material);
        internal.put("visibility", "INTERNAL");
        Api.newListing(Api.as("tove", torsas, "property-unit"), internal);
        Searches.untilTotal(() -> Api.as("elin", emmaboda, "property-unit"), "material=" + material, 1);
        Searches.untilTotal(Api::karin, "material=" + material, 0);

        // a rename changes the name only
        ivar().header("If-Match", "\"0\"").body(Map.of("name", "Sydostkusten i Kalmar län")).put(GROUPS + "/" + group)
                .then().statusCode(200).body("code", equalTo(group)).body("name", equalTo("Sydostkusten i Kalmar län"))
                .header("ETag", "\"1\"");
        ivar().get(GROUPS + "?size=100").then().statusCode(200).body("items.code", hasItem(group));
        Searches.untilTotal(() -> Api.as("elin", emmaboda, "property-unit"), "material=" + material, 1);
    }

    @Test
    void badGroupInputIsAProblemNamingTheField() {
        String group = newGroup("Kust");
        namesField(ivar().body(Map.of("code", group, "name", "Again")).post(GROUPS).then(), 409, "code");
        namesField(ivar().body(Map.of("name", "No code")).post(GROUPS).then(), 400, "code");
        namesField(ivar().body(Map.of("code", "Kust Grupp", "name", "Bad code")).post(GROUPS).then(), 400, "code");
        namesField(ivar().body(Map.of("code", newCode())).post(GROUPS).then(), 400, "name");
        namesField(ivar().body(Map.of("code", newCode(), "name", "Other")).put(GROUPS + "/" + group).then(), 409,
                "code");
        ivar().header("If-Match", "\"7\"").body(Map.of("name", "Stale")).put(GROUPS + "/" + group).then()
                .statusCode(412).contentType("application/problem+json");
        ivar().body(Map.of("name", "Nobody")).put(GROUPS + "/no-such-group").then().statusCode(404)
                .contentType("application/problem+json");
        ivar().get(GROUPS + "/" + group).then().body("name", equalTo("Kust"));
    }

    // ---- bad input -----------------------------------------------------------------------------------------------

    @Test
    void anOrganisationNumberMustBeWellFormedAndHaveItsCheckDigit() {
        String code = newCode();
        namesField(ingrid().body(body("Fel AB", code, "556012-5791", "OTHER", null)).post(ORGANISATIONS)
                .then(), 400, "organisationNumber");
        for (String malformed : List.of("5560125790", "556012 5790", "55601-25790", "16556012-5790", "abcdef-ghij",
                "")) {
            namesField(ingrid().body(body("Fel AB", code, malformed, "OTHER", null)).post(ORGANISATIONS)
                    .then(), 400, "organisationNumber");
        }
        Map<String, Object> missing = body("Fel AB", code, null, "OTHER", null);
        namesField(ingrid().body(missing).post(ORGANISATIONS).then(), 400, "organisationNumber");
        ingrid().get(ORGANISATIONS + "?q=" + code).then().body("total", equalTo(0));
    }

    @Test
    void aCodeOrNumberThatIsTakenIsAConflictNamingIt() {
        namesField(ingrid().body(body("Kalmar igen", "kalmar-kommun", newNumber(), "MUNICIPALITY", null))
                .post(ORGANISATIONS).then(), 409, "code");
        namesField(ingrid().body(body("Kalmar igen", newCode(), "212000-0746", "MUNICIPALITY", null))
                .post(ORGANISATIONS).then(), 409, "organisationNumber");
        // deactivated organisations keep theirs
        String code = newCode();
        String number = newNumber();
        String id = register(body("Lämnat AB", code, number, "OTHER", null));
        ingrid().post(ORGANISATIONS + "/" + id + "/deactivate").then().statusCode(200);
        namesField(ingrid().body(body("Nytt AB", newCode(), number, "OTHER", null)).post(ORGANISATIONS)
                .then(), 409, "organisationNumber");
        String other = register(contractor(newCode()));
        namesField(ingrid().body(body("Nytt AB", null, number, "OTHER", null))
                .put(ORGANISATIONS + "/" + other).then(), 409, "organisationNumber");
    }

    @Test
    void aCodeKindGroupOrContactThatIsNotValidIsAProblemNamingIt() {
        namesField(ingrid().body(body("Utan kod AB", null, newNumber(), "OTHER", null)).post(ORGANISATIONS)
                .then(), 400, "code");
        namesField(ingrid().body(body("Kalmar Kommun", "Kalmar Kommun", newNumber(), "OTHER", null))
                .post(ORGANISATIONS).then(), 400, "code");
        namesField(ingrid().body(body("Varvet AB", newCode(), newNumber(), "SHIPYARD", null))
                .post(ORGANISATIONS).then(), 400, "kind");
        namesField(ingrid().body(body("Utan sort AB", newCode(), newNumber(), null, null))
                .post(ORGANISATIONS).then(), 400, "kind");
        namesField(ingrid().body(body("Gruppad AB", newCode(), newNumber(), "OTHER", "no-such-group"))
                .post(ORGANISATIONS).then(), 422, "group");
        namesField(ingrid().body(body(" ", newCode(), newNumber(), "OTHER", null)).post(ORGANISATIONS)
                .then(), 400, "name");
        Map<String, Object> badEmail = contractor(newCode());
        badEmail.put("contact", Map.of("email", "not an address"));
        namesField(ingrid().body(badEmail).post(ORGANISATIONS).then(), 400, "contact.email");
        Map<String, Object> unknownField = contractor(newCode());
        unknownField.put("active", false);
        namesField(ingrid().body(unknownField).post(ORGANISATIONS).then(), 400, "active");
    }

    @Test
    void anUnknownOrMalformedIdIsAProblem() {
        String unknown = UUID.randomUUID().toString();
        for (String path : List.of(unknown, unknown + "/deactivate", unknown + "/reactivate")) {
            var request = ingrid();
            var response = path.equals(unknown) ? request.get(ORGANISATIONS + "/" + path)
                    : request.post(ORGANISATIONS + "/" + path);
            response.then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:kretslopp:problem:not-found"));
        }
        ingrid().body(contractor(newCode())).put(ORGANISATIONS + "/" + unknown).then().statusCode(404)
                .contentType("application/problem+json");
        int status = ingrid().get(ORGANISATIONS + "/not-a-uuid").then().contentType("application/problem+json")
                .extract().statusCode();
        assertEquals(4, status / 100);
    }
}
