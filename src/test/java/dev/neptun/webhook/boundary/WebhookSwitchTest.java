package dev.neptun.webhook.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which requests the webhook's switch answers with 404 when no secret is configured. */
class WebhookSwitchTest {

    @Test
    void theWebhookPathWithOrWithoutItsSlashesIsTheWebhook() {
        assertTrue(WebhookSwitch.isWebhook("github/webhook"));
        assertTrue(WebhookSwitch.isWebhook("/github/webhook"));
        assertTrue(WebhookSwitch.isWebhook("/github/webhook/"));
        assertTrue(WebhookSwitch.isWebhook("github/webhook/more"));
    }

    @Test
    void otherPathsAreNot() {
        assertFalse(WebhookSwitch.isWebhook("github/webhooks"));
        assertFalse(WebhookSwitch.isWebhook("users/1/installations"));
        assertFalse(WebhookSwitch.isWebhook("github"));
    }
}
