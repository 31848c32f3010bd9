package dev.neptun.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** WildFly: the server started by server-config/wildfly/start-server.sh, driven with jboss-cli. */
final class WildFlyServer implements ServerUnderTest {

    private static List<String> cli(String command) {
        return ServerUnderTest.line(System.getProperty("wildfly.home") + "/bin/jboss-cli.sh", "--connect",
                "--controller=localhost:" + System.getProperty("it.management.port"), "--command=" + command);
    }

    /** standalone.sh starts the server again when it exits with "restart" (status 10). */
    @Override
    public void restart() throws Exception {
        assertEquals(0, ServerUnderTest.run(cli("shutdown --restart=true"), Duration.ofMinutes(2)), "shutdown --restart failed");
        // jboss-cli returns once the new process answers its management port; the application follows.
        ServerUnderTest.awaitApplication();
    }

    /** Under the name Arquillian deployed it with, so that the suite's undeploy still finds it. */
    @Override
    public void redeploy(Path war) throws Exception {
        assertEquals(0, ServerUnderTest.run(cli("deploy " + war + " --name=neptun.war --force"), Duration.ofMinutes(4)), "deploy failed");
        ServerUnderTest.awaitApplication();
    }

    /**
     * WildFly applies a new connection URL only on reload, which would take the application down with
     * it; so the embedded Derby database itself is shut down and kept from booting (see TestDataResource).
     * On PostgreSQL (-Pwildfly-postgresql) there is no such switch inside the server: the test is skipped there.
     */
    @Override
    public DatabaseCut cutOffDatabase() {
        assumeTrue("derby".equals(System.getProperty("it.db", "derby")), "WildFly's database is cut off only when it is embedded Derby");
        Api.Response offline = Api.post("api/test-data/derby/offline").send();
        assertEquals(204, offline.status(), offline::toString);
        return () -> {
            Api.Response online = Api.post("api/test-data/derby/online").send();
            assertEquals(204, online.status(), online::toString);
        };
    }

    @Override
    public String readinessUrl() {
        return "http://localhost:" + System.getProperty("it.management.port") + "/health/ready";
    }

    @Override
    public boolean refusesBrokenEscapesInQueriesItself() {
        return true;
    }

    @Override
    public Path logFile() {
        return Path.of(System.getProperty("wildfly.home"), "standalone", "log", "server.log");
    }

    @Override
    public boolean isServerProcess(String commandLine) {
        return commandLine.contains("jboss-modules.jar") && commandLine.contains("-Djboss.home.dir=" + System.getProperty("wildfly.home"));
    }

    @Override
    public boolean writesItsOwnErrorBodyFor(String path) {
        return path.startsWith("/openapi") || path.startsWith("/WEB-INF") || path.startsWith("/META-INF");
    }
}
