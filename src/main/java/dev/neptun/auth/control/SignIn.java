package dev.neptun.auth.control;

import dev.neptun.auth.entity.EmailKeys;
import dev.neptun.auth.entity.UserAccount;
import dev.neptun.platform.persistence.Clock;
import dev.neptun.platform.refusals.Conflict;
import dev.neptun.platform.refusals.InvalidInput;
import dev.neptun.platform.refusals.Unauthenticated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Sign-up and login. Each step that needs the database is a transaction of its own and the
 * password hash runs between them, in none ({@link Passwords}): no pooled connection waits on PBKDF2.
 */
@ApplicationScoped
public class SignIn {

    static final String WRONG_CREDENTIALS = "Invalid email or password";

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    Sessions sessions;

    public record SignedIn(UserAccount user, Sessions.Issued session) {
    }

    /**
     * A new account and its first session; the session the request came with, if any, is revoked.
     * "Email taken" tells whether an account exists, so an address gets only so many of those a
     * minute ({@link LoginThrottle}), and then 429 for every sign-up, whatever its email: the attempt
     * is taken first, atomically, and given back unless the answer was that one.
     */
    public SignedIn signUp(String email, String password, String clientAddress, Optional<String> replacedToken) {
        String key = EmailKeys.of(email).orElseThrow(
                () -> InvalidInput.member("email", "is longer than " + EmailKeys.MAX_LENGTH + " characters once normalized"));
        List<LoginThrottle.Key> counted = LoginThrottle.signUpKeysOf(clientAddress);
        throttle.prepare(counted);
        throttle.take(counted);
        if (accounts.findByEmailKey(key).isPresent()) {
            throw new Conflict(Accounts.EMAIL_TAKEN);
        }
        throttle.giveBack(counted);
        UserAccount user = accounts.create(new UserAccount(email.strip(), key, passwords.hash(password), Clock.now()));
        return new SignedIn(user, sessions.issue(user.getId(), replacedToken));
    }

    /**
     * The account of a correct email and password, with a new session that replaces the one the
     * request came with; 401 for anything else, 429 past the throttling limits.
     */
    public SignedIn login(String email, String password, String clientAddress, Optional<String> replacedToken) {
        Optional<String> key = EmailKeys.of(email);
        if (key.isEmpty()) {
            throw new Unauthenticated(WRONG_CREDENTIALS);
        }
        List<LoginThrottle.Key> counted = LoginThrottle.keysOf(key.get(), clientAddress);
        throttle.prepare(counted);
        throttle.take(counted);
        Optional<UserAccount> user = accounts.findByEmailKey(key.get());
        if (!passwords.matches(password, user.map(UserAccount::getPasswordHash).orElse(null))) {
            throw new Unauthenticated(WRONG_CREDENTIALS);
        }
        throttle.succeeded(counted);
        return new SignedIn(user.get(), sessions.issue(user.get().getId(), replacedToken));
    }
}
