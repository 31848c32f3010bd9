package dev.neptun.auth.control;

import dev.neptun.auth.entity.LoginFailure;
import dev.neptun.platform.Clock;
import dev.neptun.platform.Throttled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * At most {@link #MAX_FAILURES} failed logins per account in a sliding {@link #WINDOW}; past that,
 * 429 with Retry-After until the oldest failure leaves the window. Counted in the database, so
 * every instance sees the same count; keyed by account, so one account under attack locks out no other.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    public void requireAllowed(String emailKey) {
        LocalDateTime now = Clock.now();
        List<LocalDateTime> failures = em.createNamedQuery(LoginFailure.TIMES_SINCE, LocalDateTime.class)
                .setParameter("emailKey", emailKey)
                .setParameter("since", now.minus(WINDOW))
                .setMaxResults(MAX_FAILURES)
                .getResultList();
        if (failures.size() >= MAX_FAILURES) {
            Duration wait = Duration.between(now, failures.get(0).plus(WINDOW)).plusSeconds(1);
            throw new Throttled("Too many failed logins for this account; try again later", wait);
        }
    }

    /** Also forgets failures older than the window, of every account, so the table stays small. */
    @Transactional
    public void recordFailure(String emailKey) {
        LocalDateTime now = Clock.now();
        em.createNamedQuery(LoginFailure.DELETE_BEFORE).setParameter("cutoff", now.minus(WINDOW)).executeUpdate();
        em.persist(new LoginFailure(emailKey, now));
    }

    @Transactional
    public void clear(String emailKey) {
        em.createNamedQuery(LoginFailure.DELETE_OF_EMAIL).setParameter("emailKey", emailKey).executeUpdate();
    }
}
