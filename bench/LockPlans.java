import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Derby's plan and its own time for the two ways the DELETE has locked its project: the whole row,
 * as EclipseLink reads an entity (the DELETE before 2c82f85), and the id alone (Project.LOCK_OWNED,
 * the DELETE since). First each statement's plan (Derby's runtime statistics, the lines that say how it
 * reaches the row); then ROUNDS rounds of N locks of each statement, alternated, each lock a
 * transaction of its own (lock, commit) as in the DELETE, on one connection, cycling through the
 * database's projects; the first two rounds warm the JIT and are left out of the means.
 * It only reads: run it on a copy of a seeded database (bench/run keeps Derby's in target/bench-seed),
 * with no server holding it.
 *
 *   java -cp 'target/derby-lib/*' bench/LockPlans.java JDBC_URL [ROUNDS] [N]
 */
public class LockPlans {

    static final String WHERE = " FROM projects WHERE ((ID = ?) AND (user_id = ?)) FOR UPDATE WITH RS";
    static final String[] NAMES = {"whole row", "id alone"};
    static final String[] LOCKS = {
            "SELECT ID, created_at, DESCRIPTION, main_language, NAME, project_type, updated_at, user_id" + WHERE,
            "SELECT ID" + WHERE};

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        if (rounds < 3) {
            throw new IllegalArgumentException("ROUNDS must be 3 or more: the first two only warm up");
        }
        try (Connection c = DriverManager.getConnection(args[0])) {
            c.setAutoCommit(false);
            List<int[]> projects = projects(c);
            for (int k = 0; k < LOCKS.length; k++) {
                System.out.println("-- plan, " + NAMES[k] + ": " + LOCKS[k]);
                plan(c, LOCKS[k], projects.get(0));
            }
            long[] nanos = new long[LOCKS.length];
            int next = 0;
            for (int round = 0; round < rounds; round++) {
                StringBuilder line = new StringBuilder("round " + round);
                for (int k = 0; k < LOCKS.length; k++) {
                    try (PreparedStatement lock = c.prepareStatement(LOCKS[k])) {
                        long start = System.nanoTime();
                        for (int i = 0; i < n; i++) {
                            int[] project = projects.get(next++ % projects.size());
                            lockAndCommit(c, lock, project);
                        }
                        long took = System.nanoTime() - start;
                        if (round >= 2) {
                            nanos[k] += took;
                        }
                        line.append(String.format(", %s %.2f us", NAMES[k], took / 1000.0 / n));
                    }
                }
                System.out.println(line);
            }
            long measured = (long) (rounds - 2) * n;
            for (int k = 0; k < LOCKS.length; k++) {
                System.out.printf("mean of rounds 2-%d, %s: %.3f us a lock and commit%n", rounds - 1, NAMES[k], nanos[k] / 1000.0 / measured);
            }
        }
    }

    static List<int[]> projects(Connection c) throws Exception {
        List<int[]> projects = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, user_id FROM projects")) {
            while (r.next()) {
                projects.add(new int[] {r.getInt(1), r.getInt(2)});
            }
        }
        c.commit();
        if (projects.isEmpty()) {
            throw new IllegalStateException("the database has no projects: run it on a seeded one");
        }
        return projects;
    }

    static void lockAndCommit(Connection c, PreparedStatement lock, int[] project) throws Exception {
        lock(lock, project);
        c.commit();
    }

    static void lock(PreparedStatement lock, int[] project) throws Exception {
        lock.setInt(1, project[0]);
        lock.setInt(2, project[1]);
        try (ResultSet r = lock.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("project " + project[0] + " was not found");
            }
        }
    }

    static void plan(Connection c, String sql, int[] project) throws Exception {
        try (CallableStatement on = c.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)")) {
            on.execute();
        }
        try (PreparedStatement lock = c.prepareStatement(sql)) {
            lock(lock, project);
        }
        // Derby keeps the statistics of the connection's last statement: read them before the commit.
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
            r.next();
            // The lines that say how the row is reached; the rest is timings of one execution, all 0.
            r.getString(1).lines().map(String::strip)
                    .filter(l -> l.startsWith("Index Scan") || l.startsWith("Table Scan") || l.startsWith("Columns accessed")
                            || l.startsWith("Number of pages visited") || l.startsWith("Number of rows visited") || l.startsWith("Rows seen"))
                    .distinct().forEach(l -> System.out.println("   " + l));
        }
        try (CallableStatement off = c.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)")) {
            off.execute();
        }
        c.commit();
    }
}
