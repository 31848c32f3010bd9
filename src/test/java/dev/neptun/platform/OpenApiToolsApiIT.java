package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tools client developers point at /openapi, run by the versions package-lock.json pins (the build
 * installs them into target/typescript, from src/test/typescript): both linters find no error in the
 * served document, and a TypeScript client generated from it drives the README's walkthrough, first
 * through {@code tsc --noEmit}, then against this server.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OpenApiToolsApiIT {

    private static final Path TOOLS = Path.of(System.getProperty("it.typescript.dir", "target/typescript"));
    private static final String DOCUMENT = "openapi.json";

    /** Exit code and everything printed. */
    record Run(int exit, String output) {
    }

    @BeforeAll
    static void theServedDocument() throws IOException {
        Api.Response served = Api.get("openapi").header("Accept", "application/json").send();
        assertEquals(200, served.status(), served::toString);
        Files.writeString(TOOLS.resolve(DOCUMENT), served.body(), StandardCharsets.UTF_8);
    }

    @Test
    void redoclyRecommendedFindsNoError() throws Exception {
        Run lint = run(Map.of("REDOCLY_TELEMETRY", "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE", "true"),
                "node_modules/.bin/redocly", "lint", "--extends=recommended", "--format=summary", DOCUMENT);

        assertEquals(0, lint.exit(), lint.output());
        assertTrue(lint.output().contains("Your API description is valid"), lint.output());
    }

    @Test
    void spectralOasFindsNoError() throws Exception {
        Run lint = run(Map.of(), "node_modules/.bin/spectral", "lint", "--ruleset", ".spectral.yaml", "--fail-severity", "error", DOCUMENT);

        assertEquals(0, lint.exit(), lint.output());
        assertTrue(lint.output().contains("0 errors"), lint.output());
    }

    @Test
    void aTypeScriptClientGeneratedFromItTypeChecksTheWalkthroughAndRunsItAgainstThisServer() throws Exception {
        Run generate = run(Map.of(), "node_modules/.bin/openapi-typescript", DOCUMENT, "--output", "neptun.d.ts");
        assertEquals(0, generate.exit(), generate.output());

        Run typeCheck = run(Map.of(), "node_modules/.bin/tsc", "--noEmit", "-p", ".");
        assertEquals(0, typeCheck.exit(), typeCheck.output());

        Run compile = run(Map.of(), "node_modules/.bin/tsc", "-p", ".");
        assertEquals(0, compile.exit(), compile.output());
        String base = Api.base().toString().replaceAll("/$", "");
        Run walkthrough = run(Map.of("NEPTUN_BASE_URL", base), "node", "out/walkthrough.js");
        assertEquals(0, walkthrough.exit(), walkthrough.output());
        assertTrue(walkthrough.output().contains("walkthrough passed against " + base), walkthrough.output());
    }

    private static Run run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        // Into a file, not a pipe: a pipe nobody reads while waiting could stall the tool, and a read would outwait the limit.
        Path output = Files.createTempFile(TOOLS, "run", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(TOOLS.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within 120 s: " + Files.readString(output));
        }
        return new Run(process.exitValue(), String.join(" ", command) + "\n" + Files.readString(output, StandardCharsets.UTF_8));
    }
}
