import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Seeds the benchmark database directly (on Derby with the server stopped: embedded Derby has one
 * owner): a benchmark user with one known session, 64 projects and TARGETS imports of 10 context
 * files and a file tree each to delete, plus BACKGROUND extra imports and sessions of another user that only fill
 * the tables. Writes the ids the load scripts need to OUT.
 *
 * The bulk rows go in the way each database loads data fastest, not row by row through JDBC (that
 * took 7 of a run's 15 minutes): PostgreSQL's COPY, streamed; Derby's import procedure from a CSV
 * file beside OUT, which on an empty table inserts without logging and builds the indexes once.
 *
 *   java -cp 'target/derby-lib/*:target/postgresql-lib/*' bench/Seed.java JDBC_URL USER PASSWORD OUT TARGETS BACKGROUND
 */
public class Seed {

    static final int PROJECTS = 64;
    static final int FILES_PER_IMPORT = 10;
    /**
     * Each import's file tree, as an import from a folder or a repository has one (any JSON to the API), in
     * CSV: a list reads every row's back as JSON, which a seed without trees never measured.
     */
    static final String FILE_TREE_CSV = csv("{\"name\":\"bench\",\"children\":[" + IntStream.range(0, FILES_PER_IMPORT)
            .mapToObj(f -> "{\"name\":\"file " + f + ".md\",\"type\":\"file\"}").collect(Collectors.joining(",")) + "]}");

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path out = Path.of(args[3]);
        int targets = Integer.parseInt(args[4]);
        int background = Integer.parseInt(args[5]);
        boolean derby = url.startsWith("jdbc:derby:");
        try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
            c.setAutoCommit(false);
            Bulk bulk = new Bulk(c, derby, out.resolveSibling(out.getFileName() + ".csv"), url, args[1], args[2]);
            // Whole seconds: both databases read that text form of a timestamp.
            LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
            String now = Timestamp.valueOf(start).toString();
            String later = Timestamp.valueOf(start.plusDays(7)).toString();
            // Since issue 21 an import keeps its file count in its row; older schemas count on every read.
            boolean fileCountColumn = hasColumn(c, derby, "context_imports", "file_count");
            int user = user(c, "bench-" + System.nanoTime() + "@example.test", now);
            String token = token();
            List<Integer> projects = projects(c, user, PROJECTS, now);
            int filler = background > 0 ? user(c, "filler-" + System.nanoTime() + "@example.test", now) : 0;
            List<Integer> fillerProjects = background > 0 ? projects(c, filler, 1000, now) : List.of();
            String marker = "bench-target-" + System.nanoTime();
            // Each table in one load, into the empty table: Derby's import procedure inserts into an empty
            // table without logging and builds its indexes once, but logs and indexes row by row into one
            // that has rows (the filler's imports and sessions, loaded second, took 13 and 20 s so in two
            // runs). A filler import has no file tree (an empty CSV field is NULL to both databases) and no files.
            bulk.load("context_imports", "project_id,source_type,source_path,import_status,file_tree,created_at,updated_at"
                    + (fileCountColumn ? ",file_count" : ""), targets + background, (i, row) -> {
                        if (i < targets) {
                            row.append(projects.get(i % projects.size())).append(",local_folder,").append(marker).append(",completed,")
                                    .append(FILE_TREE_CSV).append(',').append(now).append(',').append(now)
                                    .append(fileCountColumn ? "," + FILES_PER_IMPORT : "");
                        } else {
                            row.append(fillerProjects.get(i % fillerProjects.size())).append(",local_folder,bench-background,completed,,")
                                    .append(now).append(',').append(now).append(fileCountColumn ? ",0" : "");
                        }
                    });
            List<int[]> targetImports = importsOf(c, marker);
            // Most of the seeding: on PostgreSQL two COPYs, for the two cores.
            bulk.loadSideBySide("context_files", "project_id,import_id,title,content,file_type,language,file_size,depth,created_at,updated_at",
                    targetImports.size() * FILES_PER_IMPORT, 2, (i, row) -> {
                        int[] projectAndImport = targetImports.get(i / FILES_PER_IMPORT);
                        int f = i % FILES_PER_IMPORT;
                        String content = "# file " + f + "\n" + "lorem ipsum ".repeat(40);
                        row.append(projectAndImport[0]).append(',').append(projectAndImport[1]).append(",file ").append(f)
                                .append(",\"").append(content).append("\",markdown,text,").append(content.length()).append(",0,")
                                .append(now).append(',').append(now);
                    });
            // The benchmark user's one session first, then the filler's.
            bulk.load("user_sessions", "user_id,token_hash,created_at,last_used_at,expires_at", 1 + background,
                    (i, row) -> row.append(i == 0 ? user : filler).append(',').append(hash(i == 0 ? token : token())).append(',')
                            .append(now).append(',').append(now).append(',').append(later));
            c.commit();
            // A running database keeps statistics current by itself in time; a bulk load must ask at once.
            // On PostgreSQL the same goes for the vacuum its autovacuum would start after millions of
            // inserts, and for the checkpoint of what the load dirtied: either, left to itself, would
            // run during some case and slow it down (Derby checkpoints at its shutdown below).
            c.setAutoCommit(true);
            try (Statement stats = c.createStatement()) {
                for (String table : List.of("USERS", "USER_SESSIONS", "PROJECTS", "CONTEXT_IMPORTS", "CONTEXT_FILES")) {
                    stats.execute(derby ? "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table + "', NULL)" : "VACUUM ANALYZE " + table);
                }
                if (!derby) {
                    stats.execute("CHECKPOINT");
                }
            }
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

    /** A CSV field: quoted, its quotes doubled (what COPY's CSV format and Derby's import procedure both read). */
    static String csv(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    interface Row {
        void write(int index, StringBuilder row) throws Exception;
    }

    /** Loads generated CSV rows into a table: COPY on PostgreSQL, the import procedure on Derby. */
    record Bulk(Connection c, boolean derby, Path csv, String url, String user, String password) {

        void load(String table, String columns, int rows, Row row) throws Exception {
            if (rows == 0) {
                return;
            }
            long began = System.nanoTime();
            if (derby) {
                try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                    write(w, 0, rows, row);
                }
                try (PreparedStatement s = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, ?, ?, NULL, ?, ',', '\"', 'UTF-8', 0)")) {
                    s.setString(1, table.toUpperCase());
                    s.setString(2, columns.toUpperCase());
                    s.setString(3, csv.toString());
                    s.execute();
                }
                Files.delete(csv);
            } else {
                copy(c, table, columns, 0, rows, row);
            }
            System.err.printf("%s: %,d rows in %.1f s%n", table, rows, (System.nanoTime() - began) / 1e9);
        }

        /**
         * As load, but on PostgreSQL in PARTS COPYs side by side, each on a connection of its own: one COPY
         * keeps one backend, so one core, busy. What was loaded before is committed first, for the other
         * connections to see it. Derby's is one load (its import procedure takes the empty table once).
         */
        void loadSideBySide(String table, String columns, int rows, int parts, Row row) throws Exception {
            if (derby) {
                load(table, columns, rows, row);
                return;
            }
            c.commit();
            long began = System.nanoTime();
            ExecutorService copies = Executors.newFixedThreadPool(parts);
            try {
                List<Future<Void>> done = new ArrayList<>();
                for (int part = 0; part < parts; part++) {
                    int from = (int) ((long) rows * part / parts);
                    int to = (int) ((long) rows * (part + 1) / parts);
                    done.add(copies.submit(() -> {
                        try (Connection own = DriverManager.getConnection(url, user, password)) {
                            own.setAutoCommit(false);
                            copy(own, table, columns, from, to, row);
                            own.commit();
                        }
                        return null;
                    }));
                }
                for (Future<Void> part : done) {
                    part.get();
                }
            } finally {
                copies.shutdown();
            }
            System.err.printf("%s: %,d rows in %d COPYs side by side in %.1f s%n", table, rows, parts, (System.nanoTime() - began) / 1e9);
        }

        private static void copy(Connection c, String table, String columns, int from, int to, Row row) throws Exception {
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)");
            try (Writer w = new BufferedWriter(new OutputStreamWriter(new CopyStream(copy), StandardCharsets.UTF_8), 1 << 20)) {
                write(w, from, to, row);
            }
            copy.endCopy();
        }

        private static void write(Writer w, int from, int to, Row row) throws Exception {
            StringBuilder line = new StringBuilder(600);
            for (int i = from; i < to; i++) {
                line.setLength(0);
                row.write(i, line);
                w.append(line).append('\n');
            }
        }
    }

    /** Bytes written to a COPY ... FROM STDIN; closing it does not end the copy (endCopy does). */
    static final class CopyStream extends OutputStream {
        private final CopyIn copy;

        CopyStream(CopyIn copy) {
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                copy.writeToCopy(b, off, len);
            } catch (java.sql.SQLException e) {
                throw new IOException(e);
            }
        }
    }

    static boolean hasColumn(Connection c, boolean derby, String table, String column) throws Exception {
        try (ResultSet columns = c.getMetaData().getColumns(null, null, derby ? table.toUpperCase() : table, derby ? column.toUpperCase() : column)) {
            return columns.next();
        }
    }

    static int user(Connection c, String email, String now) throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO users (primary_email, email_key, password_hash, created_at, updated_at) VALUES (?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, email);
            s.setString(2, email);
            s.setString(3, "not-a-password-hash");
            s.setTimestamp(4, Timestamp.valueOf(now));
            s.setTimestamp(5, Timestamp.valueOf(now));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        }
    }

    static List<Integer> projects(Connection c, int user, int count, String now) throws Exception {
        List<Integer> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO projects (user_id, name, project_type, main_language, created_at, updated_at) VALUES (?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < count; i++) {
                s.setInt(1, user);
                s.setString(2, "bench " + i);
                s.setString(3, "web-service");
                s.setString(4, "java");
                s.setTimestamp(5, Timestamp.valueOf(now));
                s.setTimestamp(6, Timestamp.valueOf(now));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getInt(1));
                }
            }
        }
        return ids;
    }

    /** The (project, import) pairs of the imports with this source path, in id order. */
    static List<int[]> importsOf(Connection c, String marker) throws Exception {
        List<int[]> pairs = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT project_id, id FROM context_imports WHERE source_path = ? ORDER BY id")) {
            q.setString(1, marker);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    pairs.add(new int[] {rows.getInt(1), rows.getInt(2)});
                }
            }
        }
        return pairs;
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
