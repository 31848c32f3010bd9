package dev.neptun.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * META-INF/eclipselink-orm.xml restates, for EclipseLink, each named query that locks what it reads,
 * with EclipseLink's lock hint in place of JPA's lock mode. A restatement that drifted from its
 * annotation would run other JPQL on Payara than on WildFly; a locking query without one would be
 * prepared anew at every execution again.
 */
class EclipseLinkLockOverridesTest {

    @Test
    void everyLockingNamedQueryIsRestatedWithTheSameJpqlAndTheLockHintAndNothingElseIs() throws Exception {
        Map<String, String> locking = lockingNamedQueriesOfTheEntities();
        Map<String, String> restated = new TreeMap<>();
        try (InputStream xml = getClass().getResourceAsStream("/META-INF/eclipselink-orm.xml")) {
            NodeList queries = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml).getElementsByTagName("named-query");
            for (int i = 0; i < queries.getLength(); i++) {
                Element query = (Element) queries.item(i);
                Element hint = (Element) query.getElementsByTagName("hint").item(0);
                assertEquals("eclipselink.pessimistic-lock=Lock", hint.getAttribute("name") + "=" + hint.getAttribute("value"),
                        query.getAttribute("name"));
                assertEquals(0, query.getElementsByTagName("lock-mode").getLength(), query.getAttribute("name"));
                restated.put(query.getAttribute("name"), query.getElementsByTagName("query").item(0).getTextContent());
            }
        }

        assertFalse(locking.isEmpty());
        assertEquals(locking, restated);
    }

    /** Name and JPQL of every @NamedQuery with a lock mode, on every entity of the application's classes. */
    private static Map<String, String> lockingNamedQueriesOfTheEntities() {
        Map<String, String> locking = new TreeMap<>();
        for (NamedQuery query : Entities.namedQueries()) {
            if (query.lockMode() != LockModeType.NONE) {
                locking.put(query.name(), query.query());
            }
        }
        return locking;
    }
}
