package dev.neptun.platform;

import java.time.Duration;

/** The server is at a bound it keeps on purpose (e.g. password hashes at once); the client may try again after {@link #retryAfter()}. */
public class Overloaded extends Refusal {

    private final Duration retryAfter;

    public Overloaded(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
