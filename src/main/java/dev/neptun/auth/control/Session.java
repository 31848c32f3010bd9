package dev.neptun.auth.control;

import java.time.Instant;

/** A live session: whose it is, its row, and when it began. */
public record Session(int userId, long id, Instant loggedInAt) {
}
