package se.kretslopp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmarks' tool; bench/run drives it. Commands:
 * <pre>
 *   oidc [--key-file F]        a stand-in OIDC provider until stdin closes (prints {"url": ...}); writes the private
 *                              half of its signing key to F (PEM) for reservations' tokens
 *   free-port                  prints a free TCP port on 127.0.0.1
 *   wait-ready --management URL --search URL [--alias A] [--timeout S]   (management: health and metrics)
 *   indexing   --search URL --jdbc URL --db-user U --db-password P --listings FILE [--warmup-listings FILE]
 *              --out DIR [--batch 500] [--attempts 3]
 *   queries    --service URL --search URL --out DIR [--rates 40,20,50] [--warmup 120] [--slice 15] [--rounds 4]
 *              [--suggest-rates 20] [--suggest-warmup 30]   (then the type-ahead mix; suggest-rates 0: none)
 *   report     --out DIR       writes DIR/results.md from DIR/indexing.json and DIR/queries.json
 *   wanted     --service URL --management URL --search URL --jdbc URL --db-user U --db-password P --out DIR [--requests 100000]
 *              [--rate 5] [--warmup 60] [--slice 20] [--rounds 3]
 *                              writes DIR/wanted.json and DIR/wanted.md
 *   reservations --service URL --jdbc URL --db-user U --db-password P --oidc-url URL --key-file F --out DIR
 *              [--clients 32] [--warmup 300] [--min-warmup 60] [--raw-warmup 10] [--slice 10] [--rounds 3]
 *              [--attempts 3] [--oversell-quantity 1000]
 *              [--idempotency-key true] [--spread 20]
 *                              writes DIR/reservations.json and DIR/reservations.md; exits 1 on any oversell
 * </pre>
 * indexing and queries also take --service-pid, --devstack-pid and --pg-marker (a text of the PostgreSQL
 * command line, its data directory) for the CPU figures, and --max-load / --max-wait for waiting on a quiet machine.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Bench oidc | free-port | wait-ready | indexing | queries | report | reservations"
                    + " [--options]");
            System.exit(2);
        }
        Map<String, String> o = options(args);
        switch (args[0]) {
            case "oidc" -> OidcStub.run(o.containsKey("key-file") ? Path.of(o.get("key-file")) : null);
            case "free-port" -> {
                try (ServerSocket socket = new ServerSocket(0)) {
                    System.out.println(socket.getLocalPort());
                }
            }
            case "wait-ready" -> waitReady(o.get("management"), o.get("search"), o.getOrDefault("alias", ALIAS),
                    Integer.parseInt(o.getOrDefault("timeout", "300")));
            case "indexing" -> {
                Indexing indexing = new Indexing(o.get("search"), o.getOrDefault("alias", ALIAS), o.get("jdbc"),
                        o.get("db-user"), o.getOrDefault("db-password", ""),
                        Integer.parseInt(o.getOrDefault("batch", "500")), machine(o))
                        .maxAttempts(Integer.parseInt(o.getOrDefault("attempts", "3")));
                ObjectNode result = indexing.run(Path.of(o.get("listings")),
                        o.containsKey("warmup-listings") ? Path.of(o.get("warmup-listings")) : null,
                        maxLoad(o), maxWait(o));
                write(o, "indexing.json", result);
            }
            case "queries" -> {
                SearchLoad load = new SearchLoad(o.get("service"), o.get("search"), o.getOrDefault("alias", ALIAS),
                        machine(o));
                List<Double> rates = new ArrayList<>();
                for (String rate : o.getOrDefault("rates", "40").split(",")) {
                    rates.add(Double.parseDouble(rate.trim()));
                }
                double slice = Double.parseDouble(o.getOrDefault("slice", "15"));
                int rounds = Integer.parseInt(o.getOrDefault("rounds", "4"));
                ObjectNode result = load.run(rates,
                        Double.parseDouble(o.getOrDefault("warmup", "120")), slice, rounds, maxLoad(o), maxWait(o));
                List<Double> suggestRates = new ArrayList<>();
                for (String rate : o.getOrDefault("suggest-rates", "20").split(",")) {
                    if (!rate.isBlank() && Double.parseDouble(rate.trim()) > 0) {
                        suggestRates.add(Double.parseDouble(rate.trim()));
                    }
                }
                if (!suggestRates.isEmpty()) {
                    result.set("suggest", load.runSuggest(suggestRates,
                            Double.parseDouble(o.getOrDefault("suggest-warmup", "30")), slice, rounds, maxLoad(o),
                            maxWait(o)));
                }
                write(o, "queries.json", result);
            }
            case "report" -> {
                String markdown = Report.markdown(Path.of(o.get("out")));
                Files.writeString(Path.of(o.get("out"), "results.md"), markdown);
                System.out.print(markdown);
            }
            case "wanted" -> {
                WantedPercolation wanted = new WantedPercolation(o.get("service"), o.get("management"), o.get("search"), o.get("jdbc"),
                        o.get("db-user"), o.getOrDefault("db-password", ""), machine(o));
                ObjectNode result = wanted.run(Integer.parseInt(o.getOrDefault("requests", "100000")),
                        Double.parseDouble(o.getOrDefault("rate", "5")),
                        Double.parseDouble(o.getOrDefault("warmup", "60")),
                        Double.parseDouble(o.getOrDefault("slice", "20")),
                        Integer.parseInt(o.getOrDefault("rounds", "3")), maxLoad(o), maxWait(o));
                write(o, "wanted.json", result);
                String markdown = WantedPercolation.markdown(result);
                Files.writeString(Path.of(o.get("out"), "wanted.md"), markdown);
                System.out.print(markdown);
            }
            case "reservations" -> {
                Reservations.Settings settings = new Reservations.Settings(
                        Integer.parseInt(o.getOrDefault("clients", "32")),
                        Double.parseDouble(o.getOrDefault("warmup", "300")),
                        Double.parseDouble(o.getOrDefault("min-warmup", "60")),
                        Double.parseDouble(o.getOrDefault("raw-warmup", "10")),
                        Double.parseDouble(o.getOrDefault("slice", "10")),
                        Integer.parseInt(o.getOrDefault("rounds", "3")),
                        Integer.parseInt(o.getOrDefault("attempts", "3")),
                        Integer.parseInt(o.getOrDefault("oversell-quantity", "1000")),
                        Boolean.parseBoolean(o.getOrDefault("idempotency-key", "true")),
                        Double.parseDouble(o.getOrDefault("spread", "20")), maxLoad(o), maxWait(o));
                Tokens tokens = new Tokens(Path.of(o.get("key-file")), OidcStub.KID, o.get("oidc-url"));
                ObjectNode result = new Reservations(o.get("service"), o.get("jdbc"), o.get("db-user"),
                        o.getOrDefault("db-password", ""), tokens, machine(o), settings).run();
                write(o, "reservations.json", result);
                String markdown = ReservationsReport.markdown(result);
                Files.writeString(Path.of(o.get("out"), "reservations.md"), markdown);
                System.out.print(markdown);
                if (!result.at("/oversell/passed").asBoolean() || !result.at("/throughput/consistency/consistent")
                        .asBoolean()) {
                    System.err.println("FAILED: the reservation counts do not add up (oversell "
                            + result.at("/oversell/oversell").asLong() + "); see " + o.get("out")
                            + "/reservations.md");
                    System.exit(1);
                }
            }
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
        System.exit(0);
    }

    static final String ALIAS = "kretslopp-listings";

    private static Machine machine(Map<String, String> o) {
        return new Machine(Long.parseLong(o.getOrDefault("service-pid", "0")),
                Long.parseLong(o.getOrDefault("devstack-pid", "0")), o.get("pg-marker"));
    }

    private static double maxLoad(Map<String, String> o) {
        return Double.parseDouble(o.getOrDefault("max-load", "3"));
    }

    private static int maxWait(Map<String, String> o) {
        return Integer.parseInt(o.getOrDefault("max-wait", "1200"));
    }

    private static void write(Map<String, String> o, String name, JsonNode result) throws Exception {
        Path out = Files.createDirectories(Path.of(o.get("out")));
        Http.JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve(name).toFile(), result);
    }

    /** The service is ready (database, search engine, identity provider) and its index alias exists. */
    private static void waitReady(String management, String search, String alias, int timeoutSeconds) {
        Http http = new Http();
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean ready = http.get(management + "/q/health/ready").status() == 200
                    && http.call("HEAD", search + "/_alias/" + alias, null).status() == 200;
            if (ready) {
                return;
            }
            Machine.sleep(1000);
        }
        throw new IllegalStateException("the service was not ready after " + timeoutSeconds + " s: "
                + http.get(management + "/q/health/ready").body());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value at " + args[i]);
            }
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }
}
