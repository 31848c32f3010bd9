package dev.neptun.platform.refusals;

/** The request contradicts what is stored, e.g. an email that is registered already. */
public final class Conflict extends Refusal {

    public Conflict(String message) {
        super(Kind.CONFLICT, message);
    }
}
