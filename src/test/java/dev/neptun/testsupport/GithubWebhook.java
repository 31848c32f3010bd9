package dev.neptun.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * GitHub as the suite's servers' webhook sender: GitHub's published example payloads
 * (src/test/resources/github-webhooks), signed as GitHub signs them, with the secret the test
 * servers run with ({@code it.github.webhook-secret} in pom.xml), and sent with GitHub's headers.
 */
public final class GithubWebhook {

    public static final String PATH = "api/github/webhook";
    /** GitHub gives up on a delivery not answered within 10 s. */
    public static final Duration GITHUBS_TIMEOUT = Duration.ofSeconds(10);

    private GithubWebhook() {
    }

    public static String secret() {
        return System.getProperty("it.github.webhook-secret", "it-webhook-secret-7f3a9c");
    }

    /** One of GitHub's examples, by file name without .json: {@code installation.deleted}, {@code ping}, ... */
    public static JsonObject example(String name) {
        try (InputStream in = GithubWebhook.class.getResourceAsStream("/github-webhooks/" + name + ".json")) {
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example with only these members changed, by JSON Patch. */
    public static JsonObject example(String name, UnaryOperator<JsonPatchBuilder> changes) {
        return changes.apply(Json.createPatchBuilder()).build().apply(example(name));
    }

    /** {@code sha256=} and the lower-case hex HMAC-SHA256 of the bytes, as GitHub writes X-Hub-Signature-256. */
    public static String sign(byte[] body, byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(byte[] body) {
        return sign(body, secret().getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] bytes(JsonObject payload) {
        return payload.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String newDeliveryId() {
        return UUID.randomUUID().toString();
    }

    /** A delivery with GitHub's headers but no signature: the test adds one, or not. */
    public static Api.Request unsigned(String event, String deliveryId, byte[] body) {
        return Api.post(PATH)
                .header("User-Agent", "GitHub-Hookshot/neptun-it")
                .header("X-GitHub-Event", event)
                .header("X-GitHub-Delivery", deliveryId)
                .header("X-GitHub-Hook-ID", "109948940")
                .header("X-GitHub-Hook-Installation-Target-Type", "integration")
                .header("X-GitHub-Hook-Installation-Target-ID", "29310")
                .bytes(body);
    }

    public static Api.Request signed(String event, String deliveryId, byte[] body) {
        return unsigned(event, deliveryId, body).header("X-Hub-Signature-256", sign(body));
    }

    /** Sends it and checks that the answer came within GitHub's timeout. */
    public static Api.Response send(Api.Request delivery) {
        long start = System.nanoTime();
        Api.Response response = delivery.send();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(GITHUBS_TIMEOUT) < 0, "answered within GitHub's 10 s, took " + took + ": " + response);
        return response;
    }

    /** A new delivery of this payload, signed as GitHub signs. */
    public static Api.Response deliver(String event, JsonObject payload) {
        return send(signed(event, newDeliveryId(), bytes(payload)));
    }
}
