package dev.neptun.imports.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.imports.entity.ImportSourceType;
import dev.neptun.platform.refusals.NotFound;
import dev.neptun.testsupport.Fixtures.World;
import dev.neptun.testsupport.Fixtures;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The delete service against the real database, in the container. */
@ExtendWith(ArquillianExtension.class)
class ImportsIT {

    @Inject
    Imports imports;

    @Inject
    Fixtures fixtures;

    @Test
    void deleteRemovesTheImportAndEveryFileOfIt() {
        World w = fixtures.world();

        imports.delete(w.user().userId(), w.projectId(), w.localImportId());

        assertFalse(fixtures.importExists(w.localImportId()));
        assertEquals(0, fixtures.filesOf(w.localImportId()));
    }

    @Test
    void deleteChangesNothingElse() {
        World w = fixtures.world();

        imports.delete(w.user().userId(), w.projectId(), w.localImportId());

        assertAll(
                () -> assertTrue(fixtures.importExists(w.githubImportId())),
                () -> assertEquals(3, fixtures.filesOf(w.githubImportId())),
                () -> assertTrue(fixtures.connected(w.projectId(), w.installationId())),
                () -> assertTrue(fixtures.importExists(w.otherProjectImportId())),
                () -> assertEquals(1, fixtures.filesOf(w.otherProjectImportId())));
    }

    @Test
    void deleteOfGithubImportRemovesTheUnusedConnectionButKeepsTheInstallation() {
        World w = fixtures.world();

        imports.delete(w.user().userId(), w.projectId(), w.githubImportId());

        assertAll(
                () -> assertFalse(fixtures.importExists(w.githubImportId())),
                () -> assertEquals(0, fixtures.filesOf(w.githubImportId())),
                () -> assertFalse(fixtures.connected(w.projectId(), w.installationId())),
                () -> assertTrue(fixtures.installationExists(w.installationId())),
                () -> assertTrue(fixtures.importExists(w.localImportId())));
    }

    @Test
    void deleteKeepsTheConnectionWhileAnotherImportOfTheProjectUsesIt() {
        World w = fixtures.world();
        int second = fixtures.importOf(w.projectId(), ImportSourceType.github_repository_installation, w.installationId(), 1);

        imports.delete(w.user().userId(), w.projectId(), w.githubImportId());
        assertTrue(fixtures.connected(w.projectId(), w.installationId()));

        imports.delete(w.user().userId(), w.projectId(), second);
        assertFalse(fixtures.connected(w.projectId(), w.installationId()));
    }

    @Test
    void deleteKeepsTheConnectionOfTheSameInstallationToAnotherProject() {
        World w = fixtures.world();
        int elsewhere = fixtures.importOf(w.otherProjectId(), ImportSourceType.github_repository_installation, w.installationId(), 0);

        imports.delete(w.user().userId(), w.projectId(), w.githubImportId());

        assertTrue(fixtures.connected(w.otherProjectId(), w.installationId()));
        assertTrue(fixtures.importExists(elsewhere));
    }

    @Test
    void deleteOfAnImportOfAnotherProjectIs404AndChangesNothing() {
        World w = fixtures.world();

        NotFound e = assertThrows(NotFound.class,
                () -> imports.delete(w.user().userId(), w.projectId(), w.otherProjectImportId()));

        assertEquals("Import not found", e.getMessage());
        assertTrue(fixtures.importExists(w.otherProjectImportId()));
        assertEquals(1, fixtures.filesOf(w.otherProjectImportId()));
    }

    @Test
    void deleteOfAnotherUsersImportIs404AndChangesNothing() {
        World mine = fixtures.world();
        World theirs = fixtures.world();

        assertThrows(NotFound.class, () -> imports.delete(mine.user().userId(), theirs.projectId(), theirs.localImportId()));

        assertTrue(fixtures.importExists(theirs.localImportId()));
        assertEquals(2, fixtures.filesOf(theirs.localImportId()));
    }

    @Test
    void deleteTwiceIsAFailureTheSecondTime() {
        World w = fixtures.world();
        imports.delete(w.user().userId(), w.projectId(), w.localImportId());

        assertThrows(NotFound.class, () -> imports.delete(w.user().userId(), w.projectId(), w.localImportId()));
    }

    @Test
    void failureHalfWayThroughTheDeleteRollsBackFilesConnectionAndImport() {
        World w = fixtures.world();
        fixtures.blockDeletionOf(w.githubImportId());

        assertThrows(PersistenceException.class, () -> imports.delete(w.user().userId(), w.projectId(), w.githubImportId()));

        assertAll(
                () -> assertTrue(fixtures.importExists(w.githubImportId())),
                () -> assertEquals(3, fixtures.filesOf(w.githubImportId())),
                () -> assertTrue(fixtures.connected(w.projectId(), w.installationId())));
    }
}
