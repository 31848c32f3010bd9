package dev.neptun.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code jakarta.json.Json}'s static methods and {@code JsonProvider.provider()} find the provider with a
 * ServiceLoader at every call (jakartaee/jsonp-api#154, #346), and {@code JsonbBuilder.create} builds a
 * whole JSON-B context: a list once read every row's file tree that way. Read from the sources: each such
 * call makes what a static final field keeps.
 */
class JsonProviderLookupsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LOOKUP = Pattern.compile("\\b(?:Json\\.create\\w*|JsonProvider\\.provider|JsonbBuilder\\.create)\\s*\\(");
    private static final Pattern KEPT = Pattern.compile("^\\s*private static final [\\w.<>, ]+ [A-Z][A-Z0-9_]* = ");
    private static final Pattern COMMENT = Pattern.compile("^\\s*(?:\\*|//|/\\*)");

    @Test
    void everyProviderLookupIsKeptInAStaticFinalField() throws IOException {
        List<String> perCall = new ArrayList<>();
        int kept = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (COMMENT.matcher(line).find() || !LOOKUP.matcher(line).find()) {
                        continue;
                    }
                    if (KEPT.matcher(line).find()) {
                        kept++;
                    } else {
                        perCall.add(file + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), perCall);
        assertTrue(kept >= 3, "found the kept lookups (JSON-B's context, the strict reader's provider, the text reader's factory)");
    }
}
