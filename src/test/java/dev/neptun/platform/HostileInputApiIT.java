package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.platform.json.JsonBodyReader;
import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.RawHttp;
import dev.neptun.testsupport.ServerUnderTest;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

    @ParameterizedTest
    @ValueSource(strings = {"projects/%01", "projects/%7F", "projects?x=%C0%AE", "projects?x=%0A"})
    void anUndecodableUriIsA400Json(String target) throws IOException {
        assertJsonError(undecodable(target), 400);
    }

    /** WildFly's Undertow refuses these itself, with a bare 400, before the application; on Payara they reach it. */
    @ParameterizedTest
    @ValueSource(strings = {"projects?project_type=%ZZ", "projects?project_type=%", "projects?project_type=%2"})
    void aBrokenEscapeInTheQueryIsA400(String target) throws IOException {
        RawHttp.Response response = undecodable(target);

        assertEquals(400, response.status(), response::toString);
        if (!ServerUnderTest.current().refusesBrokenEscapesInQueriesItself()) {
            assertJsonError(response, 400);
        }
    }

    private static RawHttp.Response undecodable(String target) throws IOException {
        ApiUser user = ApiUser.create();
        return RawHttp.exchange(RawHttp.head("GET", "/" + user.path(target), Map.of("Cookie", "neptun-session=" + user.token())),
                new byte[0], Duration.ofSeconds(10)).orElseThrow();
    }

    private static void assertJsonError(RawHttp.Response response, int status) {
        assertEquals(status, response.status(), response::toString);
        assertTrue(response.header("Content-Type").startsWith("application/json"), response::toString);
        assertEquals(status, Json.createReader(new StringReader(response.body())).readObject().getInt("statusCode"));
    }

    /**
     * The container answers these itself, before the application sees the request, with bodies of its
     * own (docs/testing.md lists them): Payara's parser refuses them with a bare 400.
     */
    @ParameterizedTest
    @ValueSource(strings = {"oversized cookie", "bad Content-Length", "bad chunk size", "control character in a header"})
    void malformedFramingIsRefusedByTheContainerWithA4xx(String malformation) throws IOException {
        Map<String, String> headers = switch (malformation) {
            case "oversized cookie" -> Map.of("Cookie", "x=" + "a".repeat(100_000));
            case "bad Content-Length" -> Map.of("Content-Type", "application/json", "Content-Length", "abc");
            case "bad chunk size" -> Map.of("Content-Type", "application/json", "Transfer-Encoding", "chunked");
            default -> Map.of("X-Test", "a\u0001b");
        };
        byte[] body = malformation.equals("bad chunk size") ? "ZZ\r\n{}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII) : new byte[0];

        Optional<RawHttp.Response> response = RawHttp.exchange(RawHttp.head("POST", "/api/auth/login", headers), body, Duration.ofSeconds(10));

        assertTrue(response.isEmpty() || (response.get().status() >= 400 && response.get().status() < 500), response::toString);
    }

    @Test
    void aBodyThatStopsShortIsGivenUpOnWithinSecondsNeverWithAServerError() throws IOException {
        ApiUser user = ApiUser.create();
        Instant start = Instant.now();

        Optional<RawHttp.Response> response = RawHttp.exchange(RawHttp.head("POST", "/" + user.path("projects"),
                Map.of("Cookie", "neptun-session=" + user.token(), "Content-Type", "application/json", "Content-Length", "100")),
                "{\"name\":".getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(15));

        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, () -> "took " + took);
        response.ifPresent(r -> assertTrue(r.status() == 400 || r.status() == 408, r::toString));
        assertEquals("[]", projects(user));
    }

    @Test
    void theHostHeaderNeverMakesALocation() throws IOException {
        ApiUser user = ApiUser.create();
        byte[] body = "{\"name\":\"a\",\"type\":\"web-app\",\"main_language\":\"go\"}".getBytes(StandardCharsets.UTF_8);

        RawHttp.Response created = RawHttp.exchange(RawHttp.head("POST", "/" + user.path("projects"), Map.of("Host", "evil.example",
                "Cookie", "neptun-session=" + user.token(), "Content-Type", "application/json", "Content-Length",
                Integer.toString(body.length))), body, Duration.ofSeconds(10)).orElseThrow();

        assertEquals(201, created.status(), created::toString);
        String base = Api.base().toString().replaceAll("/$", "");
        assertTrue(created.header("Location").startsWith(base + "/api/users/" + user.id() + "/projects/"), created::toString);
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

        RawHttp.Response response = RawHttp.postExpectingContinue(user.path("projects"), user.token(), huge.getBytes(StandardCharsets.UTF_8));

        assertEquals(413, response.status(), response::toString);
        assertTrue(response.header("Content-Type").startsWith("application/json"), response::toString);
        assertEquals(413, Json.createReader(new StringReader(response.body())).readObject().getInt("statusCode"));
        assertEquals("[]", projects(user));
    }

    /** One of each class of malformed body, as raw bytes; what {@code StrictJsonTest} and {@code JsonBodyReaderTest} cover in depth. */
    record Malformed(String name, byte[] body, String contentType, String member) {

        static Malformed of(String name, String body, String member) {
            return new Malformed(name, body.getBytes(StandardCharsets.UTF_8), "application/json", member);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Malformed> malformedBodies() {
        String valid = "{\"name\":\"a\",\"type\":\"web-app\",\"main_language\":\"go\"}";
        ByteArrayOutputStream invalidUtf8 = new ByteArrayOutputStream();
        invalidUtf8.writeBytes("{\"name\":\"caf".getBytes(StandardCharsets.US_ASCII));
        invalidUtf8.write(0xC3);
        invalidUtf8.write(0x28);
        invalidUtf8.writeBytes("\",\"type\":\"web-app\",\"main_language\":\"go\"}".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream utf16WithBom = new ByteArrayOutputStream();
        utf16WithBom.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16WithBom.writeBytes(valid.getBytes(StandardCharsets.UTF_16LE));
        return List.of(
                new Malformed("invalid UTF-8", invalidUtf8.toByteArray(), "application/json", null),
                new Malformed("UTF-16 without BOM", valid.getBytes(StandardCharsets.UTF_16LE), "application/json", null),
                new Malformed("UTF-16 with BOM", utf16WithBom.toByteArray(), "application/json", null),
                new Malformed("UTF-16 declared", valid.getBytes(StandardCharsets.UTF_16BE), "application/json; charset=utf-16", null),
                Malformed.of("empty", "", null),
                Malformed.of("not an object", "[" + valid + "]", null),
                Malformed.of("syntax error", "{\"name\":\"a\",,}", null),
                Malformed.of("truncated", "{\"name\":\"a\"", null),
                Malformed.of("anything after the value", valid + " {}", null),
                Malformed.of("a member named twice", "{\"name\":\"a\",\"type\":\"web-app\",\"main_language\":\"go\",\"name\":\"b\"}", "name"),
                Malformed.of("number overflow, known member", "{\"name\":1e2147483648,\"type\":\"web-app\",\"main_language\":\"go\"}", "name"),
                Malformed.of("number overflow, unknown member", "{\"x\":1e2147483648,\"name\":\"a\",\"type\":\"web-app\",\"main_language\":\"go\"}", "x"),
                Malformed.of("nesting 65 deep", "{\"x\":" + "[".repeat(64) + "]".repeat(64) + ",\"name\":\"a\",\"type\":\"web-app\",\"main_language\":\"go\"}", null),
                Malformed.of("nesting 100000 deep", "{\"name\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}", null),
                Malformed.of("a lone surrogate", "{\"name\":\"\\ud800\",\"type\":\"web-app\",\"main_language\":\"go\"}", "name"),
                Malformed.of("a NUL", "{\"name\":\"a\\u0000b\",\"type\":\"web-app\",\"main_language\":\"go\"}", "name"),
                Malformed.of("a wrong JSON type", "{\"name\":[\"a\"],\"type\":\"web-app\",\"main_language\":\"go\"}", "name"),
                Malformed.of("null where a value is required", "{\"name\":null,\"type\":\"web-app\",\"main_language\":\"go\"}", "name"),
                Malformed.of("a number for a name", "{\"name\":\"a\",\"type\":1,\"main_language\":\"go\"}", "type"),
                Malformed.of("an unknown name", "{\"name\":\"a\",\"type\":\"desktop\",\"main_language\":\"go\"}", "type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void everyMalformedBodyIsA400NamingItsMemberAndCreatesNothing(Malformed malformed) {
        ApiUser user = ApiUser.create();

        Api.Response response = Api.post(user.path("projects")).session(user.token())
                .header("Content-Type", malformed.contentType()).bytes(malformed.body()).send();

        assertJsonError(response, 400);
        if (malformed.member() != null) {
            assertEquals(malformed.member(), response.json().getJsonArray("errors").getJsonObject(0).getString("field"), response::toString);
        }
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
    void sqlAndHtmlInNamesAreStoredLiterallyNeverInterpreted() {
        ApiUser user = ApiUser.create();
        String hostile = "x'); DELETE FROM projects; -- <img src=x onerror=alert(1)> %' OR '1'='1";

        JsonObject created = user.create("projects", Json.createObjectBuilder().add("name", hostile)
                .add("type", "web-app").add("main_language", "go").build().toString());

        assertEquals(hostile, user.get("projects/" + created.getInt("id")).json().getString("name"));
        assertEquals(1, Json.createReader(new java.io.StringReader(projects(user))).readArray().size());
    }
}
