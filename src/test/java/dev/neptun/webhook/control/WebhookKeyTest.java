package dev.neptun.webhook.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.neptun.platform.refusals.Unauthenticated;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GitHub's signature, checked as GitHub signs: its own documented example, and every way a signature can be wrong. */
class WebhookKeyTest {

    // docs.github.com, "Validating webhook deliveries", "Testing the webhook payload validation".
    private static final String GITHUBS_SECRET = "It's a Secret to Everybody";
    private static final byte[] GITHUBS_PAYLOAD = "Hello, World!".getBytes(StandardCharsets.UTF_8);
    private static final String GITHUBS_SIGNATURE = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    private final WebhookKey key = new WebhookKey(GITHUBS_SECRET);

    @Test
    void githubsOwnExampleIsSignedAsGithubSaysAndAccepted() {
        assertEquals(GITHUBS_SIGNATURE, key.sign(GITHUBS_PAYLOAD));
        assertDoesNotThrow(() -> key.requireSigned(GITHUBS_SIGNATURE, GITHUBS_PAYLOAD));
    }

    @Test
    void theSignatureOfAnotherBodyIsRefused() {
        String other = key.sign("Hello, World?".getBytes(StandardCharsets.UTF_8));

        Unauthenticated refused = assertThrows(Unauthenticated.class, () -> key.requireSigned(other, GITHUBS_PAYLOAD));
        assertEquals(WebhookKey.WRONG_SIGNATURE, refused.getMessage());
    }

    @Test
    void aSignatureUnderAnotherSecretIsRefused() {
        String forged = new WebhookKey("another secret").sign(GITHUBS_PAYLOAD);

        assertThrows(Unauthenticated.class, () -> key.requireSigned(forged, GITHUBS_PAYLOAD));
    }

    @Test
    void oneChangedDigitIsRefused() {
        String changed = GITHUBS_SIGNATURE.substring(0, GITHUBS_SIGNATURE.length() - 1) + "6";

        assertThrows(Unauthenticated.class, () -> key.requireSigned(changed, GITHUBS_PAYLOAD));
    }

    /** GitHub writes lower-case hex and its own examples compare the header whole: upper case is not its signature. */
    @Test
    void upperCaseHexIsRefused() {
        String upper = "sha256=" + GITHUBS_SIGNATURE.substring("sha256=".length()).toUpperCase(Locale.ROOT);

        assertThrows(Unauthenticated.class, () -> WebhookKey.requireWellFormed(upper));
        assertThrows(Unauthenticated.class, () -> key.requireSigned(upper, GITHUBS_PAYLOAD));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "sha256=", "sha1=0123456789abcdef0123456789abcdef01234567", "SHA256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
        "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e1",
        "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17 ", "sha256= 757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e1"})
    void aHeaderThatCannotBeASignatureIsRefusedBeforeAnyBodyIsLookedAt(String header) {
        assertThrows(Unauthenticated.class, () -> WebhookKey.requireWellFormed(header));
        assertThrows(Unauthenticated.class, () -> key.requireSigned(header, GITHUBS_PAYLOAD));
    }

    @Test
    void aSignatureMadeWithAnEmptySecretIsRefused() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        // As a sender with an empty secret signs. SecretKeySpec refuses an empty key; HMAC pads a key with
        // zero bytes, so one zero byte gives the empty key's MAC.
        mac.init(new SecretKeySpec(new byte[1], "HmacSHA256"));
        String emptySecret = "sha256=" + HexFormat.of().formatHex(mac.doFinal(GITHUBS_PAYLOAD));

        assertThrows(Unauthenticated.class, () -> key.requireSigned(emptySecret, GITHUBS_PAYLOAD));
    }
}
