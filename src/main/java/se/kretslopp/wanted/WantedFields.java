package se.kretslopp.wanted;

import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Message;
import se.kretslopp.common.Problem;
import se.kretslopp.common.ProblemException;
import se.kretslopp.common.ProblemType;
import se.kretslopp.common.Today;
import se.kretslopp.wanted.api.WantedRequestBody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body checked and brought to the columns: dimensions as min–max (a target ± tolerance becomes its
 * range), and a Swedish door or window module in the words ("innerdörr 9x21": 9 × 21 dm) read as width and height
 * ranges of ± 50 mm around 900 × 2100 when the request gives neither. Every refusal is a 422 naming the field.
 */
record WantedFields(String text, String notes, UUID categoryId, BigDecimal quantity, String unit, Integer lengthMin,
                    Integer lengthMax, Integer widthMin, Integer widthMax, Integer heightMin, Integer heightMax,
                    Integer conditionMax, String place, Double latitude, Double longitude, Double withinKm,
                    LocalDate neededBy, BigDecimal priceMaxSek, boolean acceptFuture, LocalDate expiresOn) {

    static final Period LIFETIME = Period.ofDays(90);
    static final Period MAX_LIFETIME = Period.ofDays(366);
    private static final Pattern MODULE = Pattern.compile("(?<![\\d.,])(\\d{1,2})\\s*[x×]\\s*(\\d{1,2})(?![\\d.,]|\\s*(?:mm|cm))");
    private static final int MODULE_TOLERANCE_MM = 50;

    static WantedFields of(WantedRequestBody b, Set<UUID> knownCategories, LocalDate currentExpiry) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String text = b.text() == null || b.text().isBlank() ? null : b.text().strip();
        if (text == null && b.categoryId() == null) {
            errors.add(Problem.FieldError.of("text", FieldCode.REQUIRED_ONE_OF, "wanted.text.orCategory")
                    .withOther("categoryId"));
        }
        if (b.categoryId() != null && !knownCategories.contains(b.categoryId())) {
            errors.add(Problem.FieldError.of("categoryId", FieldCode.UNKNOWN_REFERENCE, "field.category.unknown"));
        }
        if ((b.quantity() == null) != (b.unit() == null)) {
            errors.add(Problem.FieldError.of(b.quantity() == null ? "quantity" : "unit", FieldCode.REQUIRED_TOGETHER,
                    "wanted.quantity.unit").withOther(b.quantity() == null ? "unit" : "quantity"));
        }
        WantedRequestBody.Dimensions d = b.dimensions();
        int[] length = range(d == null ? null : d.length(), "dimensions.length", errors);
        int[] width = range(d == null ? null : d.width(), "dimensions.width", errors);
        int[] height = range(d == null ? null : d.height(), "dimensions.height", errors);
        if (text != null && width == null && height == null) {
            Matcher module = MODULE.matcher(text);
            if (module.find()) {
                int w = Integer.parseInt(module.group(1));
                int h = Integer.parseInt(module.group(2));
                if (w >= 3 && w <= 30 && h >= 3 && h <= 30) {
                    width = new int[]{w * 100 - MODULE_TOLERANCE_MM, w * 100 + MODULE_TOLERANCE_MM};
                    height = new int[]{h * 100 - MODULE_TOLERANCE_MM, h * 100 + MODULE_TOLERANCE_MM};
                }
            }
        }
        WantedRequestBody.Place place = b.place();
        Double lat = place == null ? null : place.latitude();
        Double lon = place == null ? null : place.longitude();
        if ((lat == null) != (lon == null)) {
            errors.add(Problem.FieldError.of(lat == null ? "place.latitude" : "place.longitude",
                    FieldCode.REQUIRED_TOGETHER, "field.coordinates.together")
                    .withOther(lat == null ? "place.longitude" : "place.latitude"));
        }
        if (b.withinKm() != null && lat == null) {
            errors.add(Problem.FieldError.of("withinKm", FieldCode.REQUIRED_TOGETHER, "wanted.withinKm.place")
                    .withOther("place"));
        }
        LocalDate today = Today.date();
        if (b.neededBy() != null && b.neededBy().isBefore(today)) {
            errors.add(Problem.FieldError.of("neededBy", FieldCode.IN_PAST, "field.notInPast"));
        }
        LocalDate expires = b.expiresOn() != null ? b.expiresOn()
                : currentExpiry != null && !currentExpiry.isBefore(today) ? currentExpiry : today.plus(LIFETIME);
        if (expires.isBefore(today) || expires.isAfter(today.plus(MAX_LIFETIME))) {
            errors.add(Problem.FieldError.of("expiresOn", FieldCode.RANGE, "wanted.expiresOn.range")
                    .withMin(today.toString()).withMax(today.plus(MAX_LIFETIME).toString()));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, Message.of("wanted.invalid"),
                    errors);
        }
        String placeName = place == null || place.name() == null || place.name().isBlank() ? null : place.name().strip();
        String notes = b.notes() == null || b.notes().isBlank() ? null : b.notes().strip();
        return new WantedFields(text, notes, b.categoryId(), b.quantity(), b.unit() == null ? null : b.unit().name(),
                low(length), high(length), low(width), high(width), low(height), high(height), b.conditionMax(),
                placeName, lat, lon, b.withinKm(), b.neededBy(), b.priceMaxSek(),
                b.acceptFuture() == null || b.acceptFuture(), expires);
    }

    /** min–max, or target ± tolerance; null when the dimension is not asked for. */
    private static int[] range(WantedRequestBody.DimensionRange r, String field, List<Problem.FieldError> errors) {
        if (r == null || (r.min() == null && r.max() == null && r.target() == null)) {
            if (r != null && r.tolerance() != null) {
                errors.add(Problem.FieldError.of(field + ".target", FieldCode.REQUIRED_TOGETHER,
                        "wanted.tolerance.target").withOther(field + ".tolerance"));
            }
            return null;
        }
        if (r.target() != null) {
            if (r.min() != null || r.max() != null) {
                errors.add(Problem.FieldError.of(field, FieldCode.EXCLUSIVE, "wanted.range.exclusive"));
                return null;
            }
            int tolerance = r.tolerance() == null ? 0 : r.tolerance();
            return new int[]{Math.max(0, r.target() - tolerance), r.target() + tolerance};
        }
        if (r.tolerance() != null) {
            errors.add(Problem.FieldError.of(field + ".target", FieldCode.REQUIRED_TOGETHER,
                        "wanted.tolerance.target").withOther(field + ".tolerance"));
        }
        if (r.min() != null && r.max() != null && r.min() > r.max()) {
            errors.add(Problem.FieldError.of(field + ".min", FieldCode.BEFORE_OTHER, "field.minNotAboveMax")
                    .withOther(field + ".max"));
            return null;
        }
        return new int[]{r.min() == null ? -1 : r.min(), r.max() == null ? -1 : r.max()};
    }

    private static Integer low(int[] range) {
        return range == null || range[0] < 0 ? null : range[0];
    }

    private static Integer high(int[] range) {
        return range == null || range[1] < 0 ? null : range[1];
    }
}
