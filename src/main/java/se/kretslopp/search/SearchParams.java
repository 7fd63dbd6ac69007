package se.kretslopp.search;

import se.kretslopp.common.FieldCode;
import se.kretslopp.common.Problem;
import se.kretslopp.common.QueryParams;

import java.math.BigDecimal;
import java.util.List;

/** Reads the search's query parameters; every bad value is a 400 naming its parameter. */
final class SearchParams {

    static final int DEFAULT_SIZE = 20;
    private static final int MAX_MM = 1_000_000;

    private SearchParams() {
    }

    static ListingQuery query(FilterParams f, String sort, String page, String size, String searchAfter) {
        String q = f.q;
        if (q != null && q.length() > 200) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("q", FieldCode.SIZE,
                    "field.maxChars", 200).withMax(200));
        }
        BigDecimal latitude = QueryParams.decimal(f.lat, "lat", -90, 90);
        BigDecimal longitude = QueryParams.decimal(f.lon, "lon", -180, 180);
        if ((latitude == null) != (longitude == null)) {
            throw QueryParams.invalidParameter(Problem.FieldError.of(latitude == null ? "lat" : "lon",
                    FieldCode.REQUIRED_TOGETHER, "field.together", latitude == null ? "lon" : "lat")
                    .withOther(latitude == null ? "lon" : "lat"));
        }
        BigDecimal within = QueryParams.decimal(f.withinKm, "withinKm", 0.1, 20_000);
        if (within != null && latitude == null) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("withinKm", FieldCode.REQUIRED_TOGETHER,
                    "search.needsPoint").withOther("lat"));
        }
        ListingQuery.Sort order = QueryParams.enumValue(ListingQuery.Sort.class, sort, "sort");
        if (order == ListingQuery.Sort.distance && latitude == null) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("sort", FieldCode.REQUIRED_TOGETHER,
                    "search.sort.needsPoint").withOther("lat"));
        }
        Integer pageSize = QueryParams.integer(size, "size", 1, 100);
        List<String> materials = QueryParams.list(f.material);
        List<String> organisations = QueryParams.list(f.organisation);
        if (materials.size() > 20 || organisations.size() > 20) {
            throw QueryParams.invalidParameter(Problem.FieldError.of(materials.size() > 20 ? "material"
                    : "organisation", FieldCode.TOO_MANY, "field.maxTimes", 20).withMax(20));
        }
        return new ListingQuery(q == null || q.isBlank() ? null : q.strip(),
                QueryParams.uuid(f.category, "category"), materials,
                QueryParams.integer(f.conditionMax, "conditionMax", 1, 4),
                QueryParams.decimal(f.minQuantity, "minQuantity", 0, 1e12),
                QueryParams.decimal(f.priceMax, "priceMax", 0, 1e12),
                QueryParams.bool(f.free, false, "free"),
                range(f.lengthMin, f.lengthMax, "length"), range(f.widthMin, f.widthMax, "width"),
                range(f.heightMin, f.heightMax, "height"),
                latitude == null ? null : latitude.doubleValue(), longitude == null ? null : longitude.doubleValue(),
                within == null ? null : within.doubleValue(),
                QueryParams.date(f.availableBy, "availableBy"), organisations,
                QueryParams.uuid(f.storageSite, "storageSite"),
                order == null ? ListingQuery.Sort.relevance : order,
                QueryParams.page(page), pageSize == null ? DEFAULT_SIZE : pageSize,
                searchAfter == null || searchAfter.isBlank() ? null : searchAfter);
    }

    private static ListingQuery.Range range(String min, String max, String name) {
        Integer low = QueryParams.integer(min, name + "Min", 0, MAX_MM);
        Integer high = QueryParams.integer(max, name + "Max", 0, MAX_MM);
        if (low != null && high != null && low > high) {
            throw QueryParams.invalidParameter(Problem.FieldError.of(name + "Min", FieldCode.BEFORE_OTHER,
                    "field.notAbove", name + "Max").withOther(name + "Max"));
        }
        return new ListingQuery.Range(low, high);
    }

    /** {@code top,left,bottom,right} in degrees, or null. */
    static double[] box(String bbox) {
        if (bbox == null || bbox.isBlank()) {
            return null;
        }
        String[] parts = bbox.split(",");
        if (parts.length != 4) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("bbox", FieldCode.PATTERN, "search.bbox.format"));
        }
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            BigDecimal value = QueryParams.decimal(parts[i], "bbox", i % 2 == 0 ? -90 : -180, i % 2 == 0 ? 90 : 180);
            if (value == null) {
                throw QueryParams.invalidParameter(Problem.FieldError.of("bbox", FieldCode.PATTERN, "search.bbox.format"));
            }
            box[i] = value.doubleValue();
        }
        if (box[0] < box[2]) {
            throw QueryParams.invalidParameter(Problem.FieldError.of("bbox", FieldCode.INVALID_VALUE,
                    "search.bbox.order"));
        }
        return box;
    }
}
