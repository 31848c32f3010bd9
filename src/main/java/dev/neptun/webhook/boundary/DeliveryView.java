package dev.neptun.webhook.boundary;

/**
 * The answer to a delivery that was acted on, or was received before ({@code duplicate}, nothing
 * changed); {@code changed} counts the recorded installations it changed, or for removed
 * repositories the imports. GitHub keeps it in the delivery's log for whoever looks.
 */
public record DeliveryView(String delivery, boolean duplicate, int changed) {
}
