package dev.neptun.platform.persistence;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the database said about a failure, by SQLState, wherever JPA wrapped it: the standard codes
 * are the same on Derby and PostgreSQL, under EclipseLink and Hibernate alike.
 */
public final class SqlStates {

    /** Integrity constraint violation, unique key: an insert lost the race for a unique value. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** Class 08: connection exceptions. */
    private static final String CONNECTION_FAILURE = "08";

    /**
     * A transaction that lost to another over a lock: chosen as a deadlock's victim (40001 on Derby,
     * 40P01 on PostgreSQL) or given up waiting (Derby's 40XL1, PostgreSQL's 55P03). Rolled back whole,
     * nothing changed: the same request may simply be sent again.
     */
    private static final Set<String> LOST_A_LOCK = Set.of("40001", "40P01", "40XL1", "55P03");

    private SqlStates() {
    }

    /** Whether the failure is a unique-key violation; any other constraint or database failure is not. */
    public static boolean isUniqueViolation(Throwable failure) {
        return anyState(failure, UNIQUE_VIOLATION::equals);
    }

    public static boolean isLostLock(Throwable failure) {
        return anyState(failure, LOST_A_LOCK::contains);
    }

    public static boolean isConnectionFailure(Throwable failure) {
        return anyState(failure, state -> state.startsWith(CONNECTION_FAILURE));
    }

    private static boolean anyState(Throwable failure, Predicate<String> matches) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && matches.test(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
