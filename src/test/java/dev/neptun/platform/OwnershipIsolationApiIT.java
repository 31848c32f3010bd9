package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import java.util.List;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route, driven by an intruder against a victim's data: with the victim's user id in the path
 * it is a 403, with the intruder's own id and the victim's ids a 404 — never a success, never a leak
 * — and the victim's data is the same afterwards.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OwnershipIsolationApiIT {

    /** The victim's ids, filled in once per class: every case only reads or is refused. */
    record Victim(ApiUser user, int project, int installation, int importId, int file) {
    }

    record Route(String method, String path, String body) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Victim victim;
    private static ApiUser intruder;
    private static String victimSnapshot;

    @BeforeAll
    static void seed() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int installation = user.installation(ApiUser.uniqueGithubId());
        int importId = user.githubImport(project, installation);
        victim = new Victim(user, project, installation, importId, user.file(project, importId));
        intruder = ApiUser.create();
        intruder.installation(ApiUser.uniqueGithubId());
        victimSnapshot = snapshot();
    }

    /** The routes, with {P}, {I}, {F}, {N} standing for the victim's project, import, file and installation. */
    static List<Route> routes() {
        return List.of(
                new Route("GET", "projects/{P}", null),
                new Route("PATCH", "projects/{P}", "{\"name\":\"pwned\"}"),
                new Route("DELETE", "projects/{P}", null),
                new Route("GET", "projects/{P}/resources/imports", null),
                new Route("POST", "projects/{P}/resources/imports", "{\"source_type\":\"local_folder\",\"source_path\":\"/x\"}"),
                new Route("GET", "projects/{P}/resources/imports/{I}", null),
                new Route("PUT", "projects/{P}/resources/imports/{I}", "{\"import_status\":\"failed\"}"),
                new Route("DELETE", "projects/{P}/resources/imports/{I}", null),
                new Route("GET", "projects/{P}/resources/files", null),
                new Route("POST", "projects/{P}/resources/files", "{\"import_id\":{I},\"title\":\"t\",\"content\":\"c\",\"file_type\":\"text\"}"),
                new Route("GET", "projects/{P}/resources/files/{F}", null),
                new Route("PUT", "projects/{P}/resources/files/{F}", "{\"title\":\"pwned\"}"),
                new Route("DELETE", "projects/{P}/resources/files/{F}", null),
                new Route("GET", "installations/{N}", null),
                new Route("DELETE", "installations/{N}", null),
                new Route("GET", "projects/{P}/resources/github-installations", null),
                new Route("POST", "projects/{P}/resources/github-installations", "{\"installation_id\":{N}}"),
                new Route("DELETE", "projects/{P}/resources/github-installations/{N}", null));
    }

    /** Routes that only name the user: with another user's id they are 403, like every route. */
    static List<Route> userRoutes() {
        return List.of(
                new Route("GET", "projects", null),
                new Route("POST", "projects", "{\"name\":\"x\",\"type\":\"web-app\",\"main_language\":\"go\"}"),
                new Route("GET", "installations", null),
                new Route("POST", "installations", "{\"github_installation_id\":1,\"github_account_type\":\"User\",\"github_account_id\":1,\"github_account_name\":\"x\"}"));
    }

    private static String fill(String template) {
        return template == null ? null : template
                .replace("{P}", Integer.toString(victim.project()))
                .replace("{I}", Integer.toString(victim.importId()))
                .replace("{F}", Integer.toString(victim.file()))
                .replace("{N}", Integer.toString(victim.installation()));
    }

    private static Api.Response asIntruder(Route route, int pathUserId) {
        String path = "/api/users/" + pathUserId + "/" + fill(route.path());
        return intruder.send(route.method(), path, fill(route.body()));
    }

    private static String snapshot() {
        Function<String, String> get = p -> victim.user().get(p).body();
        return String.join("\n",
                get.apply("projects"),
                get.apply("projects/" + victim.project() + "/resources/imports"),
                get.apply("projects/" + victim.project() + "/resources/files"),
                get.apply("installations"),
                get.apply("projects/" + victim.project() + "/resources/github-installations"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void anotherUsersDataIs404UnderOnesOwnUserId(Route route) {
        Api.Response response = asIntruder(route, intruder.id());

        assertEquals(404, response.status(), response::toString);
        assertEquals(victimSnapshot, snapshot());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"routes", "userRoutes"})
    void anotherUsersIdInThePathIs403(Route route) {
        Api.Response response = asIntruder(route, victim.user().id());

        assertEquals(403, response.status(), response::toString);
        assertEquals(victimSnapshot, snapshot());
    }
}
