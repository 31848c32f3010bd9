package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every port the suites and the benchmarks start a server on lies below Linux's ephemeral ports
 * (32768-60999, which outgoing connections take): a Maven download or a test's client could hold one
 * just as a server starts on it, and asadmin then refuses the domain ("Port ... is in use").
 */
class ServerPortsTest {

    private static final int FIRST_EPHEMERAL = 32768;
    /** What a Payara port base opens: its own ports up to +99, and instance i's base at +100 i (up to 3). */
    private static final int PAYARA_SPAN = 400;
    /** What a WildFly port offset opens: its highest default port, management over HTTPS. */
    private static final int WILDFLY_HIGHEST = 9993;

    private static final Pattern PORTBASE = Pattern.compile("(?:<it\\.(?:second\\.)?portbase>|PORTBASE=|PORTBASE:-)(\\d+)");
    private static final Pattern OFFSET = Pattern.compile("(?:<it\\.port\\.offset>|PORT_OFFSET=|PORT_OFFSET:-)(\\d+)");
    private static final Pattern PORT = Pattern.compile("(?:<it\\.(?:admin|http)\\.port>|BALANCER_PORT:-|localhost:)(\\d+)");

    @Test
    void everyPortBaseOffsetAndPortOfTheSuitesAndBenchmarksIsBelowTheEphemeralRange() throws IOException {
        int found = 0;
        for (Path file : List.of(Path.of("pom.xml"), Path.of("server-config/cluster"), Path.of("bench/run"), Path.of("bench/webhook"))) {
            String text = Files.readString(file);
            found += check(file, text, PORTBASE, PAYARA_SPAN) + check(file, text, OFFSET, WILDFLY_HIGHEST) + check(file, text, PORT, 0);
        }
        assertTrue(found > 0);
    }

    /** Asserts each value of the setting in the file; how many there were. */
    private static int check(Path file, String text, Pattern setting, int span) {
        int checked = 0;
        Matcher m = setting.matcher(text);
        while (m.find()) {
            int value = Integer.parseInt(m.group(1));
            assertTrue(value + span < FIRST_EPHEMERAL, () -> file + ": " + m.group() + " opens ports up to " + (value + span));
            checked++;
        }
        return checked;
    }
}
