package dev.neptun.platform.refusals;

import java.time.Duration;

/** A refusal that passes: the client may send the same request again after {@link #retryAfter()}. */
public abstract sealed class TryLater extends Refusal permits Throttled, Overloaded {

    private final Duration retryAfter;

    protected TryLater(Kind kind, String message, Duration retryAfter) {
        super(kind, message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
