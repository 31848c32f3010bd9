package dev.neptun.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Rows that concurrent requests or instances may each try to create: the first insert wins, the
 * others find it made. A transaction of its own, so that the loser's unique-key violation does not
 * doom the caller's transaction, which carries on with the row either way.
 */
@ApplicationScoped
public class Rows {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createIfAbsent(Object entity, Object id) {
        if (em.find(entity.getClass(), id) != null) {
            return;
        }
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException raced) {
            if (!SqlStates.isUniqueViolation(raced)) {
                throw raced;
            }
        }
    }
}
