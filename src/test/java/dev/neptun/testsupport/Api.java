package dev.neptun.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A plain HTTP client for the {@code @RunAsClient} tests: real requests, as curl would send them. */
public final class Api {

    // HTTP/1.1 as curl and browsers speak it to a plain-HTTP server; no h2c upgrade attempts.
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    public static URI base() {
        return URI.create(System.getProperty("it.base.url", "http://localhost:28080/"));
    }

    public static Request request(String method, String path) {
        return new Request(method, path);
    }

    public static Request get(String path) {
        return request("GET", path);
    }

    public static Request post(String path) {
        return request("POST", path);
    }

    public static Request delete(String path) {
        return request("DELETE", path);
    }

    private static final java.util.Set<String> IDEMPOTENT = java.util.Set.of("GET", "HEAD", "PUT", "DELETE");

    public static final class Request {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Request session(String token) {
            return header("Cookie", "neptun-session=" + token);
        }

        public Request json(String json) {
            return bytes(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        /** A JSON body given as raw bytes, e.g. invalid UTF-8. */
        public Request bytes(byte[] raw) {
            headers.putIfAbsent("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofByteArray(raw);
            return this;
        }

        public Response send() {
            try {
                return async().join();
            } catch (java.util.concurrent.CompletionException e) {
                // A pooled connection the server closed just as it was reused: nothing reached the server,
                // and HTTP lets a client repeat an idempotent request then (RFC 9110, 9.2.2).
                if (IDEMPOTENT.contains(method) && String.valueOf(e.getCause()).contains("received no bytes")) {
                    return async().join();
                }
                throw new UncheckedIOException(new IOException(e.getCause()));
            }
        }

        public CompletableFuture<Response> async() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(base().resolve(path.startsWith("/") ? path.substring(1) : path))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, body);
            headers.forEach(builder::header);
            return CLIENT.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString()).thenApply(Response::new);
        }
    }

    public static final class Response {
        private final HttpResponse<String> response;

        Response(HttpResponse<String> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            }
        }

        /** The token of the {@code neptun-session} cookie this response sets, if any. */
        public Optional<String> sessionCookie() {
            return headers("Set-Cookie").stream()
                    .filter(c -> c.startsWith("neptun-session="))
                    .map(c -> c.substring("neptun-session=".length(), c.indexOf(';')))
                    .findFirst();
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
