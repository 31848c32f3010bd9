package dev.neptun.imports.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import jakarta.json.JsonArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 200 deletes of distinct imports at once, mixed with reads and creates in the same projects:
 * no 5xx, and afterwards exactly the deleted imports and their files are gone, all else counted intact.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ConcurrentMixedLoadApiIT {

    private static final int DELETES = 200;
    private static final int KEPT = 40;
    private static final int READS = 200;
    private static final int CREATES = 100;
    private static final int PROJECTS = 8;


    record Seeded(int project, int importId) {
    }

    @Test
    void twoHundredConcurrentDeletesAmidReadsAndCreatesLoseNothingElse() {
        ApiUser user = ApiUser.create();
        List<Integer> projects = IntStream.range(0, PROJECTS).mapToObj(i -> user.project()).toList();
        List<Seeded> doomed = seed(user, projects, DELETES);
        List<Seeded> kept = seed(user, projects, KEPT);

        List<CompletableFuture<Api.Response>> deletes = new ArrayList<>();
        List<CompletableFuture<Api.Response>> others = new ArrayList<>();
        for (int i = 0; i < Math.max(DELETES, READS); i++) {
            if (i < DELETES) {
                deletes.add(request(user, "DELETE", importPath(doomed.get(i)), null));
            }
            if (i < READS) {
                Seeded read = kept.get(i % KEPT);
                others.add(request(user, "GET", "projects/" + read.project() + "/resources/files?import_id=" + read.importId(), null));
            }
            if (i < CREATES) {
                others.add(request(user, "POST", "projects/" + projects.get(i % PROJECTS) + "/resources/imports",
                        "{\"source_type\":\"local_folder\",\"source_path\":\"/new/" + i + "\"}"));
            }
        }
        Map<Integer, Integer> deleteStatuses = count(deletes);
        Map<Integer, Integer> otherStatuses = count(others);

        assertEquals(Map.of(204, DELETES), deleteStatuses);
        assertEquals(Map.of(200, READS, 201, CREATES), otherStatuses);
        for (Seeded gone : doomed) {
            assertEquals(404, user.get(importPath(gone)).status());
            assertEquals("[]", user.get("projects/" + gone.project() + "/resources/files?import_id=" + gone.importId()).body());
        }
        for (Seeded intact : kept) {
            assertEquals(200, user.get(importPath(intact)).status());
            assertEquals(2, ((JsonArray) user.get("projects/" + intact.project() + "/resources/files?import_id=" + intact.importId())
                    .parse()).size());
        }
        int imports = projects.stream()
                .mapToInt(p -> ((JsonArray) user.get("projects/" + p + "/resources/imports").parse()).size()).sum();
        assertEquals(KEPT + CREATES, imports);
    }

    private static List<Seeded> seed(ApiUser user, List<Integer> projects, int count) {
        List<Seeded> seeded = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int project = projects.get(i % projects.size());
            int importId = user.localImport(project);
            user.file(project, importId);
            user.file(project, importId);
            seeded.add(new Seeded(project, importId));
        }
        return seeded;
    }

    private static String importPath(Seeded s) {
        return "projects/" + s.project() + "/resources/imports/" + s.importId();
    }

    private static CompletableFuture<Api.Response> request(ApiUser user, String method, String path, String json) {
        Api.Request request = Api.request(method, user.path(path)).session(user.token());
        return (json == null ? request : request.json(json)).async();
    }

    private static Map<Integer, Integer> count(List<CompletableFuture<Api.Response>> calls) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        calls.stream().map(CompletableFuture::join).forEach(r -> statuses.merge(r.status(), 1, Integer::sum));
        return statuses;
    }
}
