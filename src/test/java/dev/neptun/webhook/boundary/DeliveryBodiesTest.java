package dev.neptun.webhook.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.neptun.platform.refusals.BodyTooLarge;
import dev.neptun.platform.errors.ErrorMapper;
import dev.neptun.platform.refusals.InvalidInput;
import dev.neptun.platform.refusals.Overloaded;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Delivery bodies are read within the limit, stop at the byte past it, and are bounded in what they hold at once. */
class DeliveryBodiesTest {

    private static final int LIMIT = 1000;

    /** Endless bytes that count how many were taken. */
    private static final class Endless extends InputStream {
        long taken;

        @Override
        public int read() {
            taken++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            taken += length;
            return length;
        }
    }

    @Test
    void aContentLengthOverTheLimitIs413WithoutReadingAByte() {
        Endless body = new Endless();

        BodyTooLarge refused = assertThrows(BodyTooLarge.class, () -> new DeliveryBodies(LIMIT, 10 * LIMIT).read(body, LIMIT + 1));

        assertEquals(0, body.taken);
        assertEquals("The request body is larger than 25 MiB",
                new BodyTooLarge(GithubWebhookResource.LIMIT_BYTES).getMessage(), "the server's limit, as the 413 states it");
        assertEquals(413, ErrorMapper.map(refused).status());
    }

    @Test
    void aBodyOfUnknownLengthStopsBeingReadAtTheBytePastTheLimit() {
        Endless body = new Endless();

        assertThrows(BodyTooLarge.class, () -> new DeliveryBodies(LIMIT, 10 * LIMIT).read(body, -1));

        assertEquals(LIMIT + 1, body.taken);
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadWholeWithOrWithoutItsLength() {
        byte[] content = new byte[LIMIT];
        content[LIMIT - 1] = 7;
        DeliveryBodies bodies = new DeliveryBodies(LIMIT, 10 * LIMIT);

        try (DeliveryBodies.Body known = bodies.read(new ByteArrayInputStream(content), LIMIT);
                DeliveryBodies.Body unknown = bodies.read(new ByteArrayInputStream(content), -1)) {
            assertArrayEquals(content, known.bytes());
            assertArrayEquals(content, unknown.bytes());
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthIs400() {
        assertThrows(InvalidInput.class, () -> new DeliveryBodies(LIMIT, 10 * LIMIT).read(new ByteArrayInputStream(new byte[10]), 20));
    }

    @Test
    void aClientThatStopsSendingIs400() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("read timed out");
            }
        };

        assertThrows(InvalidInput.class, () -> new DeliveryBodies(LIMIT, 10 * LIMIT).read(broken, 20));
    }

    @Test
    void beyondTheBytesHeldAtOnceABodyIs503UntilOneIsClosed() {
        DeliveryBodies bodies = new DeliveryBodies(LIMIT, 2 * LIMIT);
        DeliveryBodies.Body first = bodies.read(new ByteArrayInputStream(new byte[LIMIT]), LIMIT);
        DeliveryBodies.Body second = bodies.read(new ByteArrayInputStream(new byte[LIMIT]), LIMIT);

        Overloaded busy = assertThrows(Overloaded.class, () -> bodies.read(new ByteArrayInputStream(new byte[1]), 1));
        assertEquals(DeliveryBodies.BUSY, busy.getMessage());
        first.close();
        bodies.read(new ByteArrayInputStream(new byte[LIMIT]), LIMIT).close();
        second.close();
    }

    @Test
    void aBodyOfUnknownLengthCountsAtTheLimitAndARefusedOneGivesItsShareBack() {
        DeliveryBodies bodies = new DeliveryBodies(LIMIT, LIMIT + 1);

        assertThrows(BodyTooLarge.class, () -> bodies.read(new Endless(), -1));
        assertThrows(InvalidInput.class, () -> bodies.read(new ByteArrayInputStream(new byte[1]), 2));
        try (DeliveryBodies.Body unknown = bodies.read(new ByteArrayInputStream(new byte[3]), -1)) {
            assertThrows(Overloaded.class, () -> bodies.read(new ByteArrayInputStream(new byte[1]), 1), "the whole limit is held");
        }
        bodies.read(new ByteArrayInputStream(new byte[LIMIT]), LIMIT).close();
    }
}
