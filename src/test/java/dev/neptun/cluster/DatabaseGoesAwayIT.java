package dev.neptun.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.Cluster;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops under the cluster and starts again: while it is gone every request is a 503 with
 * Retry-After (from an instance, or from the balancer once no instance is ready), every instance is
 * ready again within 10 s of its return without a restart, the balancer routes again, and what was
 * acknowledged before is all there.
 */
@Tag("slow")
@Tag("cluster")
class DatabaseGoesAwayIT {

    @Test
    void whileTheDatabaseIsGoneEverythingIs503AndEveryInstanceRecoversWithinTenSeconds() throws Exception {
        ApiUser user = ApiUser.signUp();
        int project = user.project();
        List<Integer> imports = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            imports.add(user.localImport(project));
        }

        Map<String, Long> whileGone = new TreeMap<>();
        Cluster.database(false);
        Instant end = Instant.now().plusSeconds(8);
        while (Instant.now().isBefore(end)) {
            count(whileGone, "balancer GET", user.get("projects/" + project));
            count(whileGone, "balancer POST", user.post("projects/" + project + "/resources/imports",
                    "{\"source_type\":\"local_folder\",\"source_path\":\"/gone\"}"));
            for (String instance : Cluster.instances().keySet()) {
                count(whileGone, instance + " GET", Api.get(Cluster.url(instance, user.path("projects/" + project)))
                        .session(user.token()).header("Accept", "application/json").send());
            }
            Thread.sleep(200);
        }
        Cluster.database(true);
        Instant back = Instant.now();
        Map<String, Duration> recovery = new TreeMap<>();
        for (String instance : Cluster.instances().keySet()) {
            recovery.put(instance, Duration.between(back, Cluster.awaitReady(instance, Duration.ofSeconds(30))));
        }
        Instant routed = null;
        while (routed == null && Instant.now().isBefore(back.plusSeconds(30))) {
            if (user.get("projects/" + project).status() == 200) {
                routed = Instant.now();
            }
            Thread.sleep(100);
        }
        Duration throughBalancer = routed == null ? null : Duration.between(back, routed);
        System.out.printf("[cluster] database gone 8 s: answers %s; ready again after %s; through the balancer after %s; %d acknowledged imports checked%n",
                whileGone, recovery, throughBalancer, imports.size());

        assertTrue(whileGone.keySet().stream().allMatch(k -> k.endsWith(" 503 Retry-After")), () -> "while gone: " + whileGone);
        recovery.forEach((instance, took) -> assertTrue(took.compareTo(Duration.ofSeconds(10)) <= 0, instance + " ready again after " + took));
        assertTrue(throughBalancer != null && throughBalancer.compareTo(Duration.ofSeconds(10)) <= 0, "balancer routes again after " + throughBalancer);
        for (int id : imports) {
            assertEquals(200, user.get("projects/" + project + "/resources/imports/" + id).status(), "import " + id);
        }
    }

    private static void count(Map<String, Long> answers, String what, Api.Response response) {
        String kind = what + " " + response.status() + (response.header("Retry-After").isPresent() ? " Retry-After" : "");
        answers.merge(kind, 1L, Long::sum);
    }
}
