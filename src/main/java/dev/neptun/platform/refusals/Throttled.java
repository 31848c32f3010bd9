package dev.neptun.platform.refusals;

import java.time.Duration;

/** Too many attempts of one client or at one account. */
public final class Throttled extends TryLater {

    public Throttled(String message, Duration retryAfter) {
        super(Kind.THROTTLED, message, retryAfter);
    }
}
