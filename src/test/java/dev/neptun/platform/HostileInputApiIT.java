package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile requests: each is a 4xx JSON error, and nothing changes. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class HostileInputApiIT {

    private static void assertJsonError(Api.Response response, int status) {
        assertEquals(status, response.status(), response::toString);
        assertTrue(response.header("Content-Type").orElse("").startsWith("application/json"), response::toString);
        assertEquals(status, response.json().getInt("statusCode"));
    }

    private static String projects(ApiUser user) {
        return user.get("projects").body();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%2F..", "1%2F..", "..%2F1", "%2e%2e", "1;x=2", "%EF%BC%91", "0x1", "1_000", "+0", "-0"})
    void pathIdsThatAreNotPlainDecimalAreRefusedAndChangeNothing(String bad) {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int imported = user.localImport(project);

        Api.Response response = user.delete("projects/" + project + "/resources/imports/" + bad);

        assertJsonError(response, 400);
        assertEquals(200, user.get("projects/" + project + "/resources/imports/" + imported).status());
    }

    @Test
    void aNulInThePathIsRefusedByTheServerBeforeTheApplication() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int imported = user.localImport(project);

        // Payara's HTTP layer answers this itself, with a bare 400: the one error the API cannot dress as JSON.
        assertEquals(400, user.delete("projects/" + project + "/resources/imports/" + imported + "%00").status());
        assertEquals(200, user.get("projects/" + project + "/resources/imports/" + imported).status());
    }

    @Test
    void bodyOverTheSizeLimitIs413AndCreatesNothing() throws IOException {
        ApiUser user = ApiUser.create();
        String huge = "{\"name\":\"" + "x".repeat(JsonBodyReader.LIMIT_BYTES) + "\",\"type\":\"web-app\",\"main_language\":\"go\"}";

        RawResponse response = postExpectingContinue(user.path("projects"), user.token(), huge.getBytes(StandardCharsets.UTF_8));

        assertEquals(413, response.status(), response::toString);
        assertTrue(response.headers().getOrDefault("content-type", "").startsWith("application/json"), response::toString);
        assertEquals(413, Json.createReader(new StringReader(response.body())).readObject().getInt("statusCode"));
        assertEquals("[]", projects(user));
    }

    private record RawResponse(int status, Map<String, String> headers, String body) {
    }

    /**
     * A large body sent as curl sends it: the headers with "Expect: 100-continue", the body only after
     * "100 Continue". Over a plain socket, because Java 17's HttpClient waits forever when the server
     * answers such a request with its final status straight away, as it may (RFC 9110, 10.1.1).
     */
    private static RawResponse postExpectingContinue(String path, String token, byte[] body) throws IOException {
        URI base = Api.base();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            out.write(("POST /" + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nCookie: neptun-session=" + token + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            int status = status(line(in));
            Map<String, String> headers = headers(in);
            if (status == 100) {
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException closedEarly) {
                    // the server may stop reading at its limit and answer at once
                }
                status = status(line(in));
                headers = headers(in);
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "-1"));
            byte[] content = length >= 0 ? in.readNBytes(length) : in.readAllBytes();
            return new RawResponse(status, headers, new String(content, StandardCharsets.UTF_8));
        }
    }

    private static int status(String statusLine) {
        return Integer.parseInt(statusLine.split(" ")[1]);
    }

    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new HashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return headers;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed in the middle of a response");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void deeplyNestedJsonIs400() {
        ApiUser user = ApiUser.create();
        String nested = "{\"name\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        assertJsonError(user.post("projects", nested), 400);
        assertEquals("[]", projects(user));
    }

    @Test
    void malformedJsonIs400() {
        ApiUser user = ApiUser.create();

        assertJsonError(user.post("projects", "{\"name\":\"a\",,}"), 400);
        assertJsonError(user.post("projects", "{\"name\":\"a\""), 400);
        assertJsonError(user.post("projects", "nul"), 400);
        assertEquals("[]", projects(user));
    }

    @Test
    void invalidUtf8Is400AndStoresNothing() {
        ApiUser user = ApiUser.create();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"name\":\"caf".getBytes(StandardCharsets.US_ASCII));
        body.write(0xC3);
        body.write(0x28);
        body.writeBytes("\",\"type\":\"web-app\",\"main_language\":\"go\"}".getBytes(StandardCharsets.US_ASCII));

        Api.Response response = Api.post(user.path("projects")).session(user.token()).bytes(body.toByteArray()).send();

        assertJsonError(response, 400);
        assertEquals("[]", projects(user));
    }

    @Test
    void wrongContentTypeIs415() {
        ApiUser user = ApiUser.create();

        Api.Response response = Api.post(user.path("projects")).session(user.token())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .json("name=a&type=web-app&main_language=go").send();

        assertJsonError(response, 415);
        assertEquals("[]", projects(user));
    }

    @Test
    void nullsWhereValuesAreRequiredAre400() {
        ApiUser user = ApiUser.create();

        assertJsonError(user.post("projects", "{\"name\":null,\"type\":\"web-app\",\"main_language\":\"go\"}"), 400);
        assertJsonError(user.post("projects", "null"), 400);
        assertEquals("[]", projects(user));
    }

    @Test
    void sqlAndHtmlInNamesAreStoredLiterallyNeverInterpreted() {
        ApiUser user = ApiUser.create();
        String hostile = "x'); DELETE FROM projects; -- <img src=x onerror=alert(1)> %' OR '1'='1";

        JsonObject created = user.create("projects", Json.createObjectBuilder().add("name", hostile)
                .add("type", "web-app").add("main_language", "go").build().toString());

        assertEquals(hostile, user.get("projects/" + created.getInt("id")).json().getString("name"));
        assertEquals(1, Json.createReader(new java.io.StringReader(projects(user))).readArray().size());
    }
}
