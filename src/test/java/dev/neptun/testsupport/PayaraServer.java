package dev.neptun.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Payara: the suite's domain, driven with asadmin. */
final class PayaraServer implements ServerUnderTest {

    private static final String POOL_PROPERTIES = "resources.jdbc-connection-pool.neptunPool.property";

    private static List<String> asadmin(String... command) {
        List<String> line = ServerUnderTest.line(System.getProperty("payara.home") + "/bin/asadmin",
                "--interactive=false", "--port", System.getProperty("it.admin.port"));
        line.addAll(List.of(command));
        return line;
    }

    @Override
    public void restart() throws Exception {
        assertEquals(0, ServerUnderTest.run(asadmin("restart-domain", System.getProperty("it.domain")), Duration.ofMinutes(4)),
                "restart-domain failed");
        ServerUnderTest.awaitApplication();
    }

    /** Under the name Arquillian deployed it with, so that the suite's undeploy still finds it. */
    @Override
    public void redeploy(Path war) throws Exception {
        assertEquals(0, ServerUnderTest.run(asadmin("deploy", "--force=true", "--name", "neptun", "--contextroot", "/", war.toString()),
                Duration.ofMinutes(4)), "deploy failed");
        ServerUnderTest.awaitApplication();
    }

    /** Points the pool at a path Derby (or PostgreSQL, as a database name) cannot use, and flushes it. */
    @Override
    public DatabaseCut cutOffDatabase() throws Exception {
        // Derby's pool calls it DatabaseName, PostgreSQL's databaseName.
        String setting = ServerUnderTest.output(asadmin("get", POOL_PROPERTIES + ".*")).lines()
                .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(POOL_PROPERTIES.toLowerCase(Locale.ROOT) + ".databasename="))
                .findFirst().orElseThrow();
        String property = setting.substring(0, setting.indexOf('='));
        String database = setting.substring(setting.indexOf('=') + 1);
        ServerUnderTest.output(asadmin("set", property + "=/proc/neptun-unreachable/db"));
        ServerUnderTest.output(asadmin("flush-connection-pool", "neptunPool"));
        return () -> {
            ServerUnderTest.output(asadmin("set", property + "=" + database));
            ServerUnderTest.output(asadmin("flush-connection-pool", "neptunPool"));
        };
    }

    @Override
    public String readinessUrl() {
        return Api.base().resolve("health/ready").toString();
    }

    @Override
    public boolean refusesBrokenEscapesInQueriesItself() {
        return false;
    }

    @Override
    public Path logFile() {
        return Path.of(System.getProperty("payara.home"), "glassfish", "domains", System.getProperty("it.domain"), "logs", "server.log");
    }

    @Override
    public boolean isServerProcess(String commandLine) {
        return commandLine.contains("ASMain") && commandLine.contains("domains/" + System.getProperty("it.domain"));
    }

    @Override
    public boolean writesItsOwnErrorBodyFor(String path) {
        return false;
    }
}
