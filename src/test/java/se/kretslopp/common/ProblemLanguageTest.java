package se.kretslopp.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import se.kretslopp.testsupport.Api;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Field errors carry codes, and problem answers speak Swedish or English by Accept-Language (through
 * {@link ProblemProbeResource} and real endpoints).
 */
@QuarkusTest
class ProblemLanguageTest {

    @jakarta.inject.Inject
    jakarta.validation.Validator validator;

    @jakarta.inject.Inject
    ViolationMessages messages;

    record Bounded(@jakarta.validation.constraints.Max(4) int count,
                   @jakarta.validation.constraints.DecimalMax("2.5") java.math.BigDecimal depth) {
    }

    /** The answer's language decides the message, whatever language Bean Validation chose for the request. */
    @Test
    void aViolationIsWrittenAgainInTheAnswersLanguage() {
        var violations = validator.validate(new Bounded(5, new java.math.BigDecimal("3")));
        java.util.Map<String, jakarta.validation.ConstraintViolation<?>> byField = new java.util.HashMap<>();
        violations.forEach(v -> byField.put(v.getPropertyPath().toString(), v));
        org.junit.jupiter.api.Assertions.assertEquals("får inte vara större än 4",
                messages.in(byField.get("count"), ProblemTexts.SWEDISH));
        org.junit.jupiter.api.Assertions.assertEquals("must be less than or equal to 4",
                messages.in(byField.get("count"), ProblemTexts.ENGLISH));
        org.junit.jupiter.api.Assertions.assertEquals("får inte vara större än 2.5",
                messages.in(byField.get("depth"), ProblemTexts.SWEDISH));
        org.junit.jupiter.api.Assertions.assertEquals("must be less than or equal to 2.5",
                messages.in(byField.get("depth"), ProblemTexts.ENGLISH));
    }

    private static final String PROBE = "/api/test/probe";
    /** Blank, out of range, missing and too long: one of each. */
    private static final String FOUR_BAD_FIELDS =
            "{\"name\":\" \",\"condition\":7,\"dimensions\":{},\"note\":\"" + "x".repeat(21) + "\"}";

    private static RequestSpecification probe(String language) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        return language == null ? request : request.header("Accept-Language", language);
    }

    @Test
    void fieldErrorsHaveCodesAndAttributesAndSwedishMessagesForSwedish() {
        probe("sv").body(FOUR_BAD_FIELDS).when().post(PROBE)
                .then().statusCode(400).contentType("application/problem+json")
                .header("Content-Language", "sv")
                .body("type", equalTo("urn:kretslopp:problem:validation"))
                .body("title", equalTo("Ogiltig begäran"))
                .body("detail", equalTo("4 fält är ogiltiga."))
                .body("errors.field", contains("condition", "dimensions.lengthMm", "name", "note"))
                .body("errors.code", contains("Max", "NotNull", "NotBlank", "Size"))
                .body("errors[0].max", equalTo(4))
                .body("errors[0].message", equalTo("får inte vara större än 4"))
                .body("errors[1].message", equalTo("måste anges"))
                .body("errors[2].message", equalTo("får inte vara tomt"))
                .body("errors[3].max", equalTo(20))
                .body("errors[3].min", nullValue())
                .body("errors[3].message", equalTo("storleken måste vara mellan 0 och 20"));
    }

    @Test
    void theSameInEnglishForEnglishAndWithoutTheHeader() {
        for (String english : new String[]{"en", null, "de-DE", "*"}) {
            probe(english).body(FOUR_BAD_FIELDS).when().post(PROBE)
                    .then().statusCode(400)
                    .header("Content-Language", "en")
                    .body("title", equalTo("Invalid request"))
                    .body("detail", equalTo("4 fields are invalid."))
                    .body("errors.code", contains("Max", "NotNull", "NotBlank", "Size"))
                    .body("errors[0].message", equalTo("must be less than or equal to 4"))
                    .body("errors[2].message", equalTo("must not be blank"));
        }
    }

    @Test
    void theFirstAcceptableLanguageByQualityWins() {
        for (String swedish : new String[]{"sv-SE", "de-DE,sv;q=0.5,en;q=0.4", "en;q=0.3, sv-SE;q=0.9"}) {
            probe(swedish).body("{\"name\":\"\",\"condition\":2}").when().post(PROBE)
                    .then().statusCode(400).header("Content-Language", "sv")
                    .body("detail", equalTo("Fältet 'name' får inte vara tomt."))
                    .body("errors[0].code", equalTo("NotBlank"));
        }
        probe("sv;q=0.2, en").body("{\"name\":\"\",\"condition\":2}").when().post(PROBE)
                .then().statusCode(400).header("Content-Language", "en")
                .body("detail", equalTo("Field 'name' must not be blank."));
    }

    @Test
    void aMalformedBodyIsCodedMalformedInBothLanguages() {
        probe("sv").body("{\"name\": ").when().post(PROBE)
                .then().statusCode(400).header("Content-Language", "sv")
                .body("title", equalTo("Felaktig begäran"))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].code", equalTo("Malformed"))
                .body("errors[0].message", equalTo("är inte giltig JSON av den form som väntas"));
        probe("en").body("not json at all").when().post(PROBE)
                .then().statusCode(400)
                .body("errors[0].code", equalTo("Malformed"))
                .body("errors[0].message", equalTo("is not valid JSON of the expected shape"));
    }

    @Test
    void anInvalidEnumNamesTheAllowedValues() {
        probe("sv").body("{\"name\":\"Dörr\",\"condition\":2,\"kind\":\"PLUMBER\"}").when().post(PROBE)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].code", equalTo("InvalidEnum"))
                .body("errors[0].allowed", contains("CONTRACTOR", "BUILDER"))
                .body("errors[0].message", equalTo("ska vara något av CONTRACTOR, BUILDER"))
                .body("detail", equalTo("Fältet 'kind' ska vara något av CONTRACTOR, BUILDER."));
    }

    @Test
    void anInvalidDateIsCodedInvalidDate() {
        probe("en").body("{\"name\":\"Dörr\",\"condition\":2,\"day\":\"2026-13-45\"}").when().post(PROBE)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("day"))
                .body("errors[0].code", equalTo("InvalidDate"))
                .body("errors[0].message", equalTo("must be a date as YYYY-MM-DD"));
        probe("sv").body("{\"name\":\"Dörr\",\"condition\":2,\"day\":\"1/9 2026\"}").when().post(PROBE)
                .then().statusCode(400)
                .body("errors[0].code", equalTo("InvalidDate"))
                .body("errors[0].message", equalTo("ska vara ett datum som ÅÅÅÅ-MM-DD"));
    }

    @Test
    void otherJsonErrorsHaveTheirCodes() {
        probe("sv").body("{\"name\":\"Dörr\",\"condition\":\"good\"}").when().post(PROBE)
                .then().statusCode(400).body("errors[0].code", equalTo("InvalidWholeNumber"))
                .body("errors[0].message", equalTo("ska vara ett heltal"));
        probe("sv").body("{\"name\":\"Dörr\",\"condition\":2,\"colour\":\"röd\"}").when().post(PROBE)
                .then().statusCode(400).body("errors[0].code", equalTo("Unknown"))
                .body("detail", equalTo("Okänt fält 'colour'."));
        probe("en").body("{\"name\":\"Dörr\",\"condition\":99999999999}").when().post(PROBE)
                .then().statusCode(400).body("errors[0].code", equalTo("OutOfRange"));
        probe("en").body("{\"name\":\"Dörr\",\"condition\":2,\"tags\":{\"a\":1}}").when().post(PROBE)
                .then().statusCode(400).body("errors[0].code", equalTo("WrongType"));
        probe("sv").body("{\"name\":\"D\\u0000r\",\"condition\":2}").when().post(PROBE)
                .then().statusCode(400).body("errors[0].code", equalTo("ControlCharacters"))
                .body("errors[0].message", equalTo("får inte innehålla styrtecken"));
    }

    @Test
    void queryParameterErrorsHaveCodesAndBoundsInTheLanguage() {
        Api.anna().header("Accept-Language", "sv").get("/api/v1/buildings?size=500")
                .then().statusCode(400).header("Content-Language", "sv")
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].code", equalTo("Range"))
                .body("errors[0].min", equalTo(1))
                .body("errors[0].max", equalTo(100))
                .body("errors[0].message", equalTo("ska vara mellan 1 och 100"))
                .body("detail", equalTo("Frågeparametern 'size' ska vara mellan 1 och 100."));
        Api.anna().header("Accept-Language", "en").get("/api/v1/buildings?page=first")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("InvalidWholeNumber"))
                .body("detail", equalTo("Query parameter 'page' must be a whole number."));
        Api.anna().header("Accept-Language", "sv").get("/api/v1/buildings?archived=maybe")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("InvalidEnum"))
                .body("errors[0].allowed", contains("true", "false"));
    }

    @Test
    void aServicesOwnFieldErrorIsCodedAndTranslated() {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", "Ombyggd före bygget");
        body.put("constructionYear", 1990);
        body.put("renovationYear", 1980);
        Api.anna().header("Accept-Language", "sv").body(body).post("/api/v1/buildings")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("renovationYear"))
                .body("errors[0].code", equalTo("BeforeOther"))
                .body("errors[0].other", equalTo("constructionYear"))
                .body("errors[0].message", equalTo("får inte vara före constructionYear"))
                .body("detail", equalTo("Byggnaden renoverades innan den byggdes."));
        Api.anna().header("Accept-Language", "en").body(body).post("/api/v1/buildings")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("must not be before constructionYear"));
    }

    @Test
    void problemsOutsideTheResourcesSpeakTheLanguageToo() {
        given().header("Accept-Language", "sv").when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .header("Content-Language", "sv")
                .body("title", equalTo("Hittades inte"))
                .body("detail", equalTo("Det finns inget sådant."));
        Api.anna().header("Accept-Language", "sv").get("/api/v1/buildings/" + java.util.UUID.randomUUID())
                .then().statusCode(404).header("Content-Language", "sv")
                .body("detail", equalTo("Det finns ingen sådan byggnad eller inget sådant objekt."));
        given().header("Accept-Language", "sv").when().get("/api/v1/me")
                .then().statusCode(401).header("Content-Language", "sv")
                .body("title", equalTo("Inloggning krävs"));
        given().header("Accept-Language", "en").when().get("/api/v1/me")
                .then().statusCode(401).header("Content-Language", "en")
                .body("title", equalTo("Authentication required"));
        Api.anna().header("Accept-Language", "sv").when().delete("/api/v1/me")
                .then().statusCode(405).header("Content-Language", "sv")
                .body("title", equalTo("Metoden är inte tillåten"));
    }

    @Test
    void everyFieldErrorOfTheAnswersHasACode() {
        for (String body : List.of(FOUR_BAD_FIELDS, "{", "{\"x\":1}", "{\"name\":\"a\",\"condition\":2,\"tags\":[\"\"]}")) {
            probe("sv").body(body).when().post(PROBE)
                    .then().statusCode(400)
                    .body("errors", notNullValue())
                    .body("errors.code", everyItem(notNullValue()))
                    .body("errors.message", everyItem(notNullValue()));
        }
        probe("sv").body("{\"name\":\"a\",\"condition\":2,\"tags\":[\"\"]}").when().post(PROBE)
                .then().body("errors.field", hasItem(containsString("tags")));
    }
}
