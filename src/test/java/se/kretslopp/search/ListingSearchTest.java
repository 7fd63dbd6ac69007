package se.kretslopp.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kretslopp.testsupport.Api.anna;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.karin;
import static se.kretslopp.testsupport.Api.listing;
import static se.kretslopp.testsupport.Api.newListing;
import static se.kretslopp.testsupport.Api.sara;
import static se.kretslopp.testsupport.Searches.search;
import static se.kretslopp.testsupport.Searches.untilTotal;

/**
 * The marketplace search against the real search node. Each test's listings carry a material of their own, and
 * the searches filter on it, so the demo data and other tests do not disturb the counts.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingSearchTest {

    static final String OTHER = "7c0e0000-0000-4000-8000-000000009900";
    static final String DOORS = "7c0e0000-0000-4000-8000-000000000100";
    static final String INTERIOR_DOORS = "7c0e0000-0000-4000-8000-000000000101";
    static final String WINDOWS = "7c0e0000-0000-4000-8000-000000000201";
    static final String RADIATORS = "7c0e0000-0000-4000-8000-000000001001";

    /** Kalmar centre, Nybro (~30 km), Västervik (~130 km). */
    static final double[] KALMAR = {56.6634, 16.3568};
    static final double[] NYBRO = {56.7446, 15.9070};
    static final double[] VASTERVIK = {57.7580, 16.6370};

    final String words = material();
    final String filters = material();
    final Map<String, String> ids = new java.util.HashMap<>();

    static String material() {
        return "prov" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static Supplier<RequestSpecification> anonymous() {
        return () -> given();
    }

    /** Once per class (a {@code @BeforeAll} would run before the application listens). */
    @BeforeEach
    void listings() {
        if (!ids.isEmpty()) {
            return;
        }
        // the Swedish cases: in a neutral category, so only the titles and descriptions can match
        for (String title : List.of("Innerdörr i furu", "Ytterdörrar med karm", "Branddörr EI30",
                "Takpannor, enkupiga", "Fönster 3-glas", "Bokhylla i ek")) {
            Map<String, Object> body = listing(title);
            body.put("categoryId", OTHER);
            body.put("material", words);
            body.put("description", "Återbrukat material från Kalmar.");
            ids.put(title, newListing(johan(), body).toString());
        }
        // the filters, facets and sorts
        ids.put("a", newListing(johan(), filtered("Innerdörr A", INTERIOR_DOORS, 1, 10, "FIXED", 300, 890, 2090,
                KALMAR, null)).toString());
        ids.put("b", newListing(johan(), filtered("Innerdörr B", INTERIOR_DOORS, 2, 4, "FREE", null, 790, 2090,
                NYBRO, null)).toString());
        ids.put("c", newListing(anna(), filtered("Fönster C", WINDOWS, 3, 20, "FIXED", 1200, 1180, 1180,
                VASTERVIK, se.kretslopp.common.Today.date().plusMonths(3))).toString());
        ids.put("d", newListing(anna(), filtered("Radiator D", RADIATORS, 4, 2, "ON_REQUEST", null, null, 600,
                null, null)).toString());
        untilTotal(anonymous(), "material=" + words, 6);
        untilTotal(anonymous(), "material=" + filters, 4);
    }

    Map<String, Object> filtered(String title, String category, int condition, int quantity, String priceKind,
                                 Integer sek, Integer width, Integer height, double[] at, LocalDate availableFrom) {
        Map<String, Object> body = listing(title);
        body.put("categoryId", category);
        body.put("material", filters);
        body.put("condition", condition);
        body.put("quantity", quantity);
        body.put("price", sek == null ? Map.of("kind", priceKind) : Map.of("kind", priceKind, "sek", sek));
        Map<String, Object> dimensions = new java.util.HashMap<>();
        dimensions.put("widthMm", width);
        dimensions.put("heightMm", height);
        body.put("dimensions", dimensions);
        body.put("location", at == null ? Map.of("city", "Kalmar")
                : Map.of("city", "Kalmar län", "latitude", at[0], "longitude", at[1]));
        body.put("availableFrom", availableFrom == null ? null : availableFrom.toString());
        return body;
    }

    List<String> titles(String query) {
        return search(given(), query).getList("items.title");
    }

    Set<String> titleSet(String query) {
        return new HashSet<>(titles(query));
    }

    @Test
    void swedishStemmingFindsPluralsAndSingulars() {
        assertEquals(Set.of("Innerdörr i furu", "Ytterdörrar med karm", "Branddörr EI30"),
                titleSet("material=" + words + "&q=dörrar"));
        assertEquals(Set.of("Takpannor, enkupiga"), titleSet("material=" + words + "&q=takpanna"));
    }

    @Test
    void compoundWordsAreFoundByTheirParts() {
        // "innerdörr", "ytterdörrar" and "branddörr" by "dörr"; "takpannor" by "pannor"
        assertEquals(Set.of("Innerdörr i furu", "Ytterdörrar med karm", "Branddörr EI30"),
                titleSet("material=" + words + "&q=dörr"));
        assertEquals(Set.of("Takpannor, enkupiga"), titleSet("material=" + words + "&q=pannor"));
        // the whole compound still finds itself first
        assertEquals("Ytterdörrar med karm", titles("material=" + words + "&q=ytterdörr").get(0));
    }

    @Test
    void typosAreTolerated() {
        assertEquals(Set.of("Fönster 3-glas"), titleSet("material=" + words + "&q=fönstr"));
        assertEquals(Set.of("Bokhylla i ek"), titleSet("material=" + words + "&q=bokyhlla"));
    }

    @Test
    void englishWordsFindThroughTheEnglishSubField() {
        // the listings' category is "Other": "other" matches its English name
        assertEquals(6, search(given(), "material=" + words + "&q=other").getInt("total"));
    }

    @Test
    void matchesAreHighlightedAndEscaped() {
        JsonPath answer = search(given(), "material=" + words + "&q=branddörr");
        assertEquals("<mark>Branddörr</mark> EI30", answer.getString("items[0].highlight.title"));
    }

    @Test
    void everyFilterNarrowsTheResults() {
        String base = "material=" + filters;
        assertEquals(Set.of("Innerdörr A", "Innerdörr B"), titleSet(base + "&category=" + DOORS));
        assertEquals(Set.of("Innerdörr A", "Innerdörr B"), titleSet(base + "&category=" + INTERIOR_DOORS));
        assertEquals(Set.of("Innerdörr A", "Innerdörr B"), titleSet(base + "&conditionMax=2"));
        assertEquals(Set.of("Innerdörr A", "Fönster C"), titleSet(base + "&minQuantity=10"));
        assertEquals(Set.of("Innerdörr A", "Innerdörr B"), titleSet(base + "&priceMax=500"));
        assertEquals(Set.of("Innerdörr B"), titleSet(base + "&free=true"));
        assertEquals(Set.of("Innerdörr A"), titleSet(base + "&widthMin=800&widthMax=900"));
        assertEquals(Set.of("Innerdörr A", "Innerdörr B"), titleSet(base + "&heightMin=2000"));
        assertEquals(Set.of("Fönster C", "Radiator D"), titleSet(base + "&heightMax=1500"));
        assertEquals(Set.of(), titleSet(base + "&lengthMin=1"));
        assertEquals(Set.of("Innerdörr A"), titleSet(base + "&lat=" + KALMAR[0] + "&lon=" + KALMAR[1] + "&withinKm=10"));
        assertEquals(Set.of("Innerdörr A", "Innerdörr B"),
                titleSet(base + "&lat=" + KALMAR[0] + "&lon=" + KALMAR[1] + "&withinKm=50"));
        assertEquals(Set.of("Innerdörr A", "Innerdörr B", "Radiator D"),
                titleSet(base + "&availableBy=" + se.kretslopp.common.Today.date().plusDays(7)));
        assertEquals(Set.of("Fönster C", "Radiator D"), titleSet(base + "&organisation=kalmar-kommun"));
        assertEquals(Set.of("Innerdörr A", "Innerdörr B", "Fönster C", "Radiator D"),
                titleSet(base + "&organisation=kalmar-kommun&organisation=kalmar-rivning"));
        assertEquals(Set.of(), titleSet(base + "&storageSite=" + UUID.randomUUID()));
        assertEquals(Set.of(), titleSet("material=" + filters + "&material=" + words + "&q=nonexistentword"));
        assertEquals(10, search(given(), "material=" + filters + "&material=" + words).getInt("total"));
    }

    @Test
    void facetsCountWhatMatched() {
        JsonPath answer = search(given(), "material=" + filters);
        assertEquals(4, answer.getInt("total"));
        assertEquals(2, answer.getInt("facets.category.find { it.key == '" + INTERIOR_DOORS + "' }.count"));
        assertEquals("Innerdörrar", answer.getString("facets.category.find { it.key == '" + INTERIOR_DOORS + "' }.label"));
        assertEquals("Interior doors", answer.getString("facets.category.find { it.key == '" + INTERIOR_DOORS + "' }.labelEn"));
        assertEquals(List.of("1", "2", "3", "4"), answer.getList("facets.condition.key"));
        assertEquals(4, answer.getInt("facets.material.find { it.key == '" + filters + "' }.count"));
        assertEquals(2, answer.getInt("facets.organisation.find { it.key == 'kalmar-kommun' }.count"));
        assertEquals("Kalmar kommun", answer.getString("facets.organisation.find { it.key == 'kalmar-kommun' }.label"));
        // facets follow the other filters, but not their own: the condition facet still shows grades 3 and 4
        JsonPath narrowed = search(given(), "material=" + filters + "&conditionMax=2");
        assertEquals(2, narrowed.getInt("total"));
        assertEquals(List.of(2), narrowed.getList("facets.organisation.count"));
        assertEquals(List.of("1", "2", "3", "4"), narrowed.getList("facets.condition.key"));
        // and a second material can be ticked: the material facet counts both
        JsonPath materials = search(given(), "material=" + filters + "&organisation=kalmar-kommun");
        assertEquals(2, materials.getInt("total"));
        assertEquals(2, materials.getInt("facets.material.find { it.key == '" + filters + "' }.count"));
        assertEquals(List.of("kalmar-kommun", "kalmar-rivning"),
                materials.getList("facets.organisation.key").stream().sorted().toList());
    }

    @Test
    void sortsByNewestPriceAndDistance() {
        String base = "material=" + filters;
        assertEquals(List.of("Radiator D", "Fönster C", "Innerdörr B", "Innerdörr A"), titles(base + "&sort=newest"));
        // free costs 0; "price on request" comes last
        assertEquals(List.of("Innerdörr B", "Innerdörr A", "Fönster C", "Radiator D"), titles(base + "&sort=price"));
        String fromKalmar = base + "&lat=" + KALMAR[0] + "&lon=" + KALMAR[1];
        // a listing without a position cannot be sorted by distance and is left out
        assertEquals(List.of("Innerdörr A", "Innerdörr B", "Fönster C"), titles(fromKalmar + "&sort=distance"));
        JsonPath answer = search(given(), fromKalmar + "&sort=distance");
        assertEquals(0.0, answer.getDouble("items[0].distanceKm"), 0.05);
        double toNybro = answer.getDouble("items[1].distanceKm");
        assertTrue(toNybro > 25 && toNybro < 35, "Kalmar–Nybro is about 29 km, got " + toNybro);
        double toVastervik = answer.getDouble("items[2].distanceKm");
        assertTrue(toVastervik > 110 && toVastervik < 135, "Kalmar–Västervik is about 123 km, got " + toVastervik);
        // relevance: the better match first
        assertEquals("Innerdörr i furu", titles("material=" + words + "&q=innerdörr furu").get(0));
    }

    @Test
    void pagesAndSearchAfterWalkEveryResultOnce() {
        String base = "material=" + filters + "&material=" + words + "&sort=newest&size=3";
        List<String> byPages = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            byPages.addAll(search(given(), base + "&page=" + page).getList("items.id"));
        }
        assertEquals(10, byPages.size());
        assertEquals(10, new HashSet<>(byPages).size());
        List<String> byTokens = new ArrayList<>();
        String token = null;
        do {
            JsonPath answer = search(given(), base + (token == null ? "" : "&searchAfter=" + token));
            byTokens.addAll(answer.getList("items.id"));
            token = answer.getString("searchAfter");
        } while (token != null);
        assertEquals(byPages, byTokens);
        // relevance paging with a token works too
        JsonPath first = search(given(), "material=" + words + "&q=dörr&size=2");
        assertNotNull(first.getString("searchAfter"));
        JsonPath second = search(given(), "material=" + words + "&q=dörr&size=2&searchAfter=" + first.getString("searchAfter"));
        assertEquals(1, second.getList("items").size());
        assertNull(second.getString("searchAfter"));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        record Bad(String query, String field) {
        }
        for (Bad bad : List.of(new Bad("size=101", "size"), new Bad("size=0", "size"), new Bad("page=-1", "page"),
                new Bad("page=600&size=20", "page"), new Bad("conditionMax=5", "conditionMax"),
                new Bad("conditionMax=bra", "conditionMax"), new Bad("lat=56.6", "lon"),
                new Bad("withinKm=10", "withinKm"), new Bad("sort=distance", "sort"), new Bad("sort=cheapest", "sort"),
                new Bad("priceMax=-1", "priceMax"), new Bad("priceMax=NaN", "priceMax"),
                new Bad("widthMin=900&widthMax=800", "widthMin"), new Bad("availableBy=igår", "availableBy"),
                new Bad("category=dörrar", "category"), new Bad("storageSite=1", "storageSite"),
                new Bad("free=ja", "free"), new Bad("searchAfter=bm9wZQ", "searchAfter"),
                new Bad("searchAfter=%%%", "searchAfter"), new Bad("lat=91&lon=0", "lat"))) {
            given().get("/api/v1/search/listings?" + bad.query()).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(bad.field()));
        }
        given().get("/api/v1/search/listings?q=" + "a".repeat(201)).then().statusCode(400);
        given().get("/api/v1/search/listings/map?zoom=30").then().statusCode(400).body("errors.field", hasItem("zoom"));
        given().get("/api/v1/search/listings/map?bbox=1,2,3").then().statusCode(400).body("errors.field", hasItem("bbox"));
        // characters with a meaning in other query languages are just text here
        given().get("/api/v1/search/listings?q=" + java.net.URLEncoder.encode("dörr\" OR *:* {}[]/\\", java.nio.charset.StandardCharsets.UTF_8))
                .then().statusCode(200);
    }

    @Test
    void everybodySeesExactlyWhatTheyMay() {
        String seen = material();
        Map<String, Object> publicOne = listing("Synlig för alla");
        publicOne.put("material", seen);
        newListing(anna(), publicOne);
        Map<String, Object> internal = listing("Bara för Kalmarsund");
        internal.put("material", seen);
        internal.put("visibility", "INTERNAL");
        newListing(anna(), internal);
        Map<String, Object> draft = listing("Utkast");
        draft.put("material", seen);
        draft.put("status", "DRAFT");
        newListing(anna(), draft);
        Map<String, Object> soonPublic = listing("Publik om en vecka");
        soonPublic.put("material", seen);
        soonPublic.put("visibility", "INTERNAL");
        soonPublic.put("publicFrom", se.kretslopp.common.Today.date().plusDays(7).toString());
        newListing(anna(), soonPublic);
        Map<String, Object> nowPublic = listing("Publik sedan i dag");
        nowPublic.put("material", seen);
        nowPublic.put("visibility", "INTERNAL");
        nowPublic.put("publicFrom", se.kretslopp.common.Today.date().toString());
        newListing(anna(), nowPublic);
        Map<String, Object> withdrawn = listing("Återkallad");
        withdrawn.put("material", seen);
        UUID withdrawnId = newListing(anna(), withdrawn);
        anna().delete("/api/v1/listings/" + withdrawnId).then().statusCode(200);

        String query = "material=" + seen + "&sort=newest";
        // the owner's group (Karin of Mörbylånga is in Kalmarsund) sees the internal ones too
        untilTotal(() -> karin(), query, 4);
        assertEquals(Set.of("Synlig för alla", "Bara för Kalmarsund", "Publik om en vecka", "Publik sedan i dag"),
                new HashSet<>(search(karin(), query).getList("items.title")));
        assertEquals(Set.of("Synlig för alla", "Bara för Kalmarsund", "Publik om en vecka", "Publik sedan i dag"),
                new HashSet<>(search(anna(), query).getList("items.title")));
        assertEquals(Set.of("Synlig för alla", "Publik sedan i dag"),
                new HashSet<>(search(given(), query).getList("items.title")));
        assertEquals(Set.of("Synlig för alla", "Publik sedan i dag"),
                new HashSet<>(search(sara(), query).getList("items.title")));
        assertEquals(Set.of("Synlig för alla", "Publik sedan i dag"),
                new HashSet<>(search(johan(), query).getList("items.title")));
        // the filter comes from the token: parameters cannot widen it
        assertEquals(2, search(given(), query + "&organisation=kalmar-kommun&visibility=INTERNAL&status=DRAFT")
                .getInt("total"));
        given().get("/api/v1/search/suggest?q=Bara för").then().statusCode(200)
                .body("suggestions.text", org.hamcrest.Matchers.not(hasItem("Bara för Kalmarsund")));
    }

    @Test
    void suggestionsOfferCategoriesAndTitles() {
        Map<String, Object> body = listing("Snickarglädjedörr från Smedby");
        body.put("material", material());
        newListing(johan(), body);
        untilTotal(anonymous(), "material=" + body.get("material"), 1);
        given().get("/api/v1/search/suggest?q=snickargläd").then().statusCode(200)
                .body("suggestions.findAll { it.kind == 'listing' }.text", hasItem("Snickarglädjedörr från Smedby"));
        given().get("/api/v1/search/suggest?q=innerd").then().statusCode(200)
                .body("suggestions.find { it.kind == 'category' }.text", equalTo("Innerdörrar"));
        given().get("/api/v1/search/suggest?q=interior&lang=en").then().statusCode(200)
                .body("suggestions.find { it.kind == 'category' }.text", equalTo("Interior doors"));
        given().get("/api/v1/search/suggest?q=").then().statusCode(200).body("suggestions.size()", equalTo(0));
    }

    @Test
    void theMapShowsPointsWhenFew() {
        JsonPath map = given().get("/api/v1/search/listings/map?material=" + filters + "&zoom=7").then().statusCode(200)
                .extract().jsonPath();
        // the radiator has no position
        assertEquals(3, map.getInt("total"));
        assertEquals(false, map.getBoolean("clustered"));
        assertEquals(3, map.getList("points").size());
        JsonPath boxed = given().get("/api/v1/search/listings/map?material=" + filters
                + "&bbox=57,15.5,56.5,16.5").then().statusCode(200).extract().jsonPath();
        assertEquals(2, boxed.getInt("total"));
    }

    @Test
    void theMapClustersWhenMany() {
        // the demo data holds a few hundred listings across Kalmar county
        JsonPath map = anna().get("/api/v1/search/listings/map?zoom=6").then().statusCode(200).extract().jsonPath();
        int total = map.getInt("total");
        assertTrue(total > 200, "the demo data should give more than 200 listings on the map, got " + total);
        assertEquals(true, map.getBoolean("clustered"));
        assertEquals(0, map.getList("points").size());
        List<Integer> counts = map.getList("clusters.count", Integer.class);
        assertTrue(counts.size() > 1, "listings spread over the county fall into several cells");
        assertEquals(total, counts.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void theDemoDataIsFoundInSwedish() {
        JsonPath doors = search(given(), "q=dörrar&size=100");
        assertTrue(doors.getInt("total") >= 20, "the demo data holds plenty of doors");
        JsonPath tiles = search(given(), "q=pannor");
        assertTrue(tiles.getInt("total") >= 3, "takpannor are found by pannor");
    }
}
