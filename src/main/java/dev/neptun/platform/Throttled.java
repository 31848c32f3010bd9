package dev.neptun.platform;

import java.time.Duration;

/** Too many attempts; the client may try again after {@link #retryAfter()}. */
public class Throttled extends Refusal {

    private final Duration retryAfter;

    public Throttled(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
