package se.kretslopp.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import io.restassured.http.ContentType;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Images;
import se.kretslopp.testsupport.Organisations;
import se.kretslopp.testsupport.Reservations;
import se.kretslopp.testsupport.Stock;
import se.kretslopp.testsupport.Tokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Walks every operation of the OpenAPI description ({@code /q/openapi}) and sends each a bounded set of malformed
 * requests: bad ids in path parameters, bad values in query parameters and headers, bodies that are not JSON, of the
 * wrong shape, with missing, unknown, over-long, out-of-range or control-character fields and over-long arrays,
 * bogus files and broken multipart framing for uploads. They are sent anonymously, with a forged token, and as a user
 * of another organisation than the one owning the real ids in the paths, with the role the operation asks for (files
 * also as the owner, so that they reach the parsers). Every answer must:
 * <ul>
 *   <li>never be a 5xx;</li>
 *   <li>when a 4xx, be {@code application/problem+json} with the answer's status in {@code status};</li>
 *   <li>when a 400 to a bad field or parameter, name it in {@code errors[].field};</li>
 *   <li>not be a 2xx for malformed input, nor for another organisation's or an anonymous DELETE.</li>
 * </ul>
 * Every violation is collected and reported at the end. Findings whose fix lies outside what this test's branch could
 * change are listed in {@link #KNOWN_FINDINGS}: they are printed, not failed, and the test fails once one of them no
 * longer occurs, so that the list stays true.
 */
@QuarkusTest
class OpenApiBadInputTest {

    private static final String ANSWERED_BY_VERTX = "answered by Vert.x's HTTP server before any Quarkus route or "
            + "filter runs (HttpServerRequest.DEFAULT_INVALID_REQUEST_HANDLER: a status, no body, the connection "
            + "closed); no Quarkus setting for that handler was found, and quarkus.http.limits.max-initial-line-length "
            + "only moves the threshold (64 KiB, above which common.RequestSizeLimits answers 414 with a problem)";

    /**
     * Known findings by case name (wherever they occur), each with what it needs. Remove an entry once it is fixed:
     * the test fails when an entry no longer occurs.
     */
    static final Map<String, String> KNOWN_FINDINGS = Map.of(
            "URI over 64 KiB", ANSWERED_BY_VERTX,
            "malformed %-escape in the path", ANSWERED_BY_VERTX,
            "malformed %-escape in the query", ANSWERED_BY_VERTX);

    /** Operations the walk leaves out: test-only probe resources, and anything outside the API. */
    private static boolean skipped(String path) {
        return !path.startsWith("/api/") || path.startsWith("/api/test/");
    }

    /**
     * The walk must reach at least this many operations (98 on 2026-12-03, 108 with the organisations API), so that
     * it cannot pass by walking none.
     */
    private static final int MIN_OPERATIONS = 90;
    /** The most requests one operation gets: the search's 24 query parameters get one bad value each. */
    private static final int MAX_REQUESTS_PER_OPERATION = 32;

    /**
     * How each query parameter is read. The OpenAPI description says "string" for all of them: the resources read
     * them as text and convert them with {@link QueryParams}, so that a bad value is a 400 naming the parameter. A
     * parameter missing here fails the test: give it a kind, so that it gets a bad value of its own.
     */
    enum Kind { INTEGER, DECIMAL, ID, BOOLEAN, DATE, CHOICE, TEXT }

    private static final Map<String, Kind> QUERY_KINDS = Map.ofEntries(
            Map.entry("page", Kind.INTEGER), Map.entry("size", Kind.INTEGER), Map.entry("zoom", Kind.INTEGER),
            Map.entry("conditionMax", Kind.INTEGER), Map.entry("lengthMin", Kind.INTEGER),
            Map.entry("lengthMax", Kind.INTEGER), Map.entry("widthMin", Kind.INTEGER),
            Map.entry("widthMax", Kind.INTEGER), Map.entry("heightMin", Kind.INTEGER),
            Map.entry("heightMax", Kind.INTEGER), Map.entry("materialFacets", Kind.INTEGER),
            Map.entry("lat", Kind.DECIMAL), Map.entry("lon", Kind.DECIMAL), Map.entry("withinKm", Kind.DECIMAL),
            Map.entry("minQuantity", Kind.DECIMAL), Map.entry("priceMax", Kind.DECIMAL),
            Map.entry("category", Kind.ID), Map.entry("categoryId", Kind.ID), Map.entry("storageSite", Kind.ID),
            Map.entry("siteId", Kind.ID), Map.entry("locationId", Kind.ID), Map.entry("listingId", Kind.ID),
            Map.entry("lotId", Kind.ID), Map.entry("lots", Kind.ID),
            Map.entry("free", Kind.BOOLEAN), Map.entry("archived", Kind.BOOLEAN), Map.entry("unread", Kind.BOOLEAN),
            Map.entry("dryRun", Kind.BOOLEAN), Map.entry("includeEmpty", Kind.BOOLEAN),
            Map.entry("flagged", Kind.BOOLEAN), Map.entry("active", Kind.BOOLEAN), Map.entry("all", Kind.BOOLEAN),
            Map.entry("from", Kind.DATE), Map.entry("to", Kind.DATE), Map.entry("availableBy", Kind.DATE),
            Map.entry("date", Kind.DATE),
            Map.entry("sort", Kind.CHOICE), Map.entry("dir", Kind.CHOICE), Map.entry("status", Kind.CHOICE),
            Map.entry("fate", Kind.CHOICE), Map.entry("role", Kind.CHOICE), Map.entry("format", Kind.CHOICE),
            Map.entry("groupBy", Kind.CHOICE),
            Map.entry("q", Kind.TEXT), Map.entry("searchAfter", Kind.TEXT), Map.entry("material", Kind.TEXT),
            Map.entry("organisation", Kind.TEXT), Map.entry("bbox", Kind.TEXT), Map.entry("lang", Kind.TEXT),
            Map.entry("resource", Kind.TEXT), Map.entry("resourceId", Kind.TEXT), Map.entry("actor", Kind.TEXT),
            Map.entry("construction", Kind.TEXT),
            Map.entry("categoryCode", Kind.TEXT), Map.entry("wasteCode", Kind.TEXT), Map.entry("project", Kind.TEXT),
            Map.entry("reservationId", Kind.ID));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE_TEXT = "x".repeat(100_000);
    private static final int HUGE_ARRAY = 5_000;
    /** Long enough to be absurd as an id, short enough for the request line (Vert.x: 4,096 bytes). */
    private static final String LONG_ID = "9".repeat(3_000);
    /** Two KiB of random bytes: a file that is no image, spreadsheet or CSV. */
    private static final byte[] NOISE = new byte[2048];

    static {
        new Random(42).nextBytes(NOISE);
    }

    @TestHTTPResource("/")
    URL base;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private JsonNode doc;

    // ---- who sends ----------------------------------------------------------------------------------------------

    record Actor(String name, String token) {
    }

    private static Actor actor(String user, String organisation, String role) {
        return new Actor(user + " (" + organisation + ", " + role + ")",
                Tokens.builder(user, organisation, role).expiresIn(3600).sign());
    }

    private static final Actor ANONYMOUS = new Actor("anonymous", null);
    /** Shaped like a token, but not one the identity provider signed. */
    private static final Actor FORGED = new Actor("a forged token",
            "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
    private final Actor anna = actor("anna", "kalmar-kommun", "property-unit");
    private final Actor erik = actor("erik", "kalmar-kommun", "admin");
    private final Actor karin = actor("karin", "morbylanga-kommun", "property-unit");
    private final Actor lars = actor("lars", "kalmar-aterbrukslager", "storage-operator");
    private final Actor olle = actor("olle", "olands-aterbruk", "storage-operator");
    private final Actor otherAdmin = actor("mats", "morbylanga-kommun", "admin");
    /** An administrator of the installation, of no registered organisation. */
    private final Actor installationAdmin = actor("ivar", "kalmar-lan", "installation-admin");

    /**
     * A user of another organisation than the one owning the operation's real ids, with the role the operation asks
     * for, so that the request gets past the role check and its input is read.
     */
    private Actor outsider(Op op) {
        if (op.path.startsWith("/api/v1/storage/")) {
            return olle; // the ids are Kalmar Återbrukslager's
        }
        if (op.roles.contains("installation-admin")) {
            return installationAdmin; // the organisations and groups are the installation's
        }
        if (op.roles.contains("admin")) {
            return otherAdmin; // categories, climate data and the search index belong to no organisation
        }
        return karin; // the ids are Kalmar kommun's (Anna's) and Smålandsbygg's (Sara's)
    }

    /** The owner of the operation's real ids: files sent by the owner reach the parsers. */
    private Actor owner(Op op) {
        if (op.path.startsWith("/api/v1/storage/")) {
            return lars;
        }
        if (op.roles.contains("admin")) {
            return erik;
        }
        return anna;
    }

    // ---- operations and cases ------------------------------------------------------------------------------------

    static final class Op {
        final String method;
        final String path;
        final List<String> pathParams = new ArrayList<>();
        final Map<String, Boolean> pathIsId = new LinkedHashMap<>();
        final List<String> queryParams = new ArrayList<>();
        final List<String> headerParams = new ArrayList<>();
        final Set<String> roles = new TreeSet<>();
        JsonNode jsonSchema;
        JsonNode multipartSchema;

        Op(String method, String path) {
            this.method = method;
            this.path = path;
        }

        boolean takesBody() {
            return jsonSchema != null || multipartSchema != null;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** What a case may be answered with, beyond the rules that every answer keeps. */
    record Expect(boolean refused, Set<String> fields) {
        /** Any answer that keeps the rules. */
        static final Expect ANY = new Expect(false, Set.of());
        /** Not a 2xx. */
        static final Expect REFUSED = new Expect(true, Set.of());

        /** Not a 2xx, and a 400 names one of these fields (or a field inside them). */
        static Expect naming(String... fields) {
            return new Expect(true, Set.of(fields));
        }
    }

    static final class Case {
        final String name;
        final Actor actor;
        final Map<String, String> pathValues = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;
        String contentType;
        Expect expect = Expect.ANY;

        Case(String name, Actor actor) {
            this.name = name;
            this.actor = actor;
        }

        Case expect(Expect expect) {
            this.expect = expect;
            return this;
        }

        Case body(String contentType, byte[] body) {
            this.contentType = contentType;
            this.body = body;
            return this;
        }

        Case json(String text) {
            return body("application/json", text.getBytes(StandardCharsets.UTF_8));
        }

        Case json(JsonNode node) {
            return json(node.toString());
        }
    }

    record Answer(int status, String contentType, String body) {
    }

    record Violation(String operation, String caseName, String actor, int status, String rule, String body) {
        @Override
        public String toString() {
            String snippet = body == null ? "" : body.replaceAll("\\s+", " ");
            if (snippet.length() > 300) {
                snippet = snippet.substring(0, 300) + "…";
            }
            return operation + " [" + caseName + ", as " + actor + "] -> " + status + ": " + rule
                    + (snippet.isEmpty() ? " (no body)" : " — " + snippet);
        }
    }

    // ---- the real ids: Kalmar kommun's (Anna's), Smålandsbygg's (Sara's) and Kalmar Återbrukslager's (Lars's) -----

    private final Map<String, String> realIds = new LinkedHashMap<>();

    private void createRealIds() {
        UUID building = Api.newBuilding("Bad input target", 1972);
        UUID item = Api.newItem(building, Api.INTERIOR_DOORS, "Innerdörr, bad input");
        UUID listing = Api.newListing(Api.anna(), Api.listing("Innerdörr, bad input"));
        String photo = Api.withToken("anna", "kalmar-kommun", "property-unit")
                .multiPart("file", "dorr.png", Images.png(40, 30), "image/png")
                .post("/api/v1/items/" + item + "/photos").then().statusCode(201).extract().path("id");
        String reservation = Api.sara().body(Reservations.reserve(listing, 1)).post("/api/v1/reservations")
                .then().statusCode(201).extract().path("id");
        String wanted = Api.sara().body(Map.of("text", "tegel, bad input", "quantity", 10, "unit", "st"))
                .post("/api/v1/wanted").then().statusCode(201).extract().path("id");
        Stock.Site site = Stock.newSite("Bad input");
        UUID lot = Stock.receive(site.id(), site.a(), 8);
        String code = Stock.lotOf(lot).getString("code");
        // a category of its own: an admin may map it to no climate product, which must not touch the seed's
        UUID category = Api.newCategory("Bad input");
        List<String> notifications = Api.anna().get("/api/v1/notifications").then().statusCode(200).extract()
                .path("items.id");
        // the version in use: activating it again changes nothing
        String version = Api.erik().get("/api/v1/climate/datasets").then().statusCode(200).extract()
                .path("find { it.active }.version");
        // an organisation and a group of their own: the walk deactivates and reactivates the organisation
        String group = Organisations.newGroup("Bad input");
        String organisation = Organisations.register(Organisations.body("Bad input AB", Organisations.newCode(),
                Organisations.newNumber(), "OTHER", group));

        realIds.put("/api/v1/buildings/{", building.toString());
        realIds.put("/api/v1/items/{", item.toString());
        realIds.put("/api/v1/climate/items/{", item.toString());
        realIds.put("/api/v1/listings/{", listing.toString());
        realIds.put("/api/v1/climate/listings/{", listing.toString());
        realIds.put("/api/v1/photos/{", photo);
        realIds.put("/api/v1/reservations/{", reservation);
        realIds.put("/api/v1/wanted/{", wanted);
        // a conversation about Anna's listing that Sara started, with a message of Anna's (she may attach to it)
        String conversation = Api.sara().body(Map.of("subjectKind", "LISTING", "subjectId", listing.toString()))
                .post("/api/v1/conversations").then().statusCode(201).extract().path("id");
        String message = Api.anna().body(Map.of("text", "Bad input")).post("/api/v1/conversations/" + conversation
                + "/messages").then().statusCode(201).extract().path("id");
        realIds.put("/api/v1/conversations/{", conversation);
        realIds.put("/api/v1/conversations/{id}/messages/{", message);
        realIds.put("/api/v1/conversations/{id}/attachments/{", UUID.randomUUID().toString());
        realIds.put("/api/v1/admin/moderation/messages/{", message);
        realIds.put("/api/v1/notifications/{", notifications == null || notifications.isEmpty()
                ? UUID.randomUUID().toString() : notifications.get(0));
        realIds.put("/api/v1/storage/sites/{", site.id().toString());
        realIds.put("/api/v1/storage/locations/{", site.a().toString());
        realIds.put("/api/v1/storage/lots/{", lot.toString());
        realIds.put("/api/v1/storage/labels/{", code);
        realIds.put("/api/v1/categories/{", category.toString());
        realIds.put("/api/v1/climate/reference-prices/{", category.toString());
        realIds.put("/api/v1/climate/reference-prices/{categoryId}/{", "st");
        realIds.put("/api/v1/climate/categories/{", category.toString());
        realIds.put("/api/v1/climate/categories/{id}/mapping/materials/{", "stal");
        realIds.put("/api/v1/climate/datasets/{", version);
        realIds.put("/api/v1/public/impact/{", "kalmar-kommun");
        // joining: an application that is withdrawn (deciding it again is a 409, whatever the body), an invitation of
        // Kalmar kommun, a token that no invitation has, and a person (without the identity provider's admin API in
        // these tests, no organisation has members)
        String applicant = "bad-input-" + UUID.randomUUID().toString().substring(0, 8);
        String application = given().auth().oauth2(Tokens.of(applicant, null)).contentType(ContentType.JSON)
                .body(Map.of("organisationName", "Bad input AB", "organisationNumber", Organisations.newNumber(),
                        "kind", "OTHER", "contact", Map.of("name", "Kim", "email", "kim@example.org"),
                        "activity", "Bad input"))
                .post("/api/v1/organisation-applications").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of(applicant, null)).post("/api/v1/organisation-applications/" + application
                + "/withdraw").then().statusCode(200);
        String invitation = Api.erik().body(Map.of("email", "bad-input@example.org", "role", "builder"))
                .post("/api/v1/organisation/invitations").then().statusCode(201).extract().path("id");
        realIds.put("/api/v1/organisation-applications/{", application);
        realIds.put("/api/v1/admin/organisation-applications/{", application);
        realIds.put("/api/v1/organisation/invitations/{", invitation);
        realIds.put("/api/v1/invitations/{", "no-such-invitation-" + UUID.randomUUID());
        realIds.put("/api/v1/organisation/members/{", "sub-anna");
        realIds.put("/api/v1/admin/organisations/{", organisation);
        realIds.put("/api/v1/admin/organisation-groups/{", group);
        // nobody of that name: no request of this test may pseudonymise a demo user the other tests need
        realIds.put("/api/v1/admin/people/{", "kalmar-kommun");
        realIds.put("/api/v1/admin/people/{organisationCode}/{", "bad-input-nobody");
        // a delivery of that reservation, the seller delivering (docs/deliveries.md)
        java.time.OffsetDateTime from = java.time.OffsetDateTime.now().plusDays(2);
        Api.anna().body(Map.of("pickupFrom", from.toString(), "pickupTo", from.plusHours(2).toString()))
                .post("/api/v1/reservations/" + reservation + "/confirm").then().statusCode(200);
        String delivery = Api.sara().body(Map.of("reservationId", reservation, "address", Map.of("streetAddress",
                        "Storgatan 1", "city", "Nybro"), "windowFrom", from.toString(), "windowTo",
                        from.plusHours(3).toString(), "contact", Map.of("name", "Sara", "phone", "070-123 45 67"),
                        "sellerDelivers", true))
                .post("/api/v1/deliveries").then().statusCode(201).extract().path("id");
        realIds.put("/api/v1/deliveries/{", delivery);
    }

    private String realId(Op op, String param) {
        String id = realIds.get(op.path.substring(0, op.path.indexOf("{" + param + "}") + 1));
        if (id == null) {
            fail("No real id for path parameter '" + param + "' of " + op + ": add one to createRealIds");
        }
        return id;
    }

    // ---- the walk ------------------------------------------------------------------------------------------------

    @Test
    void everyOperationAnswersBadInputWithAProblemAndNeverA5xx() throws Exception {
        doc = JSON.readTree(get("/q/openapi?format=json"));
        createRealIds();
        List<Op> operations = operations();
        int described = 0;
        for (String path : iterable(doc.path("paths").fieldNames())) {
            for (String method : iterable(doc.path("paths").path(path).fieldNames())) {
                if (Set.of("get", "put", "post", "delete", "patch").contains(method) && !skipped(path)) {
                    described++;
                }
            }
        }

        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> requestsPerOperation = new TreeMap<>();
        StringBuilder answers = new StringBuilder();
        long started = System.nanoTime();
        int requests = 0;
        for (Op op : operations) {
            List<Case> cases = cases(op);
            assertTrue(cases.size() <= MAX_REQUESTS_PER_OPERATION, op + " has " + cases.size() + " cases");
            for (Case c : cases) {
                Answer answer = send(op, c);
                check(op.toString(), c, answer, violations);
                record(answers, op.toString(), c, answer);
            }
            requests += cases.size();
            requestsPerOperation.put(op.toString(), cases.size());
        }
        for (Raw raw : transport()) {
            Case c = new Case(raw.name, ANONYMOUS).expect(Expect.REFUSED);
            Answer answer = sendRaw(raw.requestLine);
            check("(transport) " + raw.requestLine.substring(0, Math.min(raw.requestLine.length(), 60)), c, answer,
                    violations);
            requests++;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("OpenApiBadInputTest: %d of %d described operations, %d requests in %.1f s "
                        + "(at most %d for one operation)%n", operations.size(), described, requests, millis / 1000.0,
                requestsPerOperation.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        String answersFile = System.getProperty("kretslopp.bad-input.answers");
        if (answersFile != null) {
            Files.writeString(Path.of(answersFile), answers);
        }

        assertTrue(operations.size() >= MIN_OPERATIONS, "the walk reached only " + operations.size() + " operations");
        assertEquals(described, operations.size(), "every described operation is walked");
        requestsPerOperation.forEach((op, n) -> assertTrue(n >= 3, op + " got only " + n + " requests"));

        Set<String> seen = new TreeSet<>();
        List<Violation> unexpected = new ArrayList<>();
        for (Violation v : violations) {
            if (KNOWN_FINDINGS.containsKey(v.caseName())) {
                seen.add(v.caseName());
                System.out.println("KNOWN FINDING: " + v);
            } else {
                unexpected.add(v);
            }
        }
        Set<String> gone = new TreeSet<>(KNOWN_FINDINGS.keySet());
        gone.removeAll(seen);
        StringBuilder report = new StringBuilder();
        if (!unexpected.isEmpty()) {
            report.append(unexpected.size()).append(" answers broke the rules for bad input:\n");
            unexpected.forEach(v -> report.append("  ").append(v).append('\n'));
        }
        if (!gone.isEmpty()) {
            report.append("Known findings that no longer occur (remove them from KNOWN_FINDINGS):\n");
            gone.forEach(k -> report.append("  ").append(k).append('\n'));
        }
        if (!report.isEmpty()) {
            fail(report.toString());
        }
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }

    private List<Op> operations() {
        List<Op> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (skipped(path.getKey())) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!Set.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                Op op = new Op(method.getKey().toUpperCase(), path.getKey());
                JsonNode operation = method.getValue();
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                operation.path("parameters").forEach(parameters::add);
                for (JsonNode parameter : parameters) {
                    String name = parameter.path("name").asText();
                    switch (parameter.path("in").asText()) {
                        case "path" -> {
                            op.pathParams.add(name);
                            op.pathIsId.put(name, "uuid".equals(resolve(parameter.path("schema")).path("format").asText()));
                        }
                        case "query" -> op.queryParams.add(name);
                        case "header" -> op.headerParams.add(name);
                        default -> {
                        }
                    }
                }
                for (JsonNode requirement : operation.path("security")) {
                    requirement.fields().forEachRemaining(scheme -> scheme.getValue()
                            .forEach(role -> op.roles.add(role.asText())));
                }
                JsonNode content = operation.path("requestBody").path("content");
                if (content.has("application/json")) {
                    op.jsonSchema = resolve(content.path("application/json").path("schema"));
                }
                if (content.has("multipart/form-data")) {
                    op.multipartSchema = resolve(content.path("multipart/form-data").path("schema"));
                }
                Matcher braces = Pattern.compile("\\{([^}]+)}").matcher(op.path);
                while (braces.find()) {
                    assertTrue(op.pathParams.contains(braces.group(1)), op + " describes no parameter " + braces.group(1));
                }
                operations.add(op);
            }
        }
        return operations;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            schema = doc.at(schema.path("$ref").asText().substring(1));
        }
        return schema;
    }

    private List<Case> cases(Op op) {
        List<Case> cases = new ArrayList<>();
        Actor outsider = outsider(op);
        Expect plainly = op.method.equals("DELETE") ? Expect.REFUSED : Expect.ANY;

        // the request as it might come: without a token, with a forged one, from another organisation
        cases.add(plain(op, "plain request", ANONYMOUS).expect(plainly));
        cases.add(plain(op, "plain request", FORGED).expect(plainly));
        // for JSON, the plain request is the body {} below; another admin's reindex would run a whole reindex
        if (op.jsonSchema == null && !op.path.equals("/api/v1/admin/search/reindex")) {
            cases.add(plain(op, "plain request", outsider).expect(plainly));
        }

        // path parameters
        for (String param : op.pathParams) {
            boolean id = op.pathIsId.get(param);
            Map<String, String> bad = new LinkedHashMap<>();
            if (id) {
                bad.put("not a UUID", "not-a-uuid");
            }
            bad.put("NUL", "%00");
            if (!op.takesBody()) { // the same filters answer; the bodies get the requests instead
                bad.put("control character", "a%01b");
                bad.put("3,000 characters", LONG_ID);
                bad.put("invalid UTF-8", "%FF%FE");
            }
            bad.put("unknown", id ? UUID.randomUUID().toString() : "no-such-" + param);
            bad.forEach((what, value) -> {
                Case c = plain(op, "path " + param + ": " + what, outsider);
                c.pathValues.put(param, value);
                cases.add(c.expect(value.contains("%0") ? Expect.naming(param) : Expect.REFUSED));
            });
        }

        // query parameters: one bad value each, of its kind; the first also a control character
        for (int i = 0; i < op.queryParams.size(); i++) {
            String param = op.queryParams.get(i);
            Kind kind = QUERY_KINDS.get(param);
            if (kind == null) {
                fail("Query parameter '" + param + "' of " + op + " has no kind in QUERY_KINDS: add it");
            }
            boolean second = i % 2 == 1;
            String[] value = switch (kind) {
                case INTEGER -> second ? new String[] {"huge number", "99999999999999999999"}
                        : new String[] {"text for a number", "twelve"};
                case DECIMAL -> second ? new String[] {"huge number", "1e999999999"}
                        : new String[] {"text for a number", "twelve"};
                case ID -> new String[] {"not a UUID", "not-a-uuid"};
                case BOOLEAN -> new String[] {"neither true nor false", "maybe"};
                case DATE -> second ? new String[] {"the year 999999999", "+999999999-12-31"}
                        : new String[] {"not a date", "2026-13-45"};
                case CHOICE -> new String[] {"no such choice", "no-such-choice"};
                case TEXT -> second ? new String[] {"invalid UTF-8", null}
                        : new String[] {"2,000 characters", "x".repeat(2_000)};
            };
            Case c = plain(op, "query " + param + ": " + value[0], outsider);
            c.query.put(param, value[1] == null ? "%FF%FE" : URLEncoder.encode(value[1], StandardCharsets.UTF_8));
            // free text, and a date far off, are not wrong as such
            boolean wrong = kind != Kind.TEXT && !value[0].startsWith("the year");
            cases.add(c.expect(wrong ? Expect.naming(param) : Expect.ANY));
        }
        if (!op.queryParams.isEmpty()) {
            String param = op.queryParams.get(0);
            Case c = plain(op, "query " + param + ": control character", outsider);
            c.query.put(param, "a%01b");
            cases.add(c.expect(Expect.naming(param)));
        }

        // headers (a JSON body is read and checked before the If-Match header: tried where there is none)
        if (op.headerParams.contains("If-Match") && !op.takesBody()) {
            Case c = plain(op, "If-Match: not a version", outsider);
            c.headers.put("If-Match", "\"not-a-version\"");
            cases.add(c.expect(Expect.REFUSED));
        }
        if (op.headerParams.contains("Idempotency-Key")) {
            Case c = plain(op, "Idempotency-Key: 300 characters", outsider);
            c.headers.put("Idempotency-Key", "k".repeat(300));
            cases.add(c.expect(Expect.naming("Idempotency-Key")));
        }
        if (op.method.equals("GET")) {
            Case c = plain(op, "Accept: application/xml only", outsider);
            c.headers.put("Accept", "application/xml");
            cases.add(c.expect(Expect.ANY));
        }

        // bodies
        if (op.jsonSchema != null) {
            cases.addAll(jsonCases(op, outsider));
        } else if (op.multipartSchema != null) {
            cases.addAll(multipartCases(op, outsider));
        } else if (!op.method.equals("GET")) {
            cases.add(plain(op, "a body where none is taken", outsider).json("{\"garbage\": true}")
                    .expect(Expect.naming("body")));
        }
        return cases;
    }

    /** The request with real ids in its path and, for JSON, the empty object; for a form, a file of noise. */
    private Case plain(Op op, String name, Actor actor) {
        Case c = new Case(name, actor);
        for (String param : op.pathParams) {
            c.pathValues.put(param, URLEncoder.encode(realId(op, param), StandardCharsets.UTF_8));
        }
        if (op.jsonSchema != null) {
            c.json("{}");
        } else if (op.multipartSchema != null) {
            form(c, new Part("file", "photo.jpg", "image/jpeg", NOISE));
        }
        return c;
    }

    private List<Case> jsonCases(Op op, Actor outsider) {
        JsonNode schema = op.jsonSchema;
        List<Case> cases = new ArrayList<>();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        cases.add(plain(op, "body {}, missing the required fields", outsider)
                .expect(required.isEmpty() ? Expect.ANY : Expect.naming(required.toArray(String[]::new))));
        cases.add(plain(op, "body not JSON", ANONYMOUS).json("{\"broken\": ").expect(Expect.REFUSED));
        cases.add(plain(op, "body not JSON", outsider).json("{\"broken\": ").expect(Expect.REFUSED));
        cases.add(plain(op, "body an array", outsider).json("[1, 2, 3]").expect(Expect.REFUSED));
        cases.add(plain(op, "body a number", outsider).json("42").expect(Expect.REFUSED));
        cases.add(plain(op, "body not UTF-8", outsider).body("application/json",
                new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'}).expect(Expect.REFUSED));
        cases.add(plain(op, "body with an unknown field", outsider).json("{\"zzUnknownField\": 1}")
                .expect(Expect.naming("zzUnknownField")));
        cases.add(plain(op, "body as text/plain", outsider).body("text/plain", "hello".getBytes(StandardCharsets.UTF_8))
                .expect(Expect.REFUSED));

        Field text = find(schema, p -> isString(p) && !p.has("enum") && !p.has("format"));
        if (text == null) {
            text = find(schema, OpenApiBadInputTest::isString);
        }
        if (text != null) {
            cases.add(plain(op, "NUL in " + text.path, outsider).json(nested(text.names, NODES.textNode("a\u0000b")))
                    .expect(Expect.naming(text.path)));
        }
        Field bounded = find(schema, p -> isString(p) && p.has("maxLength"));
        if (bounded == null) {
            bounded = find(schema, p -> isString(p) && p.has("pattern"));
        }
        Field longText = bounded != null ? bounded : text;
        if (longText != null) {
            cases.add(plain(op, "100,000 characters in " + longText.path, outsider)
                    .json(nested(longText.names, NODES.textNode(HUGE_TEXT)))
                    .expect(bounded != null ? Expect.naming(longText.path) : Expect.ANY));
        }
        Field array = find(schema, p -> "array".equals(p.path("type").asText()));
        if (array != null) {
            ArrayNode elements = NODES.arrayNode();
            JsonNode item = resolve(array.schema.path("items"));
            for (int i = 0; i < HUGE_ARRAY; i++) {
                elements.add(sample(item));
            }
            cases.add(plain(op, HUGE_ARRAY + " elements in " + array.path, outsider)
                    .json(nested(array.names, elements)).expect(Expect.naming(array.path)));
        }
        Field scalar = find(schema, p -> Set.of("integer", "number", "boolean").contains(p.path("type").asText()));
        if (scalar != null) {
            cases.add(plain(op, "text for the " + scalar.schema.path("type").asText() + " " + scalar.path, outsider)
                    .json(nested(scalar.names, NODES.textNode("not-a-number"))).expect(Expect.naming(scalar.path)));
        } else if (text != null) {
            cases.add(plain(op, "an object for the string " + text.path, outsider)
                    .json(nested(text.names, NODES.objectNode().put("x", 1))).expect(Expect.naming(text.path)));
        }
        Field integer = find(schema, p -> "integer".equals(p.path("type").asText()));
        if (integer != null) {
            cases.add(plain(op, "a number too large for the integer " + integer.path, outsider)
                    .json(nested(integer.names, NODES.numberNode(new java.math.BigInteger("99999999999"))))
                    .expect(Expect.naming(integer.path)));
        }
        return cases;
    }

    private List<Case> multipartCases(Op op, Actor outsider) {
        List<Case> cases = new ArrayList<>();
        Actor owner = owner(op);
        boolean dataset = op.path.endsWith("/datasets");
        // a dataset's version comes from its file name; a spreadsheet import is run for real (a dry run answers 200
        // with the file's problems listed, by design)
        String name = op.path.endsWith("/import") ? "items.xlsx" : dataset ? "klimatdatabas-99.99.997.csv"
                : "photo.jpg";
        String type = name.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : name.endsWith(".csv") ? "text/csv" : "image/jpeg";
        List<Part> fields = new ArrayList<>();
        if (op.multipartSchema.path("properties").has("activate")) {
            fields.add(new Part("activate", null, null, "false".getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(upload(op, "random bytes as " + name, ANONYMOUS, fields, new Part("file", name, type, NOISE)));
        cases.add(upload(op, "random bytes as " + name, outsider, fields, new Part("file", name, type, NOISE)));
        cases.add(upload(op, "empty file", outsider, fields, new Part("file", name, type, new byte[0])));
        cases.add(upload(op, "random bytes as " + name, owner, fields, new Part("file", name, type, NOISE)));
        cases.add(upload(op, "a text file as text/plain", owner, fields, new Part("file", "notes.txt", "text/plain",
                "just some words\n".getBytes(StandardCharsets.UTF_8))));
        cases.add(upload(op, "empty file", owner, fields, new Part("file", name, type, new byte[0])));
        cases.add(upload(op, "no file part", owner, fields, new Part("other", "other.txt", "text/plain",
                "x".getBytes(StandardCharsets.UTF_8))).expect(Expect.naming("file")));
        cases.add(plain(op, "JSON instead of a form", owner).json("{\"file\": \"x\"}").expect(Expect.REFUSED));
        if (!dataset && !op.path.endsWith("/import")) {
            cases.add(upload(op, "a real image with NUL in its file name", owner, fields,
                    new Part("file", "d\u0000rr.png", "image/png", Images.png(40, 30))).expect(Expect.ANY));
        }
        for (String field : iterable(op.multipartSchema.path("properties").fieldNames())) {
            if (!field.equals("file")) {
                cases.add(upload(op, "control character in form field " + field, owner,
                        List.of(new Part(field, null, null, "0\u0001x".getBytes(StandardCharsets.UTF_8))),
                        new Part("file", name, type, NOISE)).expect(Expect.naming(field)));
            }
        }
        // broken framing: the form parser runs before the resource, for anybody allowed to call it
        String part = "--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: " + type + "\r\n\r\nabc\r\n--zz--\r\n";
        cases.add(plain(op, "form: body without its boundary", outsider)
                .body("multipart/form-data; boundary=zz", "hello".getBytes(StandardCharsets.UTF_8))
                .expect(Expect.REFUSED));
        cases.add(plain(op, "form: empty boundary", outsider)
                .body("multipart/form-data; boundary=", part.getBytes(StandardCharsets.UTF_8)).expect(Expect.REFUSED));
        cases.add(plain(op, "form: part header without a colon", outsider).body("multipart/form-data; boundary=zz",
                ("--zz\r\na header without a colon\r\n\r\nabc\r\n--zz--\r\n").getBytes(StandardCharsets.UTF_8))
                .expect(Expect.REFUSED));
        cases.add(plain(op, "form: part in an unknown charset", outsider).body("multipart/form-data; boundary=zz",
                ("--zz\r\nContent-Disposition: form-data; name=\"note\"\r\nContent-Type: text/plain; charset=klingon"
                        + "\r\n\r\nabc\r\n" + part).getBytes(StandardCharsets.UTF_8)).expect(Expect.REFUSED));
        return cases;
    }

    record Part(String field, String fileName, String type, byte[] content) {
    }

    private Case upload(Op op, String name, Actor actor, List<Part> fields, Part file) {
        Case c = plain(op, name, actor);
        List<Part> parts = new ArrayList<>(fields);
        parts.add(file);
        form(c, parts.toArray(Part[]::new));
        if (op.queryParams.contains("dryRun")) {
            c.query.put("dryRun", "false");
        }
        return c.expect(Expect.REFUSED);
    }

    private static void form(Case c, Part... parts) {
        String boundary = "badinput" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(part.field).append('"');
            if (part.fileName != null) {
                head.append("; filename=\"").append(part.fileName).append('"');
            }
            head.append("\r\n");
            if (part.type != null) {
                head.append("Content-Type: ").append(part.type).append("\r\n");
            }
            out.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        c.body("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    /** Requests that Java's HTTP client will not send: written to a socket as they are. */
    record Raw(String name, String requestLine) {
    }

    private static List<Raw> transport() {
        return List.of(
                new Raw("URI over 4 KiB (Vert.x's old limit)", "GET /api/v1/public/impact/" + "x".repeat(5_000)),
                new Raw("URI over 8 KiB", "GET /api/v1/public/impact/" + "x".repeat(9_000)),
                new Raw("URI over 64 KiB", "GET /api/v1/public/impact/" + "x".repeat(70_000)),
                new Raw("malformed %-escape in the path", "GET /api/v1/public/impact/%zz"),
                new Raw("malformed %-escape in the query", "GET /api/v1/search/listings?q=%zz"));
    }

    // ---- schema helpers ------------------------------------------------------------------------------------------

    /** A property of a request body: its names from the top, its path as the API names it, and its schema. */
    record Field(List<String> names, String path, JsonNode schema) {
    }

    private static boolean isString(JsonNode property) {
        return "string".equals(property.path("type").asText());
    }

    /** The first property (top level first, then one level down) that the test accepts. */
    private Field find(JsonNode schema, Predicate<JsonNode> test) {
        List<Field> level = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = schema.path("properties").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> property = p.next();
            level.add(new Field(List.of(property.getKey()), property.getKey(), resolve(property.getValue())));
        }
        for (int depth = 0; depth < 2; depth++) {
            for (Field field : level) {
                if (test.test(field.schema)) {
                    return field;
                }
            }
            List<Field> next = new ArrayList<>();
            for (Field field : level) {
                for (Iterator<Map.Entry<String, JsonNode>> p = field.schema.path("properties").fields(); p.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = p.next();
                    List<String> names = new ArrayList<>(field.names);
                    names.add(property.getKey());
                    next.add(new Field(names, String.join(".", names), resolve(property.getValue())));
                }
            }
            level = next;
        }
        return null;
    }

    private static JsonNode nested(List<String> names, JsonNode value) {
        JsonNode node = value;
        for (int i = names.size() - 1; i >= 0; i--) {
            ObjectNode parent = NODES.objectNode();
            parent.set(names.get(i), node);
            node = parent;
        }
        return node;
    }

    /** A small element for an array of this schema. */
    private static JsonNode sample(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            case "object" -> NODES.objectNode();
            default -> NODES.textNode("uuid".equals(schema.path("format").asText())
                    ? "00000000-0000-4000-8000-000000000000" : "x");
        };
    }

    // ---- sending and checking ------------------------------------------------------------------------------------

    private String get(String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.toURI().resolve(path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private Answer send(Op op, Case c) throws Exception {
        String path = op.path;
        for (Map.Entry<String, String> value : c.pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        StringBuilder target = new StringBuilder(path);
        String separator = "?";
        for (Map.Entry<String, String> query : c.query.entrySet()) {
            target.append(separator).append(query.getKey()).append('=').append(query.getValue());
            separator = "&";
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + target))
                .timeout(Duration.ofSeconds(60));
        if (c.actor.token() != null) {
            request.header("Authorization", "Bearer " + c.actor.token());
        }
        c.headers.forEach(request::header);
        if (c.contentType != null) {
            request.header("Content-Type", c.contentType);
        }
        request.method(op.method, c.body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body));
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        String type = response.headers().firstValue("Content-Type").orElse(null);
        boolean text = type == null || type.contains("json") || type.startsWith("text/");
        return new Answer(response.statusCode(), type, text ? new String(response.body(), StandardCharsets.UTF_8)
                : "(" + response.body().length + " bytes of " + type + ")");
    }

    private Answer sendRaw(String requestLine) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            String body = end < 0 ? "" : response.substring(end + 4);
            Matcher status = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(head);
            assertTrue(status.find(), "no HTTP answer to " + requestLine + ": " + head);
            Matcher type = Pattern.compile("(?im)^content-type:\\s*(.+)$").matcher(head);
            return new Answer(Integer.parseInt(status.group(1)), type.find() ? type.group(1).trim() : null, body);
        }
    }

    private static void check(String operation, Case c, Answer answer, List<Violation> violations) {
        int status = answer.status();
        java.util.function.Consumer<String> violation = rule -> violations.add(new Violation(operation, c.name,
                c.actor.name(), status, rule, answer.body()));
        if (status >= 500) {
            violation.accept("a 5xx answer to a client's input");
            return;
        }
        if (status >= 400) {
            if (answer.contentType() == null || !answer.contentType().startsWith(Problem.MEDIA_TYPE)) {
                violation.accept("a 4xx answer that is not " + Problem.MEDIA_TYPE + " (Content-Type: "
                        + answer.contentType() + ")");
                return;
            }
            JsonNode problem;
            try {
                problem = JSON.readTree(answer.body());
            } catch (IOException e) {
                violation.accept("a problem answer that is not JSON");
                return;
            }
            if (problem.path("status").asInt() != status) {
                violation.accept("a problem whose status is " + problem.path("status") + ", not the answer's");
            }
            if (status == 400 && !c.expect.fields().isEmpty()) {
                List<String> named = new ArrayList<>();
                problem.path("errors").forEach(e -> named.add(e.path("field").asText()));
                boolean found = named.stream().anyMatch(n -> c.expect.fields().stream()
                        .anyMatch(f -> n.equals(f) || n.startsWith(f + ".") || n.startsWith(f + "[")));
                if (!found) {
                    violation.accept("a 400 that does not name " + String.join(" or ", new TreeSet<>(c.expect.fields()))
                            + " (it names " + named + ")");
                }
            }
            return;
        }
        if (status >= 200 && status < 300 && c.expect.refused()) {
            violation.accept("a 2xx: the bad input was accepted");
        }
    }

    private static void record(StringBuilder answers, String operation, Case c, Answer answer) {
        String body = answer.body() == null ? "" : answer.body().replaceAll("\\s+", " ");
        answers.append(operation).append(" | ").append(c.name).append(" | ").append(c.actor.name()).append(" | ")
                .append(answer.status()).append(" | ").append(answer.contentType()).append(" | ")
                .append(body, 0, Math.min(body.length(), 200)).append('\n');
    }
}
