package dev.neptun.auth.control;

import dev.neptun.platform.config.Settings;
import dev.neptun.platform.refusals.Overloaded;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * PBKDF2 of passwords, the most expensive thing a request can ask for, kept from exhausting the
 * server: never inside a transaction (JTA refuses the call, so no pooled connection waits on a
 * hash), and at most {@link Settings#concurrentPasswordHashes()} at once. Beyond that a sign-up or
 * login is answered 503 with Retry-After at once instead of queueing behind the others.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NEVER)
public class Passwords {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    Settings settings;

    private Semaphore permits;
    // Checked when the email is unknown, so that a wrong email costs as long as a wrong password.
    private String decoy;

    @PostConstruct
    void configure() {
        // OWASP's 2023 figure for PBKDF2-HMAC-SHA512; the default of 1024 iterations is far too weak.
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        permits = new Semaphore(settings.concurrentPasswordHashes());
        decoy = pbkdf2.generate(SessionToken.generate().toCharArray());
    }

    /** The salted hash to store for a new password. */
    public String hash(String password) {
        return bounded(() -> pbkdf2.generate(password.toCharArray()));
    }

    /** Whether {@code password} is the one of {@code storedHash}; with no stored hash (no such account), false, as slowly. */
    public boolean matches(String password, String storedHash) {
        return bounded(() -> pbkdf2.verify(password.toCharArray(), storedHash == null ? decoy : storedHash) && storedHash != null);
    }

    private <T> T bounded(Supplier<T> hashing) {
        if (!permits.tryAcquire()) {
            throw new Overloaded("The server is busy checking passwords; try again shortly", Duration.ofSeconds(1));
        }
        try {
            return hashing.get();
        } finally {
            permits.release();
        }
    }
}
