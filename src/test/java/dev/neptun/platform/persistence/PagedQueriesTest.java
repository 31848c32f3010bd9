package dev.neptun.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A named query that orders its rows is one that is read a page at a time (or could be), and only
 * such a one has EclipseLink prepare it paged: a list without the hint would have its SQL generated
 * again for every slice, and a hint on an unordered query would page rows in no fixed order.
 */
class PagedQueriesTest {

    @Test
    void everyNamedQueryThatOrdersItsRowsAndNoOtherIsPreparedPagedForAllRows() {
        Set<String> ordered = new TreeSet<>();
        Set<String> paged = new TreeSet<>();
        for (NamedQuery query : Entities.namedQueries()) {
            if (query.query().contains(" ORDER BY ")) {
                ordered.add(query.name());
            }
            if (Arrays.stream(query.hints()).anyMatch(PagedQueriesTest::isAllRowsPaged)) {
                paged.add(query.name());
            }
        }

        assertFalse(ordered.isEmpty());
        assertEquals(ordered, paged);
        assertEquals(String.valueOf(Integer.MAX_VALUE), Paged.ALL_ROWS);
    }

    private static boolean isAllRowsPaged(QueryHint hint) {
        return hint.name().equals("eclipselink.jdbc.max-rows") && hint.value().equals("2147483647");
    }
}
