package dev.neptun.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.Browser;
import dev.neptun.testsupport.NeptunPage;
import dev.neptun.testsupport.RemoteWorld;
import jakarta.json.Json;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/** User data is only ever text in the page, and the page itself runs within its Content-Security-Policy. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SafetyPageIT {

    private static final String PROJECT = "<img src=x onerror=alert(1)>";
    private static final String ACCOUNT = "<b onmouseover=alert(2)>octo</b>";
    private static final String IMPORT_PATH = "<script>alert(3)</script>";
    private static final String FILE_TITLE = "<img src=y onerror=alert(4)>";

    @RegisterExtension
    static final Browser browser = Browser.perClass();
    private static final NeptunPage page = new NeptunPage(browser);

    private static String json(String text) {
        return Json.createValue(text).toString();
    }

    @Test
    void markupInNamesIsShownAsThoseCharactersAndRunsNothing() {
        ApiUser user = ApiUser.create();
        int project = user.create("projects", "{\"name\":" + json(PROJECT) + ",\"type\":\"web-app\",\"main_language\":\"go\"}").getInt("id");
        int installation = user.create("installations", "{\"github_installation_id\":" + ApiUser.uniqueGithubId()
                + ",\"github_account_type\":\"User\",\"github_account_id\":1,\"github_account_name\":" + json(ACCOUNT) + "}").getInt("id");
        int importId = user.create("projects/" + project + "/resources/imports", "{\"source_type\":\"github_repository_installation\","
                + "\"source_path\":" + json(IMPORT_PATH) + ",\"installation_id\":" + installation + "}").getInt("id");
        user.create("projects/" + project + "/resources/files", "{\"import_id\":" + importId + ",\"title\":" + json(FILE_TITLE)
                + ",\"content\":\"x\",\"file_type\":\"text\"}");
        browser.signInAs(user);
        browser.open("#/projects");
        page.waitForProjects();

        List<String> projectNames = page.projectNames();
        page.openProject(PROJECT).showFiles(importId);
        String fileTitle = page.fileRows().get(0).get(0);
        page.askToDelete(importId);

        assertAll(
                () -> assertEquals(List.of(PROJECT), projectNames),
                () -> assertEquals(PROJECT, browser.driver().findElement(By.id("project-title")).getText()),
                () -> assertEquals(IMPORT_PATH, browser.driver().findElement(By.cssSelector("#import-list .card-title")).getText()),
                () -> assertEquals(ACCOUNT, page.importFact(importId, "Installation")),
                () -> assertEquals(List.of(ACCOUNT), page.connectedInstallations()),
                () -> assertEquals(FILE_TITLE, fileTitle),
                () -> assertEquals("Delete the import " + IMPORT_PATH + "?", page.dialogTitle()),
                () -> assertEquals("The connection to installation " + ACCOUNT
                        + " will be removed from this project. The installation itself stays.", page.dialogConsequences().get(2)),
                () -> assertEquals(List.of(), browser.driver().findElements(By.cssSelector("body img, body script, body b")),
                        "markup from the data became elements"),
                () -> assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert()));
    }

    @Test
    void signedInThroughProjectFilesAndDialogThePageLogsNoConsoleError() {
        RemoteWorld w = RemoteWorld.create();
        browser.signInAs(new ApiUser(w.userId(), w.email(), w.token()));
        browser.consoleErrors(); // only what follows counts

        browser.open("#/projects");
        page.waitForProjects();
        browser.open("#/projects/" + w.projectId());
        page.waitForProject("project").showFiles(w.githubImportId()).askToDelete(w.githubImportId()).cancelDelete();

        assertEquals(List.of(), browser.consoleErrors(), "console errors (a refusal by the Content-Security-Policy shows here)");
    }
}
