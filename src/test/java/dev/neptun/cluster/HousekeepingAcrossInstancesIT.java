package dev.neptun.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.Cluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The scheduled housekeeping (every neptun.housekeeping.interval, 3 s in the cluster suite) with
 * several instances: each instance purges on its own schedule, revoked sessions are purged, and two
 * instances purging the same rows cause no failure (no double work that matters: each purge is one
 * idempotent DELETE).
 */
@Tag("slow")
@Tag("cluster")
class HousekeepingAcrossInstancesIT {

    private static final Duration INTERVAL = Duration.parse(System.getProperty("it.cluster.housekeeping", "PT3S"));
    private static final Pattern FAILED = Pattern.compile("\\[timeMillis: (\\d+)\\][^\\n]*\\[\\[\\s*housekeeping failed");
    private static final Pattern RUN = Pattern.compile("\\[timeMillis: (\\d+)\\][^\\n]*\\[\\[\\s*housekeeping deleted (\\d+) rows");

    @Test
    void revokedSessionsArePurgedByEveryInstanceAndNoPurgeFails() throws Exception {
        ApiUser user = ApiUser.signUp();
        for (int i = 0; i < 5; i++) {
            Api.Response login = Api.post("api/auth/login")
                    .json("{\"email\":\"" + user.email() + "\",\"password\":\"" + ApiUser.PASSWORD + "\"}").send();
            assertEquals(204, Api.post("api/auth/logout").session(login.sessionCookie().orElseThrow()).send().status());
        }
        // Five revoked sessions and the live one were made; with every instance purging every 3 s some may
        // be gone already, so the count is only asserted once the purges had their time.
        Instant from = Instant.now();

        Instant deadline = from.plus(INTERVAL.multipliedBy(4));
        while (sessionsOf(user) > 1 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        long left = sessionsOf(user);
        Thread.sleep(INTERVAL.multipliedBy(4).toMillis());

        Map<String, Integer> runs = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String instance : Cluster.instances().keySet()) {
            String log = Files.readString(Cluster.instanceDirectory(instance).resolve(Path.of("logs", "server.log")));
            Matcher run = RUN.matcher(log);
            while (run.find()) {
                if (Long.parseLong(run.group(1)) >= from.toEpochMilli()) {
                    runs.merge(instance, 1, Integer::sum);
                }
            }
            Matcher failed = FAILED.matcher(log);
            while (failed.find()) {
                if (Long.parseLong(failed.group(1)) >= from.toEpochMilli()) {
                    failures.add(instance); // the database-outage test makes purges fail before this one
                }
            }
        }
        System.out.printf("[cluster] housekeeping every %s: runs since the sessions were revoked, per instance %s; sessions left %d of 6%n",
                INTERVAL, runs, left);

        assertEquals(1, left, "the revoked sessions are purged, the live one stays");
        assertEquals(Cluster.instances().keySet(), runs.keySet(), "every instance purges on its own schedule");
        assertTrue(runs.values().stream().allMatch(n -> n >= 3), () -> "each instance runs every round: " + runs);
        assertEquals(List.of(), failures, "no purge failed, also when two ran at once");
    }

    private static long sessionsOf(ApiUser user) throws Exception {
        try (Connection db = Cluster.database();
                PreparedStatement count = db.prepareStatement("select count(*) from user_sessions where user_id = ?")) {
            count.setInt(1, user.id());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
