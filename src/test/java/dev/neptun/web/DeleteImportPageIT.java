package dev.neptun.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.Browser;
import dev.neptun.testsupport.NeptunPage;
import dev.neptun.testsupport.RemoteWorld;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The user's document in the browser: the confirmation states its promises with the real figures,
 * Confirm deletes, Cancel and Escape change nothing, a delete from elsewhere is "Import not found".
 * Each test has its own world: a project with a GitHub import (3 files, installation "octocat",
 * connected) and a local-folder import (2 files).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DeleteImportPageIT {

    private static final String GITHUB_PATH = "/src/github_repository_installation";
    private static final String LOCAL_PATH = "/src/local_folder";

    @RegisterExtension
    static final Browser browser = Browser.perClass();
    private static final NeptunPage page = new NeptunPage(browser);

    /** The world's project, open in the page. */
    private static RemoteWorld openWorld() {
        RemoteWorld w = RemoteWorld.create();
        browser.signInAs(new ApiUser(w.userId(), w.email(), w.token()));
        browser.open("#/projects/" + w.projectId());
        page.waitForProject("project");
        return w;
    }

    @Test
    void confirmedDeleteRemovesTheImportFromThePageAndItsFilesAndConnectionFromTheApi() {
        RemoteWorld w = openWorld();

        page.askToDelete(w.githubImportId());
        assertEquals("Delete the import " + GITHUB_PATH + "?", page.dialogTitle());
        assertEquals(List.of("This action cannot be undone.", "3 files will be deleted.",
                "The connection to installation octocat will be removed from this project. The installation itself stays."),
                page.dialogConsequences());
        page.confirmDelete().waitForDialogClosed().waitUntilImportIsGone(w.githubImportId());

        page.waitForStatus("The import " + GITHUB_PATH + " was deleted.");
        assertAll(
                () -> assertEquals(List.of(w.localImportId()), page.importIds()),
                () -> assertEquals(List.of(), page.connectedInstallations()),
                () -> assertFalse(RemoteWorld.importExists(w.githubImportId())),
                () -> assertEquals(0, RemoteWorld.filesOf(w.githubImportId())),
                () -> assertFalse(w.connected()),
                () -> assertTrue(w.installationExists()),
                () -> assertEquals(2, RemoteWorld.filesOf(w.localImportId())));
    }

    @Test
    void cancelChangesNothingAndReturnsFocusToTheDeleteButton() {
        RemoteWorld w = openWorld();

        page.askToDelete(w.githubImportId()).cancelDelete();

        assertAll(
                () -> assertEquals(List.of(w.githubImportId(), w.localImportId()), page.importIds()),
                () -> assertEquals(List.of("octocat"), page.connectedInstallations()),
                () -> assertEquals(page.focused(), browser.driver().findElement(page.deleteButton(w.githubImportId()))),
                () -> assertTrue(RemoteWorld.importExists(w.githubImportId())),
                () -> assertEquals(3, RemoteWorld.filesOf(w.githubImportId())),
                () -> assertTrue(w.connected()));
    }

    @Test
    void escapeClosesTheDialogAndChangesNothing() {
        RemoteWorld w = openWorld();

        page.askToDelete(w.localImportId());
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        page.waitForDialogClosed();

        assertAll(
                () -> assertEquals(List.of(w.githubImportId(), w.localImportId()), page.importIds()),
                () -> assertEquals(page.focused(), browser.driver().findElement(page.deleteButton(w.localImportId()))),
                () -> assertTrue(RemoteWorld.importExists(w.localImportId())),
                () -> assertEquals(2, RemoteWorld.filesOf(w.localImportId())));
    }

    @Test
    void anImportDeletedElsewhereIsImportNotFoundAndTheListIsRefreshed() {
        RemoteWorld w = openWorld();
        page.askToDelete(w.localImportId());

        // Another tab deletes it while this one's dialog is open.
        assertEquals(204, new ApiUser(w.userId(), w.email(), w.token()).delete(
                "projects/" + w.projectId() + "/resources/imports/" + w.localImportId()).status());
        page.confirmDelete().waitForDialogClosed();

        page.waitForAlert("Import not found");
        assertEquals(List.of(w.githubImportId()), page.importIds());
    }

    @Test
    void anImportDeletedElsewhereBeforeDeleteIsPressedIsImportNotFoundWithoutADialog() {
        RemoteWorld w = openWorld();
        assertEquals(204, new ApiUser(w.userId(), w.email(), w.token()).delete(
                "projects/" + w.projectId() + "/resources/imports/" + w.githubImportId()).status());

        browser.driver().findElement(page.deleteButton(w.githubImportId())).click();

        page.waitForAlert("Import not found");
        assertAll(
                () -> assertEquals(List.of(w.localImportId()), page.importIds()),
                () -> assertFalse(page.dialogIsOpen()));
    }

    @Test
    void theDialogNamesTheConnectionOnlyWhenNoOtherImportOfTheProjectUsesTheInstallation() {
        RemoteWorld w = openWorld();
        ApiUser user = new ApiUser(w.userId(), w.email(), w.token());
        int secondGithubImport = user.githubImport(w.projectId(), w.installationId());
        browser.open("#/projects/" + w.projectId());
        page.waitForProject("project");

        page.askToDelete(w.githubImportId());
        List<String> whileShared = page.dialogConsequences();
        page.cancelDelete();
        page.askToDelete(w.localImportId());
        List<String> ofALocalImport = page.dialogConsequences();
        page.cancelDelete();

        assertEquals(List.of("This action cannot be undone.", "3 files will be deleted."), whileShared);
        assertEquals(List.of("This action cannot be undone.", "2 files will be deleted."), ofALocalImport);
        assertTrue(RemoteWorld.importExists(secondGithubImport));
    }

    @Test
    void theWholeDeleteWorksWithTheKeyboardAlone() {
        RemoteWorld w = openWorld();
        WebElement deleteLocal = browser.driver().findElement(page.deleteButton(w.localImportId()));

        Actions keyboard = new Actions(browser.driver());
        for (int presses = 0; presses < 40 && !page.focused().equals(deleteLocal); presses++) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertEquals(deleteLocal, page.focused(), "Tab never reached the import's Delete button");
        keyboard.sendKeys(Keys.ENTER).perform();
        page.waitForDialog();
        WebElement focusedInDialog = page.focused();
        assertEquals("delete-cancel", focusedInDialog.getDomAttribute("id"), "focus moves into the dialog, onto Cancel");
        keyboard.sendKeys(Keys.TAB).perform();
        assertEquals("delete-confirm", page.focused().getDomAttribute("id"));
        keyboard.sendKeys(Keys.ENTER).perform();
        page.waitForDialogClosed().waitUntilImportIsGone(w.localImportId());

        assertAll(
                () -> assertFalse(RemoteWorld.importExists(w.localImportId())),
                () -> assertEquals(browser.driver().findElement(By.id("imports-title")), page.focused(),
                        "focus comes back to the list the import left"));
    }
}
