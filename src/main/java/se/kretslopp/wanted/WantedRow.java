package se.kretslopp.wanted;

import io.vertx.mutiny.sqlclient.Row;
import se.kretslopp.common.Today;
import se.kretslopp.search.api.WantedCriteria;
import se.kretslopp.wanted.api.WantedStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code wanted_request} (with its organisation's group), as the feature works with it. */
record WantedRow(UUID id, UUID organisationId, String organisationGroup, String createdBy, String text, String notes,
                 UUID categoryId, BigDecimal quantity, String unit, Integer lengthMin, Integer lengthMax,
                 Integer widthMin, Integer widthMax, Integer heightMin, Integer heightMax, Integer conditionMax,
                 String place, Double latitude, Double longitude, Double withinKm, LocalDate neededBy,
                 BigDecimal priceMaxSek, boolean acceptFuture, WantedStatus status, LocalDate expiresOn, int version,
                 OffsetDateTime createdAt, OffsetDateTime updatedAt, long matchCount) {

    /** Columns to select: {@code w} is wanted_request, {@code o} its organisation. */
    static final String COLUMNS = "w.*, o.org_group, (select count(*) from wanted_match m"
            + " where m.wanted_request_id = w.id) as match_count";
    static final String FROM = " from wanted_request w join organisation o on o.id = w.organisation_id";

    static WantedRow of(Row r) {
        BigDecimal within = r.getBigDecimal("within_km");
        return new WantedRow(r.getUUID("id"), r.getUUID("organisation_id"), r.getString("org_group"),
                r.getString("created_by"), r.getString("text"), r.getString("notes"), r.getUUID("category_id"),
                r.getBigDecimal("quantity"), r.getString("unit"), r.getInteger("length_min_mm"),
                r.getInteger("length_max_mm"), r.getInteger("width_min_mm"), r.getInteger("width_max_mm"),
                r.getInteger("height_min_mm"), r.getInteger("height_max_mm"),
                r.getInteger("condition_max") == null ? null : r.getInteger("condition_max"), r.getString("place"),
                r.getDouble("latitude"), r.getDouble("longitude"), within == null ? null : within.doubleValue(),
                r.getLocalDate("needed_by"), r.getBigDecimal("price_max_sek"), r.getBoolean("accept_future"),
                WantedStatus.valueOf(r.getString("status")), r.getLocalDate("expires_on"), r.getInteger("version"),
                r.getOffsetDateTime("created_at"), r.getOffsetDateTime("updated_at"),
                r.getColumnIndex("match_count") >= 0 && r.getValue("match_count") != null ? r.getLong("match_count") : 0);
    }

    /** Whether it matches at all now: open or paused, and not past its last day. */
    boolean live() {
        return (status == WantedStatus.OPEN || status == WantedStatus.PAUSED) && !expiresOn.isBefore(Today.date());
    }

    /**
     * Its query as the percolator index stores it, while it is live and its organisation active (else the index
     * deletes it, at its version).
     */
    WantedCriteria criteria(boolean organisationActive) {
        return new WantedCriteria(id, version, organisationId, organisationGroup, live() && organisationActive, text,
                categoryId,
                conditionMax, new WantedCriteria.Range(lengthMin, lengthMax),
                new WantedCriteria.Range(widthMin, widthMax), new WantedCriteria.Range(heightMin, heightMax),
                latitude, longitude, withinKm, neededBy, priceMaxSek, acceptFuture);
    }

    /** What to call it in lists and alerts: its words, or else its category's name. */
    String label(String categoryName) {
        return text != null && !text.isBlank() ? text : categoryName;
    }
}
