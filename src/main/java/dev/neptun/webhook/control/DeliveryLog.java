package dev.neptun.webhook.control;

import dev.neptun.platform.persistence.Clock;
import dev.neptun.platform.persistence.SqlStates;
import dev.neptun.webhook.entity.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Applies each delivery once: its id is inserted in the same transaction as its change, and the
 * primary key refuses a second copy, also one that arrives while the first is being applied (the
 * database makes its insert wait for the first's commit, then refuses it). A look for the id before
 * the insert would let two copies that arrive together both through.
 */
@ApplicationScoped
public class DeliveryLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    RecordedInstallations recorded;

    /** How many rows the change changed; {@link AlreadyReceived}, and nothing changed, for an id seen before. */
    @Transactional
    public int applyOnce(String deliveryId, InstallationChange change) {
        try {
            em.persist(new WebhookDelivery(deliveryId, Clock.now()));
            em.flush();
        } catch (PersistenceException failure) {
            if (SqlStates.isUniqueViolation(failure)) {
                throw new AlreadyReceived();
            }
            throw failure;
        }
        return change.applyTo(recorded);
    }
}
