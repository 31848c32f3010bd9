package dev.neptun.webhook.control;

import dev.neptun.platform.refusals.NotFound;
import dev.neptun.platform.config.Settings;
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

    WebhookSecret() {
    }

    /** With the secret as configuration gives it, outside the container. */
    WebhookSecret(Optional<String> configured) {
        key = keyOf(configured);
    }

    @PostConstruct
    void read() {
        key = keyOf(settings.githubWebhookSecret());
    }

    /** A blank secret counts as none: nobody means to sign with whitespace. */
    private static Optional<WebhookKey> keyOf(Optional<String> secret) {
        return secret.filter(value -> !value.isBlank()).map(WebhookKey::new);
    }

    /** The key; without a secret, the webhook does not exist (404): nobody could sign a delivery. */
    public WebhookKey require() {
        return key.orElseThrow(() -> new NotFound(NO_SUCH_ROUTE));
    }
}
