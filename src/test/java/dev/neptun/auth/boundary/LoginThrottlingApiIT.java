package dev.neptun.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logins cannot be hammered: attempts are counted atomically, per account and client address, per
 * address across accounts, and password hashing is bounded. The suite's server trusts the test
 * client as a proxy, so {@code X-Forwarded-For} stands for other client addresses.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class LoginThrottlingApiIT {

    private static String newAddress() {
        return ApiUser.newClientAddress();
    }

    private static Api.Request login(String email, String password, String address) {
        return Api.post("api/auth/login").header("X-Forwarded-For", address)
                .json("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private static Map<Integer, Integer> statuses(List<CompletableFuture<Api.Response>> calls) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        calls.stream().map(CompletableFuture::join).forEach(r -> statuses.merge(r.status(), 1, Integer::sum));
        return statuses;
    }

    @Test
    void twentyConcurrentWrongPasswordsForOneAccountCheckAtMostTen() {
        ApiUser user = ApiUser.create();
        String address = newAddress();

        Map<Integer, Integer> statuses = statuses(IntStream.range(0, 20)
                .mapToObj(i -> login(user.email(), "Wrong-pass" + i, address).async()).toList());

        // 401: a password was checked; 429: refused before any check; 503: the hashing bound, before any check.
        assertTrue(statuses.getOrDefault(401, 0) <= 10, statuses::toString);
        assertEquals(20, statuses.getOrDefault(401, 0) + statuses.getOrDefault(429, 0) + statuses.getOrDefault(503, 0),
                statuses::toString);
        assertEquals(429, login(user.email(), ApiUser.PASSWORD, address).send().status(), "now locked, the right password too");
    }

    @Test
    void aLockoutIsOfTheAttackingAddressOnlyNotOfTheAccountsOwnerElsewhere() {
        ApiUser user = ApiUser.create();
        String attacker = newAddress();
        for (int i = 0; i < 10; i++) {
            assertEquals(401, login(user.email(), "Wrong-pass" + i, attacker).send().status());
        }

        assertEquals(429, login(user.email(), ApiUser.PASSWORD, attacker).send().status());
        assertEquals(200, login(user.email(), ApiUser.PASSWORD, newAddress()).send().status());
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottledAfterFifty() {
        String stuffer = newAddress();
        for (int i = 0; i < 50; i++) {
            Api.Response response = login("nobody-" + UUID.randomUUID() + "@example.test", "Guess-" + i, stuffer).send();
            assertEquals(401, response.status(), response::toString);
        }

        Api.Response throttled = login(ApiUser.create().email(), ApiUser.PASSWORD, stuffer).send();

        assertEquals(429, throttled.status(), throttled::toString);
        assertTrue(throttled.header("Retry-After").isPresent());
        assertEquals(200, login(ApiUser.create().email(), ApiUser.PASSWORD, newAddress()).send().status(), "other addresses are not");
    }

    @Test
    void passwordHashingBeyondItsBoundIsA503WithRetryAfterNotAQueue() {
        List<CompletableFuture<Api.Response>> signUps = IntStream.range(0, 24)
                .mapToObj(i -> Api.post("api/auth/sign-up").header("X-Forwarded-For", ApiUser.newClientAddress()).json("{\"email\":\"burst-" + UUID.randomUUID() + "@example.test\","
                        + "\"password\":\"" + ApiUser.PASSWORD + "\",\"confirmPassword\":\"" + ApiUser.PASSWORD + "\"}").async())
                .toList();
        List<Api.Response> responses = signUps.stream().map(CompletableFuture::join).toList();

        List<Api.Response> busy = responses.stream().filter(r -> r.status() == 503).toList();
        assertTrue(!busy.isEmpty(), () -> "24 sign-ups at once on the suite's bound of 2 (pom.xml): " + responses);
        assertTrue(responses.stream().allMatch(r -> r.status() == 201 || r.status() == 503), responses::toString);
        assertEquals("1", busy.get(0).header("Retry-After").orElse(""));
        assertEquals(503, busy.get(0).json().getInt("statusCode"));
    }
}
