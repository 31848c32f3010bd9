package dev.neptun.installation.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GitHub App installations of a user and their connections to projects. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class InstallationsApiIT {

    private static List<Integer> ids(Api.Response list) {
        return ((JsonArray) list.parse()).getValuesAs(JsonObject.class).stream().map(o -> o.getInt("id")).toList();
    }

    private static String connections(int project) {
        return "projects/" + project + "/resources/github-installations";
    }

    @Test
    void createIs201WithGithubsNumbersKeptWhole() {
        ApiUser user = ApiUser.create();
        long big = 98_765_432_101L;

        Api.Response response = user.post("installations", "{\"github_installation_id\":" + big + ",\"github_account_type\":\"User\","
                + "\"github_account_id\":" + (big + 1) + ",\"github_account_name\":\"octocat\","
                + "\"github_account_avatar_url\":\"https://avatars.example/u/1\"}");

        assertEquals(201, response.status(), response::toString);
        JsonObject created = response.json();
        assertAll(
                () -> assertEquals(big, created.getJsonNumber("github_installation_id").longValueExact()),
                () -> assertEquals(big + 1, created.getJsonNumber("github_account_id").longValueExact()),
                () -> assertEquals("octocat", created.getString("github_account_name")),
                () -> assertTrue(response.header("Location").orElseThrow().endsWith("/installations/" + created.getInt("id"))));
        assertEquals(List.of(created.getInt("id")), ids(user.get("installations")));
    }

    @Test
    void recordingTheSameGithubInstallationTwiceIs409() {
        ApiUser user = ApiUser.create();
        long githubId = ApiUser.uniqueGithubId();
        user.installation(githubId);

        Api.Response again = user.post("installations", "{\"github_installation_id\":" + githubId
                + ",\"github_account_type\":\"User\",\"github_account_id\":1,\"github_account_name\":\"x\"}");

        assertEquals(409, again.status());
    }

    @Test
    void invalidInstallationIs400() {
        ApiUser user = ApiUser.create();

        assertEquals(400, user.post("installations", "{\"github_account_type\":\"User\",\"github_account_id\":1,\"github_account_name\":\"x\"}").status());
        assertEquals(400, user.post("installations", "{\"github_installation_id\":-1,\"github_account_type\":\"User\",\"github_account_id\":1,\"github_account_name\":\"x\"}").status());
        assertEquals(400, user.post("installations", "{\"github_installation_id\":1,\"github_account_type\":\"User\",\"github_account_id\":1,"
                + "\"github_account_name\":\"x\",\"github_account_avatar_url\":\"javascript:alert(1)\"}").status());
        assertEquals("[]", user.get("installations").body());
    }

    @Test
    void deleteRemovesItsConnectionsAndKeepsItsImportsWithoutInstallation() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int installation = user.installation(ApiUser.uniqueGithubId());
        int importId = user.githubImport(project, installation);
        int file = user.file(project, importId);

        assertEquals(204, user.delete("installations/" + installation).status());

        JsonObject keptImport = user.get("projects/" + project + "/resources/imports/" + importId).json();
        assertAll(
                () -> assertEquals(404, user.get("installations/" + installation).status()),
                () -> assertEquals("[]", user.get(connections(project)).body()),
                () -> assertEquals(JsonValue.NULL, keptImport.get("installation_id")),
                () -> assertEquals("github_repository_installation", keptImport.getString("source_type")),
                () -> assertEquals(200, user.get("projects/" + project + "/resources/files/" + file).status()));
    }

    @Test
    void connectIs201ThenIdempotent200WithNoDuplicate() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int installation = user.installation(ApiUser.uniqueGithubId());
        String body = "{\"installation_id\":" + installation + "}";

        Api.Response first = user.post(connections(project), body);
        Api.Response second = user.post(connections(project), body);

        assertEquals(201, first.status());
        assertEquals(200, second.status());
        assertEquals(installation, second.json().getInt("id"));
        assertEquals(List.of(installation), ids(user.get(connections(project))));
    }

    @Test
    void connectingAnotherUsersInstallationIs404() {
        ApiUser user = ApiUser.create();
        ApiUser other = ApiUser.create();
        int project = user.project();
        int theirs = other.installation(ApiUser.uniqueGithubId());

        assertEquals(404, user.post(connections(project), "{\"installation_id\":" + theirs + "}").status());
        assertEquals("[]", user.get(connections(project)).body());
    }

    @Test
    void disconnectIs204ThenTheConnectionIsGoneButTheInstallationStays() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int installation = user.installation(ApiUser.uniqueGithubId());
        assertEquals(201, user.post(connections(project), "{\"installation_id\":" + installation + "}").status());

        assertEquals(204, user.delete(connections(project) + "/" + installation).status());

        assertEquals("[]", user.get(connections(project)).body());
        assertEquals(200, user.get("installations/" + installation).status());
        assertEquals(404, user.delete(connections(project) + "/" + installation).status());
    }

    @Test
    void connectWithoutAnInstallationIdIs400() {
        ApiUser user = ApiUser.create();
        int project = user.project();

        assertEquals(400, user.post(connections(project), "{}").status());
        assertEquals(400, user.post(connections(project), "{\"installation_id\":\"one\"}").status());
    }
}
