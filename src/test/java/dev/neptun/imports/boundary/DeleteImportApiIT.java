package dev.neptun.imports.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.RemoteWorld;
import dev.neptun.testsupport.ServerLog;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The headline endpoint over HTTP, one test per row of the user's status-code table and more. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DeleteImportApiIT {

    private static Api.Response delete(String path, String token) {
        return Api.delete(path).header("Accept", "application/json").session(token).send();
    }

    @Test
    void deleteAsTheUsersDocumentWritesItIs204WithNoBody() {
        RemoteWorld w = RemoteWorld.create();

        Api.Response response = Api.delete(w.importPath(w.localImportId()))
                .header("Accept", "application/json")
                .header("Cookie", "neptun-session=" + w.token())
                .send();

        assertEquals(204, response.status());
        assertEquals("", response.body());
        assertFalse(RemoteWorld.importExists(w.localImportId()));
        assertEquals(0, RemoteWorld.filesOf(w.localImportId()));
    }

    @Test
    void deleteOfGithubImportRemovesTheConnectionAndKeepsTheInstallation() {
        RemoteWorld w = RemoteWorld.create();

        assertEquals(204, delete(w.importPath(w.githubImportId()), w.token()).status());

        assertAll(
                () -> assertFalse(RemoteWorld.importExists(w.githubImportId())),
                () -> assertEquals(0, RemoteWorld.filesOf(w.githubImportId())),
                () -> assertFalse(w.connected()),
                () -> assertTrue(w.installationExists()),
                () -> assertTrue(RemoteWorld.importExists(w.localImportId())),
                () -> assertEquals(2, RemoteWorld.filesOf(w.localImportId())));
    }

    @Test
    void deletingTwiceIs204Then404() {
        RemoteWorld w = RemoteWorld.create();

        assertEquals(204, delete(w.importPath(w.localImportId()), w.token()).status());
        Api.Response second = delete(w.importPath(w.localImportId()), w.token());

        assertEquals(404, second.status());
        assertEquals("{\"statusCode\":404,\"message\":\"Import not found\"}", second.body());
    }

    @Test
    void missingImportIs404WithTheDocumentsExactBody() {
        RemoteWorld w = RemoteWorld.create();

        Api.Response response = delete(w.importPath(2_147_483_647), w.token());

        assertEquals(404, response.status());
        assertEquals("application/json", response.header("Content-Type").orElse("").split(";")[0]);
        assertEquals("{\"statusCode\":404,\"message\":\"Import not found\"}", response.body());
    }

    @Test
    void deleteOfAnImportOfAnotherProjectIs404AndChangesNothing() {
        RemoteWorld w = RemoteWorld.create();

        Api.Response response = delete(w.importPath(w.projectId(), w.otherProjectImportId()), w.token());

        assertEquals(404, response.status());
        assertEquals("Import not found", response.json().getString("message"));
        assertTrue(RemoteWorld.importExists(w.otherProjectImportId()));
    }

    @Test
    void deleteOfAnotherUsersImportIs404AndChangesNothing() {
        RemoteWorld mine = RemoteWorld.create();
        RemoteWorld theirs = RemoteWorld.create();

        // My own user id in the path, their project and import.
        Api.Response response = delete(mine.importPath(theirs.projectId(), theirs.localImportId()), mine.token());

        assertEquals(404, response.status());
        assertEquals("Import not found", response.json().getString("message"));
        assertTrue(RemoteWorld.importExists(theirs.localImportId()));
        assertEquals(2, RemoteWorld.filesOf(theirs.localImportId()));
    }

    @Test
    void deleteWithAnotherUsersIdIs403AndChangesNothing() {
        RemoteWorld mine = RemoteWorld.create();
        RemoteWorld theirs = RemoteWorld.create();

        Api.Response response = delete(theirs.importPath(theirs.localImportId()), mine.token());

        assertEquals(403, response.status());
        assertEquals(403, response.json().getInt("statusCode"));
        assertTrue(RemoteWorld.importExists(theirs.localImportId()));
    }

    @Test
    void forbiddenRevealsNothingAboutWhichIdsExist() {
        RemoteWorld mine = RemoteWorld.create();
        RemoteWorld theirs = RemoteWorld.create();

        Api.Response existing = delete(theirs.importPath(theirs.localImportId()), mine.token());
        Api.Response missing = delete(theirs.importPath(2_147_483_647, 2_147_483_647), mine.token());

        assertEquals(403, existing.status());
        assertEquals(existing.body(), missing.body());
    }

    @Test
    void deleteWithoutCookieIs401AndChangesNothing() {
        RemoteWorld w = RemoteWorld.create();

        Api.Response response = Api.delete(w.importPath(w.localImportId())).header("Accept", "application/json").send();

        assertEquals(401, response.status());
        assertEquals(401, response.json().getInt("statusCode"));
        assertTrue(RemoteWorld.importExists(w.localImportId()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", ""})
    void deleteWithUnknownOrMalformedCookieIs401(String token) {
        RemoteWorld w = RemoteWorld.create();

        assertEquals(401, delete(w.importPath(w.localImportId()), token).status());
        assertTrue(RemoteWorld.importExists(w.localImportId()));
    }

    @Test
    void deleteWithTruncatedCookieIs401() {
        RemoteWorld w = RemoteWorld.create();

        assertEquals(401, delete(w.importPath(w.localImportId()), w.token().substring(1)).status());
    }

    @Test
    void unauthenticatedComesBeforeBadRequest() {
        Api.Response response = Api.delete("api/users/abc/projects/0/resources/imports/-1").send();

        assertEquals(401, response.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "1.5", "2147483648", "01e3", "1e3", "+1", "007", "%20", "%D9%A1", "99999999999"})
    void anIdThatIsNotAPositiveInt32Is400InEveryPosition(String bad) {
        RemoteWorld w = RemoteWorld.create();
        List<String> paths = List.of(
                "api/users/" + bad + "/projects/" + w.projectId() + "/resources/imports/" + w.localImportId(),
                "api/users/" + w.userId() + "/projects/" + bad + "/resources/imports/" + w.localImportId(),
                "api/users/" + w.userId() + "/projects/" + w.projectId() + "/resources/imports/" + bad);

        for (String path : paths) {
            Api.Response response = delete(path, w.token());
            assertEquals(400, response.status(), path);
            assertEquals(400, response.json().getInt("statusCode"), path);
        }
        assertTrue(RemoteWorld.importExists(w.localImportId()));
    }

    @Test
    void badRequestComesBeforeForbidden() {
        RemoteWorld mine = RemoteWorld.create();
        RemoteWorld theirs = RemoteWorld.create();

        Api.Response response = delete("api/users/" + theirs.userId() + "/projects/1/resources/imports/abc", mine.token());

        assertEquals(400, response.status());
    }

    @Test
    void largestInt32IdIsAcceptedAsAnId() {
        RemoteWorld w = RemoteWorld.create();

        assertEquals(404, delete(w.importPath(2_147_483_647, 2_147_483_647), w.token()).status());
    }

    @Test
    void serverFailureIs500JsonWithoutInternalsAndChangesNothing() throws Exception {
        RemoteWorld w = RemoteWorld.create();
        assertEquals(200, Api.post("api/test-data/imports/" + w.githubImportId() + "/blocker").send().status());
        ServerLog log = ServerLog.mark();

        Api.Response response = delete(w.importPath(w.githubImportId()), w.token());

        assertServerErrorWithoutInternals(response, log);
        assertUntouched(w);
    }

    /** Every statement succeeds; a deferred foreign key makes the commit fail, after the resource method returned. */
    @Test
    void aFailureAtCommitIsTheSame500OfTheOneErrorMapperAndChangesNothing() throws Exception {
        RemoteWorld w = RemoteWorld.create();
        assertEquals(200, Api.post("api/test-data/imports/" + w.githubImportId() + "/commit-blocker").send().status());
        ServerLog log = ServerLog.mark();

        Api.Response response = delete(w.importPath(w.githubImportId()), w.token());

        assertServerErrorWithoutInternals(response, log);
        assertUntouched(w);
    }

    /** A JSON 500 with a request id and nothing internal; logged once, with that id, without SQL or data. */
    private static void assertServerErrorWithoutInternals(Api.Response response, ServerLog log) throws Exception {
        assertEquals(500, response.status(), response::toString);
        JsonObject body = response.json();
        assertEquals(500, body.getInt("statusCode"));
        String requestId = body.getString("requestId");
        assertFalse(requestId.isBlank());
        for (String leak : List.of("SQL", "Exception", "derby", "eclipse", "java.", "context_imports", "at ")) {
            assertFalse(response.body().contains(leak), () -> "500 body leaks '" + leak + "': " + response.body());
        }
        String logged = log.awaitContaining("requestId=" + requestId);
        for (String leak : List.of("blockers", "DELETE FROM", "context_imports", "import_id")) {
            assertFalse(logged.toLowerCase().contains(leak.toLowerCase()), () -> "the log leaks '" + leak + "':\n" + logged);
        }
    }

    private static void assertUntouched(RemoteWorld w) {
        assertAll(
                () -> assertTrue(RemoteWorld.importExists(w.githubImportId())),
                () -> assertEquals(3, RemoteWorld.filesOf(w.githubImportId())),
                () -> assertTrue(w.connected()));
    }

    @Test
    void fiftyConcurrentDeletesOfOneImportGiveExactlyOne204AndNo5xx() {
        RemoteWorld w = RemoteWorld.create();

        List<CompletableFuture<Api.Response>> calls = IntStream.range(0, 50)
                .mapToObj(i -> Api.delete(w.importPath(w.githubImportId())).session(w.token()).async())
                .toList();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).map(Api.Response::status).toList();

        assertEquals(1, statuses.stream().filter(s -> s == 204).count(), statuses::toString);
        assertEquals(49, statuses.stream().filter(s -> s == 404).count(), statuses::toString);
        assertFalse(RemoteWorld.importExists(w.githubImportId()));
        assertFalse(w.connected());
    }

    /**
     * The race only the project's lock prevents (the guard on the import's own delete cannot): files
     * created into an import while it is deleted. Each create comes either before the delete, and goes
     * with it, or after, and finds no import (404); no file is left behind, no request fails.
     */
    @Test
    void aDeleteRacingFileCreationsIntoItsImportLeavesNoFileAndNo5xx() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        String files = "projects/" + project + "/resources/files";
        for (int round = 0; round < 15; round++) {
            int imported = user.localImport(project);
            String body = "{\"import_id\":" + imported + ",\"title\":\"t\",\"content\":\"c\",\"file_type\":\"text\"}";
            List<CompletableFuture<Api.Response>> creates = IntStream.range(0, 6)
                    .mapToObj(i -> Api.post(user.path(files)).session(user.token()).json(body).async()).toList();
            Api.Response delete = Api.delete(user.path("projects/" + project + "/resources/imports/" + imported)).session(user.token()).send();
            List<Integer> created = creates.stream().map(CompletableFuture::join).map(Api.Response::status).toList();

            assertEquals(204, delete.status(), delete::toString);
            assertTrue(created.stream().allMatch(s -> s == 201 || s == 404), created::toString);
            assertEquals("[]", user.get(files + "?import_id=" + imported).body(), "round " + round + ": no file of the deleted import");
        }
    }

    @Test
    void crossOriginDeleteIs403AndChangesNothing() {
        RemoteWorld w = RemoteWorld.create();

        Api.Response response = Api.delete(w.importPath(w.localImportId()))
                .session(w.token())
                .header("Origin", "https://evil.example")
                .send();

        assertEquals(403, response.status());
        assertTrue(RemoteWorld.importExists(w.localImportId()));
    }

    @Test
    void sameOriginDeleteIsAllowed() {
        RemoteWorld w = RemoteWorld.create();
        String origin = Api.base().getScheme() + "://" + Api.base().getHost() + ":" + Api.base().getPort();

        Api.Response response = Api.delete(w.importPath(w.localImportId())).session(w.token()).header("Origin", origin).send();

        assertEquals(204, response.status());
    }

    @Test
    void responsesAreNeverCached() {
        RemoteWorld w = RemoteWorld.create();

        assertEquals("no-store", delete(w.importPath(w.localImportId()), w.token()).header("Cache-Control").orElse(""));
        assertEquals("no-store", delete(w.importPath(w.localImportId()), w.token()).header("Cache-Control").orElse(""));
    }
}
