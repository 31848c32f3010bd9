package dev.neptun.platform;

/** A request body over the limit the API accepts, whatever its Content-Length claimed. */
public class BodyTooLarge extends Refusal {

    public BodyTooLarge(long limitBytes) {
        super("The request body is larger than " + limitBytes / (1024 * 1024) + " MiB");
    }
}
