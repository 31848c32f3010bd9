package dev.neptun.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Accessibility;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.Browser;
import dev.neptun.testsupport.Browser.Width;
import dev.neptun.testsupport.NeptunPage;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An axe-core scan of every view, the open delete dialog at desktop and phone width included: no
 * violation of impact serious or critical. The screenshots under target/screenshots come from here.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AccessibilityPageIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();
    private static final NeptunPage page = new NeptunPage(browser);

    @AfterEach
    void backToDesktopWidth() {
        browser.viewAt(Width.DESKTOP);
    }

    /** A project as a person would have one, open in the page: scans and screenshots of real use. */
    private record Shop(int githubImportId) {

        static Shop open() {
            ApiUser user = ApiUser.create();
            int project = user.create("projects", "{\"name\":\"shop\",\"type\":\"web-app\",\"main_language\":\"typescript\","
                    + "\"description\":\"The storefront\"}").getInt("id");
            int installation = user.create("installations", "{\"github_installation_id\":" + ApiUser.uniqueGithubId()
                    + ",\"github_account_type\":\"User\",\"github_account_id\":583231,\"github_account_name\":\"octocat\"}").getInt("id");
            String imports = "projects/" + project + "/resources/imports";
            int github = user.create(imports, "{\"source_type\":\"github_repository_installation\",\"source_path\":\"octocat/shop\","
                    + "\"installation_id\":" + installation + "}").getInt("id");
            int notes = user.create(imports, "{\"source_type\":\"local_folder\",\"source_path\":\"/home/ada/shop-notes\"}").getInt("id");
            file(user, project, github, "package.json", "{\\\"name\\\":\\\"shop\\\"}", "json");
            file(user, project, github, "README.md", "# shop", "markdown");
            file(user, project, notes, "notes.md", "- ship it", "markdown");
            browser.signInAs(user);
            browser.open("#/projects/" + project);
            page.waitForProject("shop");
            return new Shop(github);
        }

        private static void file(ApiUser user, int project, int importId, String title, String content, String language) {
            user.create("projects/" + project + "/resources/files", "{\"import_id\":" + importId + ",\"title\":\"" + title
                    + "\",\"content\":\"" + content + "\",\"file_type\":\"text\",\"language\":\"" + language + "\"}");
        }
    }

    private static void assertNoSeriousOrCriticalViolation(String view) {
        Accessibility.Scan scan = Accessibility.scan(browser.driver(), view);
        assertEquals(List.of(), scan.seriousOrCritical(), view + ": " + scan.byImpact());
    }

    @Test
    void theLoginFormHasNoSeriousOrCriticalViolation() {
        browser.signOut();
        browser.open("");
        page.waitForLoginForm();

        assertNoSeriousOrCriticalViolation("login form");
        browser.screenshot("desktop-login");
    }

    @Test
    void theProjectListHasNoSeriousOrCriticalViolation() {
        Shop.open();
        browser.open("#/projects");
        page.waitForProjects();

        assertNoSeriousOrCriticalViolation("project list");
    }

    @Test
    void theProjectWithTheFilesOfAnImportHasNoSeriousOrCriticalViolation() {
        Shop shop = Shop.open();
        page.showFiles(shop.githubImportId());

        assertNoSeriousOrCriticalViolation("project with files");
        browser.screenshot("desktop-project");
    }

    @Test
    void theOpenDeleteDialogHasNoSeriousOrCriticalViolationAtDesktopAndPhoneWidth() {
        Shop shop = Shop.open();
        page.askToDelete(shop.githubImportId());

        assertNoSeriousOrCriticalViolation("delete dialog, desktop");
        browser.screenshot("desktop-delete-dialog");
        browser.viewAt(Width.PHONE);
        assertNoSeriousOrCriticalViolation("delete dialog, phone");
        browser.screenshot("phone-delete-dialog");
    }

    @Test
    void atPhoneWidthNoViewIsWiderThanTheScreen() {
        browser.viewAt(Width.PHONE);
        browser.signOut();
        browser.open("");
        page.waitForLoginForm();
        long loginOverflow = overflow();
        browser.screenshot("phone-login");
        Shop shop = Shop.open();
        browser.screenshot("phone-project");
        page.showFiles(shop.githubImportId());
        long projectOverflow = overflow();

        assertEquals(0, loginOverflow, "login form: pixels wider than the screen");
        assertEquals(0, projectOverflow, "project: pixels wider than the screen");
    }

    /** How far the document reaches past the viewport's right edge, in CSS pixels. */
    private static long overflow() {
        Object pixels = browser.driver().executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
        assertTrue(pixels instanceof Long, () -> "not a number: " + pixels);
        return (Long) pixels;
    }
}
