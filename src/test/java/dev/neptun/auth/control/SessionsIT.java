package dev.neptun.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.platform.config.Settings;
import dev.neptun.platform.persistence.Clock;
import dev.neptun.testsupport.Fixtures;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Session rules against the real database, in the container. */
@ExtendWith(ArquillianExtension.class)
class SessionsIT {

    @Inject
    Sessions sessions;

    @Inject
    Fixtures fixtures;

    @Inject
    Settings settings;

    @Test
    void issuedTokenAuthenticatesItsUser() {
        Fixtures.SignedIn user = fixtures.user();

        Session session = sessions.findLive(user.token()).orElseThrow();

        assertEquals(user.userId(), session.userId());
    }

    @Test
    void onlyAHashOfTheTokenIsStored() {
        Fixtures.SignedIn user = fixtures.user();

        assertEquals(0, fixtures.sessionRowsWithRawToken(user.token()));
        assertEquals(1, fixtures.sessionRowsWithRawToken(SessionToken.hash(user.token())));
    }

    @Test
    void revokedSessionNoLongerAuthenticates() {
        Fixtures.SignedIn user = fixtures.user();

        sessions.revoke(user.token());

        assertTrue(sessions.findLive(user.token()).isEmpty());
    }

    @Test
    void expiredAndIdleSessionsDoNotAuthenticate() {
        int userId = fixtures.user().userId();
        LocalDateTime now = Clock.now();

        String expired = fixtures.session(userId, now.minusDays(8), now.minusMinutes(1), now.minusSeconds(1));
        String idle = fixtures.session(userId, now.minusDays(2), now.minusHours(25), now.plusDays(5));
        String fresh = fixtures.session(userId, now.minusDays(2), now.minusHours(23), now.plusDays(5));

        assertTrue(sessions.findLive(expired).isEmpty());
        assertTrue(sessions.findLive(idle).isEmpty());
        assertTrue(sessions.findLive(fresh).isPresent());
    }

    @Test
    void useOfASessionPushesItsIdleExpiryForward() {
        int userId = fixtures.user().userId();
        LocalDateTime now = Clock.now();
        String token = fixtures.session(userId, now.minusDays(2), now.minusHours(23).minusMinutes(59), now.plusDays(5));

        assertTrue(sessions.findLive(token).isPresent());

        // Last used 23h59m ago: unless this use is recorded, the session goes idle within a minute.
        assertTrue(fixtures.lastUsedOf(token).isAfter(now.minusMinutes(1)));
    }

    @Test
    void aUserKeepsAtMostTheConfiguredNumberOfLiveSessionsTheOldestGoFirst() {
        int userId = fixtures.user().userId();
        int allowed = settings.sessionsPerUser();
        List<String> tokens = IntStream.range(0, allowed + 2).mapToObj(i -> sessions.issue(userId, Optional.empty()).token()).toList();

        List<Boolean> live = tokens.stream().map(t -> sessions.findLive(t).isPresent()).toList();

        // The user's first session (from fixtures.user()) and the first two of these are the oldest three.
        assertEquals(List.of(false, false), live.subList(0, 2));
        assertTrue(live.subList(2, live.size()).stream().allMatch(l -> l), live::toString);
    }

    @Test
    void aNewSessionRevokesTheOneItReplaces() {
        Fixtures.SignedIn user = fixtures.user();

        String replacement = sessions.issue(user.userId(), Optional.of(user.token())).token();

        assertTrue(sessions.findLive(user.token()).isEmpty());
        assertTrue(sessions.findLive(replacement).isPresent());
    }
}
