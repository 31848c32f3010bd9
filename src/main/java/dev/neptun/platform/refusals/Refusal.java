package dev.neptun.platform.refusals;


/**
 * An outcome the application refuses, in the domain's words: what is missing, taken, invalid or not
 * allowed. Services and boundaries throw its subclasses; only {@link dev.neptun.platform.errors.ErrorMapper} turns them into
 * HTTP. Unchecked, so a surrounding {@code @Transactional} rolls back; without a stack trace,
 * because a refusal is an answer, not a bug. Sealed, and each subclass names its {@link Kind}: a
 * refusal the error mapper has no answer for does not compile.
 */
public abstract sealed class Refusal extends RuntimeException
        permits InvalidInput, Unauthenticated, Forbidden, NotFound, Conflict, BodyTooLarge, TryLater {

    /** What kind of refusal it is; {@link dev.neptun.platform.errors.ErrorMapper} maps each, exhaustively. */
    public enum Kind {
        INVALID_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, BODY_TOO_LARGE, THROTTLED, OVERLOADED
    }

    private final Kind kind;

    protected Refusal(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
