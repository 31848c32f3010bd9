package dev.neptun.platform.persistence;

/**
 * The query hint for a named query that orders its rows, as a list read a page at a time does:
 * EclipseLink prepares the shared query once with its SQL already paged (PostgreSQL's
 * {@code LIMIT ? OFFSET ?}, Derby's {@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY}) and binds each
 * slice's bounds. Without it, the first row and size of a slice, set on EclipseLink's copy of the
 * shared query, mark the copy unprepared, and its SQL was generated again for every slice (9% of the
 * CPU of a page of imports on PostgreSQL). The value is how many rows the query reads when its caller
 * sets no size: all of them, so that a query read whole reads what it read before. Hibernate (WildFly)
 * ignores the hint.
 */
public final class Paged {

    public static final String ECLIPSELINK = "eclipselink.jdbc.max-rows";
    public static final String ALL_ROWS = "" + Integer.MAX_VALUE;

    private Paged() {
    }
}
