package se.kretslopp.listing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Images;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.kretslopp.testsupport.Api.anna;
import static se.kretslopp.testsupport.Api.johan;
import static se.kretslopp.testsupport.Api.karin;
import static se.kretslopp.testsupport.Api.listing;
import static se.kretslopp.testsupport.Api.maria;
import static se.kretslopp.testsupport.Api.newListing;
import static se.kretslopp.testsupport.Api.sara;
import static se.kretslopp.testsupport.Api.withToken;

@QuarkusTest
class ListingResourceTest {

    @Test
    void aContractorDraftsPublishesAndWithdrawsAListing() {
        Map<String, Object> body = listing("Innerdörr i ek, 9x21");
        body.remove("status");
        String id = johan().body(body).post("/api/v1/listings").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("organisation.code", equalTo("kalmar-rivning"))
                .body("category.code", equalTo("dorrar.innerdorrar"))
                .body("price.kind", equalTo("FIXED"))
                .body("publishedAt", nullValue())
                .body("editable", equalTo(true))
                .extract().path("id");
        // a draft is nobody's business but its organisation's
        sara().get("/api/v1/listings/" + id).then().statusCode(404);
        given().get("/api/v1/listings/" + id).then().statusCode(404);

        body.put("status", "PUBLISHED");
        johan().header("If-Match", "\"0\"").body(body).put("/api/v1/listings/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue());
        given().get("/api/v1/listings/" + id).then().statusCode(200)
                .body("title", equalTo("Innerdörr i ek, 9x21")).body("editable", equalTo(false))
                .body("public", equalTo(true));

        johan().delete("/api/v1/listings/" + id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        sara().get("/api/v1/listings/" + id).then().statusCode(404);
        johan().get("/api/v1/listings/" + id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        johan().get("/api/v1/listings?status=WITHDRAWN&size=100").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void aDraftThatWasNeverPublishedCanBeWithdrawn() {
        Map<String, Object> draft = listing("Fönster, aldrig publicerat");
        draft.put("status", "DRAFT");
        UUID id = newListing(johan(), draft);
        johan().header("If-Match", "\"0\"").delete("/api/v1/listings/" + id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("publishedAt", nullValue());
        johan().get("/api/v1/listings/" + id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        sara().get("/api/v1/listings/" + id).then().statusCode(404);
        // and it can be published later, getting its publish date then
        Map<String, Object> body = listing("Fönster, aldrig publicerat");
        body.put("status", "PUBLISHED");
        johan().body(body).put("/api/v1/listings/" + id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue());
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        UUID id = newListing(johan(), listing("Ytterdörr, stål"));
        Map<String, Object> first = listing("Ytterdörr, stål, grön");
        johan().header("If-Match", "\"0\"").body(first).put("/api/v1/listings/" + id).then().statusCode(200)
                .header("ETag", "\"1\"");
        Map<String, Object> stale = listing("Ytterdörr, stål, röd");
        johan().header("If-Match", "\"0\"").body(stale).put("/api/v1/listings/" + id).then().statusCode(412)
                .contentType("application/problem+json").body("status", equalTo(412));
        johan().header("If-Match", "\"0\"").delete("/api/v1/listings/" + id).then().statusCode(412);
        johan().get("/api/v1/listings/" + id).then().body("title", equalTo("Ytterdörr, stål, grön"))
                .body("version", equalTo(1)).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void otherOrganisationsCannotChangeAListing() {
        UUID id = newListing(johan(), listing("Branddörr EI30"));
        karin().body(listing("Kapad")).put("/api/v1/listings/" + id).then().statusCode(403);
        karin().delete("/api/v1/listings/" + id).then().statusCode(403);
        withToken("karin", "morbylanga-kommun", "property-unit")
                .multiPart("file", "door.png", Images.png(40, 30), "image/png")
                .post("/api/v1/listings/" + id + "/photos").then().statusCode(403);
        sara().body(listing("Kapad")).put("/api/v1/listings/" + id).then().statusCode(403);
        // a draft of another organisation does not exist for them
        Map<String, Object> draft = listing("Utkast");
        draft.put("status", "DRAFT");
        UUID draftId = newListing(johan(), draft);
        karin().body(listing("Kapad")).put("/api/v1/listings/" + draftId).then().statusCode(404);
        karin().delete("/api/v1/listings/" + draftId).then().statusCode(404);
        karin().get("/api/v1/listings/" + draftId + "/photos").then().statusCode(404);
        johan().get("/api/v1/listings/" + id).then().body("title", equalTo("Branddörr EI30")).body("version", equalTo(0));
        johan().get("/api/v1/listings/" + draftId).then().body("title", equalTo("Utkast"));
    }

    @Test
    void buildersDoNotPublish() {
        sara().body(listing("Fönster")).post("/api/v1/listings").then().statusCode(403);
    }

    @Test
    void internalListingsAreSeenByTheOwnersGroupOnly() {
        Map<String, Object> body = listing("Radiator, gjutjärn");
        body.put("visibility", "INTERNAL");
        UUID id = newListing(anna(), body);
        maria().get("/api/v1/listings/" + id).then().statusCode(200).body("public", equalTo(false));
        karin().get("/api/v1/listings/" + id).then().statusCode(200);
        johan().get("/api/v1/listings/" + id).then().statusCode(404);
        sara().get("/api/v1/listings/" + id).then().statusCode(404);
        given().get("/api/v1/listings/" + id).then().statusCode(404);

        body.put("publicFrom", se.kretslopp.common.Today.date().toString());
        UUID publicToday = newListing(anna(), body);
        given().get("/api/v1/listings/" + publicToday).then().statusCode(200).body("public", equalTo(true));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndCreatesNothing() {
        int before = johan().get("/api/v1/listings?size=1").then().extract().path("total");
        Map<String, Object> noTitle = listing("x");
        noTitle.remove("title");
        johan().body(noTitle).post("/api/v1/listings").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("title"));
        Map<String, Object> noPrice = listing("Dörr");
        noPrice.put("price", Map.of("kind", "FIXED"));
        johan().body(noPrice).post("/api/v1/listings").then().statusCode(422).body("errors.field", hasItem("price.sek"));
        Map<String, Object> freeWithPrice = listing("Dörr");
        freeWithPrice.put("price", Map.of("kind", "FREE", "sek", 10));
        johan().body(freeWithPrice).post("/api/v1/listings").then().statusCode(422)
                .body("errors.field", hasItem("price.sek"));
        Map<String, Object> publicFrom = listing("Dörr");
        publicFrom.put("publicFrom", "2030-01-01");
        johan().body(publicFrom).post("/api/v1/listings").then().statusCode(422)
                .body("errors.field", hasItem("publicFrom"));
        Map<String, Object> reserved = listing("Dörr");
        reserved.put("status", "RESERVED");
        johan().body(reserved).post("/api/v1/listings").then().statusCode(422).body("errors.field", hasItem("status"));
        Map<String, Object> unknownCategory = listing("Dörr");
        unknownCategory.put("categoryId", UUID.randomUUID().toString());
        johan().body(unknownCategory).post("/api/v1/listings").then().statusCode(422)
                .body("errors.field", hasItem("categoryId"));
        Map<String, Object> condition = listing("Dörr");
        condition.put("condition", 5);
        johan().body(condition).post("/api/v1/listings").then().statusCode(400)
                .body("errors.field", hasItem("condition"));
        Map<String, Object> halfPosition = listing("Dörr");
        halfPosition.put("location", Map.of("latitude", 56.6));
        johan().body(halfPosition).post("/api/v1/listings").then().statusCode(422)
                .body("errors.field", hasItem("location.longitude"));
        johan().body("{\"title\": ").post("/api/v1/listings").then().statusCode(400)
                .contentType("application/problem+json");
        johan().body(Map.of("title", "x", "surprise", 1)).post("/api/v1/listings").then().statusCode(400);
        johan().get("/api/v1/listings?status=SOLD").then().statusCode(400).body("errors.field", hasItem("status"));
        johan().get("/api/v1/listings/not-an-id").then().statusCode(404);
        johan().get("/api/v1/listings?size=1").then().body("total", equalTo(before));
    }

    @Test
    void anItemIsPublishedWithItsDataAndNeverListedBeyondWhatItHolds() {
        UUID building = se.kretslopp.testsupport.Api.newBuilding("Publiceringsskolan", 1964);
        Map<String, Object> item = se.kretslopp.testsupport.Api.item(se.kretslopp.testsupport.Api.INTERIOR_DOORS,
                "Innerdörr, furu, 8x21", "REUSE", "FREE");
        item.put("material", "Furu");
        item.put("dimensions", Map.of("widthMm", 790, "heightMm", 2090));
        String itemId = anna().body(item).post("/api/v1/buildings/" + building + "/items").then().statusCode(201)
                .extract().path("id");
        anna().multiPart("file", "door.png", Images.png(60, 40), "image/png").contentType("multipart/form-data")
                .post("/api/v1/items/" + itemId + "/photos").then().statusCode(201);

        Map<String, Object> publish = new HashMap<>();
        publish.put("quantity", 8);
        publish.put("price", Map.of("kind", "FREE"));
        publish.put("visibility", "PUBLIC");
        String listingId = anna().body(publish).post("/api/v1/items/" + itemId + "/publish").then().statusCode(201)
                .body("inventoryItemId", equalTo(itemId))
                .body("title", equalTo("Innerdörr, furu, 8x21"))
                .body("material", equalTo("Furu"))
                .body("dimensions.widthMm", equalTo(790))
                .body("category.code", equalTo("dorrar.innerdorrar"))
                .body("location.city", equalTo("Kalmar"))
                .body("status", equalTo("PUBLISHED"))
                .body("photoCount", equalTo(1))
                .body("thumbnailUrl", notNullValue())
                .extract().path("id");
        anna().get("/api/v1/items/" + itemId).then().body("status", equalTo("LISTED"));

        publish.put("quantity", 5);
        anna().body(publish).post("/api/v1/items/" + itemId + "/publish").then().statusCode(422)
                .body("errors.field", hasItem("quantity"));
        publish.put("quantity", 4);
        anna().body(publish).post("/api/v1/items/" + itemId + "/publish").then().statusCode(201);
        // raising a listing beyond what is left is refused too
        Map<String, Object> more = listing("Innerdörr, furu, 8x21");
        more.put("quantity", 9);
        anna().body(more).put("/api/v1/listings/" + listingId).then().statusCode(422)
                .body("errors.field", hasItem("quantity"));
        anna().get("/api/v1/listings/" + listingId).then().body("quantity", equalTo(8));

        karin().body(publish).post("/api/v1/items/" + itemId + "/publish").then().statusCode(404);
        sara().body(publish).post("/api/v1/items/" + itemId + "/publish").then().statusCode(403);
        UUID recycled = se.kretslopp.testsupport.Api.newItem(building, se.kretslopp.testsupport.Api.INTERIOR_DOORS,
                "Trasig dörr");
        publish.put("quantity", 1);
        anna().body(publish).post("/api/v1/items/" + recycled + "/publish").then().statusCode(409);
    }

    @Test
    void photosOfAPublicListingAreSeenByEverybodyAndBumpTheVersion() {
        UUID id = newListing(johan(), listing("Handfat, porslin"));
        String photo = withToken("johan", "kalmar-rivning", "contractor")
                .multiPart("file", "sink.png", Images.png(80, 60), "image/png")
                .post("/api/v1/listings/" + id + "/photos").then().statusCode(201).extract().path("thumbnailUrl");
        johan().get("/api/v1/listings/" + id).then().body("version", equalTo(1)).body("photoCount", equalTo(1))
                .body("thumbnailUrl", equalTo(photo));
        given().get(photo).then().statusCode(200).contentType("image/png");
        given().get("/api/v1/listings/" + id + "/photos").then().statusCode(200).body("size()", equalTo(1));

        Map<String, Object> internal = listing("Handfat, internt");
        internal.put("visibility", "INTERNAL");
        UUID internalId = newListing(johan(), internal);
        String hidden = withToken("johan", "kalmar-rivning", "contractor")
                .multiPart("file", "sink.png", Images.png(80, 60), "image/png")
                .post("/api/v1/listings/" + internalId + "/photos").then().statusCode(201).extract().path("url");
        given().get(hidden).then().statusCode(404);
        sara().get(hidden).then().statusCode(404);
        johan().get(hidden).then().statusCode(200);
        // deleting is for the listing's editors only
        given().delete(hidden).then().statusCode(401);
        sara().delete(hidden).then().statusCode(404);
    }

    @Test
    void ownListingsAreOnlyYourOrganisations() {
        UUID mine = newListing(johan(), listing("Takpannor, tegel, Johans"));
        UUID annas = newListing(anna(), listing("Takpannor, tegel, Annas"));
        johan().get("/api/v1/listings?q=takpannor&size=100").then().statusCode(200)
                .body("items.id", hasItem(mine.toString()))
                .body("items.id", not(hasItem(annas.toString())));
        given().contentType(ContentType.JSON).get("/api/v1/listings").then().statusCode(401);
    }

    @jakarta.inject.Inject
    ListingExpiry expiry;

    @jakarta.inject.Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    @Test
    void aListingPastItsLastDayExpires() {
        Map<String, Object> body = listing("Parkett, ek, sista dagen");
        body.put("expiresOn", se.kretslopp.common.Today.date().toString());
        UUID id = newListing(johan(), body);
        expiry.expire().await().atMost(java.time.Duration.ofSeconds(10));
        johan().get("/api/v1/listings/" + id).then().body("status", equalTo("PUBLISHED"));
        // a day later
        pool.preparedQuery("update listing set expires_on = (now() at time zone 'Europe/Stockholm')::date - 1 where id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(id)).await().atMost(java.time.Duration.ofSeconds(10));
        expiry.expire().await().atMost(java.time.Duration.ofSeconds(10));
        johan().get("/api/v1/listings/" + id).then().body("status", equalTo("EXPIRED"));
        given().get("/api/v1/listings/" + id).then().statusCode(200).body("status", equalTo("EXPIRED"));
        // renewing is publishing again with a new last day
        body.put("expiresOn", se.kretslopp.common.Today.date().plusDays(30).toString());
        johan().body(body).put("/api/v1/listings/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void concurrentPublishingOfOneItemNeverOffersMoreThanItHolds() throws Exception {
        UUID building = se.kretslopp.testsupport.Api.newBuilding("Samtidighetshuset", 1990);
        Map<String, Object> item = se.kretslopp.testsupport.Api.item(se.kretslopp.testsupport.Api.INTERIOR_DOORS,
                "Innerdörr, vit, 9x21", "REUSE", "FREE");
        String itemId = anna().body(item).post("/api/v1/buildings/" + building + "/items").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> publish = Map.of("quantity", 2, "price", Map.of("kind", "FREE"), "visibility", "PUBLIC");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            var answers = pool.invokeAll(java.util.Collections.nCopies(10,
                    (java.util.concurrent.Callable<Integer>) () -> anna().body(publish)
                            .post("/api/v1/items/" + itemId + "/publish").statusCode()));
            int created = 0;
            for (var answer : answers) {
                int status = answer.get();
                org.junit.jupiter.api.Assertions.assertTrue(status == 201 || status == 422, "status " + status);
                created += status == 201 ? 1 : 0;
            }
            // the item holds 12: six listings of 2
            org.junit.jupiter.api.Assertions.assertEquals(6, created);
        } finally {
            pool.shutdown();
        }
    }
}
