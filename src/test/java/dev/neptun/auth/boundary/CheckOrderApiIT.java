package dev.neptun.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.Routes;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract's order of checks under {@code /api/users/...}: 401, then 400 (ids, query, body),
 * then 403 (another user's id, a cross-origin write), then 404 — also where route matching or a
 * cross-origin rule would otherwise answer first.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CheckOrderApiIT {

    private static final String FOREIGN = "https://evil.example";

    private static ApiUser me;
    private static ApiUser other;
    private static int project;

    @BeforeAll
    static void users() {
        me = ApiUser.create();
        other = ApiUser.create();
        project = me.project();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "PUT, projects, application/json",
            "DELETE, projects, ",
            "PATCH, projects/1/resources/imports, application/json",
            "POST, projects, text/plain",
            "POST, projects, application/xml",
            "GET, no/such/route, ",
            "OPTIONS, projects, "})
    void anAnonymousRequestIs401WhateverRouteMatchingWouldSay(String method, String path, String contentType) {
        Api.Request request = Api.request(method, "api/users/" + me.id() + "/" + path);
        if (contentType != null) {
            request.header("Content-Type", contentType).json("x");
        }

        Api.Response response = request.send();

        assertEquals(401, response.status(), response::toString);
        assertEquals(401, response.json().getInt("statusCode"));
    }

    @Test
    void anAnonymousRequestWithBadIdsIs401() {
        assertEquals(401, Api.delete("api/users/abc/projects/0/resources/imports/-1").send().status());
    }

    @Test
    void aCrossOriginWriteWithABadIdIs400() {
        Api.Response response = Api.delete(me.path("projects/" + project + "/resources/imports/abc")).session(me.token())
                .header("Origin", FOREIGN).send();

        assertEquals(400, response.status(), response::toString);
    }

    @Test
    void aCrossOriginWriteWithAnInvalidBodyIs400() {
        Api.Response response = Api.post(me.path("projects")).session(me.token()).header("Origin", FOREIGN).json("{\"name\":7}").send();

        assertEquals(400, response.status(), response::toString);
    }

    @Test
    void aCrossOriginWriteWithAValidRequestIs403() {
        Api.Response response = Api.delete(me.path("projects/" + project)).session(me.token()).header("Origin", FOREIGN).send();

        assertEquals(403, response.status(), response::toString);
        assertEquals(200, me.get("projects/" + project).status());
    }

    @Test
    void anInvalidBodyUnderAnotherUsersIdIs400() {
        Api.Response response = Api.post("api/users/" + other.id() + "/projects").session(me.token()).json("{\"name\":\"\"}").send();

        assertEquals(400, response.status(), response::toString);
    }

    @Test
    void anInvalidQueryUnderAnotherUsersIdIs400() {
        Api.Response response = Api.get("api/users/" + other.id() + "/projects?project_type=desktop").session(me.token()).send();

        assertEquals(400, response.status(), response::toString);
    }

    @Test
    void aBadIdUnderAnotherUsersIdIs400() {
        Api.Response response = Api.get("api/users/" + other.id() + "/projects/0").session(me.token()).send();

        assertEquals(400, response.status(), response::toString);
    }

    @Test
    void aValidRequestUnderAnotherUsersIdIs403BeforeAnyLookup() {
        Api.Response existing = Api.get("api/users/" + other.id() + "/projects/" + project).session(me.token()).send();
        Api.Response missing = Api.get("api/users/" + other.id() + "/projects/2147483647").session(me.token()).send();

        assertEquals(403, existing.status());
        assertEquals(existing.body(), missing.body());
    }

    @Test
    void matrixParametersInThePathAre400() {
        int imported = me.localImport(project);

        Api.Response response = me.delete("projects/" + project + "/resources/imports/" + imported + ";x=2");

        assertEquals(400, response.status(), response::toString);
        assertEquals(200, me.get("projects/" + project + "/resources/imports/" + imported).status());
    }

    /** Every /api/users route of the application (its own route model): every id in it written as 0. */
    static List<String> everyUsersRouteWithBadIds() {
        return Routes.all().stream().filter(r -> r.path().startsWith("/api/users/"))
                .map(r -> r.method().toUpperCase(Locale.ROOT) + " " + r.path().substring(1).replaceAll("\\{[a-z_]+}", "0")
                        + (r.body().isPresent() ? " with a body" : "")).toList();
    }

    /** Whatever else is wrong with it, an anonymous request is 401; with a session, a bad id is 400, also under another user's id. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyUsersRouteWithBadIds")
    void onEveryUsersRouteTheOrderIs401Then400(String route) {
        String[] parts = route.split(" ");
        String method = parts[0];
        String path = parts[1];
        String body = parts.length > 2 ? "{}" : null;
        String underOther = path.replaceFirst("^api/users/0", "api/users/" + other.id());

        Api.Response anonymous = withBody(Api.request(method, path), body).send();
        Api.Response signedIn = withBody(Api.request(method, path).session(me.token()), body).send();
        Api.Response signedInUnderOther = withBody(Api.request(method, underOther).session(me.token()), body).send();

        assertEquals(401, anonymous.status(), anonymous::toString);
        assertEquals(400, signedIn.status(), signedIn::toString);
        if (!underOther.equals(path) && underOther.contains("/0")) {
            assertEquals(400, signedInUnderOther.status(), signedInUnderOther::toString);
        }
    }

    private static Api.Request withBody(Api.Request request, String body) {
        return body == null ? request : request.json(body);
    }
}
