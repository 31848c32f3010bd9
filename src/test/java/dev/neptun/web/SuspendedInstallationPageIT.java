package dev.neptun.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neptun.testsupport.Accessibility;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.Browser;
import dev.neptun.testsupport.GithubWebhook;
import dev.neptun.testsupport.NeptunPage;
import jakarta.json.Json;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An installation GitHub reported suspended, through the webhook as GitHub sends it: the page says
 * so wherever it shows the installation, and does not offer it for a new import until GitHub
 * reports it unsuspended.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SuspendedInstallationPageIT {

    @RegisterExtension
    static final Browser browser = Browser.perClass();
    private static final NeptunPage page = new NeptunPage(browser);

    private static void report(String action, long githubId) {
        int status = GithubWebhook.deliver("installation", GithubWebhook.example("installation." + action,
                p -> p.replace("/installation/id", Json.createValue(githubId)))).status();
        assertEquals(200, status, action);
    }

    /** The page afresh, as a person pressing reload sees what GitHub reported meanwhile. */
    private static void reload() {
        browser.driver().navigate().refresh();
        page.waitForProject("suspended");
    }

    private static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aSuspendedInstallationIsShownSuspendedAndNotOfferedForANewImport() {
        ApiUser user = ApiUser.create();
        String active = name("active");
        String paused = name("paused");
        long activeGithubId = ApiUser.uniqueGithubId();
        long pausedGithubId = ApiUser.uniqueGithubId();
        int activeInstallation = user.create("installations", "{\"github_installation_id\":" + activeGithubId
                + ",\"github_account_type\":\"User\",\"github_account_id\":1,\"github_account_name\":\"" + active + "\"}").getInt("id");
        int pausedInstallation = user.create("installations", "{\"github_installation_id\":" + pausedGithubId
                + ",\"github_account_type\":\"Organization\",\"github_account_id\":2,\"github_account_name\":\"" + paused + "\"}").getInt("id");
        int project = user.create("projects", "{\"name\":\"suspended\",\"type\":\"web-app\",\"main_language\":\"go\"}").getInt("id");
        for (int installation : List.of(activeInstallation, pausedInstallation)) {
            user.create("projects/" + project + "/resources/imports", "{\"source_type\":\"github_repository_installation\","
                    + "\"source_path\":\"acme/" + installation + "\",\"installation_id\":" + installation + "}");
        }
        report("suspend", pausedGithubId);
        browser.signInAs(user);
        browser.open("#/projects/" + project);
        page.waitForProject("suspended");

        int throughPaused = page.importIdOf("acme/" + pausedInstallation);
        int throughActive = page.importIdOf("acme/" + activeInstallation);
        assertAll(
                () -> assertEquals(List.of(active + " (User, GitHub installation " + activeGithubId + ")",
                        paused + " (Organization, GitHub installation " + pausedGithubId + ") — suspended on GitHub"), page.connectionLines()),
                () -> assertEquals(paused + " (suspended on GitHub)", page.importFact(throughPaused, "Installation")),
                () -> assertEquals(active, page.importFact(throughActive, "Installation")),
                () -> assertEquals(List.of(active + " (User, " + activeGithubId + ")"), page.installationChoices(), "only the active one"),
                () -> assertEquals(List.of(), Accessibility.scan(browser.driver(), "a project with a suspended installation").seriousOrCritical()));

        report("suspend", activeGithubId);
        reload();
        assertEquals(List.of("(placeholder) No installation to import through: each is suspended on GitHub"), page.installationChoices());

        report("unsuspend", pausedGithubId);
        reload();
        page.addGithubImport("acme/again", paused);
        assertEquals(paused, page.importFact(page.importIdOf("acme/again"), "Installation"));
    }
}
