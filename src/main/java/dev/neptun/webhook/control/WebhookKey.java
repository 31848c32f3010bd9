package dev.neptun.webhook.control;

import dev.neptun.platform.refusals.Unauthenticated;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook secret as GitHub uses it: {@code X-Hub-Signature-256} is {@code sha256=} and the
 * lower-case hex HMAC-SHA256 of the raw body under the secret's UTF-8 bytes. The header is compared
 * whole, as GitHub's own examples compare it: upper-case hex is not GitHub's and is refused.
 */
public final class WebhookKey {

    static final String WRONG_SIGNATURE = "Missing or wrong X-Hub-Signature-256";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern SIGNATURE = Pattern.compile("sha256=[0-9a-f]{64}");

    private final SecretKeySpec key;

    /** {@code secret}: not empty (an empty key would let anyone sign). */
    public WebhookKey(String secret) {
        key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** A header that cannot be a signature, absence included, is refused before any of the body is read. */
    public static void requireWellFormed(String signature) {
        if (signature == null || !SIGNATURE.matcher(signature).matches()) {
            throw new Unauthenticated(WRONG_SIGNATURE);
        }
    }

    /**
     * Refuses a signature that is not this key's over {@code body}. Compared in constant time: how long
     * the comparison takes tells nothing about how much of a guess was right.
     */
    public void requireSigned(String signature, byte[] body) {
        requireWellFormed(signature);
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))) {
            throw new Unauthenticated(WRONG_SIGNATURE);
        }
    }

    /** The header GitHub would send with {@code body}. */
    String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException missing) {
            // Every Java runtime has HmacSHA256; without it nothing can be verified.
            throw new IllegalStateException(missing);
        }
    }
}
