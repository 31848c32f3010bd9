package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.contextfile.boundary.FileCreate;
import dev.neptun.contextfile.boundary.FileUpdate;
import dev.neptun.imports.boundary.ImportCreate;
import dev.neptun.imports.boundary.ImportUpdate;
import dev.neptun.installation.boundary.ConnectRequest;
import dev.neptun.installation.boundary.InstallationCreate;
import dev.neptun.project.boundary.ProjectCreate;
import dev.neptun.project.boundary.ProjectPatch;
import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.Routes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /**
     * A body of each request record a route takes, valid but for whose data it names: a route that
     * takes a new record fails here until it has one.
     */
    private static final Map<Class<?>, String> BODIES = Map.of(
            ProjectCreate.class, "{\"name\":\"x\",\"type\":\"web-app\",\"main_language\":\"go\"}",
            ProjectPatch.class, "{\"name\":\"pwned\"}",
            ImportCreate.class, "{\"source_type\":\"local_folder\",\"source_path\":\"/x\"}",
            ImportUpdate.class, "{\"import_status\":\"failed\"}",
            FileCreate.class, "{\"import_id\":{I},\"title\":\"t\",\"content\":\"c\",\"file_type\":\"text\"}",
            FileUpdate.class, "{\"title\":\"pwned\"}",
            InstallationCreate.class, "{\"github_installation_id\":1,\"github_account_type\":\"User\",\"github_account_id\":1,\"github_account_name\":\"x\"}",
            ConnectRequest.class, "{\"installation_id\":{N}}");

    /** Every route that names something of the user's, from the application's own routes; {P}, {I}, {F}, {N}: the victim's ids. */
    static List<Route> routes() {
        return usersRoutes().stream().filter(r -> r.path().contains("{")).toList();
    }

    /** Routes that only name the user: with another user's id they are 403, like every route. */
    static List<Route> userRoutes() {
        return usersRoutes().stream().filter(r -> !r.path().contains("{")).toList();
    }

    private static List<Route> usersRoutes() {
        List<Route> routes = Routes.all().stream().filter(r -> r.path().startsWith("/api/users/{user_id}/"))
                .map(r -> new Route(r.method().toUpperCase(Locale.ROOT), r.path().substring("/api/users/{user_id}/".length())
                        .replace("{project_id}", "{P}").replace("{import_id}", "{I}").replace("{file_id}", "{F}")
                        .replace("{installation_id}", "{N}"),
                        r.body().map(type -> Optional.ofNullable(BODIES.get(type))
                                .orElseThrow(() -> new AssertionError("no example body for " + type.getSimpleName()))).orElse(null)))
                .toList();
        assertTrue(routes.size() > 20, "found the routes: " + routes);
        return routes;
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
