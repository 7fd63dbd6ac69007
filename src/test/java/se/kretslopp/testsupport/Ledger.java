package se.kretslopp.testsupport;

import org.eclipse.microprofile.config.ConfigProvider;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads a lot's ledger straight from PostgreSQL (not through the service under test) and checks the invariants:
 * nothing negative, nothing promised that is not there, the balances add up to the lot's total, and the movements
 * add up to every balance and to the total.
 */
public final class Ledger implements AutoCloseable {

    private final Connection connection;

    private Ledger(Connection connection) {
        this.connection = connection;
    }

    public static Ledger open() {
        var config = ConfigProvider.getConfig();
        try {
            return new Ledger(DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                    config.getValue("quarkus.datasource.username", String.class),
                    config.getOptionalValue("quarkus.datasource.password", String.class).orElse("")));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single number a query answers (a count), read straight from PostgreSQL. */
    public long count(String sql) {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the database holds of a lot. */
    public record State(BigDecimal onHand, BigDecimal promised, Map<UUID, BigDecimal> balances,
                        Map<UUID, BigDecimal> movementNet, BigDecimal movementTotal, long movements) {
    }

    public State state(UUID lotId) {
        try {
            BigDecimal onHand;
            BigDecimal promised;
            try (PreparedStatement lot = connection.prepareStatement(
                    "select on_hand, promised from stock_lot where id = ?")) {
                lot.setObject(1, lotId);
                try (ResultSet rs = lot.executeQuery()) {
                    assertTrue(rs.next(), "lot " + lotId + " exists");
                    onHand = rs.getBigDecimal(1);
                    promised = rs.getBigDecimal(2);
                }
            }
            Map<UUID, BigDecimal> balances = new HashMap<>();
            try (PreparedStatement rows = connection.prepareStatement(
                    "select location_id, on_hand from stock_balance where lot_id = ?")) {
                rows.setObject(1, lotId);
                try (ResultSet rs = rows.executeQuery()) {
                    while (rs.next()) {
                        balances.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
                    }
                }
            }
            Map<UUID, BigDecimal> net = new HashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            long count = 0;
            try (PreparedStatement rows = connection.prepareStatement(
                    "select from_location_id, to_location_id, quantity from stock_movement where lot_id = ?")) {
                rows.setObject(1, lotId);
                try (ResultSet rs = rows.executeQuery()) {
                    while (rs.next()) {
                        count++;
                        UUID from = rs.getObject(1, UUID.class);
                        UUID to = rs.getObject(2, UUID.class);
                        BigDecimal q = rs.getBigDecimal(3);
                        if (from != null) {
                            net.merge(from, q.negate(), BigDecimal::add);
                            total = total.subtract(q);
                        }
                        if (to != null) {
                            net.merge(to, q, BigDecimal::add);
                            total = total.add(q);
                        }
                    }
                }
            }
            net.values().removeIf(v -> v.signum() == 0);
            return new State(onHand, promised, balances, net, total, count);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks every invariant of the lot; returns its state. */
    public State check(UUID lotId, String context) {
        State s = state(lotId);
        assertTrue(s.onHand().signum() >= 0, context + ": on hand is negative: " + s);
        assertTrue(s.promised().signum() >= 0, context + ": promised is negative: " + s);
        assertTrue(s.promised().compareTo(s.onHand()) <= 0, context + ": promised exceeds on hand: " + s);
        s.balances().values().forEach(b -> assertTrue(b.signum() > 0, context + ": a balance is not positive: " + s));
        BigDecimal sum = s.balances().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(s.onHand()), context + ": balances do not add up to on hand: " + s);
        assertEquals(0, s.movementTotal().compareTo(s.onHand()), context + ": movements do not add up to on hand: " + s);
        assertEquals(normalised(s.movementNet()), normalised(s.balances()),
                context + ": movements do not add up to the balances: " + s);
        return s;
    }

    private static Map<UUID, BigDecimal> normalised(Map<UUID, BigDecimal> values) {
        Map<UUID, BigDecimal> out = new HashMap<>();
        values.forEach((k, v) -> out.put(k, v.stripTrailingZeros()));
        return out;
    }

    /** Runs a statement straight on the database (to move a test's clock, for instance); returns the row count. */
    public int execute(String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of a query. */
    public Object value(String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
