package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.Deployments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's walkthrough, step by step, as a client with nothing but HTTP would do it. */
@ExtendWith(ArquillianExtension.class)
class ReadmeWalkthroughApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void walkthroughFromSignUpToTheDocumentsDelete() {
        String email = "ada-" + UUID.randomUUID() + "@example.com";
        String password = "Analytical1!";
        assertEquals(201, Api.post("api/auth/sign-up")
                .json("{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"confirmPassword\":\"" + password + "\"}")
                .send().status());

        Api.Response login = Api.post("api/auth/login").json("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}").send();
        assertEquals(200, login.status());
        ApiUser me = new ApiUser(login.json().getJsonObject("user").getInt("id"), email, login.sessionCookie().orElseThrow());

        int project = me.create("projects", "{\"name\":\"shop\",\"type\":\"web-app\",\"main_language\":\"typescript\"}").getInt("id");
        int installation = me.create("installations", "{\"github_installation_id\":" + ApiUser.uniqueGithubId()
                + ",\"github_account_type\":\"User\",\"github_account_id\":583231,\"github_account_name\":\"octocat\"}").getInt("id");
        int importId = me.create("projects/" + project + "/resources/imports", "{\"source_type\":\"github_repository_installation\","
                + "\"source_path\":\"octocat/shop\",\"source_ref\":\"main\",\"installation_id\":" + installation + "}").getInt("id");
        me.create("projects/" + project + "/resources/files", "{\"import_id\":" + importId
                + ",\"title\":\"package.json\",\"content\":\"{}\",\"file_type\":\"text\",\"category\":\"package_manager\"}");
        me.create("projects/" + project + "/resources/files", "{\"import_id\":" + importId
                + ",\"title\":\"README.md\",\"content\":\"# shop\",\"file_type\":\"markdown\",\"category\":\"documentation\"}");
        assertEquals(2, ((JsonArray) me.get("projects/" + project + "/resources/files?import_id=" + importId).parse()).size());
        assertEquals(1, ((JsonArray) me.get("projects/" + project + "/resources/github-installations").parse()).size());

        // The user's document, verbatim but for the host and the ids.
        Api.Response delete = Api.delete("api/users/" + me.id() + "/projects/" + project + "/resources/imports/" + importId)
                .header("Accept", "application/json")
                .header("Cookie", "neptun-session=" + me.token())
                .send();
        assertEquals(204, delete.status());
        assertEquals("", delete.body());

        assertEquals("[]", me.get("projects/" + project + "/resources/imports").body());
        assertEquals("[]", me.get("projects/" + project + "/resources/files").body());
        assertEquals("[]", me.get("projects/" + project + "/resources/github-installations").body());
        JsonArray installations = (JsonArray) me.get("installations").parse();
        assertEquals(installation, installations.getValuesAs(JsonObject.class).get(0).getInt("id"));
    }
}
