package se.kretslopp.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Images;
import se.kretslopp.testsupport.Reservations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The download of one's own data ({@code GET /api/v1/me/data}): everything about the person, and nothing about
 * anybody else, whether a colleague of the same organisation or a person of another organisation with the same
 * username (usernames are unique only within an organisation).
 */
@QuarkusTest
class MyDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PARTS = Set.of("applicationsToJoin", "auditTrail", "buildingContacts",
            "handovers", "invitations", "listings", "notifications", "person", "photos", "reservations", "stockIntakes",
            "stockMovements", "wantedRequests", "messages", "messageReports", "conversationsRead");

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    /** A person of the given organisation and role, as JSON requests or as plain ones (uploads, downloads). */
    private record Person(String username, String org, String role) {
        RequestSpecification json() {
            return Api.as(username, org, role);
        }

        RequestSpecification plain() {
            return Api.withToken(username, org, role);
        }

        String email() {
            return username + "@example.org";
        }
    }

    /** What a person left behind: the ids of their rows and the text only they wrote. */
    private record Traces(String marker, Map<String, String> ids) {
    }

    @Test
    void theDownloadHoldsEverythingAboutThePersonAndNothingAboutAnybodyElse() throws IOException {
        Person petra = new Person("petra-" + suffix, "kalmar-kommun", "property-unit");
        Person colleague = new Person("nils-" + suffix, "kalmar-kommun", "property-unit");
        Person namesake = new Person("petra-" + suffix, "smalandsbygg", "builder");
        Traces mine = propertyUnitTraces(petra, "PETRA-" + suffix);
        Traces colleagues = propertyUnitTraces(colleague, "NILS-" + suffix);
        Traces namesakes = buyerTraces(namesake, "NAMESAKE-" + suffix);

        Response response = petra.plain().get("/api/v1/me/data");
        response.then().statusCode(200)
                .contentType("application/zip")
                .header("Content-Disposition", equalTo("attachment; filename=\"kretslopp-mina-uppgifter.zip\""))
                .header("Cache-Control", equalTo("no-store"));
        Map<String, byte[]> zip = unzip(response.asByteArray());
        assertEquals(Set.of("data.json", "photos/" + mine.ids.get("photo") + ".png"), zip.keySet());
        byte[] stored = petra.plain().get("/api/v1/photos/" + mine.ids.get("photo")).then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(stored, zip.get("photos/" + mine.ids.get("photo") + ".png"), "the photo as stored");

        String text = new String(zip.get("data.json"), StandardCharsets.UTF_8);
        JsonNode data = JSON.readTree(text);
        assertEquals(petra.username, data.path("signedInAs").path("user").path("username").asText());
        assertEquals("kalmar-kommun", data.path("signedInAs").path("organisation").path("code").asText());
        Map<String, JsonNode> parts = parts(data);
        assertEquals(PARTS, parts.keySet());

        JsonNode person = only(parts.get("person"));
        assertEquals(petra.username, person.path("username").asText());
        assertEquals(petra.email(), person.path("email").asText());
        assertFalse(person.path("email_notifications").asBoolean(), "the setting chosen");
        assertEquals(mine.ids.get("building"), only(parts.get("buildingContacts")).path("building_id").asText());
        assertEquals("Kontakt " + mine.marker, only(parts.get("buildingContacts")).path("contact_name").asText());
        JsonNode photo = only(parts.get("photos"));
        assertEquals(mine.ids.get("photo"), photo.path("id").asText());
        assertEquals("photos/" + mine.ids.get("photo") + ".png", photo.path("file").asText());
        assertEquals(Set.of(mine.ids.get("listing")), ids(parts.get("listings"), "id"));
        assertEquals(Set.of(mine.ids.get("wanted")), ids(parts.get("wantedRequests"), "id"));
        JsonNode reservation = only(parts.get("reservations"));
        assertEquals(mine.ids.get("reservation"), reservation.path("id").asText());
        assertEquals("Meddelande " + mine.marker, reservation.path("message").asText());
        assertEquals("CONFIRMED", reservation.path("status").asText());
        assertTrue(reservation.path("created_at").isTextual() && reservation.path("created_at").asText().contains("T"),
                "times as ISO-8601 text: " + reservation.path("created_at"));
        assertFalse(reservation.has("handed_over_by"), "who handed over is the seller's person, not the buyer's");
        JsonNode handover = only(parts.get("handovers"));
        assertEquals(mine.ids.get("handover"), handover.path("reservation_id").asText());
        assertEquals(petra.username, handover.path("handed_over_by").asText());
        assertFalse(handover.has("buyer_username") || handover.has("buyer_name") || handover.has("message"),
                "a handover leaves out the buyer");
        assertTrue(ids(parts.get("notifications"), "kind").contains("RESERVATION_CONFIRMED"));
        JsonNode created = null;
        for (JsonNode entry : parts.get("auditTrail").path("rows")) {
            if (entry.path("resource_id").asText().equals(mine.ids.get("building"))) {
                created = entry;
            }
        }
        assertTrue(created != null && created.path("changes").isObject(), "the trail of Petra's building");
        assertEquals("sub-" + petra.username, created.path("actor_subject").asText());
        assertTrue(ids(parts.get("notifications"), "reservation_id").contains(mine.ids.get("reservation")));

        for (Traces other : List.of(colleagues, namesakes)) {
            assertFalse(text.contains(other.marker), "another person's text is not in it: " + other.marker);
            other.ids.forEach((what, id) -> assertFalse(text.contains(id), "another person's " + what + " " + id));
        }
        assertFalse(text.contains("buyer-" + suffix), "the buyer of the handover is not in it");

        // and the namesake of the other organisation gets theirs, not Petra's
        Map<String, byte[]> theirs = unzip(namesake.plain().get("/api/v1/me/data").then().statusCode(200)
                .extract().asByteArray());
        assertEquals(Set.of("data.json"), theirs.keySet());
        String theirText = new String(theirs.get("data.json"), StandardCharsets.UTF_8);
        Map<String, JsonNode> theirParts = parts(JSON.readTree(theirText));
        assertEquals(namesakes.ids.get("reservation"), only(theirParts.get("reservations")).path("id").asText());
        assertEquals(0, theirParts.get("buildingContacts").path("rows").size(), "same email, other organisation");
        assertFalse(theirText.contains(mine.marker));
        mine.ids.forEach((what, id) -> assertFalse(theirText.contains(id), "Petra's " + what + " " + id));
    }

    @Test
    void aPersonWithNoDataGetsASmallValidDownload() throws IOException {
        Person newcomer = new Person("ny-" + suffix, "kalmar-aterbrukslager", "storage-operator");
        byte[] bytes = newcomer.plain().get("/api/v1/me/data").then().statusCode(200).contentType("application/zip")
                .extract().asByteArray();
        assertTrue(bytes.length < 4096, "small: " + bytes.length + " bytes");
        Map<String, byte[]> zip = unzip(bytes);
        assertEquals(Set.of("data.json"), zip.keySet());
        Map<String, JsonNode> parts = parts(JSON.readTree(zip.get("data.json")));
        assertEquals(PARTS, parts.keySet());
        parts.forEach((name, part) -> {
            assertFalse(part.path("about").asText().isBlank(), name + " says what it is");
            // the first request of a person records who they are (and the trail that it did): that is all there is
            assertEquals(Set.of("person", "auditTrail").contains(name) ? 1 : 0, part.path("rows").size(), name);
        });
    }

    @Test
    void anonymousCallersGetAProblem() {
        given().get("/api/v1/me/data").then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/me/data"));
    }

    @Test
    void someoneOfNoRegisteredOrganisationGetsWhatJoiningKeepsOfThem() throws IOException {
        String applicant = "mallory-" + suffix;
        Api.as(applicant, "okand-kommun").body(Map.of("organisationName", "Okänd kommun " + suffix,
                        "organisationNumber", se.kretslopp.testsupport.Organisations.newNumber(), "kind", "MUNICIPALITY",
                        "contact", Map.of("name", "Mallory", "email", applicant + "@example.org"),
                        "activity", "Vi vill återbruka."))
                .post("/api/v1/organisation-applications").then().statusCode(201);
        Api.withToken(applicant, "okand-kommun").get("/api/v1/me").then().statusCode(403);

        byte[] bytes = Api.withToken(applicant, "okand-kommun").get("/api/v1/me/data").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        JsonNode data = JSON.readTree(unzip(bytes).get("data.json"));
        assertTrue(data.path("signedInAs").path("organisation").isNull());
        Map<String, JsonNode> parts = parts(data);
        assertEquals(PARTS, parts.keySet());
        assertEquals("Okänd kommun " + suffix, only(parts.get("applicationsToJoin")).path("organisation_name").asText());
        assertEquals(0, parts.get("person").path("rows").size(), "no organisation ever knew them");
    }

    @Test
    void aPersonWhoseOrganisationWasDeactivatedStillGetsTheirData() throws IOException {
        String code = se.kretslopp.testsupport.Organisations.newCode();
        String id = se.kretslopp.testsupport.Organisations.register(se.kretslopp.testsupport.Organisations.body(
                "Nedlagda AB " + suffix, code, se.kretslopp.testsupport.Organisations.newNumber(), "BUILDER", null));
        Person leaver = new Person("leaver-" + suffix, code, "builder");
        String wanted = leaver.json().body(Map.of("text", "Söker tegel " + suffix)).post("/api/v1/wanted")
                .then().statusCode(201).extract().path("id");
        se.kretslopp.testsupport.Organisations.ingrid().post("/api/v1/admin/organisations/" + id + "/deactivate")
                .then().statusCode(200);
        leaver.plain().get("/api/v1/me").then().statusCode(403);

        byte[] bytes = leaver.plain().get("/api/v1/me/data").then().statusCode(200).extract().asByteArray();
        Map<String, JsonNode> parts = parts(JSON.readTree(unzip(bytes).get("data.json")));
        assertEquals(Set.of(wanted), ids(parts.get("wantedRequests"), "id"), "kept under the organisation they left");
        assertEquals(1, parts.get("person").path("rows").size());
    }

    // ---- test data -------------------------------------------------------------------------------------------

    /**
     * A property-unit person's traces: settings, a building naming them as contact, an item with their photo, a
     * listing they created and handed over from, a reservation they made (confirmed by the seller) and a wanted
     * request.
     */
    private Traces propertyUnitTraces(Person person, String marker) {
        Map<String, String> ids = new LinkedHashMap<>();
        person.json().body(Map.of("emailNotifications", false)).put("/api/v1/me/preferences").then().statusCode(200);
        ids.put("building", person.json().body(Map.of("name", "Hus " + marker,
                        "contact", Map.of("name", "Kontakt " + marker, "email", person.email())))
                .post("/api/v1/buildings").then().statusCode(201).extract().path("id"));
        String item = person.json().body(Api.item(Api.INTERIOR_DOORS, "Dörr " + marker, "REUSE", "FREE"))
                .post("/api/v1/buildings/" + ids.get("building") + "/items").then().statusCode(201).extract().path("id");
        ids.put("photo", person.plain().multiPart("file", "dorr.png", Images.png(64, 48), "image/png")
                .post("/api/v1/items/" + item + "/photos").then().statusCode(201).extract().path("id"));
        ids.put("listing", person.json().body(Api.listing("Annons " + marker)).post("/api/v1/listings")
                .then().statusCode(201).extract().path("id"));
        String buyer = Api.as("buyer-" + suffix, "smalandsbygg", "builder")
                .body(Map.of("listingId", ids.get("listing"), "quantity", 1)).post("/api/v1/reservations")
                .then().statusCode(201).extract().path("id");
        person.json().body(Map.of("quantity", 1)).post("/api/v1/reservations/" + buyer + "/handover")
                .then().statusCode(200);
        ids.put("handover", buyer);
        buyerTraces(person, marker, ids);
        return new Traces(marker, ids);
    }

    /** A buyer's traces: a reservation with a message (confirmed by the seller) and a wanted request. */
    private Traces buyerTraces(Person person, String marker) {
        Map<String, String> ids = new HashMap<>();
        buyerTraces(person, marker, ids);
        return new Traces(marker, ids);
    }

    private void buyerTraces(Person person, String marker, Map<String, String> ids) {
        UUID listing = Reservations.listingOf("Dörrar " + marker, 5);
        ids.put("reservation", person.json().body(Map.of("listingId", listing.toString(), "quantity", 1,
                        "message", "Meddelande " + marker))
                .post("/api/v1/reservations").then().statusCode(201).extract().path("id"));
        Api.johan().body(Map.of("pickupFrom", "2030-01-10T08:00:00+01:00", "pickupTo", "2030-01-10T09:00:00+01:00"))
                .post("/api/v1/reservations/" + ids.get("reservation") + "/confirm").then().statusCode(200);
        ids.put("wanted", person.json().body(Map.of("text", "Söker " + marker)).post("/api/v1/wanted")
                .then().statusCode(201).extract().path("id"));
    }

    // ---- reading the download ----------------------------------------------------------------------------------

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static Map<String, JsonNode> parts(JsonNode data) {
        Map<String, JsonNode> parts = new LinkedHashMap<>();
        data.path("parts").forEach(part -> parts.put(part.path("name").asText(), part));
        return parts;
    }

    private static JsonNode only(JsonNode part) {
        assertEquals(1, part.path("rows").size(), part.path("name").asText() + ": " + part.path("rows"));
        return part.path("rows").get(0);
    }

    private static Set<String> ids(JsonNode part, String column) {
        Set<String> values = new TreeSet<>();
        part.path("rows").forEach(row -> values.add(row.path(column).asText()));
        return values;
    }
}
