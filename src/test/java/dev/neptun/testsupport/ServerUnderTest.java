package dev.neptun.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application server the suite runs on (system property {@code it.server}: payara or wildfly),
 * for the few tests that act on the server itself: restart it, take its database away, find its
 * process. Everything else in the suite is the same on both.
 */
public interface ServerUnderTest {

    static ServerUnderTest current() {
        return "wildfly".equals(System.getProperty("it.server", "payara")) ? new WildFlyServer() : new PayaraServer();
    }

    /** Stops and starts the server process, and returns once the application answers again. */
    void restart() throws Exception;

    /** Undeploys the suite's application and deploys {@code war} in its place, and returns once it answers. */
    void redeploy(Path war) throws Exception;

    /** Makes the database unreachable for the running application; closing the handle brings it back. */
    DatabaseCut cutOffDatabase() throws Exception;

    /** The MicroProfile Health readiness endpoint (Payara serves it beside the application, WildFly on its management port). */
    String readinessUrl();

    /** Whether a query with a broken escape ({@code %ZZ}) is refused by the server, before the application sees it. */
    boolean refusesBrokenEscapesInQueriesItself();

    /**
     * Whether the server answers {@code path} with an error body of its own, outside the application
     * (WildFly: its OpenAPI endpoint and the protected WEB-INF and META-INF folders; Payara: none).
     */
    boolean writesItsOwnErrorBodyFor(String path);

    /** The server's main log file. */
    Path logFile();

    /** Whether a command line is the one of this server's process. */
    boolean isServerProcess(String commandLine);

    /** The id of the server's process on this machine. */
    default long pid() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(this::isServerProcess).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("server process not found")).pid();
    }

    interface DatabaseCut extends AutoCloseable {
        @Override
        void close() throws Exception;
    }

    /**
     * Runs a command to its end and answers its exit status. Its output goes to a file, not a pipe: a
     * server it starts inherits the output and would keep a pipe open for good.
     */
    static int run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        File log = new File(System.getProperty("java.io.tmpdir"), "neptun-it-server-command.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        assertTrue(process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS), () -> "timed out: " + command + ", see " + log);
        return process.exitValue();
    }

    /** Runs a command that must succeed and answers what it printed. */
    static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), () -> "timed out: " + command);
        assertEquals(0, process.exitValue(), () -> command + " failed: " + output);
        return output;
    }

    static List<String> line(String... parts) {
        return new ArrayList<>(List.of(parts));
    }

    /** Waits until the application answers an unauthenticated session check with its 401. */
    static void awaitApplication() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Api.request("HEAD", "api/auth/check").send().status() == 401) {
                    return;
                }
            } catch (RuntimeException stillStarting) {
                // connection refused while the server comes up
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not come back");
    }
}
