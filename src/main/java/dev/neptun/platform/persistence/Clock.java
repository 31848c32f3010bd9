package dev.neptun.platform.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Timestamps are stored as UTC wall-clock values (portable TIMESTAMP columns) and shown as instants,
 * in microseconds: what PostgreSQL keeps, so that what a create answers equals what a later read gives.
 */
public final class Clock {

    private Clock() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public static Instant toInstant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
