package dev.neptun.platform.persistence;

/** One row of a count grouped by an id ({@code SELECT NEW dev.neptun.platform.persistence.KeyCount(x.id, COUNT(x)) ... GROUP BY x.id}). */
public record KeyCount(Integer key, Long count) {
}
