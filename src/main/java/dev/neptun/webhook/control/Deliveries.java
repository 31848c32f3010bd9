package dev.neptun.webhook.control;

import dev.neptun.platform.persistence.Clock;
import dev.neptun.webhook.entity.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;

/**
 * GitHub's webhook deliveries, each applied once however often it arrives (GitHub redelivers), and
 * remembered for {@link #REMEMBERED}: GitHub offers redelivery for 3 days.
 */
@ApplicationScoped
public class Deliveries {

    static final Duration REMEMBERED = Duration.ofDays(7);

    @Inject
    DeliveryLog log;

    @PersistenceContext
    EntityManager em;

    /** What came of a delivery: received before (nothing changed), or how many rows its change changed. */
    public record Received(boolean duplicate, int changed) {
    }

    public Received receive(String deliveryId, InstallationChange change) {
        try {
            return new Received(false, log.applyOnce(deliveryId, change));
        } catch (AlreadyReceived seen) {
            return new Received(true, 0);
        }
    }

    /** Forgets the deliveries received more than {@link #REMEMBERED} ago; the housekeeping's to call. */
    @Transactional
    public int purge() {
        return em.createNamedQuery(WebhookDelivery.DELETE_RECEIVED_BEFORE)
                .setParameter("cutoff", Clock.now().minus(REMEMBERED))
                .executeUpdate();
    }
}
