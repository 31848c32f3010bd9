package dev.neptun.auth.control;

import dev.neptun.auth.entity.UserAccount;
import dev.neptun.platform.Clock;
import dev.neptun.platform.Conflict;
import dev.neptun.platform.Unauthenticated;
import dev.neptun.platform.Unique;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

/** Sign-up and password checks. Passwords exist only as salted PBKDF2 hashes and are never logged. */
@ApplicationScoped
public class Accounts {

    static final String WRONG_CREDENTIALS = "Invalid email or password";
    static final String EMAIL_TAKEN = "Email is already registered";

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    LoginThrottle throttle;

    // Verified when the email is unknown, so that a wrong email costs as long as a wrong password.
    private String decoyHash;

    @PostConstruct
    void configureHash() {
        // OWASP's 2023 figure for PBKDF2-HMAC-SHA512; the default of 1024 iterations is far too weak.
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = passwordHash.generate(SessionToken.generate().toCharArray());
    }

    @Transactional
    public UserAccount signUp(String email, String password) {
        if (findByEmail(email).isPresent()) {
            throw new Conflict(EMAIL_TAKEN);
        }
        return Unique.persist(em, new UserAccount(email.trim(), passwordHash.generate(password.toCharArray()), Clock.now()), EMAIL_TAKEN);
    }

    /** The account of a correct email and password; refused with 401, or 429 once an account has failed too often. */
    public UserAccount verify(String email, String password) {
        String emailKey = UserAccount.emailKey(email);
        throttle.requireAllowed(emailKey);
        Optional<UserAccount> user = findByEmail(email);
        boolean matches = passwordHash.verify(password.toCharArray(), user.map(UserAccount::getPasswordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            throttle.recordFailure(emailKey);
            throw new Unauthenticated(WRONG_CREDENTIALS);
        }
        throttle.clear(emailKey);
        return user.get();
    }

    public Optional<UserAccount> findById(int userId) {
        return Optional.ofNullable(em.find(UserAccount.class, userId));
    }

    private Optional<UserAccount> findByEmail(String email) {
        return em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                .setParameter("emailKey", UserAccount.emailKey(email))
                .getResultStream().findFirst();
    }
}
