package dev.neptun.project.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ProjectsApiIT {

    private static List<Integer> ids(Api.Response list) {
        return ((JsonArray) list.parse()).getValuesAs(JsonObject.class).stream().map(o -> o.getInt("id")).toList();
    }

    @Test
    void createIs201WithTheProjectAndItsLocation() {
        ApiUser user = ApiUser.create();

        Api.Response response = user.post("projects",
                "{\"name\":\"Shop\",\"description\":\"The shop\",\"type\":\"web-site\",\"main_language\":\"php\",\"unknown\":1}");

        assertEquals(201, response.status(), response::toString);
        JsonObject project = response.json();
        assertAll(
                () -> assertEquals("Shop", project.getString("name")),
                () -> assertEquals("The shop", project.getString("description")),
                () -> assertEquals("web-site", project.getString("type")),
                () -> assertEquals("php", project.getString("main_language")),
                () -> Instant.parse(project.getString("created_at")),
                () -> Instant.parse(project.getString("updated_at")),
                () -> assertTrue(response.header("Location").orElseThrow()
                        .endsWith("/api/users/" + user.id() + "/projects/" + project.getInt("id"))));
        assertEquals(project, user.get("projects/" + project.getInt("id")).json());
    }

    @Test
    void createWithInvalidFieldsIs400NamingThemAndCreatesNothing() {
        ApiUser user = ApiUser.create();

        Api.Response response = user.post("projects", "{\"name\":\"\",\"type\":\"desktop\",\"main_language\":\"cobol\"}");

        assertEquals(400, response.status());
        List<String> fields = response.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).distinct().toList();
        assertEquals(List.of("main_language", "name", "type"), fields);
        assertEquals(List.of(), ids(user.get("projects")));
    }

    @Test
    void createWithAWrongJsonTypeIs400NamingTheField() {
        ApiUser user = ApiUser.create();

        Api.Response response = user.post("projects", "{\"name\":[\"x\"],\"type\":\"web-app\",\"main_language\":\"go\"}");

        assertEquals(400, response.status());
        assertEquals("name", response.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void listFiltersByTypeAndByLanguageEachOnItsOwn() {
        ApiUser user = ApiUser.create();
        int goSite = user.create("projects", "{\"name\":\"a\",\"type\":\"web-site\",\"main_language\":\"go\"}").getInt("id");
        int goService = user.create("projects", "{\"name\":\"b\",\"type\":\"web-service\",\"main_language\":\"go\"}").getInt("id");
        int javaSite = user.create("projects", "{\"name\":\"c\",\"type\":\"web-site\",\"main_language\":\"java\"}").getInt("id");

        assertEquals(List.of(goSite, goService, javaSite), ids(user.get("projects")));
        assertEquals(List.of(goSite, javaSite), ids(user.get("projects?project_type=web-site")));
        assertEquals(List.of(goSite, goService), ids(user.get("projects?programming_language=go")));
        assertEquals(List.of(goSite), ids(user.get("projects?project_type=web-site&programming_language=go")));
        assertEquals(List.of(), ids(user.get("projects?project_type=web-app")));
    }

    @Test
    void listWithAnUnknownFilterValueIs400() {
        ApiUser user = ApiUser.create();

        assertEquals(400, user.get("projects?project_type=desktop").status());
        assertEquals(400, user.get("projects?programming_language=cobol").status());
    }

    @Test
    void missingProjectIs404() {
        ApiUser user = ApiUser.create();

        Api.Response response = user.get("projects/2147483647");

        assertEquals(404, response.status());
        assertEquals("Project not found", response.json().getString("message"));
    }

    @Test
    void patchChangesOnlyTheMembersItNames() {
        ApiUser user = ApiUser.create();
        JsonObject before = user.create("projects", "{\"name\":\"a\",\"description\":\"d\",\"type\":\"web-site\",\"main_language\":\"go\"}");

        Api.Response response = user.patch("projects/" + before.getInt("id"), "{\"name\":\"renamed\"}");

        assertEquals(200, response.status());
        JsonObject after = response.json();
        assertAll(
                () -> assertEquals("renamed", after.getString("name")),
                () -> assertEquals("d", after.getString("description")),
                () -> assertEquals("web-site", after.getString("type")),
                () -> assertEquals("go", after.getString("main_language")),
                () -> assertEquals(before.getString("created_at"), after.getString("created_at")),
                () -> assertTrue(!Instant.parse(after.getString("updated_at")).isBefore(Instant.parse(before.getString("updated_at")))));
    }

    @Test
    void patchWithNullDescriptionClearsIt() {
        ApiUser user = ApiUser.create();
        int id = user.create("projects", "{\"name\":\"a\",\"description\":\"d\",\"type\":\"web-site\",\"main_language\":\"go\"}").getInt("id");

        JsonObject after = user.patch("projects/" + id, "{\"description\":null}").json();

        assertEquals(JsonValue.NULL, after.get("description"));
        assertEquals("a", after.getString("name"));
    }

    @Test
    void patchWithAnEmptyBodyIs400AndChangesNothing() {
        ApiUser user = ApiUser.create();
        JsonObject before = user.create("projects", "{\"name\":\"a\",\"type\":\"web-site\",\"main_language\":\"go\"}");
        String path = "projects/" + before.getInt("id");

        assertEquals(400, user.patch(path, "{}").status());
        assertEquals(400, user.patch(path, "{\"id\":5,\"created_at\":\"x\"}").status());
        assertEquals(400, user.send("PATCH", path, null).status());
        assertEquals(400, user.patch(path, "{\"name\":null}").status());
        assertEquals(before, user.get(path).json());
    }

    @Test
    void deleteIs204AndTakesImportsFilesAndConnectionsButNotTheInstallation() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int installation = user.installation(ApiUser.uniqueGithubId());
        int githubImport = user.githubImport(project, installation);
        int file = user.file(project, githubImport);

        assertEquals(204, user.delete("projects/" + project).status());

        assertAll(
                () -> assertEquals(404, user.get("projects/" + project).status()),
                () -> assertEquals(404, user.get("projects/" + project + "/resources/imports/" + githubImport).status()),
                () -> assertEquals(404, user.get("projects/" + project + "/resources/files/" + file).status()),
                () -> assertEquals(200, user.get("installations/" + installation).status()),
                () -> assertEquals(404, user.delete("projects/" + project).status()));
    }
}
