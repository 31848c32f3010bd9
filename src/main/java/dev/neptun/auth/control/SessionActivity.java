package dev.neptun.auth.control;

import dev.neptun.auth.entity.UserSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/**
 * Records that a session was used. Its own bean, so that only the rare request that must write
 * (at most once a minute per session) pays for a transaction; the lookup itself needs none.
 */
@ApplicationScoped
public class SessionActivity {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public void touch(long sessionId, LocalDateTime now) {
        em.createNamedQuery(UserSession.TOUCH).setParameter("now", now).setParameter("id", sessionId).executeUpdate();
    }
}
