package dev.neptun.installation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every list and get route of a user, read over and over while other clients create and delete that
 * user's installations, GitHub imports from them, files and connections: every read is a 200 or, for
 * something deleted a moment ago, a 404; never a 5xx. Afterwards nothing is left half-deleted: each
 * file's import exists, each connection's installation exists, and no import names a deleted one.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ReadsDuringChurnApiIT {

    private static final Duration CHURN = Duration.ofSeconds(8);
    private static final int WRITERS = 3;
    private static final int READERS = 3;

    @Test
    void readsDuringCreatesAndDeletesAreNever5xxAndLeaveNoOrphans() throws Exception {
        ApiUser user = ApiUser.create();
        List<Integer> projects = List.of(user.project(), user.project());
        Instant end = Instant.now().plus(CHURN);
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            work.add(pool.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    churnOnce(user, projects, statuses);
                }
                return null;
            }));
        }
        for (int r = 0; r < READERS; r++) {
            work.add(pool.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    readEverything(user, projects, statuses);
                }
                return null;
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();

        Map<String, Integer> failures = new TreeMap<>(statuses);
        failures.keySet().removeIf(key -> !key.endsWith(" 5xx") && !key.endsWith(" other"));
        assertEquals(Map.of(), failures, () -> "all statuses: " + new TreeMap<>(statuses));
        assertTrue(statuses.getOrDefault("GET 200", 0) > 50, () -> "the readers read: " + statuses);
        assertTrue(statuses.getOrDefault("DELETE 204", 0) > 10, () -> "the writers deleted: " + statuses);
        int all = statuses.values().stream().mapToInt(Integer::intValue).sum();
        int retries = statuses.entrySet().stream().filter(e -> e.getKey().endsWith(" 503 retry")).mapToInt(Map.Entry::getValue).sum();
        assertTrue(retries * 100 <= all, () -> "at most 1 in 100 answers is a retry: " + statuses);
        assertNoOrphans(user, projects);
    }

    /** An installation, a GitHub import from it with a file, then both deleted, in an order that varies. */
    private static void churnOnce(ApiUser user, List<Integer> projects, Map<String, Integer> statuses) {
        int project = projects.get((int) (System.nanoTime() % projects.size()));
        JsonObject installation = created(user, statuses, "installations", "{\"github_installation_id\":" + ApiUser.uniqueGithubId()
                + ",\"github_account_type\":\"User\",\"github_account_id\":1,\"github_account_name\":\"churn\"}");
        if (installation == null) {
            return;
        }
        JsonObject imported = created(user, statuses, "projects/" + project + "/resources/imports",
                "{\"source_type\":\"github_repository_installation\",\"source_path\":\"o/r\",\"installation_id\":" + installation.getInt("id") + "}");
        if (imported != null) {
            created(user, statuses, "projects/" + project + "/resources/files",
                    "{\"import_id\":" + imported.getInt("id") + ",\"title\":\"f\",\"content\":\"x\",\"file_type\":\"text\"}");
        }
        String importPath = imported == null ? null : "projects/" + project + "/resources/imports/" + imported.getInt("id");
        boolean importFirst = System.nanoTime() % 2 == 0;
        if (importFirst && importPath != null) {
            count(statuses, "DELETE", user.delete(importPath).status());
        }
        count(statuses, "DELETE", user.delete("installations/" + installation.getInt("id")).status());
        if (!importFirst && importPath != null) {
            count(statuses, "DELETE", user.delete(importPath).status());
        }
    }

    private static void readEverything(ApiUser user, List<Integer> projects, Map<String, Integer> statuses) {
        read(user, statuses, "projects");
        for (JsonObject installation : read(user, statuses, "installations")) {
            read(user, statuses, "installations/" + installation.getInt("id"));
        }
        for (int project : projects) {
            read(user, statuses, "projects/" + project);
            read(user, statuses, "projects/" + project + "/resources/github-installations");
            for (JsonObject imported : read(user, statuses, "projects/" + project + "/resources/imports")) {
                read(user, statuses, "projects/" + project + "/resources/imports/" + imported.getInt("id"));
            }
            for (JsonObject file : read(user, statuses, "projects/" + project + "/resources/files")) {
                read(user, statuses, "projects/" + project + "/resources/files/" + file.getInt("id"));
            }
        }
    }

    /** The objects of a list, or the one object of a get; nothing when it is gone (404) or failed (counted). */
    private static List<JsonObject> read(ApiUser user, Map<String, Integer> statuses, String path) {
        Api.Response response = user.get(path);
        count(statuses, "GET", response.status());
        if (response.status() != 200) {
            return List.of();
        }
        JsonValue body = response.parse();
        return body instanceof JsonArray array ? array.getValuesAs(JsonObject.class) : List.of(body.asJsonObject());
    }

    private static JsonObject created(ApiUser user, Map<String, Integer> statuses, String path, String json) {
        Api.Response response = user.post(path, json);
        count(statuses, "POST", response.status());
        return response.status() == 201 ? response.json() : null;
    }

    /**
     * 2xx, a 404 of something deleted meanwhile, a 409 quota: expected; a 503 (a transaction that lost a
     * lock, rolled back whole, "try again") is counted apart and must stay rare; any other 5xx or anything
     * else is a failure.
     */
    private static void count(Map<String, Integer> statuses, String method, int status) {
        String kind = status == 503 ? "503 retry" : status >= 500 ? "5xx"
                : Set.of(200, 201, 204, 404, 409).contains(status) ? Integer.toString(status) : "other";
        statuses.merge(method + " " + kind, 1, Integer::sum);
    }

    private static void assertNoOrphans(ApiUser user, List<Integer> projects) {
        Set<Integer> installations = ids(user.get("installations?per_page=100").parse());
        for (int project : projects) {
            JsonArray imports = (JsonArray) user.get("projects/" + project + "/resources/imports?per_page=100").parse();
            Set<Integer> importIds = ids(imports);
            for (JsonObject imported : imports.getValuesAs(JsonObject.class)) {
                if (!imported.isNull("installation_id")) {
                    assertTrue(installations.contains(imported.getInt("installation_id")), "import names a deleted installation: " + imported);
                }
            }
            JsonArray files = (JsonArray) user.get("projects/" + project + "/resources/files?per_page=100").parse();
            for (JsonObject file : files.getValuesAs(JsonObject.class)) {
                assertTrue(importIds.contains(file.getInt("import_id")), "a file without its import: " + file);
            }
            Set<Integer> connected = ids(user.get("projects/" + project + "/resources/github-installations?per_page=100").parse());
            assertTrue(installations.containsAll(connected), "a connection to a deleted installation: " + connected);
        }
    }

    private static Set<Integer> ids(JsonValue list) {
        return ((JsonArray) list).getValuesAs(JsonObject.class).stream().map(o -> o.getInt("id")).collect(Collectors.toSet());
    }
}
