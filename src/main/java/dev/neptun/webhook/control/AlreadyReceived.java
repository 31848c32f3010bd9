package dev.neptun.webhook.control;

/**
 * A delivery whose id was received before: thrown so that its transaction rolls back, and answered
 * by {@link Deliveries} as a delivery received. Not a refusal: GitHub redelivers on purpose.
 */
final class AlreadyReceived extends RuntimeException {

    AlreadyReceived() {
        super("delivery received before", null, false, false);
    }
}
