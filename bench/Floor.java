import java.lang.management.CompilationMXBean;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * The database's floor for the headline DELETE: the exact statements the server sends for one
 * (EclipseLink's SQL log, see docs/benchmark.md), run by plain JDBC with the same concurrency, each
 * thread on a connection of its own as from a pool, on the same database. Prints the result line of
 * bench/report.lua so bench/run reads it like a wrk case, plus this JVM's CPU time while measured and
 * the milliseconds its JIT compilers spent then:
 *   RESULT requests duration_us errors p50_us p99_us cpu_us compile_ms
 * The floor is measured warm, as the server is: first it deletes the user's imports that come before
 * IDS_FILE's and are still there (what the server's cases left), in rounds of WARMUP seconds, until a
 * round keeps its compilers busy for under 3% of one core (as bench/run warms the server), at most
 * ROUNDS; then IDS_FILE's imports are measured, after a line MEASURING. A line WARM says how the rounds went.
 *
 *   java -cp 'target/derby-lib/*:target/postgresql-lib/*' bench/Floor.java JDBC_URL USER PASSWORD IDS_FILE THREADS SECONDS WARMUP ROUNDS
 */
public class Floor {

    static final String SESSION = "SELECT ID, created_at, expires_at, last_used_at, revoked_at, token_hash, user_id FROM user_sessions"
            + " WHERE ((token_hash = ?) AND (revoked_at IS NULL))";
    static final String LOCK = "SELECT ID FROM projects WHERE ((ID = ?) AND (user_id = ?)) FOR UPDATE";
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
        int maxRounds = Integer.parseInt(args[7]);
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
        List<int[]> warm;
        try (Connection boot = DriverManager.getConnection(url, args[1], args[2])) {
            warm = importsBefore(boot, user, imports.get(0)[1]);
        }
        AtomicInteger nextWarm = new AtomicInteger();
        AtomicLong end = new AtomicLong(Long.MAX_VALUE);
        CountDownLatch measuring = new CountDownLatch(1);
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
                    PreparedStatement[] statements = {session, project, source, files, delete};
                    for (int w = nextWarm.getAndIncrement(); w < warm.size() && measuring.getCount() > 0; w = nextWarm.getAndIncrement()) {
                        deleteOne(c, statements, tokenHash, owner, warm.get(w));
                    }
                    measuring.await();
                    for (int i = tid; i < imports.size() && System.nanoTime() < end.get(); i += threads) {
                        long began = System.nanoTime();
                        if (!deleteOne(c, statements, tokenHash, owner, imports.get(i))) {
                            errors.incrementAndGet();
                        }
                        mine[n++] = (System.nanoTime() - began) / 1000;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                latencies[tid] = mine;
                counts[tid] = n;
            });
            workers[t].start();
        }
        // With -Dfloor.recording=FILE and -Dfloor.settings=JFC (bench/run --profile), JFR records the measured
        // seconds alone. It records the warm-up too, into nothing: JFR's own start-up compiled for 10 s of a
        // 10-s measurement when it began there.
        Configuration profile = System.getProperty("floor.recording") == null ? null
                : Configuration.create(Path.of(System.getProperty("floor.settings")));
        Recording warming = profile == null ? null : new Recording(profile);
        if (warming != null) {
            warming.start();
        }
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        List<String> rounds = new ArrayList<>();
        long compiled = jit.getTotalCompilationTime();
        boolean quiet = false;
        while (!quiet && rounds.size() < maxRounds && nextWarm.get() < warm.size()) {
            Thread.sleep(warmup * 1000);
            long round = jit.getTotalCompilationTime() - compiled;
            compiled += round;
            rounds.add(String.format("%.1f", round / 1000.0));
            quiet = round * 100 < 3 * warmup * 1000;
        }
        System.out.printf("WARM %d round%s of %d s on %,d imports, the compilers' seconds in each: %s%s%n", rounds.size(),
                rounds.size() == 1 ? "" : "s", warmup, Math.min(nextWarm.get(), warm.size()), String.join(", ", rounds),
                quiet ? "" : ", not under 3% of a core: not warm");
        Recording recording = null;
        if (profile != null) {
            recording = new Recording(profile);
            recording.setDestination(Path.of(System.getProperty("floor.recording")));
            recording.start();
            warming.close();
        }
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        compiled = jit.getTotalCompilationTime();
        long measured = System.nanoTime();
        end.set(measured + seconds * 1_000_000_000L);
        measuring.countDown();
        System.out.println("MEASURING");
        System.out.flush();
        for (Thread worker : workers) {
            worker.join();
        }
        cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() - cpu;
        compiled = jit.getTotalCompilationTime() - compiled;
        long duration = (System.nanoTime() - measured) / 1000;
        if (recording != null) {
            recording.stop();
            recording.close();
        }
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
        System.out.printf("RESULT %d %d %d %d %d %d %d%n", all.length, duration, errors.get(), all[all.length / 2], all[(int) (all.length * 0.99)],
                cpu / 1000, compiled);
    }

    /** One DELETE's statements in their transaction; false when it did not delete exactly its import. */
    private static boolean deleteOne(Connection c, PreparedStatement[] s, String tokenHash, int owner, int[] target) throws Exception {
        try {
            c.setAutoCommit(true);
            s[0].setString(1, tokenHash);
            drain(s[0]);
            c.setAutoCommit(false);
            s[1].setInt(1, target[0]);
            s[1].setInt(2, owner);
            drain(s[1]);
            s[2].setInt(1, target[1]);
            s[2].setInt(2, target[0]);
            drain(s[2]);
            s[3].setInt(1, target[1]);
            s[3].executeUpdate();
            s[4].setInt(1, target[1]);
            boolean deleted = s[4].executeUpdate() == 1;
            c.commit();
            return deleted;
        } catch (Exception e) {
            c.rollback();
            return false;
        }
    }

    /** The (project, import) pairs of the user's imports with ids below the given one, in id order: the warm-up's. */
    private static List<int[]> importsBefore(Connection c, int user, int id) throws Exception {
        List<int[]> pairs = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT i.project_id, i.id FROM context_imports i JOIN projects p ON p.id = i.project_id"
                + " WHERE p.user_id = ? AND i.id < ? ORDER BY i.id")) {
            q.setInt(1, user);
            q.setInt(2, id);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    pairs.add(new int[] {rows.getInt(1), rows.getInt(2)});
                }
            }
        }
        return pairs;
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
