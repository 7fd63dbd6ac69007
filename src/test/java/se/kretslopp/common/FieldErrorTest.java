package se.kretslopp.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The codes of field errors: pure logic, no server. */
class FieldErrorTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    enum Kind { CONTRACTOR, BUILDER }

    record Form(@NotBlank String name, @Size(min = 2, max = 5) String code, @Size(max = 3) String note,
                @Min(1) @Max(4) Integer condition, @DecimalMin("0.5") BigDecimal weight, @Positive Integer count,
                @Pattern(regexp = "\\d+") String digits, @Email String email, @NotNull Kind kind) {
    }

    @Test
    void aFieldErrorWithoutACodeCannotBeMade() {
        assertThrows(IllegalArgumentException.class,
                () -> new Problem.FieldError("name", null, "must not be blank", null, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Problem.FieldError("name", "", "must not be blank", null, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Problem.FieldError("name", "not blank", "must not be blank", null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> Problem.FieldError.constraint("name", null, "x"));
        assertThrows(IllegalArgumentException.class, () -> Problem.FieldError.constraint(null, "NotBlank", "x"));
    }

    /** Outside common, field errors come only from the factories that take a code: never the bare constructor. */
    @Test
    void onlyCommonCallsTheConstructorOfAFieldError() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.kretslopp");
        noClasses().that().resideOutsideOfPackage("se.kretslopp.common")
                .should().callConstructor(Problem.FieldError.class, String.class, String.class, String.class, Object.class,
                        Object.class, List.class, String.class, Message.class)
                .because("a field error is made with FieldError.of (a FieldCode), violation or constraint")
                .check(classes);
    }

    @Test
    void everyCodeOfOursIsWrittenAsAConstraintIs() {
        for (FieldCode code : FieldCode.values()) {
            assertTrue(code.code().matches("[A-Z][A-Za-z]+"), code.code());
        }
        assertEquals(FieldCode.values().length,
                java.util.Arrays.stream(FieldCode.values()).map(FieldCode::code).distinct().count(), "codes are unique");
    }

    @Test
    void ourFieldErrorsCarryTheCodeAndAMessageInEitherLanguage() {
        Problem.FieldError error = Problem.FieldError.of("size", FieldCode.RANGE, "field.range", 1, 100)
                .withMin(1).withMax(100);
        assertEquals("Range", error.code());
        assertEquals("must be between 1 and 100", error.message());
        assertEquals("ska vara mellan 1 och 100", error.in(ProblemTexts.SWEDISH).message());
        assertEquals("must be between 1 and 100", error.in(ProblemTexts.SWEDISH).in(ProblemTexts.ENGLISH).message());
        assertEquals(List.of(1, 100), List.of(error.min(), error.max()));
        Problem problem = Problem.of(ProblemType.VALIDATION, Message.of("detail.field", "size", error.text()),
                List.of(error)).in(ProblemTexts.SWEDISH);
        assertEquals("Ogiltig begäran", problem.title());
        assertEquals("Fältet 'size' ska vara mellan 1 och 100.", problem.detail());
        assertEquals("ska vara mellan 1 och 100", problem.errors().get(0).message());
    }

    @Test
    void aViolationIsCodedByItsConstraintWithItsBounds() {
        Form form = new Form(" ", "x", "long", 7, new BigDecimal("0.1"), 0, "abc", "not-an-address", null);
        Map<String, Problem.FieldError> errors = VALIDATOR.validate(form).stream()
                .map(v -> Problem.FieldError.violation(v.getPropertyPath().toString(), v))
                .collect(Collectors.toMap(Problem.FieldError::field, e -> e));
        assertEquals(Map.of("name", "NotBlank", "code", "Size", "note", "Size", "condition", "Max",
                        "weight", "DecimalMin", "count", "Positive", "digits", "Pattern", "email", "Email",
                        "kind", "NotNull"),
                errors.values().stream().collect(Collectors.toMap(Problem.FieldError::field, Problem.FieldError::code)));
        assertEquals(2, errors.get("code").min());
        assertEquals(5, errors.get("code").max());
        assertNull(errors.get("note").min(), "a Size without a lower bound names none");
        assertEquals(3, errors.get("note").max());
        assertEquals(4L, errors.get("condition").max());
        assertEquals("0.5", errors.get("weight").min());
        assertNull(errors.get("name").max());
        assertEquals("must not be blank", errors.get("name").message());
    }

    record Body(Kind kind, LocalDate day, int count, BigDecimal weight, UUID id, boolean done, Map<String, Object> x) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static Problem.FieldError jsonError(String body) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JSON.readValue(body, Body.class));
        return ProblemMappers.jsonError(e);
    }

    @Test
    void whatJsonCannotBeReadAsIsCodedByTheKindOfValueWanted() {
        Problem.FieldError kind = jsonError("{\"kind\":\"PLUMBER\"}");
        assertEquals(List.of("kind", "InvalidEnum"), List.of(kind.field(), kind.code()));
        assertEquals(List.of("CONTRACTOR", "BUILDER"), kind.allowed());
        assertEquals("must be one of CONTRACTOR, BUILDER", kind.message());

        Problem.FieldError day = jsonError("{\"day\":\"1/9 2026\"}");
        assertEquals(List.of("day", "InvalidDate", "must be a date as YYYY-MM-DD"),
                List.of(day.field(), day.code(), day.message()));
        assertEquals("ska vara ett datum som ÅÅÅÅ-MM-DD", day.in(ProblemTexts.SWEDISH).message());

        assertEquals("InvalidWholeNumber", jsonError("{\"count\":\"many\"}").code());
        assertEquals("InvalidNumber", jsonError("{\"weight\":\"heavy\"}").code());
        assertEquals("InvalidId", jsonError("{\"id\":\"42\"}").code());
        assertEquals("WrongType", jsonError("{\"count\":{\"a\":1}}").code());
        assertEquals("Unknown", jsonError("{\"colour\":\"red\"}").code());
        Problem.FieldError malformed = jsonError("{\"kind\":");
        assertEquals(List.of("body", "Malformed"), List.of(malformed.field(), malformed.code()));
    }

    @Test
    void theJsonFormOfAFieldErrorHasItsCodeAndOnlyTheAttributesItHas() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String written = json.writeValueAsString(Problem.FieldError.of("kind", FieldCode.INVALID_ENUM,
                "field.invalidEnum", "A, B").withAllowed(List.of("A", "B")).in(ProblemTexts.SWEDISH));
        assertEquals("{\"field\":\"kind\",\"code\":\"InvalidEnum\",\"message\":\"ska vara något av A, B\","
                + "\"allowed\":[\"A\",\"B\"]}", written);
    }
}
