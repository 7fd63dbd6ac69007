package se.kretslopp.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas of the packaged service against one PostgreSQL, one search node and one Keycloak (the devstack),
 * started together on an empty database: one migrates (Flyway's lock), both come up; the outbox relay, the
 * percolation alerts and their emails, the expiry jobs and a reservation storm all do each piece of work once.
 * Every request alternates between the replicas; tokens are real, from Keycloak's password grant.
 */
class TwoReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The seeded category "Innerdörrar" (V3__category_seed.sql, in every installation). */
    private static final String INTERIOR_DOORS = "7c0e0000-0000-4000-8000-000000000101";

    private static Devstack devstack;
    private static ServiceInstance a;
    private static ServiceInstance b;
    private static String realm;
    private static String jdbcUrl;
    private static String dbUser;
    private static String dbPassword;
    private static String searchUrl;
    private static final Map<String, String> tokens = new HashMap<>();
    private static int turn;

    @BeforeAll
    static void startTwoReplicasOnAnEmptyDatabase() {
        devstack = Devstack.start("postgres", "search", "keycloak");
        JsonNode endpoints = devstack.endpoints();
        JsonNode pg = endpoints.path("postgres");
        jdbcUrl = "jdbc:postgresql://" + pg.path("host").asText() + ":" + pg.path("port").asInt() + "/"
                + pg.path("database").asText();
        dbUser = pg.path("username").asText();
        dbPassword = pg.path("password").asText();
        URI search = URI.create(endpoints.path("search").path("url").asText());
        searchUrl = endpoints.path("search").path("url").asText().replaceAll("/$", "");
        realm = endpoints.path("keycloak").path("url").asText() + "/realms/kretslopp";

        Map<String, String> env = new HashMap<>();
        env.put("DB_HOST", pg.path("host").asText());
        env.put("DB_PORT", Integer.toString(pg.path("port").asInt()));
        env.put("DB_NAME", pg.path("database").asText());
        env.put("DB_USER", dbUser);
        env.put("DB_PASSWORD", dbPassword);
        env.put("DB_POOL_SIZE", "8");
        env.put("SEARCH_HOSTS", search.getHost() + ":" + search.getPort());
        env.put("OIDC_SERVER_URL", realm);
        env.put("KRETSLOPP_INSTALLATION_ADMINS", "erik");
        Map<String, String> props = new HashMap<>();
        // mails go to the log ("Sending email <subject> ... to [...]"), where the test counts them
        props.put("quarkus.mailer.mock", "true");
        props.put("kretslopp.notifications.email-interval", "1s");
        props.put("kretslopp.reservations.expiry-interval", "1s");
        props.put("kretslopp.listings.expiry-interval", "1s");
        props.put("kretslopp.listings.expiry-delay", "1s");
        props.put("kretslopp.wanted.expiry-interval", "1s");
        props.put("kretslopp.wanted.expiry-delay", "1s");
        props.put("kretslopp.search.relay.interval", "200ms");
        // one buyer sends 500 reservations at once: the storm, not the rate limit, is under test
        props.put("kretslopp.rate-limits.enabled", "false");
        props.put("quarkus.log.category.\"io.quarkus.mailer\".level", "INFO");

        // both at once, on a database with no tables
        a = ServiceInstance.start("a", env, props);
        b = ServiceInstance.start("b", env, props);
        CompletableFuture<Void> readyA = CompletableFuture.runAsync(() -> a.awaitReady(Duration.ofSeconds(150)));
        CompletableFuture<Void> readyB = CompletableFuture.runAsync(() -> b.awaitReady(Duration.ofSeconds(150)));
        CompletableFuture.allOf(readyA, readyB).join();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {a, b, devstack}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // the others still stop
            }
        }
    }

    @Test
    void everyPieceOfWorkIsDoneOnce() throws Exception {
        oneReplicaMigrated();
        registerOrganisations();

        // wanted requests first (their queries must be in the percolator index before the listings come)
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            wanted.add(post("maria", "/api/v1/wanted", wantedRequest("ekdörr")).path("id").asText());
        }
        awaitOutboxEmpty();

        // six listings, each edited once more on the other replica: two relays may take one listing's changes
        List<String> listings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            listings.add(post("johan", "/api/v1/listings", door("Ekdörr replik " + i)).path("id").asText());
        }
        for (String id : listings) {
            JsonNode listing = call("johan", "GET", "/api/v1/listings/" + id, null, 200);
            Map<String, Object> edit = door(listing.path("title").asText());
            edit.put("description", "Demonterade hösten 2026, hela och rena. Ändrad.");
            call("johan", "PUT", "/api/v1/listings/" + id, edit, 200);
        }
        awaitOutboxEmpty();

        // percolation: each request and listing pair is recorded, notified and mailed once
        int pairs = wanted.size() * listings.size();
        await("every alert mailed", () -> count("select count(*) from notification where kind = 'WANTED_MATCH'"
                + " and email_status = 'SENT'") == pairs);
        assertEquals(pairs, count("select count(*) from wanted_match"));
        assertEquals(pairs, count("select count(*) from notification where kind = 'WANTED_MATCH'"));
        assertEquals(pairs, count("select count(distinct (wanted_request_id, listing_id)) from notification"
                + " where kind = 'WANTED_MATCH'"));
        for (String id : listings) {
            String title = call("johan", "GET", "/api/v1/listings/" + id, null, 200).path("title").asText();
            assertEquals(wanted.size(), mails("Det du söker finns: " + title),
                    "one mail per request for " + title);
        }

        // listing and wanted expiry: each item expired once (its version raised by exactly one)
        List<String> due = listings.subList(0, 2);
        execute("update listing set expires_on = current_date - 2 where id = any(?::uuid[])", due);
        execute("update wanted_request set expires_on = current_date - 2 where id = ?::uuid", wanted.get(2));
        Map<String, Long> listingVersions = versions("listing", due);
        Map<String, Long> wantedVersions = versions("wanted_request", List.of(wanted.get(2)));
        await("due listings expired", () -> count("select count(*) from listing where status = 'EXPIRED'") == 2);
        await("due request expired", () -> count("select count(*) from wanted_request where status = 'EXPIRED'") == 1);
        ServiceInstance.sleep(3000); // several more runs of each job on both replicas
        versions("listing", due).forEach((id, version) ->
                assertEquals(listingVersions.get(id) + 1, version, "listing " + id + " expired once"));
        versions("wanted_request", List.of(wanted.get(2))).forEach((id, version) ->
                assertEquals(wantedVersions.get(id) + 1, version, "request " + id + " expired once"));
        awaitOutboxEmpty();

        // the relay: every change recorded in the outbox so far was relayed by exactly one replica
        long recorded = count("select last_value from search_outbox_id_seq");
        double relayedA = a.metric("kretslopp_search_outbox_relayed");
        double relayedB = b.metric("kretslopp_search_outbox_relayed");
        assertEquals(recorded, (long) (relayedA + relayedB),
                "outbox rows relayed by a (" + relayedA + ") and b (" + relayedB + ")");
        indexConverged();
        // the expired request's query left the percolator: a new matching listing alerts only the two others
        String late = post("johan", "/api/v1/listings", door("Ekdörr sen")).path("id").asText();
        await("alerts for the late listing", () -> count("select count(*) from notification where kind = 'WANTED_MATCH'"
                + " and listing_id = '" + late + "' and email_status = 'SENT'") == 2);

        // a reservation storm over both replicas: 500 requests for 1 each of a listing of 100
        Map<String, Object> big = door("Ekdörr storm");
        big.put("quantity", 100);
        String stormListing = post("johan", "/api/v1/listings", big).path("id").asText();
        Map<Integer, Long> statuses = storm(stormListing, 500);
        assertEquals(Map.of(201, 100L, 409, 400L), statuses);
        JsonNode afterStorm = call("johan", "GET", "/api/v1/listings/" + stormListing, null, 200);
        assertEquals(0, afterStorm.path("available").decimalValue().intValue());
        assertEquals(100, afterStorm.path("held").decimalValue().intValue());
        assertEquals(100, count("select count(*) from reservation where listing_id = '" + stormListing + "'"));

        // reservation expiry: every hold is due now; each is released once and its two people told once
        execute("update reservation set expires_at = now() - interval '1 second' where listing_id = ?::uuid",
                stormListing);
        await("holds expired", () -> count("select count(*) from reservation where status = 'EXPIRED'") == 100);
        await("expiry mails sent", () -> count("select count(*) from notification where kind = 'RESERVATION_EXPIRED'"
                + " and email_status <> 'PENDING'") == 200);
        ServiceInstance.sleep(3000);
        JsonNode released = call("johan", "GET", "/api/v1/listings/" + stormListing, null, 200);
        assertEquals(100, released.path("available").decimalValue().intValue(), "released once each");
        assertEquals(0, released.path("held").decimalValue().intValue());
        assertEquals(200, count("select count(*) from notification where kind = 'RESERVATION_EXPIRED'"));
        assertEquals(200, count("select count(*) from notification where kind = 'RESERVATION_EXPIRED'"
                + " and email_status = 'SENT'"));
        assertEquals(200, mails("Reservationen har gått ut: Ekdörr storm"));
        awaitOutboxEmpty();
        indexConverged();
    }

    // ---- the steps ----------------------------------------------------------------------------------------------

    private void oneReplicaMigrated() {
        Pattern applied = Pattern.compile("Successfully applied \\d+ migrations");
        long migrated = List.of(a, b).stream().filter(r -> applied.matcher(r.output()).find()).count();
        assertEquals(1, migrated, "exactly one replica applied the migrations");
        assertEquals(0, count("select count(*) from flyway_schema_history where not success"));
        assertEquals(count("select count(distinct version) from flyway_schema_history where version is not null"),
                count("select count(*) from flyway_schema_history where version is not null"));
    }

    private void registerOrganisations() {
        organisation("Kalmar Rivning & Demontage AB", "kalmar-rivning", "CONTRACTOR", "556001");
        organisation("Kalmarhem AB", "kalmarhem", "MUNICIPAL_COMPANY", "556002");
        organisation("Smålandsbygg AB", "smalandsbygg", "BUILDER", "556003");
    }

    private void organisation(String name, String code, String kind, String numberStart) {
        String digits = numberStart + "0000";
        String number = digits.substring(0, 6) + "-" + digits.substring(6, 9) + luhn(digits.substring(0, 9));
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("code", code);
        body.put("organisationNumber", number);
        body.put("kind", kind);
        call("erik", "POST", "/api/v1/admin/organisations", body, 201);
    }

    private static int luhn(String nine) {
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    private Map<Integer, Long> storm(String listingId, int requests) {
        String body = "{\"listingId\":\"" + listingId + "\",\"quantity\":1}";
        String token = token("sara");
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            ServiceInstance replica = i % 2 == 0 ? a : b;
            inFlight.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(replica.url() + "/api/v1/reservations"))
                    .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        return inFlight.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    }

    /** Every listing in PostgreSQL is in the index at its version and with its status. */
    private void indexConverged() throws IOException, InterruptedException {
        List<String[]> rows = new ArrayList<>();
        query("select id::text, version, status from listing", rs -> rows.add(
                new String[] {rs.getString(1), Long.toString(rs.getLong(2)), rs.getString(3)}));
        assertTrue(rows.size() >= 6, "listings in PostgreSQL: " + rows.size());
        for (String[] row : rows) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(searchUrl + "/kretslopp-listings/_doc/" + row[0])).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode doc = JSON.readTree(response.body());
            assertTrue(doc.path("found").asBoolean(), "listing " + row[0] + " in the index");
            assertEquals(Long.parseLong(row[1]), doc.path("_version").asLong(), "version of " + row[0]);
            assertEquals(row[2], doc.path("_source").path("status").asText(), "status of " + row[0]);
        }
    }

    private void awaitOutboxEmpty() {
        await("the outbox relayed", () -> count("select count(*) from search_outbox") == 0);
    }

    /** How many mails with this subject the two replicas sent, together. */
    private static long mails(String subject) {
        String needle = "Sending email " + subject + " from ";
        return List.of(a, b).stream().mapToLong(r -> r.output().lines().filter(l -> l.contains(needle)).count()).sum();
    }

    private static Map<String, Object> wantedRequest(String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("categoryId", INTERIOR_DOORS);
        body.put("quantity", 10);
        body.put("unit", "st");
        body.put("place", Map.of("name", "Kalmar", "latitude", 56.6634, "longitude", 16.3568));
        body.put("withinKm", 50);
        body.put("neededBy", LocalDate.now().plusDays(30).toString());
        return body;
    }

    private static Map<String, Object> door(String title) {
        Map<String, Object> listing = new HashMap<>();
        listing.put("title", title);
        listing.put("description", "Demonterade hösten 2026, hela och rena.");
        listing.put("categoryId", INTERIOR_DOORS);
        listing.put("material", "Ek");
        listing.put("quantity", 12);
        listing.put("unit", "st");
        listing.put("dimensions", Map.of("widthMm", 890, "heightMm", 2090));
        listing.put("condition", 2);
        listing.put("price", Map.of("kind", "FIXED", "sek", 450));
        listing.put("location", Map.of("city", "Kalmar", "latitude", 56.6734, "longitude", 16.3568));
        listing.put("visibility", "PUBLIC");
        listing.put("status", "PUBLISHED");
        return listing;
    }

    // ---- HTTP, tokens and SQL -----------------------------------------------------------------------------------

    private static JsonNode post(String user, String path, Object body) {
        return call(user, "POST", path, body, 201);
    }

    /** One API call on the next replica in turn; fails unless the status is the expected one. */
    private static JsonNode call(String user, String method, String path, Object body, int expected) {
        ServiceInstance replica = turn++ % 2 == 0 ? a : b;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(replica.url() + path))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token(user))
                    .header("Accept-Language", "en");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(expected, response.statusCode(), method + " " + path + " on replica " + replica.name
                    + ": " + response.body());
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A real access token from Keycloak (the devstack's password grant of kretslopp-cli), cached per user. */
    private static String token(String user) {
        return tokens.computeIfAbsent(user, u -> {
            String form = "grant_type=password&client_id=kretslopp-cli&username=" + URLEncoder.encode(u, StandardCharsets.UTF_8)
                    + "&password=demo";
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                                URI.create(realm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), "token of " + u + ": " + response.body());
                return JSON.readTree(response.body()).path("access_token").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s in vain: " + what);
            }
            ServiceInstance.sleep(200);
        }
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(String sql, RowReader reader, Object... params) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
             PreparedStatement statement = c.prepareStatement(sql)) {
            bind(c, statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long count(String sql) {
        long[] result = new long[1];
        query(sql, rs -> result[0] = rs.getLong(1));
        return result[0];
    }

    private static void execute(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
             PreparedStatement statement = c.prepareStatement(sql)) {
            bind(c, statement, params);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void bind(Connection c, PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof List<?> list) {
                statement.setArray(i + 1, c.createArrayOf("text", list.toArray()));
            } else {
                statement.setObject(i + 1, params[i]);
            }
        }
    }

    private static Map<String, Long> versions(String table, List<String> ids) {
        Map<String, Long> versions = new HashMap<>();
        query("select id::text, version from " + table + " where id = any(?::uuid[])",
                rs -> versions.put(rs.getString(1), rs.getLong(2)), ids);
        return versions;
    }

    static {
        // the instances stop when the test JVM does, even if @AfterAll never runs
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (a != null) {
                a.close();
            }
            if (b != null) {
                b.close();
            }
        }));
    }
}
