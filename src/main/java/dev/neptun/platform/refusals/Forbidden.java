package dev.neptun.platform.refusals;

/** The caller is known but may not do this: another user's id in the path, or a request from another site. */
public final class Forbidden extends Refusal {

    public Forbidden(String message) {
        super(Kind.FORBIDDEN, message);
    }
}
