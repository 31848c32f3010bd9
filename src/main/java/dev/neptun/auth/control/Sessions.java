package dev.neptun.auth.control;

import dev.neptun.auth.entity.UserSession;
import dev.neptun.platform.Clock;
import dev.neptun.platform.SessionPrincipal;
import dev.neptun.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Database-backed sessions, so that any number of server instances accept the same cookie and a
 * logout on one is a 401 on all. Nothing is cached in memory.
 */
@ApplicationScoped
public class Sessions {

    /** Last use is written at most this often: idle expiry needs minutes, not every request's write. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    SessionActivity activity;

    public record Issued(String token, SessionPrincipal principal) {
    }

    /** A fresh token for every sign-up and login: an old cookie is never promoted (no fixation). */
    @Transactional
    public Issued issue(int userId) {
        String token = SessionToken.generate();
        LocalDateTime now = Clock.now();
        UserSession session = new UserSession(userId, SessionToken.hash(token), now, now.plus(settings.sessionLifetime()));
        em.persist(session);
        em.flush();
        return new Issued(token, principal(session));
    }

    public Optional<SessionPrincipal> authenticate(String token) {
        if (!SessionToken.isWellFormed(token)) {
            return Optional.empty();
        }
        List<UserSession> found = em.createNamedQuery(UserSession.FIND_LIVE_BY_TOKEN_HASH, UserSession.class)
                .setParameter("tokenHash", SessionToken.hash(token))
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UserSession session = found.get(0);
        LocalDateTime now = Clock.now();
        LocalDateTime lastUsed = session.getLastUsedAt();
        if (!now.isBefore(session.getExpiresAt()) || !now.isBefore(lastUsed.plus(settings.sessionIdleTimeout()))) {
            return Optional.empty();
        }
        if (lastUsed.plus(TOUCH_INTERVAL).isBefore(now)) {
            activity.touch(session.getId(), now);
        }
        return Optional.of(principal(session));
    }

    /** Logout: the token stops working everywhere at once. Unknown or malformed tokens are ignored. */
    @Transactional
    public void revoke(String token) {
        if (SessionToken.isWellFormed(token)) {
            em.createNamedQuery(UserSession.REVOKE)
                    .setParameter("now", Clock.now())
                    .setParameter("tokenHash", SessionToken.hash(token))
                    .executeUpdate();
        }
    }

    private static SessionPrincipal principal(UserSession session) {
        return new SessionPrincipal(session.getUserId(), session.getId(), Clock.toInstant(session.getCreatedAt()));
    }
}
