package dev.neptun.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A delivery of GitHub's webhook that was received and applied, by its {@code X-GitHub-Delivery}. Its
 * id is the primary key: of two copies of a delivery, only the first insert can succeed.
 */
@Entity
@Table(name = "github_webhook_deliveries")
@NamedQuery(name = WebhookDelivery.DELETE_RECEIVED_BEFORE, query = "DELETE FROM WebhookDelivery d WHERE d.receivedAt < :cutoff")
public class WebhookDelivery {

    public static final String DELETE_RECEIVED_BEFORE = "WebhookDelivery.deleteReceivedBefore";

    @Id
    @Column(name = "delivery_id", length = 64)
    private String deliveryId;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(String deliveryId, LocalDateTime receivedAt) {
        this.deliveryId = deliveryId;
        this.receivedAt = receivedAt;
    }
}
