package dev.neptun.webhook.control;

import dev.neptun.platform.NotFound;
import dev.neptun.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The configured webhook secret ({@code neptun.github.webhook-secret}), read once at start. */
@ApplicationScoped
public class WebhookSecret {

    /** What the container says of any path it does not know: without a secret the route is one of them. */
    static final String NO_SUCH_ROUTE = "Not Found";

    @Inject
    Settings settings;

    private Optional<WebhookKey> key;

    @PostConstruct
    void read() {
        key = settings.githubWebhookSecret().map(WebhookKey::new);
    }

    /** The key; without a secret, the webhook does not exist (404): nobody could sign a delivery. */
    public WebhookKey require() {
        return key.orElseThrow(() -> new NotFound(NO_SUCH_ROUTE));
    }
}
