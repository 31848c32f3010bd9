package dev.neptun.webhook.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.neptun.platform.refusals.InvalidInput;
import dev.neptun.webhook.control.InstallationChange;
import dev.neptun.webhook.control.RecordedInstallations;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GitHub's published example payloads, read into what each asks of the recorded installations. */
class GithubEventsTest {

    /** What a change asked for, as calls. */
    private static final class Calls extends RecordedInstallations {
        final List<String> made = new ArrayList<>();

        @Override
        public int delete(long githubInstallationId) {
            made.add("delete " + githubInstallationId);
            return 1;
        }

        @Override
        public int suspend(long githubInstallationId, LocalDateTime since) {
            made.add("suspend " + githubInstallationId + " since " + since);
            return 1;
        }

        @Override
        public int unsuspend(long githubInstallationId) {
            made.add("unsuspend " + githubInstallationId);
            return 1;
        }

        @Override
        public int rename(long githubInstallationId, String githubAccountName) {
            made.add("rename " + githubInstallationId + " to " + githubAccountName);
            return 1;
        }

        @Override
        public int failImportsOf(long githubInstallationId, List<String> repositories) {
            made.add("fail " + githubInstallationId + " " + repositories);
            return 1;
        }
    }

    static JsonObject example(String name) {
        try (InputStream in = GithubEventsTest.class.getResourceAsStream("/github-webhooks/" + name + ".json")) {
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> calls(String event, JsonObject payload) {
        Calls calls = new Calls();
        GithubEvents.read(event, payload.toString().getBytes(StandardCharsets.UTF_8)).applyTo(calls);
        return calls.made;
    }

    @Test
    void installationDeletedDeletesItsRecordings() {
        assertEquals(List.of("delete 2"), calls("installation", example("installation.deleted")));
    }

    @Test
    void installationSuspendSuspendsSinceGithubsTime() {
        assertEquals(List.of("suspend 16598467 since 2021-04-29T02:32:50"), calls("installation", example("installation.suspend")));
    }

    @Test
    void aSuspensionTimeInEpochSecondsOrAbsentIsTakenToo() {
        JsonObject seconds = Json.createPatchBuilder().replace("/installation/suspended_at", 1619663570).build()
                .apply(example("installation.suspend"));
        JsonObject absent = Json.createPatchBuilder().remove("/installation/suspended_at").build().apply(example("installation.suspend"));

        assertEquals(List.of("suspend 16598467 since 2021-04-29T02:32:50"), calls("installation", seconds));
        assertEquals(1, calls("installation", absent).size());
    }

    @Test
    void installationUnsuspendUnsuspends() {
        assertEquals(List.of("unsuspend 16598467"), calls("installation", example("installation.unsuspend")));
    }

    @Test
    void installationTargetRenamedRenamesToTheAccountsNewLogin() {
        assertEquals(List.of("rename 16598467 to Octocat-Renamed"), calls("installation_target", example("installation_target.renamed")));
    }

    @Test
    void installationRepositoriesRemovedFailsTheImportsOfThoseRepositories() {
        assertEquals(List.of("fail 2 [octocat/Hello-World]"),
                calls("installation_repositories", example("installation_repositories.removed")));
    }

    @Test
    void otherEventsAndActionsChangeNothing() {
        assertSame(InstallationChange.NONE, GithubEvents.read("ping", bytes(example("ping"))));
        assertSame(InstallationChange.NONE, GithubEvents.read("installation", bytes(example("installation.created"))));
        assertSame(InstallationChange.NONE, GithubEvents.read("push", bytes(example("installation.deleted"))));
        JsonObject added = Json.createPatchBuilder().replace("/action", "added").build().apply(example("installation_repositories.removed"));
        assertSame(InstallationChange.NONE, GithubEvents.read("installation_repositories", bytes(added)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "{\"action\":\"deleted\"} x", "{\"a\":1,\"a\":2}", "\"installation\"", "{\"action\":\"\\u0000\"}"})
    void aBodyThatIsNotOneJsonObjectIs400WhateverTheEvent(String body) {
        assertThrows(InvalidInput.class, () -> GithubEvents.read("ping", body.getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidInput.class, () -> GithubEvents.read("installation", body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void invalidUtf8Is400() {
        assertThrows(InvalidInput.class, () -> GithubEvents.read("ping", new byte[] {'{', '"', (byte) 0xC0, (byte) 0xAE, '"', ':', '1', '}'}));
    }

    @Test
    void anActedOnEventWithoutWhatItNeedsIs400NamingTheMember() {
        assertEquals("installation.id", member("installation", Json.createPatchBuilder().remove("/installation/id").build()
                .apply(example("installation.deleted"))));
        assertEquals("installation.id", member("installation", Json.createPatchBuilder().replace("/installation/id", "2").build()
                .apply(example("installation.deleted"))));
        assertEquals("installation.id", member("installation", Json.createPatchBuilder().replace("/installation/id", -2).build()
                .apply(example("installation.deleted"))));
        assertEquals("installation.suspended_at", member("installation", Json.createPatchBuilder()
                .replace("/installation/suspended_at", "yesterday").build().apply(example("installation.suspend"))));
        assertEquals("account.login", member("installation_target", Json.createPatchBuilder().replace("/account/login", "x".repeat(257))
                .build().apply(example("installation_target.renamed"))));
        assertEquals("repositories_removed", member("installation_repositories", Json.createPatchBuilder()
                .replace("/repositories_removed/0/full_name", JsonValue.NULL).build().apply(example("installation_repositories.removed"))));
    }

    private static String member(String event, JsonObject payload) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> GithubEvents.read(event, bytes(payload)));
        return refused.problems().get(0).field();
    }

    private static byte[] bytes(JsonObject payload) {
        return payload.toString().getBytes(StandardCharsets.UTF_8);
    }
}
