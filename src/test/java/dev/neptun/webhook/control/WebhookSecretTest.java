package dev.neptun.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.neptun.platform.refusals.NotFound;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The component that decides whether the webhook exists: without a secret, or with an empty one, it
 * is the 404 of an unknown path. (The suite's servers run with a secret, so this is proved here, with
 * the value MicroProfile Config would give.)
 */
class WebhookSecretTest {

    /** The secret as MicroProfile Config hands it over: absent, or as configured. */
    private static WebhookSecret configuredWith(String secret) {
        return new WebhookSecret(Optional.ofNullable(secret));
    }

    @Test
    void noSecretConfiguredIsTheNotFoundOfAnUnknownPath() {
        NotFound notFound = assertThrows(NotFound.class, () -> configuredWith(null).require());
        assertEquals("Not Found", notFound.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void anEmptyOrBlankSecretIsNoSecret(String empty) {
        assertThrows(NotFound.class, () -> configuredWith(empty).require());
    }

    @Test
    void aConfiguredSecretIsTheKeyDeliveriesAreCheckedWith() {
        WebhookKey key = configuredWith("It's a Secret to Everybody").require();

        assertEquals("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
                key.sign("Hello, World!".getBytes(StandardCharsets.UTF_8)));
    }
}
