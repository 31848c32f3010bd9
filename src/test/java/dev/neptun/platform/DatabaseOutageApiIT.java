package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.Deployments;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away under a running server (its pool is pointed at a path Derby cannot use and
 * flushed), then comes back: requests fail fast with a JSON 503, the server stays up, and the same
 * requests succeed again without a restart. Readiness follows: DOWN (503) while it is gone, UP after.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageApiIT {

    private static final String POOL_PROPERTIES = "resources.jdbc-connection-pool.neptunPool.property";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void anUnreachableDatabaseIsA503AndRecoveryNeedsNoRestart() throws Exception {
        ApiUser user = ApiUser.signUp();
        int project = user.project();
        // Derby's pool calls it DatabaseName, PostgreSQL's databaseName.
        String setting = asadmin("get", POOL_PROPERTIES + ".*").lines()
                .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(POOL_PROPERTIES.toLowerCase(Locale.ROOT) + ".databasename="))
                .findFirst().orElseThrow();
        String property = setting.substring(0, setting.indexOf('='));
        String database = setting.substring(setting.indexOf('=') + 1);
        try {
            asadmin("set", property + "=/proc/neptun-unreachable/db");
            asadmin("flush-connection-pool", "neptunPool");

            Instant start = Instant.now();
            Api.Response down = user.get("projects/" + project);
            Duration took = Duration.between(start, Instant.now());

            assertEquals(503, down.status(), down::toString);
            assertEquals(503, down.json().getInt("statusCode"));
            assertTrue(down.header("Retry-After").isPresent());
            assertFalse(down.body().contains("SQL") || down.body().contains("Exception"), down::toString);
            assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, () -> "took " + took);
            assertEquals(200, Api.get("api/status").send().status(), "the server stays up");
            Api.Response notReady = Api.get("health/ready").send();
            assertEquals(503, notReady.status(), notReady::toString);
            assertEquals("DOWN", notReady.json().getString("status"));
        } finally {
            asadmin("set", property + "=" + database);
            asadmin("flush-connection-pool", "neptunPool");
        }

        assertEquals(200, user.get("projects/" + project).status());
        Api.Response ready = Api.get("health/ready").send();
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.json().getString("status"));
        assertEquals(204, Api.request("HEAD", "api/auth/check").session(user.token()).send().status());
    }

    private static String asadmin(String... command) throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of(System.getProperty("payara.home") + "/bin/asadmin",
                "--interactive=false", "--port", System.getProperty("it.admin.port")));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "asadmin timed out");
        return output;
    }
}
