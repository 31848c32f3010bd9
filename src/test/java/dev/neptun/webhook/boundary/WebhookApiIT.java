package dev.neptun.webhook.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.GithubWebhook;
import dev.neptun.testsupport.RawHttp;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * GitHub's webhook over HTTP, with GitHub's published example payloads signed as GitHub signs them:
 * each case's status, what it changed, and that nothing else changed. Every delivery is answered
 * within GitHub's 10 s ({@link GithubWebhook#send}).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class WebhookApiIT {

    private static final String REPOSITORY_REMOVED = "The repository was removed from the GitHub App installation";

    // Payloads: GitHub's examples, with the installation (and names) of the test.

    private static JsonObject installation(String action, long githubId) {
        return GithubWebhook.example("installation." + action, p -> p.replace("/installation/id", Json.createValue(githubId)));
    }

    private static JsonObject renamed(long githubId, String newName) {
        return GithubWebhook.example("installation_target.renamed",
                p -> p.replace("/installation/id", Json.createValue(githubId)).replace("/account/login", newName));
    }

    private static JsonObject removed(long githubId, String... repositories) {
        return GithubWebhook.example("installation_repositories.removed", p -> p.replace("/installation/id", Json.createValue(githubId))
                .replace("/repositories_removed", Json.createArrayBuilder(Arrays.stream(repositories)
                        .map(name -> Json.createObjectBuilder().add("id", 1296269).add("name", name.substring(name.indexOf('/') + 1))
                                .add("full_name", name).add("private", false))
                        .map(builder -> builder.build()).toList()).build()));
    }

    // What users have, through the API.

    private static int githubImport(ApiUser user, int project, int installation, String path) {
        return user.create("projects/" + project + "/resources/imports", "{\"source_type\":\"github_repository_installation\","
                + "\"source_path\":\"" + path + "\",\"installation_id\":" + installation + "}").getInt("id");
    }

    private static JsonObject installationOf(ApiUser user, int installation) {
        return user.get("installations/" + installation).json();
    }

    private static JsonObject importOf(ApiUser user, int project, int importId) {
        return user.get("projects/" + project + "/resources/imports/" + importId).json();
    }

    /** Everything the user can read about these projects and their installations, to compare before and after. */
    private static String everything(ApiUser user, int... projects) {
        StringBuilder all = new StringBuilder(user.get("installations").body());
        for (int project : projects) {
            for (String list : List.of("imports", "files", "github-installations")) {
                all.append('\n').append(user.get("projects/" + project + "/resources/" + list).body());
            }
        }
        return all.toString();
    }

    private static void assertAnswered(Api.Response response, int status, boolean duplicate, int changed) {
        assertEquals(status, response.status(), response::toString);
        assertEquals(duplicate, response.json().getBoolean("duplicate"), response::toString);
        assertEquals(changed, response.json().getInt("changed"), response::toString);
    }

    private static void assertJsonError(Api.Response response, int status) {
        assertEquals(status, response.status(), response::toString);
        assertTrue(response.header("Content-Type").orElse("").startsWith("application/json"), response::toString);
        assertEquals(status, response.json().getInt("statusCode"), response::toString);
    }

    // installation deleted

    @Test
    void installationDeletedRemovesEveryUsersRecordingAsTheirOwnDeleteWouldAndNothingElse() {
        long github = ApiUser.uniqueGithubId();
        ApiUser first = ApiUser.create();
        ApiUser second = ApiUser.create();
        int firstInstallation = first.installation(github);
        int otherInstallation = first.installation(ApiUser.uniqueGithubId());
        int secondInstallation = second.installation(github);
        int firstProject = first.project();
        int secondProject = second.project();
        int through = githubImport(first, firstProject, firstInstallation, "acme/app");
        first.file(firstProject, through);
        int throughOther = githubImport(first, firstProject, otherInstallation, "acme/site");
        int secondThrough = githubImport(second, secondProject, secondInstallation, "acme/app");
        JsonObject other = installationOf(first, otherInstallation);

        assertAnswered(GithubWebhook.deliver("installation", installation("deleted", github)), 200, false, 2);

        JsonObject detached = importOf(first, firstProject, through);
        assertAll(
                () -> assertEquals(404, first.get("installations/" + firstInstallation).status()),
                () -> assertEquals(404, second.get("installations/" + secondInstallation).status()),
                () -> assertEquals(JsonValue.NULL, detached.get("installation_id"), "the import stays, without its installation"),
                () -> assertEquals(1, detached.getInt("file_count"), "its files stay"),
                () -> assertEquals("pending", detached.getString("import_status")),
                () -> assertEquals(JsonValue.NULL, importOf(second, secondProject, secondThrough).get("installation_id")),
                () -> assertEquals(List.of(otherInstallation), ids(first.get("projects/" + firstProject + "/resources/github-installations"))),
                () -> assertEquals("[]", second.get("projects/" + secondProject + "/resources/github-installations").body()),
                () -> assertEquals(other, installationOf(first, otherInstallation), "another installation is untouched"),
                () -> assertEquals(otherInstallation, importOf(first, firstProject, throughOther).getInt("installation_id")),
                () -> assertEquals(List.of(otherInstallation), ids(first.get("installations"))),
                () -> assertEquals("[]", second.get("installations").body()));
    }

    @Test
    void anInstallationNobodyRecordedIs200AndChangesNothing() {
        ApiUser user = ApiUser.create();
        int installation = user.installation(ApiUser.uniqueGithubId());
        int project = user.project();
        githubImport(user, project, installation, "acme/app");
        String before = everything(user, project);
        long nobodys = ApiUser.uniqueGithubId();

        assertAll(
                () -> assertAnswered(GithubWebhook.deliver("installation", installation("deleted", nobodys)), 200, false, 0),
                () -> assertAnswered(GithubWebhook.deliver("installation", installation("suspend", nobodys)), 200, false, 0),
                () -> assertAnswered(GithubWebhook.deliver("installation_target", renamed(nobodys, "nobody")), 200, false, 0),
                () -> assertAnswered(GithubWebhook.deliver("installation_repositories", removed(nobodys, "acme/app")), 200, false, 0));
        assertEquals(before, everything(user, project));
    }

    // installation suspend / unsuspend

    @Test
    void suspendSetsSuspendedAtForEveryUserAndAnImportThroughItIs409UntilUnsuspend() {
        long github = ApiUser.uniqueGithubId();
        ApiUser user = ApiUser.create();
        ApiUser other = ApiUser.create();
        int installation = user.installation(github);
        int othersInstallation = other.installation(github);
        int project = user.project();
        githubImport(user, project, installation, "acme/app");

        assertAnswered(GithubWebhook.deliver("installation", installation("suspend", github)), 200, false, 2);

        assertEquals("2021-04-29T02:32:50Z", installationOf(user, installation).getString("suspended_at"), "GitHub's time of it");
        assertEquals("2021-04-29T02:32:50Z", installationOf(other, othersInstallation).getString("suspended_at"));
        String suspended = everything(user, project);
        Api.Response refused = user.post("projects/" + project + "/resources/imports",
                "{\"source_type\":\"github_repository_installation\",\"source_path\":\"acme/new\",\"installation_id\":" + installation + "}");
        assertJsonError(refused, 409);
        assertEquals("Installation is suspended on GitHub", refused.json().getString("message"));
        assertEquals(suspended, everything(user, project), "the refused import changed nothing");
        assertEquals(201, user.post("projects/" + project + "/resources/imports",
                "{\"source_type\":\"local_folder\",\"source_path\":\"/home/me\"}").status(), "other imports go on");

        assertAnswered(GithubWebhook.deliver("installation", installation("unsuspend", github)), 200, false, 2);

        assertEquals(JsonValue.NULL, installationOf(user, installation).get("suspended_at"));
        assertEquals(JsonValue.NULL, installationOf(other, othersInstallation).get("suspended_at"));
        githubImport(user, project, installation, "acme/new");
    }

    // installation_target renamed

    @Test
    void installationTargetRenamedRenamesEveryRecordingAndNothingElse() {
        long github = ApiUser.uniqueGithubId();
        ApiUser user = ApiUser.create();
        ApiUser other = ApiUser.create();
        int installation = user.installation(github);
        int untouched = user.installation(ApiUser.uniqueGithubId());
        int othersInstallation = other.installation(github);
        JsonObject before = installationOf(user, installation);
        JsonObject untouchedBefore = installationOf(user, untouched);
        String newName = "renamed-" + UUID.randomUUID().toString().substring(0, 8);

        assertAnswered(GithubWebhook.deliver("installation_target", renamed(github, newName)), 200, false, 2);

        JsonObject after = installationOf(user, installation);
        assertAll(
                () -> assertEquals(newName, after.getString("github_account_name")),
                () -> assertEquals(newName, installationOf(other, othersInstallation).getString("github_account_name")),
                () -> assertEquals(without(before, "github_account_name", "updated_at"), without(after, "github_account_name", "updated_at")),
                () -> assertEquals(untouchedBefore, installationOf(user, untouched)));
    }

    // installation_repositories removed

    @Test
    void repositoriesRemovedFailTheirImportsThroughThatInstallationOnlyAndTheirFilesStay() {
        long github = ApiUser.uniqueGithubId();
        ApiUser user = ApiUser.create();
        ApiUser other = ApiUser.create();
        int installation = user.installation(github);
        int anotherInstallation = user.installation(ApiUser.uniqueGithubId());
        int othersInstallation = other.installation(github);
        int project = user.project();
        int othersProject = other.project();
        int removedImport = githubImport(user, project, installation, "acme/app");
        user.file(project, removedImport);
        int keptRepository = githubImport(user, project, installation, "acme/other");
        int otherInstallationsImport = githubImport(user, project, anotherInstallation, "acme/app");
        int local = user.create("projects/" + project + "/resources/imports",
                "{\"source_type\":\"local_folder\",\"source_path\":\"acme/app\"}").getInt("id");
        int othersImport = githubImport(other, othersProject, othersInstallation, "acme/app");
        List<JsonObject> untouched = List.of(importOf(user, project, keptRepository), importOf(user, project, otherInstallationsImport),
                importOf(user, project, local));
        String files = user.get("projects/" + project + "/resources/files").body();

        assertAnswered(GithubWebhook.deliver("installation_repositories", removed(github, "acme/app", "acme/gone")), 200, false, 2);

        JsonObject failed = importOf(user, project, removedImport);
        assertAll(
                () -> assertEquals("failed", failed.getString("import_status")),
                () -> assertEquals(REPOSITORY_REMOVED, failed.getString("error_message")),
                () -> assertEquals(installation, failed.getInt("installation_id"), "it still names its installation"),
                () -> assertEquals(1, failed.getInt("file_count"), "its files stay"),
                () -> assertEquals(files, user.get("projects/" + project + "/resources/files").body()),
                () -> assertEquals("failed", importOf(other, othersProject, othersImport).getString("import_status"), "every user's"),
                () -> assertEquals(untouched, List.of(importOf(user, project, keptRepository), importOf(user, project, otherInstallationsImport),
                        importOf(user, project, local))),
                () -> assertEquals(JsonValue.NULL, installationOf(user, installation).get("suspended_at")));
    }

    // Everything else

    @Test
    void pingAndEveryOtherEventOrActionAre204AndChangeNothing() {
        long github = ApiUser.uniqueGithubId();
        ApiUser user = ApiUser.create();
        int installation = user.installation(github);
        int project = user.project();
        githubImport(user, project, installation, "acme/app");
        String before = everything(user, project);

        Api.Response ping = GithubWebhook.deliver("ping", GithubWebhook.example("ping"));
        assertEquals(204, ping.status(), ping::toString);
        assertEquals("", ping.body());
        assertAll(
                () -> assertEquals(204, GithubWebhook.deliver("installation", installation("created", github)).status()),
                () -> assertEquals(204, GithubWebhook.deliver("push", installation("deleted", github)).status(), "another event"),
                () -> assertEquals(204, GithubWebhook.deliver("installation_repositories", GithubWebhook.example(
                        "installation_repositories.removed", p -> p.replace("/installation/id", Json.createValue(github))
                                .replace("/action", "added"))).status(), "another action"));
        assertEquals(before, everything(user, project));
    }

    // Signatures: each refused one is a 401 and changes nothing; the same delivery, signed right, then applies.

    @Test
    void everySignatureButTheRightOneIs401AndChangesNothing() {
        long github = ApiUser.uniqueGithubId();
        ApiUser user = ApiUser.create();
        int installation = user.installation(github);
        String delivery = GithubWebhook.newDeliveryId();
        byte[] body = GithubWebhook.bytes(installation("suspend", github));
        String right = GithubWebhook.sign(body);
        String before = everything(user);

        Map<String, Api.Request> wrong = Map.of(
                "a wrong signature", GithubWebhook.unsigned("installation", delivery, body).header("X-Hub-Signature-256",
                        "sha256=" + "0123456789abcdef".repeat(4)),
                "the signature of another body", GithubWebhook.unsigned("installation", delivery, body).header("X-Hub-Signature-256",
                        GithubWebhook.sign(GithubWebhook.bytes(installation("unsuspend", github)))),
                "no signature", GithubWebhook.unsigned("installation", delivery, body),
                "sha1= only (GitHub's old header)", GithubWebhook.unsigned("installation", delivery, body).header("X-Hub-Signature",
                        "sha1=" + "0123456789abcdef01234567".repeat(2).substring(0, 40)),
                "sha1= in the sha256 header", GithubWebhook.unsigned("installation", delivery, body).header("X-Hub-Signature-256",
                        "sha1=" + right.substring("sha256=".length(), "sha256=".length() + 40)),
                "upper-case hex", GithubWebhook.unsigned("installation", delivery, body).header("X-Hub-Signature-256",
                        "sha256=" + right.substring("sha256=".length()).toUpperCase(Locale.ROOT)),
                "signed with an empty secret", GithubWebhook.unsigned("installation", delivery, body).header("X-Hub-Signature-256",
                        GithubWebhook.sign(body, new byte[1])),
                "signed with another secret", GithubWebhook.unsigned("installation", delivery, body).header("X-Hub-Signature-256",
                        GithubWebhook.sign(body, "not-the-secret".getBytes(StandardCharsets.UTF_8))));
        wrong.forEach((what, request) -> {
            Api.Response response = GithubWebhook.send(request);
            assertEquals(401, response.status(), what + ": " + response);
            assertEquals("Missing or wrong X-Hub-Signature-256", response.json().getString("message"), what);
        });
        assertEquals(before, everything(user), "nothing changed");

        assertAnswered(GithubWebhook.send(GithubWebhook.signed("installation", delivery, body)), 200, false, 1);
        assertEquals("2021-04-29T02:32:50Z", installationOf(user, installation).getString("suspended_at"));
    }

    @Test
    void aValidSignatureOverWhatIsNotAJsonObjectIs400AndChangesNothing() {
        for (String body : List.of("{\"action\":\"deleted\",", "", "[]", "{\"action\":\"deleted\",\"action\":\"deleted\"}")) {
            Api.Response response = GithubWebhook.send(GithubWebhook.signed("installation", GithubWebhook.newDeliveryId(),
                    body.getBytes(StandardCharsets.UTF_8)));
            assertJsonError(response, 400);
        }
        long github = ApiUser.uniqueGithubId();
        ApiUser user = ApiUser.create();
        user.installation(github);
        String before = everything(user);
        Api.Response noId = GithubWebhook.deliver("installation", GithubWebhook.example("installation.deleted",
                p -> p.remove("/installation/id")));
        assertJsonError(noId, 400);
        assertEquals("installation.id", noId.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(before, everything(user));
    }

    @Test
    void withoutGithubsEventOrDeliveryHeaderADeliveryIs400() {
        byte[] body = GithubWebhook.bytes(GithubWebhook.example("ping"));
        Api.Request noEvent = Api.post(GithubWebhook.PATH).header("X-GitHub-Delivery", GithubWebhook.newDeliveryId())
                .header("X-Hub-Signature-256", GithubWebhook.sign(body)).bytes(body);
        Api.Request noDelivery = Api.post(GithubWebhook.PATH).header("X-GitHub-Event", "ping")
                .header("X-Hub-Signature-256", GithubWebhook.sign(body)).bytes(body);
        Api.Request badDelivery = GithubWebhook.signed("ping", "<script>", body);

        assertJsonError(GithubWebhook.send(noEvent), 400);
        assertJsonError(GithubWebhook.send(noDelivery), 400);
        assertJsonError(GithubWebhook.send(badDelivery), 400);
    }

    // Deliveries apply once.

    @Test
    void aReplayedDeliveryIs200AndChangesNothing() {
        long github = ApiUser.uniqueGithubId();
        ApiUser user = ApiUser.create();
        int installation = user.installation(github);
        Api.Request suspend = GithubWebhook.signed("installation", GithubWebhook.newDeliveryId(),
                GithubWebhook.bytes(installation("suspend", github)));
        assertAnswered(GithubWebhook.send(suspend), 200, false, 1);
        assertAnswered(GithubWebhook.deliver("installation", installation("unsuspend", github)), 200, false, 1);
        String unsuspended = everything(user);

        Api.Response replay = GithubWebhook.send(suspend);

        assertAnswered(replay, 200, true, 0);
        assertEquals(unsuspended, everything(user), "the replayed suspend changed nothing");
        Api.Request ping = GithubWebhook.signed("ping", GithubWebhook.newDeliveryId(), GithubWebhook.bytes(GithubWebhook.example("ping")));
        assertEquals(204, GithubWebhook.send(ping).status());
        assertAnswered(GithubWebhook.send(ping), 200, true, 0);
    }

    @Test
    void identicalDeliveriesArrivingTogetherApplyExactlyOnce() {
        for (int round = 0; round < 5; round++) {
            long github = ApiUser.uniqueGithubId();
            ApiUser user = ApiUser.create();
            int installation = user.installation(github);
            int project = user.project();
            int imported = githubImport(user, project, installation, "acme/app");
            String updatedBefore = importOf(user, project, imported).getString("updated_at");
            Api.Request copy = GithubWebhook.signed("installation_repositories", GithubWebhook.newDeliveryId(),
                    GithubWebhook.bytes(removed(github, "acme/app")));

            List<Api.Response> answers = IntStream.range(0, 8).mapToObj(i -> copy.async()).toList().stream()
                    .map(CompletableFuture::join).toList();

            assertTrue(answers.stream().allMatch(a -> a.status() == 200), answers::toString);
            assertEquals(1, answers.stream().filter(a -> !a.json().getBoolean("duplicate")).count(), "exactly one applied: " + answers);
            assertEquals(1, answers.stream().mapToInt(a -> a.json().getInt("changed")).sum(), answers::toString);
            JsonObject failed = importOf(user, project, imported);
            assertEquals("failed", failed.getString("import_status"));
            assertFalse(failed.getString("updated_at").equals(updatedBefore));
        }
    }

    /** GitHub's delete and the user's own DELETE of the same installation, together: one of them takes it, neither fails. */
    @Test
    void aDeliveredDeleteRacingTheUsersOwnDeleteTakesTheInstallationOnceAndNothingFails() {
        int takenByTheWebhook = 0;
        for (int round = 0; round < 10; round++) {
            long github = ApiUser.uniqueGithubId();
            ApiUser user = ApiUser.create();
            int installation = user.installation(github);
            int project = user.project();
            int imported = githubImport(user, project, installation, "acme/app");
            user.file(project, imported);
            Api.Request delivery = GithubWebhook.signed("installation", GithubWebhook.newDeliveryId(),
                    GithubWebhook.bytes(installation("deleted", github)));
            Api.Request own = Api.delete(user.path("installations/" + installation)).session(user.token());

            // The delivery has more to do before its lock (its body, signature, JSON, delivery row): the user's
            // DELETE starts 0 to 18 ms after it, so that each takes the lock first in some rounds.
            CompletableFuture<Api.Response> delivered = delivery.async();
            CompletableFuture<Api.Response> deleted = CompletableFuture.supplyAsync(() -> own,
                    CompletableFuture.delayedExecutor(2L * round, TimeUnit.MILLISECONDS)).thenCompose(Api.Request::async);
            Api.Response webhook = delivered.join();
            Api.Response users = deleted.join();

            assertEquals(200, webhook.status(), webhook::toString);
            assertTrue(users.status() == 204 || users.status() == 404, users::toString);
            assertEquals(1, webhook.json().getInt("changed") + (users.status() == 204 ? 1 : 0), "taken once: " + webhook + " " + users);
            takenByTheWebhook += webhook.json().getInt("changed");
            JsonObject detached = importOf(user, project, imported);
            assertAll(
                    () -> assertEquals(404, user.get("installations/" + installation).status()),
                    () -> assertEquals(JsonValue.NULL, detached.get("installation_id")),
                    () -> assertEquals(1, detached.getInt("file_count")),
                    () -> assertEquals("[]", user.get("projects/" + project + "/resources/github-installations").body()));
        }
        System.out.println("a delivered delete and the user's DELETE raced 10 times: the delivery took the installation "
                + takenByTheWebhook + " times, the user's DELETE " + (10 - takenByTheWebhook));
    }

    // Outside the session rules

    @Test
    void aDeliveryNeedsNoSessionAndNoOriginRuleAppliesToIt() {
        long github = ApiUser.uniqueGithubId();
        ApiUser user = ApiUser.create();
        int installation = user.installation(github);

        Api.Response withForeignOriginAndCookie = GithubWebhook.send(GithubWebhook.signed("installation", GithubWebhook.newDeliveryId(),
                GithubWebhook.bytes(installation("suspend", github))).session(user.token()).header("Origin", "https://evil.example"));
        Api.Response withADeadCookie = GithubWebhook.send(GithubWebhook.signed("installation", GithubWebhook.newDeliveryId(),
                GithubWebhook.bytes(installation("unsuspend", github))).session("not-a-session"));

        assertAnswered(withForeignOriginAndCookie, 200, false, 1);
        assertAnswered(withADeadCookie, 200, false, 1);
        assertEquals(JsonValue.NULL, installationOf(user, installation).get("suspended_at"));
        Api.Response get = Api.get(GithubWebhook.PATH).send();
        assertJsonError(get, 405);
    }

    // Sizes: GitHub's cap is 25 MiB.

    @Test
    void aBodyOfExactly25MiBIsReadWhole() {
        byte[] body = new byte[GithubWebhookResource.LIMIT_BYTES];
        Arrays.fill(body, (byte) ' ');
        byte[] ping = "{\"zen\":\"Keep it logically awesome.\",\"hook_id\":109948940}".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(ping, 0, body, 0, ping.length);

        Api.Response response = GithubWebhook.send(GithubWebhook.signed("ping", GithubWebhook.newDeliveryId(), body));

        assertEquals(204, response.status(), response::toString);
    }

    @Test
    void aContentLengthOver25MiBIs413AtOnceWithoutTheBodyBeingRead() throws IOException {
        int declared = 26 * 1024 * 1024;
        String head = RawHttp.head("POST", "/" + GithubWebhook.PATH, Map.of("Content-Type", "application/json",
                "Content-Length", Integer.toString(declared), "X-GitHub-Event", "ping", "X-GitHub-Delivery", GithubWebhook.newDeliveryId(),
                "X-Hub-Signature-256", "sha256=" + "0".repeat(64)));

        // One MiB of the 26 is sent, then nothing: only a server that did not wait for the rest answers.
        RawHttp.Response response = RawHttp.exchangeWhileSending(head, out -> out.write(new byte[1024 * 1024]), Duration.ofSeconds(10));

        assertEquals(413, response.status(), response::toString);
        assertEquals("The request body is larger than 25 MiB", Json.createReader(new java.io.StringReader(response.body())).readObject()
                .getString("message"));
    }

    @Test
    void aChunkedBodyOver25MiBIs413AsSoonAsTheBytePastItArrives() throws IOException {
        String head = RawHttp.head("POST", "/" + GithubWebhook.PATH, Map.of("Content-Type", "application/json",
                "Transfer-Encoding", "chunked", "X-GitHub-Event", "ping", "X-GitHub-Delivery", GithubWebhook.newDeliveryId(),
                "X-Hub-Signature-256", "sha256=" + "0".repeat(64)));
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');

        // 25 MiB and one more chunk, then the body never ends: the answer cannot wait for its end.
        RawHttp.Response response = RawHttp.exchangeWhileSending(head, out -> {
            for (int sent = 0; sent <= GithubWebhookResource.LIMIT_BYTES; sent += chunk.length) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        }, Duration.ofSeconds(10));

        assertEquals(413, response.status(), response::toString);
    }

    private static List<Integer> ids(Api.Response list) {
        return ((JsonArray) list.parse()).getValuesAs(JsonObject.class).stream().map(o -> o.getInt("id")).toList();
    }

    private static JsonObject without(JsonObject object, String... members) {
        var copy = Json.createObjectBuilder(object);
        Arrays.stream(members).forEach(copy::remove);
        return copy.build();
    }
}
