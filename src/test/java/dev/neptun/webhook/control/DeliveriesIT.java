package dev.neptun.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.platform.persistence.Clock;
import dev.neptun.webhook.entity.WebhookDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deliveries are remembered for 7 days, and the housekeeping's purge forgets them after that. */
@ExtendWith(ArquillianExtension.class)
class DeliveriesIT {

    /** Deliveries as rows, for receiving them at a chosen time. */
    @ApplicationScoped
    @Transactional
    public static class Rows {

        @PersistenceContext
        EntityManager em;

        public void received(String deliveryId, LocalDateTime at) {
            em.persist(new WebhookDelivery(deliveryId, at));
        }

        public boolean remembered(String deliveryId) {
            return em.find(WebhookDelivery.class, deliveryId) != null;
        }
    }

    @Inject
    Deliveries deliveries;

    @Inject
    Rows rows;

    @Test
    void thePurgeForgetsDeliveriesOlderThanSevenDaysAndKeepsTheOthers() {
        LocalDateTime now = Clock.now();
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        rows.received(old, now.minusDays(7).minusMinutes(1));
        rows.received(recent, now.minusDays(7).plusMinutes(5));

        assertTrue(deliveries.purge() >= 1);

        assertFalse(rows.remembered(old));
        assertTrue(rows.remembered(recent));
    }

    @Test
    void aDeliveryIsAppliedOnceAndItsSecondCopyIsReceivedWithoutApplying() {
        String delivery = UUID.randomUUID().toString();
        int[] applied = {0};
        InstallationChange counted = recorded -> ++applied[0];

        Deliveries.Received first = deliveries.receive(delivery, counted);
        Deliveries.Received second = deliveries.receive(delivery, counted);

        assertEquals(new Deliveries.Received(false, 1), first);
        assertEquals(new Deliveries.Received(true, 0), second);
        assertEquals(1, applied[0]);
        assertTrue(rows.remembered(delivery));
    }

    @Test
    void aChangeThatFailsLeavesTheDeliveryUnrememberedSoThatGithubsRedeliveryApplies() {
        String delivery = UUID.randomUUID().toString();

        assertThrows(IllegalStateException.class, () -> deliveries.receive(delivery, recorded -> {
            throw new IllegalStateException("failed half-way");
        }));

        assertFalse(rows.remembered(delivery));
        assertEquals(new Deliveries.Received(false, 0), deliveries.receive(delivery, InstallationChange.NONE));
    }
}
