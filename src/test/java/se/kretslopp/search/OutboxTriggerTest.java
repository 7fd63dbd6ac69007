package se.kretslopp.search;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which changes of a listing the listing trigger sends to the search index. Runs inside one JDBC transaction that is
 * rolled back, so the relay never sees the rows and nothing of the demo data changes.
 */
@QuarkusTest
class OutboxTriggerTest {

    @Test
    void aHoldThatLeavesTheStatusAloneIsNotReindexedAndEveryOtherChangeIs() throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""))) {
            db.setAutoCommit(false);
            UUID listing;
            try (ResultSet found = db.createStatement().executeQuery("select id from listing where status = 'PUBLISHED'"
                    + " and stock_lot_id is null and quantity >= 3 and held = 0 limit 1")) {
                found.next();
                listing = found.getObject(1, UUID.class);
            }
            try {
                long before = outboxRows(db, listing);

                // a reservation's hold and its release: held and the version change, nothing the index carries
                update(db, "update listing set held = held + 1, version = version + 1, updated_at = now() where id = ?",
                        listing);
                update(db, "update listing set held = held - 1, version = version + 1, updated_at = now() where id = ?",
                        listing);
                assertEquals(before, outboxRows(db, listing), "holds alone write no outbox row");

                // an edit that changes nothing still gets its new version into the index
                update(db, "update listing set version = version + 1, updated_at = now() where id = ?", listing);
                assertEquals(before + 1, outboxRows(db, listing), "a new version without a hold is re-indexed");

                // the last pieces reserved: the status changes to RESERVED, which the index shows
                update(db, "update listing set held = quantity, version = version + 1 where id = ?", listing);
                assertEquals(before + 2, outboxRows(db, listing), "a hold that changes the status is re-indexed");

                update(db, "update listing set held = 0, title = title || ' (ny)', version = version + 1 where id = ?",
                        listing);
                assertEquals(before + 3, outboxRows(db, listing), "an edit is re-indexed");
            } finally {
                db.rollback();
            }
        }
    }

    private static long outboxRows(Connection db, UUID listing) throws SQLException {
        try (PreparedStatement count = db.prepareStatement("select count(*) from search_outbox where entity_id = ?")) {
            count.setObject(1, listing);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void update(Connection db, String sql, UUID listing) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, listing);
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }
}
