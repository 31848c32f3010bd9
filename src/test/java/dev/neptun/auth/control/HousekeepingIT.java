package dev.neptun.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.platform.Clock;
import dev.neptun.platform.Leases;
import dev.neptun.testsupport.Fixtures;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sessions that can no longer be used are deleted on a schedule, by one instance at a time. */
@ExtendWith(ArquillianExtension.class)
class HousekeepingIT {

    @Inject
    Sessions sessions;

    @Inject
    Leases leases;

    @Inject
    Fixtures fixtures;

    @Test
    void thePurgeDeletesExpiredIdleAndRevokedSessionsAndKeepsLiveOnes() {
        Fixtures.SignedIn user = fixtures.user();
        LocalDateTime now = Clock.now();
        String expired = fixtures.session(user.userId(), now.minusDays(8), now.minusMinutes(1), now.minusSeconds(1));
        String idle = fixtures.session(user.userId(), now.minusDays(2), now.minusHours(25), now.plusDays(5));
        String revoked = fixtures.session(user.userId(), now.minusHours(1), now.minusMinutes(1), now.plusDays(5));
        sessions.revoke(revoked);
        long before = fixtures.sessionsOf(user.userId());

        sessions.purge();

        assertEquals(4, before);
        assertEquals(1, fixtures.sessionsOf(user.userId()), "only the live session stays");
        assertTrue(sessions.findLive(user.token()).isPresent());
        assertEquals(0, fixtures.sessionRowsWithRawToken(SessionToken.hash(expired))
                + fixtures.sessionRowsWithRawToken(SessionToken.hash(idle)) + fixtures.sessionRowsWithRawToken(SessionToken.hash(revoked)));
    }

    @Test
    void ofSeveralInstancesOneHoldsTheLeaseUntilItRunsOut() throws InterruptedException {
        String lease = "it-" + UUID.randomUUID();

        assertTrue(leases.tryTake(lease, Duration.ofMillis(300)), "the first taker holds it");
        assertFalse(leases.tryTake(lease, Duration.ofMillis(300)), "another finds it held");
        Thread.sleep(400);
        assertTrue(leases.tryTake(lease, Duration.ofMinutes(1)), "once it ran out, it can be taken again");
    }
}
