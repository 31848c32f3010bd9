package dev.neptun.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.platform.persistence.Clock;
import dev.neptun.testsupport.Fixtures;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sessions that can no longer be used are deleted on a schedule, by every instance alike. */
@ExtendWith(ArquillianExtension.class)
class HousekeepingIT {

    @Inject
    Sessions sessions;

    @Inject
    Housekeeping housekeeping;

    /** The server's threads, as the scheduler's: a transaction and CDI as in production. */
    @Resource
    ManagedExecutorService executor;

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

    /** As every instance purges on its own schedule, two purges may run at once: both finish, and the rows go once. */
    @Test
    void twoPurgesAtOnceAsTwoInstancesWouldMakeNoDifference() throws Exception {
        Fixtures.SignedIn user = fixtures.user();
        LocalDateTime now = Clock.now();
        for (int i = 0; i < 20; i++) {
            fixtures.session(user.userId(), now.minusDays(8), now.minusMinutes(1), now.minusSeconds(1));
        }
        List<Future<?>> purges = List.of(executor.submit(housekeeping::run), executor.submit(housekeeping::run));
        for (Future<?> purge : purges) {
            purge.get(30, TimeUnit.SECONDS);
        }

        assertEquals(1, fixtures.sessionsOf(user.userId()), "only the live session stays");
        assertTrue(sessions.findLive(user.token()).isPresent());
    }
}
