package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's walkthrough exactly as a reader would paste it into bash (only the server's
 * address is the suite's), so the README and the API can never drift apart.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ReadmeWalkthroughApiIT {

    private static final String RUN_COMMANDS_ADDRESS = "http://localhost:8080";

    /** The first {@code ```sh} block after the "## Walkthrough" heading. */
    static String walkthrough(String readme) {
        int section = readme.indexOf("\n## Walkthrough");
        int start = readme.indexOf("```sh\n", section) + "```sh\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void theReadmesWalkthroughDeletesTheImportAsTheUsersDocumentSays(@TempDir Path workDir) throws IOException, InterruptedException {
        String script = walkthrough(Files.readString(Path.of("README.md")));
        assertTrue(script.contains(RUN_COMMANDS_ADDRESS), "the walkthrough talks to the run command's server");
        String base = Api.base().toString().replaceAll("/$", "");

        Process bash = new ProcessBuilder("bash", "-c", script.replace(RUN_COMMANDS_ADDRESS, base))
                .directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(60, TimeUnit.SECONDS), "the walkthrough did not finish");

        assertEquals(0, bash.exitValue(), output);
        List<String> lines = output.lines().map(String::strip).toList();
        int deleted = lines.indexOf("HTTP/1.1 204 No Content");
        assertTrue(deleted > 0, () -> "the document's DELETE is a 204:\n" + output);
        List<String> after = lines.subList(deleted, lines.size());
        assertEquals(3, after.stream().filter("[]"::equals).count(), () -> "imports, files and connections are gone:\n" + output);
        assertTrue(after.stream().anyMatch(l -> l.contains("\"github_account_name\":\"octocat\"")), () -> "the installation stays:\n" + output);
        assertTrue(after.contains("{\"statusCode\":404,\"message\":\"Import not found\"}"), () -> "a second DELETE is the 404:\n" + output);
        assertEquals("204", lines.get(lines.size() - 1), () -> "logout:\n" + output);
    }
}
