package dev.neptun.platform.refusals;

/** A request body over the limit the API accepts, whatever its Content-Length claimed. */
public final class BodyTooLarge extends Refusal {

    public BodyTooLarge(long limitBytes) {
        super(Kind.BODY_TOO_LARGE, "The request body is larger than " + limitBytes / (1024 * 1024) + " MiB");
    }
}
