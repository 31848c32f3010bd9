package dev.neptun.auth.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The one form an email address is known by, for sign-up, login and throttling alike: Unicode NFKC
 * (so full-width letters, ligatures and compatibility characters are their plain selves), then
 * case folding (upper case, then lower case, which folds ß to ss and final sigma to sigma), then NFKC
 * again. Every address that canonicalises alike is the same account.
 */
public final class EmailKeys {

    /** The length of the {@code email_key} column: a key that grows past it (İ lower-cases to two characters) is no key. */
    public static final int MAX_LENGTH = 256;

    private EmailKeys() {
    }

    public static String canonical(String email) {
        String compatible = Normalizer.normalize(email.strip(), Normalizer.Form.NFKC);
        return Normalizer.normalize(compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    }

    /** The key of an address, or empty when its canonical form is longer than a key can be. */
    public static Optional<String> of(String email) {
        String key = canonical(email);
        return key.length() <= MAX_LENGTH ? Optional.of(key) : Optional.empty();
    }
}
