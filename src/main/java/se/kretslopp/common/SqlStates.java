package se.kretslopp.common;

import io.vertx.pgclient.PgException;

/**
 * What PostgreSQL said of a failed statement, whichever way it reached us: as the reactive client's
 * {@link PgException} (queries on the pool), or as Hibernate Reactive hands it on (a {@code JDBCException} such as
 * {@code LockAcquisitionException} around a {@code java.sql.SQLException} that carries the same SQLSTATE).
 */
final class SqlStates {

    private SqlStates() {
    }

    /** The SQLSTATE of this one exception (not its causes), or null. */
    static String of(Throwable failure) {
        if (failure instanceof PgException pg) {
            return pg.getSqlState();
        }
        if (failure instanceof org.hibernate.JDBCException jdbc) {
            return jdbc.getSQLState();
        }
        if (failure instanceof java.sql.SQLException sql) {
            return sql.getSQLState();
        }
        return null;
    }

    /** The constraint this one exception names, or null. */
    static String constraint(Throwable failure) {
        if (failure instanceof PgException pg) {
            return pg.getConstraint();
        }
        if (failure instanceof org.hibernate.exception.ConstraintViolationException violation) {
            return violation.getConstraintName();
        }
        return null;
    }

    /** Whether the state is a deadlock (40P01) or a refused serialisable commit (40001): worth a retry. */
    static boolean isConflict(String state) {
        return "40P01".equals(state) || "40001".equals(state);
    }

    /** The first SQLSTATE along the chain of causes, or null. */
    static String find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String state = of(cause);
            if (state != null) {
                return state;
            }
        }
        return null;
    }
}
