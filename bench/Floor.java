import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's floor for the headline DELETE: the exact statements the server sends for one
 * (EclipseLink's SQL log, see docs/benchmark.md), run by plain JDBC with the same concurrency, each
 * thread on a connection of its own as from a pool, on the same database. Prints the result line of
 * bench/report.lua so bench/run reads it like a wrk case, plus this JVM's CPU time while measured:
 *   RESULT requests duration_us errors p50_us p99_us cpu_us
 * The first WARMUP seconds are not measured (the server is measured warm, so is the floor); a line
 * MEASURING says when they are over.
 *
 *   java -cp 'target/derby-lib/*:target/postgresql-lib/*' bench/Floor.java JDBC_URL USER PASSWORD IDS_FILE THREADS SECONDS WARMUP
 */
public class Floor {

    static final String SESSION = "SELECT ID, created_at, expires_at, last_used_at, revoked_at, token_hash, user_id FROM user_sessions"
            + " WHERE ((token_hash = ?) AND (revoked_at IS NULL))";
    static final String LOCK = "SELECT ID, created_at, DESCRIPTION, main_language, NAME, project_type, updated_at, user_id FROM projects"
            + " WHERE ((ID = ?) AND (user_id = ?)) FOR UPDATE";
    static final String SOURCE = "SELECT source_type, installation_id FROM context_imports WHERE ((ID = ?) AND (project_id = ?))";
    static final String FILES = "DELETE FROM context_files WHERE (import_id = ?)";
    static final String IMPORT = "DELETE FROM context_imports WHERE (ID = ?)";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        boolean derby = url.startsWith("jdbc:derby:");
        List<String> lines = Files.readAllLines(Path.of(args[3]));
        int threads = Integer.parseInt(args[4]);
        long seconds = Long.parseLong(args[5]);
        long warmup = Long.parseLong(args[6]);
        int user = 0;
        String token = null;
        List<int[]> imports = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "user" -> user = Integer.parseInt(f[1]);
                case "token" -> token = f[1];
                case "import" -> imports.add(new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
                default -> { }
            }
        }
        String tokenHash = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        // EclipseLink's Derby platform asks for the lock "WITH RS"; its PostgreSQL platform writes a plain FOR UPDATE.
        String lock = derby ? LOCK + " WITH RS" : LOCK;
        // Embedded Derby boots at its first connection, and first redoes what an unclean exit left in its
        // log: before the clock starts, or that eats the warm-up and then the measured seconds. (A clean
        // shutdown at the end instead took up to 2 minutes after the floor's DELETEs.)
        try (Connection boot = DriverManager.getConnection(url, args[1], args[2])) {
            boot.isValid(0);
        }
        long measured = System.nanoTime() + warmup * 1_000_000_000L;
        long end = measured + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int tid = t;
            final int owner = user;
            workers[t] = new Thread(() -> {
                long[] mine = new long[imports.size() / threads + 1];
                int n = 0;
                try (Connection c = DriverManager.getConnection(url, args[1], args[2]);
                        PreparedStatement session = c.prepareStatement(SESSION);
                        PreparedStatement project = c.prepareStatement(lock);
                        PreparedStatement source = c.prepareStatement(SOURCE);
                        PreparedStatement files = c.prepareStatement(FILES);
                        PreparedStatement delete = c.prepareStatement(IMPORT)) {
                    for (int i = tid; i < imports.size() && System.nanoTime() < end; i += threads) {
                        int[] target = imports.get(i);
                        long began = System.nanoTime();
                        try {
                            c.setAutoCommit(true);
                            session.setString(1, tokenHash);
                            drain(session);
                            c.setAutoCommit(false);
                            project.setInt(1, target[0]);
                            project.setInt(2, owner);
                            drain(project);
                            source.setInt(1, target[1]);
                            source.setInt(2, target[0]);
                            drain(source);
                            files.setInt(1, target[1]);
                            files.executeUpdate();
                            delete.setInt(1, target[1]);
                            if (delete.executeUpdate() != 1 && began >= measured) {
                                errors.incrementAndGet();
                            }
                            c.commit();
                        } catch (Exception e) {
                            if (began >= measured) {
                                errors.incrementAndGet();
                            }
                            c.rollback();
                        }
                        if (began >= measured) {
                            mine[n++] = (System.nanoTime() - began) / 1000;
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                latencies[tid] = mine;
                counts[tid] = n;
            });
            workers[t].start();
        }
        Thread.sleep(Math.max(0, (measured - System.nanoTime()) / 1_000_000));
        System.out.println("MEASURING");
        System.out.flush();
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        for (Thread worker : workers) {
            worker.join();
        }
        cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() - cpu;
        long duration = (System.nanoTime() - measured) / 1000;
        long[] all = new long[Arrays.stream(counts).sum()];
        int k = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, k, counts[t]);
            k += counts[t];
        }
        if (all.length == 0) {
            throw new IllegalStateException("no DELETE ran in the measured seconds");
        }
        Arrays.sort(all);
        System.out.printf("RESULT %d %d %d %d %d %d%n", all.length, duration, errors.get(), all[all.length / 2], all[(int) (all.length * 0.99)],
                cpu / 1000);
    }

    /** Reads a query's rows, as EclipseLink does. */
    private static void drain(PreparedStatement query) throws Exception {
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                rows.getObject(1);
            }
        }
    }
}
