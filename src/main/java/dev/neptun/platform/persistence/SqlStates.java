package dev.neptun.platform.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
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

    private static final int MOST_CAUSES = 64;

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

    /**
     * The failure and its causes, outermost first, each once and at most {@value #MOST_CAUSES}: a chain
     * can loop (A caused by B caused by A), and every reader of it runs on the error path.
     */
    public static List<Throwable> chainOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && chain.size() < MOST_CAUSES && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static boolean anyState(Throwable failure, Predicate<String> matches) {
        return chainOf(failure).stream()
                .anyMatch(t -> t instanceof SQLException sql && sql.getSQLState() != null && matches.test(sql.getSQLState()));
    }
}
