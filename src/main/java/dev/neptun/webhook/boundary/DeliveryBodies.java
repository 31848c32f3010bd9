package dev.neptun.webhook.boundary;

import dev.neptun.platform.refusals.BodyTooLarge;
import dev.neptun.platform.refusals.InvalidInput;
import dev.neptun.platform.refusals.Overloaded;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Reads deliveries' raw bytes, which their signature is over: up to a limit (GitHub's own cap), a
 * 413 at once when Content-Length says more, and as soon as the byte past the limit arrives when it
 * did not. A body is held whole until its signature is checked, before anyone is known, so the
 * bytes held at once are bounded too: a request beyond that bound is a 503 at once, not an
 * exhausted heap. A body of unknown length counts at the limit.
 */
final class DeliveryBodies {

    static final String BUSY = "Too many large webhook deliveries at once";

    private final int limit;
    private final Semaphore held;

    DeliveryBodies(int limit, int heldAtOnce) {
        this.limit = limit;
        this.held = new Semaphore(heldAtOnce);
    }

    /** A body, and its share of the bound until it is closed. */
    static final class Body implements AutoCloseable {

        private final byte[] bytes;
        private final Runnable release;

        private Body(byte[] bytes, Runnable release) {
            this.bytes = bytes;
            this.release = release;
        }

        byte[] bytes() {
            return bytes;
        }

        @Override
        public void close() {
            release.run();
        }
    }

    /** {@code declaredLength}: Content-Length, or -1 when the request did not say. */
    Body read(InputStream in, long declaredLength) {
        if (declaredLength > limit) {
            throw new BodyTooLarge(limit);
        }
        int share = declaredLength >= 0 ? (int) declaredLength : limit + 1;
        if (!held.tryAcquire(share)) {
            throw new Overloaded(BUSY, Duration.ofSeconds(1));
        }
        boolean handedOver = false;
        try {
            byte[] bytes = declaredLength >= 0 ? exactly(in, share) : in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new BodyTooLarge(limit);
            }
            Body body = new Body(bytes, () -> held.release(share));
            handedOver = true;
            return body;
        } catch (IOException stopped) {
            // The client stopped sending, or went silent past the server's read timeout.
            throw incomplete();
        } finally {
            if (!handedOver) {
                held.release(share);
            }
        }
    }

    /** As many bytes as Content-Length said, into one array of that size (no copies on the way). */
    private static byte[] exactly(InputStream in, int length) throws IOException {
        byte[] bytes = new byte[length];
        if (in.readNBytes(bytes, 0, length) < length) {
            throw incomplete();
        }
        return bytes;
    }

    private static InvalidInput incomplete() {
        return new InvalidInput("The request body could not be read completely");
    }
}
