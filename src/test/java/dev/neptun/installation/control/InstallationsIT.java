package dev.neptun.installation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.imports.control.Imports;
import dev.neptun.project.control.Projects;
import dev.neptun.testsupport.Fixtures;
import dev.neptun.testsupport.Fixtures.World;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The service rules around installations and projects, against the real database. */
@ExtendWith(ArquillianExtension.class)
class InstallationsIT {

    @Inject
    Installations installations;

    @Inject
    Projects projects;

    @Inject
    Imports imports;

    @Inject
    Fixtures fixtures;

    @Test
    void connectIsIdempotentAndNeverDuplicatesTheRow() {
        World w = fixtures.world();
        int fresh = fixtures.installation(w.user().userId());

        assertTrue(installations.connect(w.user().userId(), w.projectId(), fresh).created());
        assertFalse(installations.connect(w.user().userId(), w.projectId(), fresh).created());

        assertEquals(1, fixtures.connectionRows(w.projectId(), fresh));
    }

    @Test
    void deletingAnInstallationKeepsItsImportsWithoutIt() {
        World w = fixtures.world();

        installations.delete(w.user().userId(), w.installationId());

        assertFalse(fixtures.installationExists(w.installationId()));
        assertFalse(fixtures.connected(w.projectId(), w.installationId()));
        assertTrue(fixtures.importExists(w.githubImportId()));
        assertEquals(3, fixtures.filesOf(w.githubImportId()));
        assertEquals(null, imports.find(w.user().userId(), w.projectId(), w.githubImportId()).orElseThrow().getInstallationId());
    }

    @Test
    void deletingAProjectTakesItsImportsFilesAndConnectionsOnly() {
        World w = fixtures.world();

        projects.delete(w.user().userId(), w.projectId());

        assertFalse(fixtures.importExists(w.githubImportId()));
        assertFalse(fixtures.importExists(w.localImportId()));
        assertEquals(0, fixtures.filesOf(w.githubImportId()));
        assertFalse(fixtures.connected(w.projectId(), w.installationId()));
        assertTrue(fixtures.installationExists(w.installationId()));
        assertTrue(fixtures.importExists(w.otherProjectImportId()));
        assertEquals(1, fixtures.filesOf(w.otherProjectImportId()));
    }
}
