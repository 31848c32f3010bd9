package dev.neptun.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The cluster of {@code server-config/cluster} (started by {@code -Pcluster}): haproxy in front of a
 * deployment group of Payara instances on one PostgreSQL. Read from the {@code cluster.env} the script
 * writes (system property {@code it.cluster.env}); acts on it as an operator would: kill -9 an
 * instance, start it through the DAS, roll out a WAR with the script, stop and start the database.
 */
public final class Cluster {

    private static final Properties ENV = load(Path.of(System.getProperty("it.cluster.env", "target/cluster/cluster.env")));
    private static final Properties PG = load(Path.of(ENV.getProperty("PG_ENV_FILE")));

    private Cluster() {
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("no cluster: " + file + " (server-config/cluster start writes it)", e);
        }
        properties.replaceAll((k, v) -> v.toString().replaceAll("^\"|\"$", ""));
        return properties;
    }

    /** Instance name to its own base URL (http://127.0.0.1:PORT/), in order. */
    public static Map<String, String> instances() {
        Map<String, String> instances = new LinkedHashMap<>();
        for (String entry : ENV.getProperty("INSTANCES").trim().split("\\s+")) {
            instances.put(entry.substring(0, entry.indexOf('=')), entry.substring(entry.indexOf('=') + 1));
        }
        return instances;
    }

    public static String url(String instance, String path) {
        return instances().get(instance) + path;
    }

    public static Path instanceDirectory(String instance) {
        return Path.of(System.getProperty("payara.home"), "glassfish", "nodes", ENV.getProperty("NODE"), instance);
    }

    public static ProcessHandle process(String instance) {
        String root = "-Dcom.sun.aas.instanceRoot=" + instanceDirectory(instance) + " ";
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ASMain") && c.contains(root)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no process of " + instance));
    }

    /** kill -9 of the instance's JVM; returns once it is gone. */
    public static void kill(String instance) throws Exception {
        ProcessHandle process = process(instance);
        assertTrue(process.destroyForcibly(), "SIGKILL not sent");
        process.onExit().get();
    }

    /** Starts a stopped instance through the DAS (asadmin start-instance), in the background. */
    public static Process start(String instance) throws IOException {
        return new ProcessBuilder(asadmin("start-instance", instance)).redirectErrorStream(true)
                .redirectOutput(Path.of(System.getProperty("java.io.tmpdir"), "neptun-cluster-start-" + instance + ".log").toFile()).start();
    }

    public static List<String> asadmin(String... command) {
        List<String> line = new ArrayList<>(List.of(System.getProperty("payara.home") + "/bin/asadmin", "--interactive=false",
                "--port", ENV.getProperty("ADMIN_PORT")));
        line.addAll(List.of(command));
        return line;
    }

    /** Waits until the instance's readiness answers 200 directly; returns when that was. */
    public static Instant awaitReady(String instance, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Api.get(url(instance, "health/ready")).send().status() == 200) {
                    return Instant.now();
                }
            } catch (RuntimeException down) {
                // connection refused while it starts
            }
            Thread.sleep(200);
        }
        throw new AssertionError(instance + " not ready within " + within);
    }

    /** Waits until haproxy routes to the instance again (its health checks passed). */
    public static void awaitInBalancer(String instance, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            for (String line : balancer("show servers state instances").split("\n")) {
                String[] fields = line.split(" ");
                if (fields.length > 5 && fields[3].equals(instance) && fields[5].equals("2")) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("haproxy did not take " + instance + " back within " + within);
    }

    /** A command to haproxy's runtime API; its answer. */
    public static String balancer(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(ENV.getProperty("HAPROXY_SOCKET")));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
            while (channel.read(buffer) >= 0) {
                // until haproxy closes
            }
            buffer.flip();
            return StandardCharsets.UTF_8.decode(buffer).toString();
        }
    }

    /** server-config/cluster roll WAR: the new build, instance by instance. */
    public static void roll(Path war) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("server-config", "cluster").toAbsolutePath().toString(), "roll", war.toString());
        builder.environment().put("CLUSTER_DIR", Path.of(ENV.getProperty("HAPROXY_SOCKET")).getParent().toString());
        builder.environment().put("PORTBASE", ENV.getProperty("PORTBASE"));
        builder.environment().put("INSTANCES", Integer.toString(instances().size()));
        builder.environment().put("PAYARA_HOME", System.getProperty("payara.home"));
        assertEquals(0, ServerUnderTest.run(builder.command(), Duration.ofMinutes(10)), "roll failed");
    }

    public static Connection database() throws SQLException {
        try {
            String password = Files.readString(Path.of(PG.getProperty("PG_PASSWORD_FILE"))).trim();
            return DriverManager.getConnection("jdbc:postgresql://" + PG.getProperty("PG_HOST") + ":" + PG.getProperty("PG_PORT") + "/"
                    + PG.getProperty("PG_DATABASE"), PG.getProperty("PG_USER"), password);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the PostgreSQL server (fast shutdown: its connections end) or starts it again, same port and data. */
    public static void database(boolean up) throws Exception {
        assertEquals(0, ServerUnderTest.run(List.of("bash", Path.of("server-config", "postgresql", "local-server.sh").toAbsolutePath().toString(),
                up ? "resume" : "pause", ENV.getProperty("PG_ENV_FILE")), Duration.ofMinutes(2)), "pg " + (up ? "resume" : "pause"));
    }
}
