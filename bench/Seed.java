import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Seeds the benchmark database directly (on Derby with the server stopped: embedded Derby has one
 * owner): a benchmark user with one known session, 64 projects and TARGETS imports of 10 context
 * files each to delete, plus BACKGROUND extra imports and sessions of another user that only fill
 * the tables. Writes the ids the load scripts need to OUT.
 *
 *   java -cp 'target/derby-lib/*:target/postgresql-lib/*' bench/Seed.java JDBC_URL USER PASSWORD OUT TARGETS BACKGROUND
 */
public class Seed {

    static final int PROJECTS = 64;
    static final int FILES_PER_IMPORT = 10;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path out = Path.of(args[3]);
        int targets = Integer.parseInt(args[4]);
        int background = Integer.parseInt(args[5]);
        boolean derby = url.startsWith("jdbc:derby:");
        try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
            Timestamp later = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).plusDays(7));
            int user = user(c, "bench-" + System.nanoTime() + "@example.test", now);
            String token = token();
            session(c, user, token, now, later);
            List<Integer> projects = projects(c, user, PROJECTS, now);
            List<int[]> targetImports = imports(c, projects, targets, "bench-target", now);
            files(c, targetImports, now);
            if (background > 0) {
                int filler = user(c, "filler-" + System.nanoTime() + "@example.test", now);
                List<Integer> fillerProjects = projects(c, filler, 1000, now);
                imports(c, fillerProjects, background, "bench-background", now);
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO user_sessions (user_id, token_hash, created_at, last_used_at, expires_at) VALUES (?,?,?,?,?)")) {
                    for (int i = 0; i < background; i++) {
                        s.setInt(1, filler);
                        s.setString(2, hash(token()));
                        s.setTimestamp(3, now);
                        s.setTimestamp(4, now);
                        s.setTimestamp(5, later);
                        s.addBatch();
                        if (i % 5000 == 4999) {
                            s.executeBatch();
                        }
                    }
                    s.executeBatch();
                }
            }
            c.commit();
            // A running database keeps statistics current by itself in time; a bulk load must ask at once.
            try (Statement stats = c.createStatement()) {
                for (String table : List.of("USERS", "USER_SESSIONS", "PROJECTS", "CONTEXT_IMPORTS", "CONTEXT_FILES")) {
                    stats.execute(derby ? "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table + "', NULL)" : "ANALYZE " + table);
                }
            }
            c.commit();
            StringBuilder lines = new StringBuilder("user " + user + "\ntoken " + token + "\n");
            for (int[] projectAndImport : targetImports) {
                lines.append("import ").append(projectAndImport[0]).append(' ').append(projectAndImport[1]).append('\n');
            }
            Files.writeString(out, lines);
        }
        if (derby) {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (java.sql.SQLException expectedOnShutdown) {
                // Derby reports a clean shutdown as an exception.
            }
        }
    }

    static int user(Connection c, String email, Timestamp now) throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO users (primary_email, email_key, password_hash, created_at, updated_at) VALUES (?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, email);
            s.setString(2, email);
            s.setString(3, "not-a-password-hash");
            s.setTimestamp(4, now);
            s.setTimestamp(5, now);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        }
    }

    static void session(Connection c, int user, String token, Timestamp now, Timestamp expires) throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO user_sessions (user_id, token_hash, created_at, last_used_at, expires_at) VALUES (?,?,?,?,?)")) {
            s.setInt(1, user);
            s.setString(2, hash(token));
            s.setTimestamp(3, now);
            s.setTimestamp(4, now);
            s.setTimestamp(5, expires);
            s.executeUpdate();
        }
    }

    static List<Integer> projects(Connection c, int user, int count, Timestamp now) throws Exception {
        List<Integer> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO projects (user_id, name, project_type, main_language, created_at, updated_at) VALUES (?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < count; i++) {
                s.setInt(1, user);
                s.setString(2, "bench " + i);
                s.setString(3, "web-service");
                s.setString(4, "java");
                s.setTimestamp(5, now);
                s.setTimestamp(6, now);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getInt(1));
                }
            }
        }
        return ids;
    }

    /** Imports spread round-robin over the projects; returns (project, import) pairs in id order. */
    static List<int[]> imports(Connection c, List<Integer> projects, int count, String marker, Timestamp now) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO context_imports (project_id, source_type, source_path,"
                + " import_status, created_at, updated_at) VALUES (?, 'local_folder', ?, 'completed', ?, ?)")) {
            for (int i = 0; i < count; i++) {
                s.setInt(1, projects.get(i % projects.size()));
                s.setString(2, marker);
                s.setTimestamp(3, now);
                s.setTimestamp(4, now);
                s.addBatch();
                if (i % 5000 == 4999) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        List<int[]> pairs = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT project_id, id FROM context_imports WHERE source_path = ?"
                + " AND project_id BETWEEN ? AND ? ORDER BY id")) {
            q.setString(1, marker);
            q.setInt(2, projects.get(0));
            q.setInt(3, projects.get(projects.size() - 1));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    pairs.add(new int[] {rows.getInt(1), rows.getInt(2)});
                }
            }
        }
        return pairs;
    }

    static void files(Connection c, List<int[]> imports, Timestamp now) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO context_files (project_id, import_id, title, content,"
                + " file_type, language, file_size, depth, created_at, updated_at) VALUES (?,?,?,?,'markdown','text',?,0,?,?)")) {
            int n = 0;
            for (int[] projectAndImport : imports) {
                for (int f = 0; f < FILES_PER_IMPORT; f++) {
                    String content = "# file " + f + "\n" + "lorem ipsum ".repeat(40);
                    s.setInt(1, projectAndImport[0]);
                    s.setInt(2, projectAndImport[1]);
                    s.setString(3, "file " + f);
                    s.setString(4, content);
                    s.setLong(5, content.length());
                    s.setTimestamp(6, now);
                    s.setTimestamp(7, now);
                    s.addBatch();
                    if (++n % 5000 == 0) {
                        s.executeBatch();
                    }
                }
            }
            s.executeBatch();
        }
    }

    static String token() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
