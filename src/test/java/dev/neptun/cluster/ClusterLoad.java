package dev.neptun.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.Cluster;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The soak's mix through the balancer, from {@link #CLIENTS} clients, each a user of its own with a
 * project and a GitHub installation: sign-ins (login, check, logout; two clients, so that at most
 * two passwords are hashed at once), session checks, status, a page of projects, an import created
 * (local folder or from the installation) with a file, read back, listed and deleted (two of three;
 * the third stays). Every request is recorded with its start, end and outcome; every 201 and 204 is
 * remembered so that {@link #assertDurable()} can hold the database to it.
 */
final class ClusterLoad {

    static final int CLIENTS = 6;
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE");
    private static final String IMPORT_NOT_FOUND = "Import not found";

    /**
     * One request as the client saw it; status 0 is a request that got no answer (exception); message is
     * the API's error message of a JSON error answer, empty otherwise.
     */
    record Call(String operation, String method, Instant start, Instant end, int status, int expected, String message) {
        boolean failed() {
            return status != expected;
        }

        /**
         * A DELETE the API answered 404 "Import not found" although this client created the import and
         * deleted it only once: an earlier attempt of the same request, on an instance that died before
         * answering, had committed it, and haproxy's retry found nothing. The import is gone either way;
         * only a request in flight when an instance died may end like this.
         */
        boolean deletedByAnEarlierAttempt() {
            return operation.equals("delete import") && status == 404 && message.equals(IMPORT_NOT_FOUND);
        }

        boolean idempotent() {
            return IDEMPOTENT.contains(method);
        }

        boolean inFlightAt(Instant from, Instant to) {
            return !start.isAfter(to) && !end.isBefore(from);
        }

        @Override
        public String toString() {
            return method + " " + operation + " " + status + " (" + start + " .. " + end + ")";
        }
    }

    private record Client(ApiUser user, int project, int installation) {
    }

    final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    /** Imports answered 201, by id: the project they belong to. */
    final Map<Integer, Integer> createdImports = new ConcurrentHashMap<>();
    /** Files answered 201, by id: their import. */
    final Map<Integer, Integer> createdFiles = new ConcurrentHashMap<>();
    /** Imports whose DELETE was answered 204. */
    final Set<Integer> deletedImports = ConcurrentHashMap.newKeySet();
    /** Imports whose DELETE was answered 404: an earlier attempt (on an instance that died) had done it. */
    final Set<Integer> deletedBeforeTheAnswer = ConcurrentHashMap.newKeySet();
    private final List<Client> clients = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private ExecutorService pool;

    ClusterLoad() {
        for (int c = 0; c < CLIENTS; c++) {
            ApiUser user = ApiUser.signUp();
            clients.add(new Client(user, user.project(), user.installation(ApiUser.uniqueGithubId())));
        }
    }

    void start() {
        running.set(true);
        pool = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int index = c;
            pool.submit(() -> {
                long iteration = 0;
                while (running.get()) {
                    iteration(clients.get(index), index < 2, iteration++);
                }
                return null;
            });
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        pool.shutdown();
        assertTrue(pool.awaitTermination(3, TimeUnit.MINUTES), "clients did not stop");
    }

    private void iteration(Client client, boolean signsIn, long iteration) {
        ApiUser user = client.user();
        if (signsIn) {
            Api.Response login = call("login", "POST", 200, () -> Api.post("api/auth/login")
                    .json("{\"email\":\"" + user.email() + "\",\"password\":\"" + ApiUser.PASSWORD + "\"}").send());
            if (login != null && login.status() == 200) {
                String token = login.sessionCookie().orElseThrow();
                call("check new session", "HEAD", 204, () -> Api.request("HEAD", "api/auth/check").session(token).send());
                call("logout", "POST", 204, () -> Api.post("api/auth/logout").session(token).send());
            }
        }
        call("check", "HEAD", 204, () -> Api.request("HEAD", "api/auth/check").session(user.token()).send());
        call("status", "GET", 200, () -> Api.get("api/status").send());
        call("list projects", "GET", 200, () -> user.get("projects"));
        String imports = "projects/" + client.project() + "/resources/imports";
        String body = iteration % 2 == 0 ? "{\"source_type\":\"local_folder\",\"source_path\":\"/cluster\"}"
                : "{\"source_type\":\"github_repository_installation\",\"source_path\":\"acme/app\",\"installation_id\":" + client.installation() + "}";
        Api.Response created = call("create import", "POST", 201, () -> user.post(imports, body));
        if (created == null || created.status() != 201) {
            return;
        }
        int importId = created.json().getInt("id");
        createdImports.put(importId, client.project());
        Api.Response file = call("create file", "POST", 201, () -> user.post("projects/" + client.project() + "/resources/files",
                "{\"import_id\":" + importId + ",\"title\":\"t\",\"content\":\"cluster\",\"file_type\":\"text\"}"));
        if (file != null && file.status() == 201) {
            createdFiles.put(file.json().getInt("id"), importId);
        }
        call("get import", "GET", 200, () -> user.get(imports + "/" + importId));
        call("list imports", "GET", 200, () -> user.get(imports + "?per_page=20"));
        if (iteration % 3 != 2) {
            Api.Response deleted = call("delete import", "DELETE", 204, () -> user.delete(imports + "/" + importId));
            if (deleted != null && deleted.status() == 204) {
                deletedImports.add(importId);
            } else if (deleted != null && deleted.status() == 404 && errorMessage(deleted).equals(IMPORT_NOT_FOUND)) {
                deletedBeforeTheAnswer.add(importId);
            }
        }
    }

    private Api.Response call(String operation, String method, int expected, Supplier<Api.Response> request) {
        Instant start = Instant.now();
        try {
            Api.Response response = request.get();
            calls.add(new Call(operation, method, start, Instant.now(), response.status(), expected, errorMessage(response)));
            return response;
        } catch (RuntimeException noAnswer) {
            calls.add(new Call(operation, method, start, Instant.now(), 0, expected, ""));
            return null;
        }
    }

    /** The API's error message, or empty for a success or an answer that is not the API's JSON error (haproxy's, the container's). */
    private static String errorMessage(Api.Response response) {
        if (response.status() < 400 || !response.header("Content-Type").orElse("").startsWith("application/json")) {
            return "";
        }
        try {
            return response.json().getString("message", "");
        } catch (RuntimeException notTheApisError) {
            return "";
        }
    }

    List<Call> failures() {
        synchronized (calls) {
            return calls.stream().filter(Call::failed).toList();
        }
    }

    /** Failures by "METHOD operation status", for messages and the report. */
    static Map<String, Long> byKind(List<Call> calls) {
        return calls.stream().collect(Collectors.groupingBy(c -> c.method() + " " + c.operation() + " " + c.status(), TreeMap::new, Collectors.counting()));
    }

    /**
     * Every acknowledged write is in the database: imports and files answered 201 exist unless their
     * import's DELETE was acknowledged, those are gone with all their files; and nothing is half
     * deleted: no file of this load without its import, no project connection without an import using it.
     * Returns the number of acknowledged writes checked.
     */
    int assertDurable() throws Exception {
        Set<Integer> gone = new java.util.HashSet<>(deletedImports);
        gone.addAll(deletedBeforeTheAnswer);
        int checked = 0;
        try (Connection db = Cluster.database()) {
            Set<Integer> imports = ids(db, "select id from context_imports where project_id = any (?)", projects());
            Set<Integer> files = ids(db, "select id from context_files where project_id = any (?)", projects());
            for (Map.Entry<Integer, Integer> created : createdImports.entrySet()) {
                boolean shouldExist = !gone.contains(created.getKey());
                assertEquals(shouldExist, imports.contains(created.getKey()), () -> "import " + created.getKey() + (shouldExist ? " lost" : " not deleted"));
                checked++;
            }
            for (Map.Entry<Integer, Integer> file : createdFiles.entrySet()) {
                boolean shouldExist = !gone.contains(file.getValue());
                assertEquals(shouldExist, files.contains(file.getKey()), () -> "file " + file.getKey() + (shouldExist ? " lost" : " outlived its import"));
                checked++;
            }
            checked += deletedImports.size();
            assertEquals(Set.of(), ids(db, "select f.id from context_files f where f.project_id = any (?)"
                    + " and not exists (select 1 from context_imports i where i.id = f.import_id)", projects()), "files without their import");
            assertEquals(Set.of(), ids(db, "select c.id from project_github_installations c where c.project_id = any (?) and not exists"
                    + " (select 1 from context_imports i where i.project_id = c.project_id and i.installation_id = c.installation_id)", projects()),
                    "connections without an import using them");
        }
        return checked;
    }

    private Integer[] projects() {
        return clients.stream().map(Client::project).toArray(Integer[]::new);
    }

    private static Set<Integer> ids(Connection db, String sql, Integer[] projects) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setArray(1, db.createArrayOf("integer", projects));
            Set<Integer> ids = new java.util.HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getInt(1));
                }
            }
            return ids;
        }
    }

    String report() {
        synchronized (calls) {
            return calls.size() + " requests (" + calls.stream().filter(Call::idempotent).count() + " idempotent), failures " + byKind(failures())
                    + ", imports created " + createdImports.size() + ", files created " + createdFiles.size() + ", deletes acknowledged "
                    + deletedImports.size() + ", deletes answered 404 after a retry " + deletedBeforeTheAnswer.size();
        }
    }
}
