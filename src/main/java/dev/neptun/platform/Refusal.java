package dev.neptun.platform;

/**
 * An outcome the application refuses, in the domain's words: what is missing, taken, invalid or not
 * allowed. Services and boundaries throw its subclasses; only {@link ErrorMapper} turns them into
 * HTTP. Unchecked, so a surrounding {@code @Transactional} rolls back; without a stack trace,
 * because a refusal is an answer, not a bug.
 */
public abstract class Refusal extends RuntimeException {

    protected Refusal(String message) {
        super(message, null, false, false);
    }
}
