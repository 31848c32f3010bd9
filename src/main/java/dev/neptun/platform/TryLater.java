package dev.neptun.platform;

import java.time.Duration;

/** A refusal that passes: the client may send the same request again after {@link #retryAfter()}. */
public abstract class TryLater extends Refusal {

    private final Duration retryAfter;

    protected TryLater(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
