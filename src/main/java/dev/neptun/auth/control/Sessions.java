package dev.neptun.auth.control;

import dev.neptun.auth.entity.UserSession;
import dev.neptun.platform.config.Settings;
import dev.neptun.platform.persistence.Clock;
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

    public record Issued(String token, Session session) {
    }

    /**
     * A fresh token for every sign-up and login: an old cookie is never promoted (no fixation), and the
     * session the request came with, if any, is revoked in the same transaction. A user keeps at most
     * {@link Settings#sessionsPerUser()} live sessions: the oldest beyond that are revoked.
     */
    @Transactional
    public Issued issue(int userId, Optional<String> replacedToken) {
        LocalDateTime now = Clock.now();
        replacedToken.ifPresent(token -> revoke(token, now));
        String token = SessionToken.generate();
        UserSession session = new UserSession(userId, SessionToken.hash(token), now, now.plus(settings.sessionLifetime()));
        em.persist(session);
        em.flush();
        List<Long> surplus = em.createNamedQuery(UserSession.LIVE_OF_USER_NEWEST_FIRST, Long.class)
                .setParameter("userId", userId).setParameter("now", now)
                .setFirstResult(settings.sessionsPerUser())
                .getResultList();
        if (!surplus.isEmpty()) {
            em.createNamedQuery(UserSession.REVOKE_IDS).setParameter("now", now).setParameter("ids", surplus).executeUpdate();
        }
        return new Issued(token, session(session));
    }

    /** The live session of a token; empty for a malformed, unknown, revoked, expired or idle one. */
    public Optional<Session> findLive(String token) {
        if (!SessionToken.isWellFormed(token)) {
            return Optional.empty();
        }
        Optional<UserSession> found = em.createNamedQuery(UserSession.FIND_LIVE_BY_TOKEN_HASH, UserSession.class)
                .setParameter("tokenHash", SessionToken.hash(token))
                .getResultStream().findFirst();
        LocalDateTime now = Clock.now();
        return found.filter(s -> now.isBefore(s.getExpiresAt()) && now.isBefore(s.getLastUsedAt().plus(settings.sessionIdleTimeout())))
                .map(s -> {
                    if (s.getLastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
                        activity.touch(s.getId(), now);
                    }
                    return session(s);
                });
    }

    /** Logout: the token stops working everywhere at once. Unknown or malformed tokens are ignored. */
    @Transactional
    public void revoke(String token) {
        revoke(token, Clock.now());
    }

    /** Deletes the sessions that can no longer be used: expired, idle past the timeout, or revoked. */
    @Transactional
    public int purge() {
        LocalDateTime now = Clock.now();
        return em.createNamedQuery(UserSession.DELETE_DEAD)
                .setParameter("now", now)
                .setParameter("idleSince", now.minus(settings.sessionIdleTimeout()))
                .executeUpdate();
    }

    private void revoke(String token, LocalDateTime now) {
        if (SessionToken.isWellFormed(token)) {
            em.createNamedQuery(UserSession.REVOKE)
                    .setParameter("now", now)
                    .setParameter("tokenHash", SessionToken.hash(token))
                    .executeUpdate();
        }
    }

    private static Session session(UserSession session) {
        return new Session(session.getUserId(), session.getId(), Clock.toInstant(session.getCreatedAt()));
    }
}
