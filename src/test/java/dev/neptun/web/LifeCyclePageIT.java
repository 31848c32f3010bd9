package dev.neptun.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.Browser;
import dev.neptun.testsupport.NeptunPage;
import jakarta.json.JsonArray;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** What a person does at / from sign-up to logout, with nothing but the page; the API confirms the outcome. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class LifeCyclePageIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();
    private static final NeptunPage page = new NeptunPage(browser);

    @Test
    void aPersonSignsUpBuildsAProjectDeletesAGithubImportAndLogsOut() {
        String email = "page-" + UUID.randomUUID() + "@example.test";
        String account = "octo-" + UUID.randomUUID().toString().substring(0, 8);
        browser.signOut();
        browser.open("");

        page.waitForLoginForm().signUp(email, ApiUser.PASSWORD).waitForProjects();
        assertEquals(email, page.signedInEmail());
        page.createProject("shop")
                .addInstallation(account, ApiUser.uniqueGithubId(), ApiUser.uniqueGithubId())
                .addGithubImport("octocat/shop", account);
        int importId = page.importIdOf("octocat/shop");
        page.addFile("octocat/shop", "package.json", "{\"name\":\"shop\"}")
                .addFile("octocat/shop", "README.md", "# shop")
                .showFiles(importId);

        assertAll(
                () -> assertEquals("GitHub repository (installation)", page.importFact(importId, "Source")),
                () -> assertEquals("pending", page.importFact(importId, "Status")),
                () -> assertEquals("2", page.importFact(importId, "Files")),
                () -> assertEquals(account, page.importFact(importId, "Installation")),
                () -> assertEquals(List.of(List.of("package.json", "15 bytes", "text"), List.of("README.md", "6 bytes", "text")),
                        page.fileRows()),
                () -> assertEquals(List.of(account), page.connectedInstallations()));

        page.askToDelete(importId);
        assertEquals(List.of("This action cannot be undone.", "2 files will be deleted.",
                "The connection to installation " + account + " will be removed from this project. The installation itself stays."),
                page.dialogConsequences());
        page.confirmDelete().waitForDialogClosed().waitUntilImportIsGone(importId)
                .waitForStatus("The import octocat/shop was deleted.");

        ApiUser user = new ApiUser(Api.get("api/auth/session").session(browser.sessionToken()).send().json()
                .getJsonObject("user").getInt("id"), email, browser.sessionToken());
        int projectId = ((JsonArray) user.get("projects").parse()).getJsonObject(0).getInt("id");
        assertAll(
                () -> assertTrue(page.isVisible(By.id("no-imports"))),
                () -> assertEquals(List.of(), page.connectedInstallations()),
                () -> assertEquals("[]", user.get("projects/" + projectId + "/resources/imports").body()),
                () -> assertEquals("[]", user.get("projects/" + projectId + "/resources/files").body()),
                () -> assertEquals("[]", user.get("projects/" + projectId + "/resources/github-installations").body()),
                () -> assertEquals(1, ((JsonArray) user.get("installations").parse()).size(), "the installation stays"));

        page.logOut().waitForStatus("You are logged out.");
        assertEquals(401, user.get("projects").status());
    }

    @Test
    void loginWithTheRightPasswordShowsTheProjectsAndAWrongOneIsToldInTheForm() {
        ApiUser user = ApiUser.create();
        browser.signOut();
        browser.open("");

        page.waitForLoginForm().logIn(user.email(), "Wrong-Passw0rd!");
        browser.waiting().until(driver -> !page.formError("login-form").isEmpty());
        assertTrue(page.isVisible(By.id("auth-view")));
        page.logIn(user.email(), ApiUser.PASSWORD).waitForProjects();

        assertEquals(user.email(), page.signedInEmail());
    }

    @Test
    void logoutRevokesTheSessionAndAReloadStillShowsTheLoginForm() {
        ApiUser user = ApiUser.create();
        browser.signInAs(user);
        browser.open("");
        page.waitForProjects();

        page.logOut().waitForStatus("You are logged out.");
        browser.open("");
        page.waitForLoginForm();

        assertAll(
                () -> assertEquals(401, user.get("projects").status(), "the old cookie is revoked"),
                () -> assertEquals(null, browser.sessionToken(), "the cookie is cleared"));
    }

    @Test
    void aSessionThatEndsElsewhereReturnsToTheLoginFormWithAMessage() {
        ApiUser user = ApiUser.create();
        browser.signInAs(user);
        browser.open("");
        page.waitForProjects();

        // Logged out in another tab: this page's next request is a 401.
        assertEquals(204, Api.post("api/auth/logout").session(user.token()).send().status());
        page.submitNewProject("never made");

        page.waitForAlert("Your session has ended. Please log in again.");
        assertTrue(page.isVisible(By.id("login-form")));
    }
}
