package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.RawHttp;
import dev.neptun.testsupport.ServerLog;
import dev.neptun.testsupport.ServerUnderTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules every response follows, whoever writes it (the API, the servlet container, the server's
 * own OpenAPI and health endpoints): walked over every class of path and every class of method, each
 * request with a forged {@code Host}. A client's mistake is never a 500 nor a logged failure; a 405
 * names what is allowed; an error has the API's JSON body (but where the server writes its own, outside
 * the application: {@link ServerUnderTest#writesItsOwnErrorBodyFor}); every response has the security
 * headers; an absolute URL in it starts with the configured base URL.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class EveryResponseApiIT {

    /** One of each kind of path the server answers. */
    private static final List<String> PATHS = List.of(
            "/", "/index.html", "/app/main.js", "/app/", "/app", "/nope", "/app/nope.js", "/WEB-INF/web.xml",
            "/health", "/health/ready", "/openapi", "/openapi/application.wadl", "/openapi/nope",
            "/api/status", "/api/nope", "/api/application.wadl", "/api/users/1/projects", "/api/auth/login");

    /** Known methods, WebDAV's, one nobody knows, and one in the wrong case. */
    private static final List<String> METHODS = List.of(
            "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO", "get");

    private static final String FORGED_HOST = "evil.example";

    @Test
    void everyPathAndMethodFollowsTheRules() throws Exception {
        String base = Api.base().toString().replaceAll("/$", "");
        ServerLog log = ServerLog.mark();
        List<String> broken = new ArrayList<>();
        for (String path : PATHS) {
            for (String method : METHODS) {
                RawHttp.Response response = RawHttp.exchange(
                        RawHttp.head(method, path, Map.of("Host", FORGED_HOST, "Content-Length", "0")), new byte[0], Duration.ofSeconds(10))
                        .orElseThrow(() -> new AssertionError(method + " " + path + ": no answer"));
                broken.addAll(problems(method + " " + path + " -> " + response.status(), method, path, response, base));
            }
        }

        assertEquals(List.of(), broken);
        String logged = log.settled();
        assertTrue(!logged.contains("SEVERE") && !logged.contains("ERROR"), "no request logged a failure:\n" + logged);
    }

    private static List<String> problems(String request, String method, String path, RawHttp.Response response, String base) {
        List<String> problems = new ArrayList<>();
        int status = response.status();
        if (status >= 500 && status != 501) {
            problems.add(request + ": a server failure for a client's request");
        }
        if (!response.header("Content-Security-Policy").startsWith("default-src 'self'")
                || !response.header("X-Content-Type-Options").equals("nosniff")
                || !response.header("Referrer-Policy").equals("no-referrer")) {
            problems.add(request + ": without the security headers " + response.headers());
        }
        if (!response.header("Location").isEmpty() && !response.header("Location").startsWith(base + "/")) {
            problems.add(request + ": Location " + response.header("Location"));
        }
        if (response.body().contains(FORGED_HOST) || response.headers().values().stream().anyMatch(v -> v.contains(FORGED_HOST))) {
            problems.add(request + ": repeats the forged Host");
        }
        if (status == 405 && response.header("Allow").isEmpty()) {
            problems.add(request + ": 405 without Allow");
        }
        if (status >= 400 && !method.equals("HEAD") && !ServerUnderTest.current().writesItsOwnErrorBodyFor(path)) {
            if (!response.header("Content-Type").startsWith("application/json")) {
                problems.add(request + ": error as " + response.header("Content-Type"));
            } else {
                JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
                if (body.getInt("statusCode", -1) != status || !body.containsKey("message")) {
                    problems.add(request + ": error body " + body);
                }
            }
        }
        return problems;
    }
}
