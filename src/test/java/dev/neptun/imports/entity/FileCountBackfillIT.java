package dev.neptun.imports.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neptun.testsupport.Fixtures;
import dev.neptun.testsupport.Fixtures.World;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * ChangeSet 21's backfill, its statement read from the changelog the WAR ships, run against the
 * suite's database (Derby, or PostgreSQL with -Ppostgresql) on imports whose counts are as the
 * changeSet's new column leaves existing rows. It recounts every import, all correct already, so it
 * changes no other test's data.
 */
@ExtendWith(ArquillianExtension.class)
class FileCountBackfillIT {

    @Inject
    Fixtures fixtures;

    @Test
    void theBackfillOfChangeSet21CountsTheFilesOfEveryImport() throws Exception {
        World w = fixtures.world();
        int empty = fixtures.importOf(w.projectId(), ImportSourceType.local_folder, null, 0);
        fixtures.zeroFileCountsOf(w.projectId());
        fixtures.zeroFileCountsOf(w.otherProjectId());

        fixtures.migrate(sqlOfChangeSet("21-import-file-count"));

        assertEquals(List.of(3, 2, 0, 1), Stream.of(w.githubImportId(), w.localImportId(), empty, w.otherProjectImportId())
                .map(fixtures::fileCountOf).toList());
    }

    /** The one {@code <sql>} of the changeSet. */
    private static String sqlOfChangeSet(String id) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream changelog = Thread.currentThread().getContextClassLoader().getResourceAsStream("db/changelog.xml")) {
            NodeList changeSets = factory.newDocumentBuilder().parse(changelog).getElementsByTagNameNS("*", "changeSet");
            for (int i = 0; i < changeSets.getLength(); i++) {
                Element changeSet = (Element) changeSets.item(i);
                if (id.equals(changeSet.getAttribute("id"))) {
                    NodeList sql = changeSet.getElementsByTagNameNS("*", "sql");
                    assertEquals(1, sql.getLength(), "one <sql> in changeSet " + id);
                    return sql.item(0).getTextContent().trim();
                }
            }
        }
        throw new AssertionError("no changeSet " + id + " in db/changelog.xml");
    }
}
