package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.ServerLog;
import dev.neptun.testsupport.ServerUnderTest;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away under a running server (see {@link ServerUnderTest#cutOffDatabase()}), then comes back: requests fail fast with a JSON 503, the server stays up, and the same
 * requests succeed again without a restart. Readiness follows: DOWN (503) while it is gone, UP after.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageApiIT {

    @Test
    void anUnreachableDatabaseIsA503AndRecoveryNeedsNoRestart() throws Exception {
        ApiUser user = ApiUser.create();
        int project = user.project();
        ServerUnderTest server = ServerUnderTest.current();
        try (ServerUnderTest.DatabaseCut cut = server.cutOffDatabase()) {
            ServerLog log = ServerLog.mark();
            Instant start = Instant.now();
            Api.Response down = user.get("projects/" + project);
            Duration took = Duration.between(start, Instant.now());

            assertEquals(503, down.status(), down::toString);
            assertEquals(503, down.json().getInt("statusCode"));
            assertTrue(down.header("Retry-After").isPresent());
            assertFalse(down.body().contains("SQL") || down.body().contains("Exception"), down::toString);
            assertTrue(took.compareTo(Duration.ofSeconds(10)) <= 0, () -> "the README promises a 503 within 10 s; took " + took);
            String logged = log.awaitContaining("database unreachable");
            assertFalse(logged.contains("SELECT") || logged.contains("user_sessions"), () -> "the log has SQL:\n" + logged);
            assertEquals(200, Api.get("api/status").send().status(), "the server stays up");
            Api.Response notReady = Api.get(server.readinessUrl()).send();
            assertEquals(503, notReady.status(), notReady::toString);
            assertEquals("DOWN", notReady.json().getString("status"));
        }

        assertEquals(200, user.get("projects/" + project).status());
        Api.Response ready = Api.get(server.readinessUrl()).send();
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.json().getString("status"));
        assertEquals(204, Api.request("HEAD", "api/auth/check").session(user.token()).send().status());
    }
}
