package dev.neptun.platform.refusals;

/** No valid session: missing, unknown, expired or revoked; or wrong credentials at login. */
public final class Unauthenticated extends Refusal {

    public Unauthenticated() {
        this("Unauthorized");
    }

    public Unauthenticated(String message) {
        super(Kind.UNAUTHENTICATED, message);
    }
}
