package dev.neptun.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Leases in the database, so that of several instances sharing it one does a periodic task: the
 * first to take a free lease holds it for its term, the others' attempts fail until it runs out.
 */
@ApplicationScoped
public class Leases {

    /** This instance, as the lease table names it: host and process. */
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext
    EntityManager em;

    @Inject
    Rows rows;

    /** Whether this instance now holds the lease {@code name} for {@code term}; false while another holds it. */
    @Transactional
    public boolean tryTake(String name, Duration term) {
        LocalDateTime now = Clock.now();
        rows.createIfAbsent(new Lease(name, now), name);
        return em.createNamedQuery(Lease.TAKE)
                .setParameter("holder", INSTANCE).setParameter("until", now.plus(term))
                .setParameter("name", name).setParameter("now", now)
                .executeUpdate() == 1;
    }
}
