package dev.neptun.platform.refusals;

/** What the request names does not exist for this user; the message says what ("Import not found"). */
public final class NotFound extends Refusal {

    public NotFound(String message) {
        super(Kind.NOT_FOUND, message);
    }
}
