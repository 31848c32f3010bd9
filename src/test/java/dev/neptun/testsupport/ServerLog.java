package dev.neptun.testsupport;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** What the server under test logs from a moment on, read from its log file. */
public final class ServerLog {

    private final Path file;
    private final long start;

    private ServerLog(Path file, long start) {
        this.file = file;
        this.start = start;
    }

    /** From now on. */
    public static ServerLog mark() {
        Path file = ServerUnderTest.current().logFile();
        return new ServerLog(file, file.toFile().length());
    }

    /** What was logged since the mark, once it contains {@code expected} (the server writes its log asynchronously). */
    public String awaitContaining(String expected) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        String logged = since();
        while (!logged.contains(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            logged = since();
        }
        if (!logged.contains(expected)) {
            throw new AssertionError("the server log does not say '" + expected + "' after the mark:\n" + logged);
        }
        return logged;
    }

    /** What was logged since the mark, once the server's asynchronous writer has had a second to catch up. */
    public String settled() throws IOException, InterruptedException {
        Thread.sleep(1000);
        return since();
    }

    private String since() throws IOException {
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            // A log rotated since the mark starts again at 0.
            long from = log.length() < start ? 0 : start;
            byte[] text = new byte[(int) (log.length() - from)];
            log.seek(from);
            log.readFully(text);
            return new String(text, StandardCharsets.UTF_8);
        }
    }
}
