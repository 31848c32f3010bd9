package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.ServerUnderTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bounded soak: 8 clients loop over the benchmark's mix (check, status, create an import with a
 * file, delete it, list) for {@link #SOAK}. No request may fail; the user's sessions do not grow;
 * no connection leaks (a burst wider than the pool still succeeds afterwards); and the server's heap
 * after a full GC ends within 10% of where it started.
 */
@Tag("slow")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SoakApiIT {

    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final Duration SOAK = Duration.ofSeconds(90);
    private static final int CLIENTS = 8;
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");


    @Test
    void mixedLoadForMinutesFailsNothingLeaksNothingAndKeepsTheHeapFlat() throws Exception {
        ApiUser user = ApiUser.create();
        int project = user.project();
        long sessionsBefore = sessionsOf(user);

        load(user, project, WARM_UP);
        long heapBefore = heapAfterFullGc();
        Map<String, Long> failures = load(user, project, SOAK);
        long heapAfter = heapAfterFullGc();

        assertEquals(Map.of(), failures);
        assertEquals(sessionsBefore, sessionsOf(user), "requests must not create sessions");
        List<Integer> burst = IntStream.range(0, 64)
                .mapToObj(i -> Api.get(user.path("projects/" + project)).session(user.token()).async())
                .toList().stream().map(CompletableFuture::join).map(Api.Response::status).toList();
        assertTrue(burst.stream().allMatch(s -> s == 200), () -> "after the soak, a burst wider than the pool got " + burst);
        assertTrue(heapAfter <= heapBefore * 1.10, () -> "heap after full GC grew from " + heapBefore + "K to " + heapAfter + "K");
    }

    /** Runs the mix until the time is up; returns unexpected outcomes by operation and status. */
    private static Map<String, Long> load(ApiUser user, int project, Duration duration) throws InterruptedException {
        Map<String, Long> failures = new ConcurrentHashMap<>();
        AtomicLong requests = new AtomicLong();
        Instant end = Instant.now().plus(duration);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    expect(failures, "check", Api.request("HEAD", "api/auth/check").session(user.token()).send(), 204);
                    expect(failures, "status", Api.get("api/status").send(), 200);
                    Api.Response created = user.post("projects/" + project + "/resources/imports",
                            "{\"source_type\":\"local_folder\",\"source_path\":\"/soak\"}");
                    if (expect(failures, "create", created, 201)) {
                        int importId = created.json().getInt("id");
                        expect(failures, "file", user.post("projects/" + project + "/resources/files", "{\"import_id\":" + importId
                                + ",\"title\":\"t\",\"content\":\"soak\",\"file_type\":\"text\"}"), 201);
                        expect(failures, "delete", user.delete("projects/" + project + "/resources/imports/" + importId), 204);
                    }
                    expect(failures, "list", user.get("projects"), 200);
                    requests.addAndGet(6);
                }
                return null;
            });
        }
        clients.shutdown();
        assertTrue(clients.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS), "clients did not stop");
        assertTrue(requests.get() > 0);
        return failures;
    }

    private static boolean expect(Map<String, Long> failures, String operation, Api.Response response, int status) {
        if (response.status() == status && response.header("Set-Cookie").filter(c -> c.startsWith("JSESSIONID")).isEmpty()) {
            return true;
        }
        failures.merge(operation + " " + response.status(), 1L, Long::sum);
        return false;
    }

    private static long sessionsOf(ApiUser user) {
        return Api.get("api/test-data/users/" + user.id() + "/sessions").send().json().getJsonNumber("sessions").longValue();
    }

    /** Used heap of the server after two full collections, through jcmd. */
    private static long heapAfterFullGc() throws Exception {
        long pid = ServerUnderTest.current().pid();
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        assertTrue(used.find(), "no heap figure from jcmd");
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(long pid, String command) throws Exception {
        String jcmd = ProcessHandle.current().info().command().map(java -> java.replaceAll("java$", "jcmd")).orElse("jcmd");
        Process process = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "jcmd timed out");
        return output;
    }
}
