package se.kretslopp.common;

/**
 * The codes of field errors that are not Bean Validation constraints (those are named by the constraint's simple
 * name, such as {@code NotBlank} or {@code Size}), and the constraint names that hand-written checks reuse because
 * they mean the same. A client switches on {@link #code()}; docs/api.md lists them with their attributes.
 */
public enum FieldCode {
    // the meaning of a Bean Validation constraint, checked by hand
    NOT_NULL("NotNull"),
    NOT_BLANK("NotBlank"),
    PATTERN("Pattern"),
    /** Longer (or more) than {@code max}. */
    SIZE("Size"),
    POSITIVE("Positive"),
    /** A value outside {@code min} … {@code max} (Hibernate Validator's {@code @Range} has the same name). */
    RANGE("Range"),
    MAX("Max"),

    // what a request cannot be read as
    /** Not valid JSON, not a readable multipart form, or a value that is not what it claims to be (a token). */
    MALFORMED("Malformed"),
    /** A JSON field the request does not have. */
    UNKNOWN("Unknown"),
    /** A JSON value of the wrong kind (an object for a number, text for a list, …). */
    WRONG_TYPE("WrongType"),
    /** Not a date (ISO 8601, {@code YYYY-MM-DD} for a day). */
    INVALID_DATE("InvalidDate"),
    /** Not a number. */
    INVALID_NUMBER("InvalidNumber"),
    /** Not a whole number. */
    INVALID_WHOLE_NUMBER("InvalidWholeNumber"),
    /** None of the values in {@code allowed}. */
    INVALID_ENUM("InvalidEnum"),
    /** Not an id (a UUID). */
    INVALID_ID("InvalidId"),
    /** A value of a form that is not otherwise named (an unreadable JSON value). */
    INVALID_VALUE("InvalidValue"),
    /** A whole number too large or too small for any field. */
    OUT_OF_RANGE("OutOfRange"),
    /** A list of more than {@code max} elements. */
    TOO_MANY("TooMany"),
    /** A file larger than {@code max} bytes. */
    TOO_LARGE("TooLarge"),
    /** A control character other than tab and line breaks. */
    CONTROL_CHARACTERS("ControlCharacters"),
    /** Something is sent that the operation does not take (a body). */
    NOT_ALLOWED("NotAllowed"),

    // what a request means, checked against the rules and the data
    /** Names something that does not exist or that the caller may not use (a category, organisation, listing…). */
    UNKNOWN_REFERENCE("UnknownReference"),
    /** Already used by another (a code, an organisation number). */
    TAKEN("Taken"),
    /** Cannot change once set. */
    IMMUTABLE("Immutable"),
    /** More than there is (free in a lot, left of an item, held by a reservation). */
    EXCEEDS_AVAILABLE("ExceedsAvailable"),
    /** Less than reservations already hold. */
    BELOW_RESERVED("BelowReserved"),
    /** A day in the past where it must not be. */
    IN_PAST("InPast"),
    /** A day in the future where it must not be. */
    IN_FUTURE("InFuture"),
    /** Must not be before (or must be after) the field named in {@code other}. */
    BEFORE_OTHER("BeforeOther"),
    /** Given without the field named in {@code other}, which it goes with. */
    REQUIRED_TOGETHER("RequiredTogether"),
    /** Neither this nor the field named in {@code other} is given; one of them must be. */
    REQUIRED_ONE_OF("RequiredOneOf"),
    /** Given together with the field named in {@code other}, which it excludes. */
    EXCLUSIVE("Exclusive"),
    /** Only given in another case (a price for a fixed price, a date for an internal listing). */
    NOT_APPLICABLE("NotApplicable"),
    /** A status that the current status cannot go to; {@code allowed} lists those it can. */
    INVALID_TRANSITION("InvalidTransition"),
    /** Against the hazardous-substance rules (reuse before the check says free, a substance not named). */
    HAZARD_RULE("HazardRule"),
    /** A Swedish organisation number with a wrong check digit. */
    CHECK_DIGIT("CheckDigit"),
    /** An Idempotency-Key that was used for another request. */
    KEY_REUSED("KeyReused"),
    /** A page beyond what paging reaches ({@code max}); use the search's continuation token. */
    TOO_DEEP("TooDeep"),
    /** A file whose content is not what the operation reads. */
    INVALID_FILE("InvalidFile"),
    /** Overlaps the entry named in {@code other} (two opening periods of one day). */
    OVERLAPS("Overlaps"),
    /** A pickup slot that already takes as many pickups as it can ({@code max}). */
    SLOT_FULL("SlotFull"),
    /** A time that is not a slot of the store's pickup hours (outside them, or on a closed day). */
    OUTSIDE_HOURS("OutsideHours"),
    /** Further ahead than the service takes ({@code max} days). */
    TOO_FAR_AHEAD("TooFarAhead"),

    // the import of a spreadsheet: its header row
    /** A column header that is not a column of the template. */
    UNKNOWN_COLUMN("UnknownColumn"),
    /** A column that appears twice. */
    DUPLICATE_COLUMN("DuplicateColumn"),
    /** A required column that is missing. */
    MISSING_COLUMN("MissingColumn");

    private final String code;

    FieldCode(String code) {
        this.code = code;
    }

    /** The code as the API writes it. */
    public String code() {
        return code;
    }
}
