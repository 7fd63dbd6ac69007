package se.kretslopp.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;
import se.kretslopp.testsupport.Organisations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.testsupport.Searches.untilTotal;

/**
 * The relevance figure: the judged queries of {@code search/relevance/queries.tsv} run through the real search
 * endpoint over the listings of {@code corpus.json}, published by an organisation of their own (the searches filter
 * on it, so the demo listings share the index, as in production, but are not ranked). Writes every query's answer
 * and figures to {@code target/relevance-report.tsv}.
 */
@QuarkusTest
class SearchRelevanceTest {

    /** Set from the measurement after the relevance work (docs/listings-and-search.md), with a small margin. */
    static final double MIN_NDCG = 0.0;
    static final double MIN_RECALL = 0.0;

    record Judged(String query, String kind, Map<String, Integer> grades) {
    }

    @Test
    void theJudgedQueriesFindWhatTheyShould() throws IOException {
        String code = Organisations.newCode();
        Organisations.register(Organisations.body("Relevans Rivning AB", code, Organisations.newNumber(),
                "CONTRACTOR", null));
        Map<String, String> keyOfId = new HashMap<>();
        JsonNode corpus = new ObjectMapper().readTree(resource("corpus.json"));
        for (JsonNode listing : corpus) {
            Map<String, Object> body = Api.listing(listing.path("title").asText());
            body.put("description", listing.path("description").asText());
            body.put("material", listing.path("material").asText());
            body.put("categoryId", "7c0e0000-0000-4000-8000-00000000" + listing.path("category").asText());
            body.put("dimensions", Map.of());
            String id = Api.newListing(Api.as("johan", code, "contractor"), body).toString();
            keyOfId.put(id, listing.path("key").asText());
        }
        untilTotal(() -> given(), "organisation=" + code, corpus.size());

        List<Judged> judged = judged();
        assertTrue(judged.size() >= 80, "at least 80 judged queries: " + judged.size());
        List<Double> ndcg = new ArrayList<>();
        List<Double> recall = new ArrayList<>();
        Map<String, List<Double>> ndcgByKind = new TreeMap<>();
        StringBuilder report = new StringBuilder("query\tkind\tndcg@10\trecall@20\tanswer\n");
        for (Judged j : judged) {
            List<String> ids = given().queryParam("size", 20).queryParam("organisation", code)
                    .queryParam("q", j.query()).get("/api/v1/search/listings").then().statusCode(200).extract()
                    .jsonPath().getList("items.id");
            List<String> answer = ids.stream().map(id -> keyOfId.getOrDefault(id, "?")).toList();
            double n = RelevanceMetrics.ndcg(answer, j.grades(), 10);
            double r = RelevanceMetrics.recall(answer, j.grades(), 20);
            ndcg.add(n);
            recall.add(r);
            ndcgByKind.computeIfAbsent(j.kind(), k -> new ArrayList<>()).add(n);
            report.append(j.query()).append('\t').append(j.kind()).append('\t').append(String.format("%.3f", n))
                    .append('\t').append(String.format("%.3f", r)).append('\t').append(String.join(" ", answer))
                    .append('\n');
        }
        double meanNdcg = RelevanceMetrics.mean(ndcg);
        double meanRecall = RelevanceMetrics.mean(recall);
        StringBuilder summary = new StringBuilder(String.format("queries %d  nDCG@10 %.3f  recall@20 %.3f%n",
                judged.size(), meanNdcg, meanRecall));
        ndcgByKind.forEach((kind, values) -> summary.append(String.format("  %-10s %3d  nDCG@10 %.3f%n", kind,
                values.size(), RelevanceMetrics.mean(values))));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/relevance-report.tsv"), summary.toString() + report);
        System.out.println("Relevance: " + summary);
        assertTrue(meanNdcg >= MIN_NDCG, "nDCG@10 " + meanNdcg + " fell below " + MIN_NDCG + "\n" + summary);
        assertTrue(meanRecall >= MIN_RECALL, "recall@20 " + meanRecall + " fell below " + MIN_RECALL + "\n" + summary);
    }

    static List<Judged> judged() throws IOException {
        List<Judged> all = new ArrayList<>();
        for (String line : resource("queries.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (String grade : parts[2].trim().split(" ")) {
                String[] kv = grade.split("=");
                grades.put(kv[0], Integer.parseInt(kv[1]));
            }
            all.add(new Judged(parts[0], parts[1], grades));
        }
        return all;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SearchRelevanceTest.class.getResourceAsStream("/search/relevance/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
