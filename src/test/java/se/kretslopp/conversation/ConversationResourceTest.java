package se.kretslopp.conversation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Images;
import se.kretslopp.testsupport.Ledger;
import se.kretslopp.testsupport.Organisations;
import se.kretslopp.testsupport.Reservations;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.karin;
import static se.kretslopp.testsupport.Api.sara;

/** Conversations over the real stack: who sees what, messages, unread counts, attachments, reports and hiding. */
@QuarkusTest
class ConversationResourceTest {

    /** A colleague of Johan's at Kalmar Rivning & Demontage: everybody of the seller's organisation sees its threads. */
    private static RequestSpecification jonna() {
        return Api.as("jonna", "kalmar-rivning", "contractor");
    }

    private static Map<String, Object> about(String kind, Object id) {
        return Map.of("subjectKind", kind, "subjectId", id.toString());
    }

    static String startAboutListing(UUID listing) {
        return sara().body(about("LISTING", listing)).post("/api/v1/conversations").then().statusCode(201)
                .body("otherParty.code", equalTo("kalmar-rivning")).body("subjectKind", equalTo("LISTING"))
                .extract().path("id");
    }

    static String post(RequestSpecification who, String thread, String text) {
        return who.body(Map.of("text", text)).post("/api/v1/conversations/" + thread + "/messages").then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void aBuyerAsksAndOnlyTheTwoOrganisationsSeeTheThread() {
        UUID listing = Reservations.listingOf("Fråga " + UUID.randomUUID(), 4);
        String thread = startAboutListing(listing);
        // starting again answers the same thread; a replayed key the first answer
        sara().body(about("LISTING", listing)).post("/api/v1/conversations").then().statusCode(200)
                .body("id", equalTo(thread));
        String key = UUID.randomUUID().toString();
        sara().header("Idempotency-Key", key).body(about("LISTING", listing)).post("/api/v1/conversations").then()
                .statusCode(200).body("id", equalTo(thread));
        sara().header("Idempotency-Key", key).body(about("LISTING", listing)).post("/api/v1/conversations").then()
                .statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(thread));
        String message = post(sara(), thread, "Hej! Finns dörrarna kvar?");
        // the seller's people see it in their inbox, with the buyer as the other party
        johan().get("/api/v1/conversations?size=100").then().statusCode(200)
                .body("items.id", hasItem(thread));
        jonna().get("/api/v1/conversations/" + thread).then().statusCode(200)
                .body("otherParty.code", equalTo("smalandsbygg")).body("lastMessage.text",
                        equalTo("Hej! Finns dörrarna kvar?"));
        post(johan(), thread, "Ja, alla tolv.");
        // the seller cannot open a listing thread with itself
        johan().body(about("LISTING", listing)).post("/api/v1/conversations").then().statusCode(422)
                .body("errors[0].field", equalTo("subjectId"));
        // another buyer has a thread of their own, invisible to the first and the other way round
        String karins = karin().body(about("LISTING", listing)).post("/api/v1/conversations").then().statusCode(201)
                .extract().path("id");
        assertNotEquals(thread, karins);
        sara().get("/api/v1/conversations/" + karins).then().statusCode(404);
        sara().get("/api/v1/conversations?size=100").then().body("items.id", not(hasItem(karins)));
        // every endpoint that takes an id: other organisations get 404, anonymous 401
        for (Supplier<RequestSpecification> outsider : List.<Supplier<RequestSpecification>>of(Api::karin, Api::lars,
                Api::maria)) {
            outsider.get().get("/api/v1/conversations/" + thread).then().statusCode(404);
            outsider.get().get("/api/v1/conversations/" + thread + "/messages").then().statusCode(404);
            outsider.get().body(Map.of("text", "Hallå")).post("/api/v1/conversations/" + thread + "/messages").then()
                    .statusCode(404);
            outsider.get().post("/api/v1/conversations/" + thread + "/read").then().statusCode(404);
            outsider.get().body(Map.of("reason", "x"))
                    .post("/api/v1/conversations/" + thread + "/messages/" + message + "/report").then()
                    .statusCode(404);
            outsider.get().get("/api/v1/conversations/" + thread + "/attachments/" + UUID.randomUUID()).then()
                    .statusCode(404);
            Api.withToken("karin", "morbylanga-kommun", "property-unit")
                    .multiPart("file", "a.png", Images.png(20, 20), "image/png")
                    .post("/api/v1/conversations/" + thread + "/messages/" + message + "/attachments").then()
                    .statusCode(404);
        }
        RestAssured.given().get("/api/v1/conversations").then().statusCode(401);
        RestAssured.given().get("/api/v1/conversations/unread").then().statusCode(401);
        RestAssured.given().get("/api/v1/conversations/" + thread).then().statusCode(401);
        RestAssured.given().get("/api/v1/conversations/" + thread + "/messages").then().statusCode(401);
        RestAssured.given().contentType("application/json").body(Map.of("text", "x"))
                .post("/api/v1/conversations/" + thread + "/messages").then().statusCode(401);
        RestAssured.given().contentType("application/json").post("/api/v1/conversations/" + thread + "/read").then()
                .statusCode(401);
        RestAssured.given().contentType("application/json").body(about("LISTING", listing))
                .post("/api/v1/conversations").then().statusCode(401);
        RestAssured.given().get("/api/v1/conversations/" + thread + "/attachments/" + UUID.randomUUID()).then()
                .statusCode(401);
        // unknown subjects and bad input: 4xx naming the field
        sara().body(about("LISTING", UUID.randomUUID())).post("/api/v1/conversations").then().statusCode(422)
                .body("errors[0].field", equalTo("subjectId"));
        sara().body(about("WANTED", UUID.randomUUID())).post("/api/v1/conversations").then().statusCode(422)
                .body("errors[0].field", equalTo("subjectId"));
        sara().body(Map.of("subjectKind", "HOUSE", "subjectId", listing.toString())).post("/api/v1/conversations")
                .then().statusCode(400);
        sara().body(Map.of("subjectKind", "LISTING")).post("/api/v1/conversations").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("subjectId"));
        sara().get("/api/v1/conversations?unread=maybe").then().statusCode(400);
    }

    @Test
    void reservationThreadsBelongToBuyerAndSeller() {
        UUID listing = Reservations.listingOf("Reserverad " + UUID.randomUUID(), 4);
        String reservation = sara().body(Reservations.reserve(listing, 1)).post("/api/v1/reservations").then()
                .statusCode(201).extract().path("id");
        String thread = johan().body(about("RESERVATION", reservation)).post("/api/v1/conversations").then()
                .statusCode(201).body("buyer.code", equalTo("smalandsbygg")).extract().path("id");
        sara().body(about("RESERVATION", reservation)).post("/api/v1/conversations").then().statusCode(200)
                .body("id", equalTo(thread));
        karin().body(about("RESERVATION", reservation)).post("/api/v1/conversations").then().statusCode(422)
                .body("errors[0].field", equalTo("subjectId"));
        karin().get("/api/v1/conversations/" + thread).then().statusCode(404);
    }

    @Test
    void aSellerOffersToAWantedRequest() {
        String wanted = sara().body(Map.of("text", "Tegel " + UUID.randomUUID(), "quantity", 100, "unit", "st"))
                .post("/api/v1/wanted").then().statusCode(201).extract().path("id");
        String thread = johan().body(about("WANTED", wanted)).post("/api/v1/conversations").then().statusCode(201)
                .body("buyer.code", equalTo("smalandsbygg")).body("seller.code", equalTo("kalmar-rivning"))
                .body("subjectKind", equalTo("WANTED")).extract().path("id");
        post(johan(), thread, "Vi har 120 st gult tegel.");
        sara().get("/api/v1/conversations/" + thread).then().statusCode(200).body("unread", equalTo(1))
                .body("otherParty.code", equalTo("kalmar-rivning"));
        // the organisation that wants cannot offer to itself; a third party has a thread of its own
        sara().body(about("WANTED", wanted)).post("/api/v1/conversations").then().statusCode(422)
                .body("errors[0].field", equalTo("subjectId"));
        karin().get("/api/v1/conversations/" + thread).then().statusCode(404);
        String karins = karin().body(about("WANTED", wanted)).post("/api/v1/conversations").then().statusCode(201)
                .extract().path("id");
        assertNotEquals(thread, karins);
        johan().get("/api/v1/conversations/" + karins).then().statusCode(404);
    }

    @Test
    void theDemoConversationIsTheTwoOrganisations() {
        String demo = "/api/v1/conversations/de900000-0000-4000-8000-000000000001";
        sara().get(demo).then().statusCode(200).body("subjectKind", equalTo("WANTED"))
                .body("otherParty.code", equalTo("kalmar-rivning"));
        johan().get(demo + "/messages").then().statusCode(200).body("total", equalTo(2));
        karin().get(demo).then().statusCode(404);
    }

    @Test
    void pseudonymisingAnAuthorRemovesTheirNameAndText() {
        String thread = startAboutListing(Reservations.listingOf("Pseudonym " + UUID.randomUUID(), 2));
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String pia = "pia" + suffix;
        Api.as(pia, "smalandsbygg", "builder").body(Map.of("text", "Ring Pia på 070-111 22 33"))
                .post("/api/v1/conversations/" + thread + "/messages").then().statusCode(201);
        Api.as("chef" + suffix, "smalandsbygg", "admin")
                .post("/api/v1/admin/people/smalandsbygg/" + pia + "/pseudonymise").then().statusCode(200)
                .body("rows.conversation_message", equalTo(1));
        johan().get("/api/v1/conversations/" + thread + "/messages").then().statusCode(200)
                .body("items[0].authorUsername", equalTo(pia)).body("items[0].text", equalTo("[borttaget]"))
                .body("items[0].authorName", org.hamcrest.Matchers.startsWith("Person "));
    }

    @Test
    void messagesArePlainTextOfOneTo4000Characters() {
        String thread = startAboutListing(Reservations.listingOf("Längd " + UUID.randomUUID(), 2));
        String url = "/api/v1/conversations/" + thread + "/messages";
        sara().body(Map.of("text", "")).post(url).then().statusCode(400).body("errors[0].field", equalTo("text"));
        sara().body(Map.of("text", "  \n\t ")).post(url).then().statusCode(400).body("errors[0].field", equalTo("text"));
        sara().body(Map.of("text", "x".repeat(4001))).post(url).then().statusCode(400)
                .body("errors[0].field", equalTo("text")).body("errors[0].max", equalTo(4000));
        sara().body(Map.of("text", "a\u0000b")).post(url).then().statusCode(400);
        sara().body("{\"text\": \"hej\", \"html\": true}").post(url).then().statusCode(400);
        // trimmed length counts; the text is stored as given
        String given = "  " + "y".repeat(4000) + "\n";
        sara().body(Map.of("text", given)).post(url).then().statusCode(201).body("text", equalTo(given));
        String markup = "<b>fet</b> <script>alert(1)</script> https://example.org/a?b=c";
        sara().body(Map.of("text", markup)).post(url).then().statusCode(201).body("text", equalTo(markup))
                .body("mine", equalTo(true));
        johan().get(url).then().statusCode(200).body("items[0].text", equalTo(markup))
                .body("items[0].mine", equalTo(false)).body("items[0].authorUsername", equalTo("sara"));
    }

    @Test
    void unreadCountsArePerPerson() {
        String thread = startAboutListing(Reservations.listingOf("Oläst " + UUID.randomUUID(), 2));
        long before = ((Number) jonna().get("/api/v1/conversations/unread").then().statusCode(200)
                .extract().path("unread")).longValue();
        post(sara(), thread, "Ett");
        post(sara(), thread, "Två");
        johan().get("/api/v1/conversations/" + thread).then().body("unread", equalTo(2));
        jonna().get("/api/v1/conversations/" + thread).then().body("unread", equalTo(2));
        sara().get("/api/v1/conversations/" + thread).then().body("unread", equalTo(0));
        jonna().get("/api/v1/conversations/unread").then().body("unread", equalTo((int) before + 2));
        johan().post("/api/v1/conversations/" + thread + "/read").then().statusCode(200).body("unread", equalTo(0));
        johan().get("/api/v1/conversations/" + thread).then().body("unread", equalTo(0));
        jonna().get("/api/v1/conversations/" + thread).then().body("unread", equalTo(2));
        jonna().get("/api/v1/conversations?unread=true&size=100").then().body("items.id", hasItem(thread));
        johan().get("/api/v1/conversations?unread=true&size=100").then().body("items.id", not(hasItem(thread)));
        // a reply of one's own organisation is not unread to a colleague
        post(johan(), thread, "Svar");
        jonna().get("/api/v1/conversations/" + thread).then().body("unread", equalTo(2));
        sara().get("/api/v1/conversations/" + thread).then().body("unread", equalTo(1));
    }

    @Test
    void attachmentsArePhotosAndPdfsForParticipantsOnly() throws Exception {
        String thread = startAboutListing(Reservations.listingOf("Bilagor " + UUID.randomUUID(), 2));
        String message = post(sara(), thread, "Ritning och foto");
        String url = "/api/v1/conversations/" + thread + "/messages/" + message + "/attachments";
        // wrong type, by content whatever the name says: 415 naming the field
        Api.withToken("sara", "smalandsbygg", "builder").multiPart("file", "ritning.pdf",
                        "inte en pdf".getBytes(), "application/pdf").post(url).then().statusCode(415)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file"));
        Api.withToken("sara", "smalandsbygg", "builder").multiPart("file", "foto.jpg",
                        "%PDF-1.4 but broken".getBytes(), "image/jpeg").post(url).then().statusCode(415)
                .body("errors[0].field", equalTo("file"));
        // too large: 413 naming the field
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        huge[0] = '%';
        huge[1] = 'P';
        huge[2] = 'D';
        huge[3] = 'F';
        huge[4] = '-';
        Api.withToken("sara", "smalandsbygg", "builder").multiPart("file", "stor.pdf", huge, "application/pdf")
                .post(url).then().statusCode(413).body("errors[0].field", equalTo("file"));
        // only the author attaches
        Api.withToken("johan", "kalmar-rivning", "contractor").multiPart("file", "a.png", Images.png(20, 20),
                "image/png").post(url).then().statusCode(403);
        // a photo (re-encoded) and a PDF
        String photoUrl = Api.withToken("sara", "smalandsbygg", "builder")
                .multiPart("file", "foto.jpg", Images.jpegWithGps(64, 48), "image/jpeg").post(url).then()
                .statusCode(201).body("kind", equalTo("PHOTO")).extract().path("url");
        byte[] pdf = pdf();
        String pdfUrl = Api.withToken("sara", "smalandsbygg", "builder")
                .multiPart("file", "ritning.pdf", pdf, "application/octet-stream").post(url).then().statusCode(201)
                .body("kind", equalTo("PDF")).body("contentType", equalTo("application/pdf")).extract().path("url");
        johan().get("/api/v1/conversations/" + thread + "/messages").then()
                .body("items[0].attachments.size()", equalTo(2));
        byte[] photo = Api.withToken("johan", "kalmar-rivning", "contractor").get(photoUrl).then().statusCode(200)
                .extract().asByteArray();
        assertEquals(false, Images.hasExif(photo));
        byte[] downloaded = Api.withToken("johan", "kalmar-rivning", "contractor").get(pdfUrl).then()
                .statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                .extract().asByteArray();
        assertEquals(pdf.length, downloaded.length);
        Api.withToken("karin", "morbylanga-kommun", "property-unit").get(pdfUrl).then().statusCode(404);
        Api.withToken("karin", "morbylanga-kommun", "property-unit").get(photoUrl).then().statusCode(404);
        RestAssured.given().get(pdfUrl).then().statusCode(401);
        RestAssured.given().get(photoUrl).then().statusCode(404);
        // at most five
        for (int i = 0; i < 3; i++) {
            Api.withToken("sara", "smalandsbygg", "builder").multiPart("file", "p" + i + ".png", Images.png(10, 10),
                    "image/png").post(url).then().statusCode(201);
        }
        Api.withToken("sara", "smalandsbygg", "builder").multiPart("file", "p6.png", Images.png(10, 10), "image/png")
                .post(url).then().statusCode(422).body("errors[0].field", equalTo("file"));
        Api.withToken("sara", "smalandsbygg", "builder").multiPart("file", "p7.pdf", pdf, "application/pdf")
                .post(url).then().statusCode(422).body("errors[0].field", equalTo("file"));
    }

    @Test
    void aReportedMessageIsHiddenByAModeratorAndKept() {
        String thread = startAboutListing(Reservations.listingOf("Rapport " + UUID.randomUUID(), 2));
        String message = post(sara(), thread, "Ring mig på 070-123 45 67, köp utanför tjänsten!");
        String report = "/api/v1/conversations/" + thread + "/messages/" + message + "/report";
        johan().body(Map.of("reason", "Försöker göra affärer utanför")).post(report).then().statusCode(204);
        johan().body(Map.of("reason", "Igen")).post(report).then().statusCode(204);
        johan().body(Map.of("reason", "")).post(report).then().statusCode(400).body("errors[0].field",
                equalTo("reason"));
        // only installation admins moderate
        johan().get("/api/v1/admin/moderation/messages").then().statusCode(403);
        Api.erik().get("/api/v1/admin/moderation/messages").then().statusCode(403);
        RestAssured.given().get("/api/v1/admin/moderation/messages").then().statusCode(401);
        Organisations.ivar().get("/api/v1/admin/moderation/messages?size=100").then().statusCode(200)
                .body("items.id", hasItem(message));
        Organisations.ivar().get("/api/v1/admin/moderation/messages?status=CLOSED").then().statusCode(400);
        String hide = "/api/v1/admin/moderation/messages/" + message + "/hide";
        johan().body(Map.of("reason", "x")).post(hide).then().statusCode(403);
        Organisations.ivar().body(Map.of("reason", "x")).post("/api/v1/admin/moderation/messages/"
                + UUID.randomUUID() + "/hide").then().statusCode(404);
        Organisations.ivar().body(Map.of("reason", "Kontaktuppgifter för affär utanför tjänsten")).post(hide).then()
                .statusCode(200).body("hiddenBy", equalTo("ivar")).body("hiddenAt", notNullValue())
                .body("text", equalTo("Ring mig på 070-123 45 67, köp utanför tjänsten!"))
                .body("reports.size()", equalTo(1));
        // participants see that it was hidden, not what it said
        sara().get("/api/v1/conversations/" + thread + "/messages").then().statusCode(200)
                .body("items[0].hidden", equalTo(true)).body("items[0].text", nullValue());
        Organisations.ivar().get("/api/v1/admin/moderation/messages?status=HIDDEN&size=100").then()
                .body("items.id", hasItem(message));
        Organisations.ivar().get("/api/v1/admin/moderation/messages?size=100").then()
                .body("items.id", not(hasItem(message)));
        try (Ledger ledger = Ledger.open()) {
            assertEquals(1, ledger.count("select count(*) from audit_entry where resource = 'conversation_message'"
                    + " and resource_id = '" + message + "' and action = 'UPDATE' and changes -> 'hidden_at' is not null"));
        }
    }

    /** A one-page PDF made with PDFBox. */
    static byte[] pdf() throws Exception {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
