package dev.neptun.platform.persistence;

import dev.neptun.platform.refusals.Conflict;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/** Inserts that may lose a race for a unique value: the database's unique key has the last word. */
public final class Unique {

    private Unique() {
    }

    /**
     * Persists and flushes {@code entity}. A unique-key violation is the {@link Conflict} named by
     * {@code conflict}; every other failure stays what it is (a server error).
     */
    public static <T> T persist(EntityManager em, T entity, String conflict) {
        try {
            em.persist(entity);
            em.flush();
            return entity;
        } catch (PersistenceException failure) {
            if (SqlStates.isUniqueViolation(failure)) {
                throw new Conflict(conflict);
            }
            throw failure;
        }
    }
}
