package dev.neptun.auth.control;

import dev.neptun.auth.entity.LoginAttempts;
import dev.neptun.platform.persistence.Clock;
import dev.neptun.platform.persistence.Rows;
import dev.neptun.platform.refusals.Throttled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Login attempts per minute, counted in the database so that every instance sees the same counts:
 * {@value #PER_ACCOUNT_AND_ADDRESS} for an account from one client address,
 * {@value #PER_ADDRESS} from one address across accounts (credential stuffing), and
 * {@value #PER_ACCOUNT} for an account from everywhere (a distributed attack). An attempt is taken
 * before its password is checked, by a conditional UPDATE of the key's row, so that concurrent
 * attempts never check more passwords than the limit; a successful login gives its attempt back,
 * and starts the account's address afresh, so that only failures add up. Past a limit the answer is 429 with Retry-After, the right password included:
 * otherwise a locked account would still be guessable. Keyed by address as well as by account, an
 * attacker locks out only their own address, not the account's owner elsewhere.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int PER_ACCOUNT_AND_ADDRESS = 10;
    static final int PER_ADDRESS = 50;
    static final int PER_ACCOUNT = 100;
    /** Sign-ups per minute from one address that find their email taken: each such answer tells whether an account exists. */
    static final int SIGN_UPS_FINDING_AN_ACCOUNT_PER_ADDRESS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Rows rows;

    /** What one login attempt counts against; the first key is the one a success clears. */
    public record Key(String hash, int limit, String refusal) {
    }

    public static List<Key> keysOf(String emailKey, String clientAddress) {
        return List.of(
                new Key(SessionToken.hash("account+address\n" + emailKey + "\n" + clientAddress), PER_ACCOUNT_AND_ADDRESS,
                        "Too many failed logins for this account; try again later"),
                new Key(SessionToken.hash("address\n" + clientAddress), PER_ADDRESS, "Too many failed logins from this address; try again later"),
                new Key(SessionToken.hash("account\n" + emailKey), PER_ACCOUNT, "Too many failed logins for this account; try again later"));
    }

    /** What one sign-up counts against: its address, for answers that an email is taken. */
    public static List<Key> signUpKeysOf(String clientAddress) {
        return List.of(new Key(SessionToken.hash("sign-up address\n" + clientAddress), SIGN_UPS_FINDING_AN_ACCOUNT_PER_ADDRESS,
                "Too many sign-ups from this address; try again later"));
    }

    /**
     * Makes the rows of keys seen for the first time, each in a transaction of its own: before
     * {@link #take}, whose transaction then holds locks that such an insert could wait on.
     */
    @Transactional(Transactional.TxType.NEVER)
    public void prepare(List<Key> keys) {
        LocalDateTime now = Clock.now();
        keys.forEach(key -> rows.createIfAbsent(new LoginAttempts(key.hash(), now), key.hash()));
    }

    /** Takes one attempt of every key, or none of them: the first key at its limit refuses the login. */
    @Transactional
    public void take(List<Key> keys) {
        LocalDateTime now = Clock.now();
        for (Key key : keys) {
            if (!takeOne(key, now)) {
                LoginAttempts counted = em.find(LoginAttempts.class, key.hash());
                // No row: purged as stale between prepare and take, so nothing counts against the key.
                if (counted != null) {
                    throw new Throttled(key.refusal(), Duration.between(now, counted.getWindowStart().plus(WINDOW)));
                }
            }
        }
    }

    /** After a correct password: the account's address starts afresh, and the attempt counts against nothing. */
    @Transactional
    public void succeeded(List<Key> keys) {
        em.createNamedQuery(LoginAttempts.FORGET).setParameter("key", keys.get(0).hash()).executeUpdate();
        giveBack(keys.subList(1, keys.size()));
    }

    /** The attempt counts against nothing: it did not answer what the throttle guards. */
    @Transactional
    public void giveBack(List<Key> keys) {
        keys.forEach(key -> em.createNamedQuery(LoginAttempts.GIVE_BACK).setParameter("key", key.hash()).executeUpdate());
    }

    /** Forgets the counts whose window has passed. */
    @Transactional
    public int purgeStale() {
        return em.createNamedQuery(LoginAttempts.DELETE_STALE).setParameter("cutoff", Clock.now().minus(WINDOW)).executeUpdate();
    }

    private boolean takeOne(Key key, LocalDateTime now) {
        em.createNamedQuery(LoginAttempts.RESTART_STALE_WINDOW)
                .setParameter("key", key.hash()).setParameter("now", now).setParameter("cutoff", now.minus(WINDOW))
                .executeUpdate();
        return em.createNamedQuery(LoginAttempts.TAKE).setParameter("key", key.hash()).setParameter("limit", key.limit())
                .executeUpdate() == 1;
    }
}
