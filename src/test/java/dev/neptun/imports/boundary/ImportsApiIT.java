package dev.neptun.imports.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Imports other than the headline DELETE (see DeleteImportApiIT). */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ImportsApiIT {

    private static List<Integer> ids(Api.Response list) {
        return ((JsonArray) list.parse()).getValuesAs(JsonObject.class).stream().map(o -> o.getInt("id")).toList();
    }

    private static String imports(int project) {
        return "projects/" + project + "/resources/imports";
    }

    @Test
    void createIs201WithDefaultsAndLocation() {
        ApiUser user = ApiUser.create();
        int project = user.project();

        Api.Response response = user.post(imports(project),
                "{\"source_type\":\"local_folder\",\"source_path\":\"/srv/app\",\"file_tree\":{\"src\":[\"a.ts\",\"b.ts\"]}}");

        assertEquals(201, response.status(), response::toString);
        JsonObject created = response.json();
        assertAll(
                () -> assertEquals("local_folder", created.getString("source_type")),
                () -> assertEquals("/srv/app", created.getString("source_path")),
                () -> assertEquals("pending", created.getString("import_status")),
                () -> assertEquals(project, created.getInt("project_id")),
                () -> assertEquals(JsonValue.NULL, created.get("installation_id")),
                () -> assertEquals(Json.createReader(new StringReader("{\"src\":[\"a.ts\",\"b.ts\"]}")).readObject(),
                        created.getJsonObject("file_tree")),
                () -> assertTrue(response.header("Location").orElseThrow().endsWith(imports(project) + "/" + created.getInt("id"))));
        assertEquals(created, user.get(imports(project) + "/" + created.getInt("id")).json());
    }

    @Test
    void githubImportConnectsItsInstallationOnceOnly() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int installation = user.installation(ApiUser.uniqueGithubId());

        user.githubImport(project, installation);
        user.githubImport(project, installation);

        JsonArray connected = (JsonArray) user.get("projects/" + project + "/resources/github-installations").parse();
        assertEquals(1, connected.size());
        assertEquals(installation, connected.getJsonObject(0).getInt("id"));
    }

    @Test
    void githubImportWithoutInstallationAndLocalImportWithOneAre400() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int installation = user.installation(ApiUser.uniqueGithubId());

        Api.Response missing = user.post(imports(project), "{\"source_type\":\"github_repository_installation\",\"source_path\":\"a/b\"}");
        Api.Response extra = user.post(imports(project),
                "{\"source_type\":\"local_folder\",\"source_path\":\"/x\",\"installation_id\":" + installation + "}");

        assertEquals(400, missing.status());
        assertEquals("installation_id", missing.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, extra.status());
        assertEquals(List.of(), ids(user.get(imports(project))));
    }

    @Test
    void githubImportFromAnotherUsersInstallationIs404AndCreatesNothing() {
        ApiUser user = ApiUser.create();
        ApiUser other = ApiUser.create();
        int project = user.project();
        int theirs = other.installation(ApiUser.uniqueGithubId());

        Api.Response response = user.post(imports(project),
                "{\"source_type\":\"github_repository_installation\",\"source_path\":\"a/b\",\"installation_id\":" + theirs + "}");

        assertEquals(404, response.status());
        assertEquals(List.of(), ids(user.get(imports(project))));
        assertEquals("[]", user.get("projects/" + project + "/resources/github-installations").body());
    }

    @Test
    void invalidSourceTypeOrStatusIs400() {
        ApiUser user = ApiUser.create();
        int project = user.project();

        assertEquals(400, user.post(imports(project), "{\"source_type\":\"ftp\",\"source_path\":\"/x\"}").status());
        assertEquals(400, user.post(imports(project), "{\"source_type\":\"local_folder\",\"source_path\":\"/x\",\"import_status\":\"done\"}").status());
        assertEquals(400, user.post(imports(project), "{\"source_type\":\"local_folder\",\"source_path\":\"\"}").status());
        assertEquals(400, user.post(imports(project), "{\"source_type\":\"local_folder\"}").status());
    }

    @Test
    void membersOfTheWrongJsonTypeAre400NamingThemNeverCoerced() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int installation = user.installation(ApiUser.uniqueGithubId());

        Api.Response fraction = user.post(imports(project), "{\"source_type\":\"github_repository_installation\","
                + "\"source_path\":\"a/b\",\"installation_id\":" + installation + ".5}");
        Api.Response number = user.post(imports(project), "{\"source_type\":\"local_folder\",\"source_path\":7}");
        Api.Response notAnObject = user.post(imports(project), "[{\"source_type\":\"local_folder\",\"source_path\":\"/x\"}]");

        assertEquals(400, fraction.status());
        assertEquals("installation_id", fraction.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, number.status());
        assertEquals("source_path", number.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, notAnObject.status());
        assertEquals(List.of(), ids(user.get(imports(project))));
    }

    @Test
    void listShowsAllTypesOrOneType() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int local = user.localImport(project);
        int github = user.githubImport(project, user.installation(ApiUser.uniqueGithubId()));

        assertEquals(List.of(local, github), ids(user.get(imports(project))));
        assertEquals(List.of(github), ids(user.get(imports(project) + "?import_source_type=github_repository_installation")));
        assertEquals(List.of(local), ids(user.get(imports(project) + "?import_source_type=local_folder")));
        assertEquals(List.of(), ids(user.get(imports(project) + "?import_source_type=public_github_repository_url")));
        assertEquals(400, user.get(imports(project) + "?import_source_type=ftp").status());
    }

    @Test
    void listOfAMissingProjectIs404() {
        ApiUser user = ApiUser.create();

        assertEquals(404, user.get(imports(2_147_483_647)).status());
    }

    @Test
    void putChangesTheFourUpdatableMembers() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int id = user.localImport(project);

        Api.Response response = user.put(imports(project) + "/" + id,
                "{\"source_ref\":\"main\",\"import_status\":\"failed\",\"error_message\":\"boom\",\"file_tree\":[1,2]}");

        assertEquals(200, response.status(), response::toString);
        JsonObject after = response.json();
        assertAll(
                () -> assertEquals("main", after.getString("source_ref")),
                () -> assertEquals("failed", after.getString("import_status")),
                () -> assertEquals("boom", after.getString("error_message")),
                () -> assertEquals(2, after.getJsonArray("file_tree").size()));
        assertEquals(after, user.get(imports(project) + "/" + id).json());
    }

    @Test
    void putCannotMoveTheImportOrChangeItsTypeOrInstallation() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int otherProject = user.project();
        int id = user.localImport(project);
        int installation = user.installation(ApiUser.uniqueGithubId());

        Api.Response response = user.put(imports(project) + "/" + id, "{\"import_status\":\"running\",\"project_id\":" + otherProject
                + ",\"source_type\":\"github_repository_installation\",\"installation_id\":" + installation + ",\"user_id\":1}");

        assertEquals(200, response.status());
        JsonObject after = user.get(imports(project) + "/" + id).json();
        assertAll(
                () -> assertEquals(project, after.getInt("project_id")),
                () -> assertEquals("local_folder", after.getString("source_type")),
                () -> assertEquals(JsonValue.NULL, after.get("installation_id")),
                () -> assertEquals("running", after.getString("import_status")),
                () -> assertEquals(List.of(), ids(user.get(imports(otherProject)))));
    }

    @Test
    void putWithNothingUpdatableOrANullStatusIs400() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int id = user.localImport(project);
        JsonObject before = user.get(imports(project) + "/" + id).json();

        assertEquals(400, user.put(imports(project) + "/" + id, "{}").status());
        assertEquals(400, user.put(imports(project) + "/" + id, "{\"source_type\":\"local_folder\"}").status());
        assertEquals(400, user.put(imports(project) + "/" + id, "{\"import_status\":null}").status());
        assertEquals(400, user.put(imports(project) + "/" + id, "{\"import_status\":\"done\"}").status());
        assertEquals(before, user.get(imports(project) + "/" + id).json());
    }

    @Test
    void putWithNullClearsANullableMember() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int id = user.localImport(project);
        assertEquals(200, user.put(imports(project) + "/" + id, "{\"error_message\":\"boom\",\"source_ref\":\"v1\"}").status());

        JsonObject after = user.put(imports(project) + "/" + id, "{\"error_message\":null}").json();

        assertEquals(JsonValue.NULL, after.get("error_message"));
        assertEquals("v1", after.getString("source_ref"));
    }

    @Test
    void getOfAnImportOfAnotherProjectIs404() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int id = user.localImport(user.project());

        assertEquals(404, user.get(imports(project) + "/" + id).status());
        assertEquals(404, user.put(imports(project) + "/" + id, "{\"import_status\":\"running\"}").status());
    }

    @Test
    void fileCountIsTheNumberOfFilesADeleteWouldTake() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int counted = user.localImport(project);
        int empty = user.localImport(project);
        int first = user.file(project, counted);
        user.file(project, counted);

        assertEquals(2, user.get(imports(project) + "/" + counted).json().getInt("file_count"));
        assertEquals(List.of(2, 0), ((JsonArray) user.get(imports(project)).parse()).getValuesAs(JsonObject.class).stream()
                .map(i -> i.getInt("file_count")).toList());
        assertEquals(204, user.delete("projects/" + project + "/resources/files/" + first).status());
        assertEquals(1, user.get(imports(project) + "/" + counted).json().getInt("file_count"));
        assertEquals(0, user.get(imports(project) + "/" + empty).json().getInt("file_count"));
    }

    /** The delete's rule, as every import states it, in a list and alone, each time the rule's inputs change. */
    @Test
    void deleteRemovesConnectionSaysWhatTheDeleteWouldDoNow() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int installation = user.installation(ApiUser.uniqueGithubId());
        int local = user.localImport(project);
        int only = user.githubImport(project, installation);
        assertEquals(Map.of(local, false, only, true), removesConnection(user, project));

        int second = user.githubImport(project, installation);
        assertEquals(Map.of(local, false, only, false, second, false), removesConnection(user, project), "another import uses it");
        assertEquals(false, user.get(imports(project) + "/" + only).json().getBoolean("delete_removes_connection"));

        assertEquals(204, user.delete(imports(project) + "/" + second).status());
        assertEquals(true, user.get(imports(project) + "/" + only).json().getBoolean("delete_removes_connection"), "the only one again");

        assertEquals(204, user.delete("projects/" + project + "/resources/github-installations/" + installation).status());
        assertEquals(Map.of(local, false, only, false), removesConnection(user, project), "no connection to remove");
    }

    private static Map<Integer, Boolean> removesConnection(ApiUser user, int project) {
        return ((JsonArray) user.get(imports(project)).parse()).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(i -> i.getInt("id"), i -> i.getBoolean("delete_removes_connection")));
    }
}
