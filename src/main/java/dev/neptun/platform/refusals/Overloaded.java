package dev.neptun.platform.refusals;

import java.time.Duration;

/** The server is at a bound it keeps on purpose (e.g. password hashes at once). */
public final class Overloaded extends TryLater {

    public Overloaded(String message, Duration retryAfter) {
        super(Kind.OVERLOADED, message, retryAfter);
    }
}
