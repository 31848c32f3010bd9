package dev.neptun.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import dev.neptun.testsupport.RemoteWorld;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-up, login, logout, check and session over HTTP, with the cookie rules of API.md. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AuthApiIT {

    private static final String PASSWORD = "Str0ng&Secret";


    private static String newEmail() {
        return "auth-" + UUID.randomUUID() + "@example.test";
    }

    /** Each test signs up and logs in from an address of its own (the suite's server trusts the test client as a proxy): throttling counts per address. */
    private final String address = ApiUser.newClientAddress();

    private Api.Response signUp(String email, String password, String confirm) {
        return signUpFrom(address, email, password, confirm);
    }

    private static Api.Response signUpFrom(String address, String email, String password, String confirm) {
        return Api.post("api/auth/sign-up").header("X-Forwarded-For", address)
                .json("{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"confirmPassword\":\"" + confirm + "\"}")
                .send();
    }

    private Api.Response login(String email, String password) {
        return Api.post("api/auth/login").header("X-Forwarded-For", address)
                .json("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}").send();
    }

    private static int check(String token) {
        return Api.request("HEAD", "api/auth/check").session(token).send().status();
    }

    @Test
    void signUpIs201WithTheUserAndASessionCookie() {
        String email = newEmail();

        Api.Response response = signUp(email, PASSWORD, PASSWORD);

        assertEquals(201, response.status(), response::toString);
        JsonObject body = response.json();
        assertEquals(email, body.getJsonObject("user").getString("primary_email"));
        assertTrue(body.getJsonObject("user").getInt("id") > 0);
        Instant.parse(body.getString("loggedInAt"));
        String token = response.sessionCookie().orElseThrow();
        assertTrue(token.length() >= 22, "at least 128 bits, base64url");
        assertEquals(204, check(token));
    }

    @Test
    void sessionCookieHasTheAttributesOfTheContract() {
        Api.Response response = signUp(newEmail(), PASSWORD, PASSWORD);

        String cookie = response.headers("Set-Cookie").stream().filter(c -> c.startsWith("neptun-session=")).findFirst().orElseThrow();
        List<String> attributes = List.of(cookie.split(";\\s*"));
        assertAll(
                () -> assertTrue(attributes.contains("Path=/"), cookie),
                () -> assertTrue(attributes.contains("HttpOnly"), cookie),
                () -> assertTrue(attributes.contains("SameSite=Lax"), cookie),
                () -> assertTrue(attributes.contains("Max-Age=604800"), cookie),
                () -> assertFalse(attributes.contains("Secure"), "plain HTTP gets no Secure: " + cookie));
    }

    @Test
    void signUpWithATakenEmailIs409WhateverItsCase() {
        String email = newEmail();
        assertEquals(201, signUp(email, PASSWORD, PASSWORD).status());

        Api.Response again = signUp(email.toUpperCase(), PASSWORD, PASSWORD);

        assertEquals(409, again.status());
        assertEquals(409, again.json().getInt("statusCode"));
    }

    @Test
    void everySpellingThatCanonicalisesAlikeIsOneAccount() {
        String local = "auth-" + UUID.randomUUID().toString().substring(0, 8);
        String email = local + "@example.test";
        assertEquals(201, signUp(email, PASSWORD, PASSWORD).status());
        String fullWidth = email.chars().mapToObj(c -> Character.toString(c == '@' || c == '-' || c == '.' ? c : c + 0xFEE0))
                .reduce("", String::concat);

        assertEquals(409, signUp(fullWidth, PASSWORD, PASSWORD).status(), "NFKC makes full-width letters plain ones");
        assertEquals(200, login(fullWidth, PASSWORD).status());
        assertEquals(200, login(email.toUpperCase(), PASSWORD).status());
    }

    /** "İ" lower-cases to two characters: an email of 130 of them has a canonical key longer than its column. */
    @Test
    void anEmailWhoseKeyOutgrowsItsColumnIs400AtSignUpAnd401AtLoginNeverA409OrA500() {
        String email = "\u0130".repeat(130) + "@example.test";

        Api.Response first = signUp(email, PASSWORD, PASSWORD);
        Api.Response second = signUp(email, PASSWORD, PASSWORD);
        Api.Response login = login(email, PASSWORD);

        assertEquals(400, first.status(), first::toString);
        assertEquals(400, second.status(), "not a false 409 \"already registered\": " + second);
        assertEquals(401, login.status(), login::toString);
    }

    @Test
    void signUpWithInvalidFieldsIs400NamingEachField() {
        assertEquals("password", signUp(newEmail(), "alllowercase1!", "alllowercase1!").json()
                .getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("confirmPassword", signUp(newEmail(), PASSWORD, PASSWORD + "x").json()
                .getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("email", signUp("not-an-email", PASSWORD, PASSWORD).json()
                .getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, signUp("a@b", PASSWORD, PASSWORD).status());
        assertEquals(400, Api.post("api/auth/sign-up").json("{}").send().status());
    }

    @Test
    void loginIs200WithANewTokenEveryTime() {
        String email = newEmail();
        String first = signUp(email, PASSWORD, PASSWORD).sessionCookie().orElseThrow();

        Api.Response response = login(email.toUpperCase(), PASSWORD);

        assertEquals(200, response.status());
        assertEquals(email, response.json().getJsonObject("user").getString("primary_email"));
        String second = response.sessionCookie().orElseThrow();
        assertNotEquals(first, second);
        assertEquals(204, check(second));
    }

    @Test
    void loginDoesNotAdoptTheCookieItWasSentWith() {
        String email = newEmail();
        String old = signUp(email, PASSWORD, PASSWORD).sessionCookie().orElseThrow();

        Api.Response response = Api.post("api/auth/login").session(old)
                .json("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}").send();

        assertNotEquals(old, response.sessionCookie().orElseThrow());
    }

    @Test
    void wrongPasswordAndUnknownEmailAreTheSame401() {
        String email = ApiUser.create().email();

        Api.Response wrongPassword = login(email, ApiUser.PASSWORD + "x");
        Api.Response unknownEmail = login(newEmail(), PASSWORD);

        assertEquals(401, wrongPassword.status());
        assertEquals(401, unknownEmail.status());
        assertEquals(wrongPassword.body(), unknownEmail.body());
        assertTrue(wrongPassword.sessionCookie().isEmpty());
    }

    @Test
    void tenFailedLoginsWithinAMinuteGive429WithRetryAfterEvenForTheRightPassword() {
        String email = ApiUser.create().email();
        for (int i = 0; i < 10; i++) {
            assertEquals(401, login(email, "Wrong-pass" + i).status());
        }

        Api.Response throttled = login(email, ApiUser.PASSWORD);

        assertEquals(429, throttled.status());
        assertEquals(429, throttled.json().getInt("statusCode"));
        long retryAfter = Long.parseLong(throttled.header("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 61, () -> "Retry-After " + retryAfter);
        assertTrue(throttled.sessionCookie().isEmpty());
    }

    @Test
    void throttlingOneAccountLocksOutNoOther() {
        String attacked = ApiUser.create().email();
        String bystander = ApiUser.create().email();
        for (int i = 0; i < 10; i++) {
            assertEquals(401, login(attacked, "Wrong-pass" + i).status());
        }

        assertEquals(429, login(attacked, ApiUser.PASSWORD).status());
        assertEquals(200, login(bystander, ApiUser.PASSWORD).status());
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        String email = ApiUser.create().email();
        for (int i = 0; i < 9; i++) {
            assertEquals(401, login(email, "Wrong-pass" + i).status());
        }
        assertEquals(200, login(email, ApiUser.PASSWORD).status());

        for (int i = 0; i < 9; i++) {
            assertEquals(401, login(email, "Wrong-again" + i).status());
        }
        assertEquals(200, login(email, ApiUser.PASSWORD).status(), "the 9 failures before the success no longer count");
    }

    @Test
    void malformedLoginIs400() {
        assertEquals(400, Api.post("api/auth/login").json("{\"email\":\"x@example.test\"}").send().status());
        assertEquals(400, Api.post("api/auth/login").json("{\"email\":").send().status());
    }

    @Test
    void logoutRevokesTheSessionEverywhereAndClearsTheCookie() {
        RemoteWorld w = RemoteWorld.create();
        assertEquals(204, check(w.token()));

        Api.Response logout = Api.post("api/auth/logout").session(w.token()).send();

        assertEquals(204, logout.status());
        String cleared = logout.headers("Set-Cookie").stream().filter(c -> c.startsWith("neptun-session=")).findFirst().orElseThrow();
        assertTrue(cleared.contains("Max-Age=0"), cleared);
        assertEquals(401, check(w.token()));
        assertEquals(401, Api.get("api/auth/session").session(w.token()).send().status());
        assertEquals(401, Api.delete(w.importPath(w.localImportId())).session(w.token()).send().status());
        assertTrue(RemoteWorld.importExists(w.localImportId()));
    }

    @Test
    void logoutWithoutASessionIsStill204() {
        assertEquals(204, Api.post("api/auth/logout").send().status());
        assertEquals(204, Api.post("api/auth/logout").session("garbage").send().status());
    }

    @Test
    void checkIs204WithASessionAnd401Without() {
        RemoteWorld w = RemoteWorld.create();

        assertEquals(204, check(w.token()));
        assertEquals(401, Api.request("HEAD", "api/auth/check").send().status());
    }

    @Test
    void sessionIs200WithTheUserAndWhenTheyLoggedIn() {
        String email = newEmail();
        Api.Response signedUp = signUp(email, PASSWORD, PASSWORD);
        String token = signedUp.sessionCookie().orElseThrow();

        Api.Response session = Api.get("api/auth/session").session(token).send();

        assertEquals(200, session.status());
        assertEquals(signedUp.json().getJsonObject("user"), session.json().getJsonObject("user"));
        assertEquals(Instant.parse(signedUp.json().getString("loggedInAt")), Instant.parse(session.json().getString("loggedInAt")));
        assertEquals(401, Api.get("api/auth/session").send().status());
    }

    @Test
    void sessionPastItsAbsoluteExpiryIs401() {
        RemoteWorld w = RemoteWorld.create();

        String expired = w.sessionAged(60, 1, -1);

        assertEquals(401, check(expired));
    }

    @Test
    void sessionIdleLongerThanTheIdleTimeoutIs401() {
        RemoteWorld w = RemoteWorld.create();

        String idle = w.sessionAged(25 * 60, 24 * 60 + 1, 60);
        String active = w.sessionAged(25 * 60, 24 * 60 - 5, 60);

        assertEquals(401, check(idle));
        assertEquals(204, check(active));
    }

    @Test
    void authenticatedResponsesAreNotCacheable() {
        RemoteWorld w = RemoteWorld.create();

        assertEquals("no-store", Api.get("api/auth/session").session(w.token()).send().header("Cache-Control").orElse(""));
    }

    @Test
    void aCrossOriginSignUpLoginOrLogoutIs403AndChangesNothing() {
        String email = newEmail();
        Api.Response forgedSignUp = Api.post("api/auth/sign-up").header("Origin", "https://evil.example").header("X-Forwarded-For", address)
                .json("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"confirmPassword\":\"" + PASSWORD + "\"}").send();
        assertEquals(403, forgedSignUp.status(), forgedSignUp::toString);
        assertEquals(401, login(email, PASSWORD).status(), "no account was made");

        ApiUser user = ApiUser.signUp();
        Api.Response forgedLogin = Api.post("api/auth/login").header("Origin", "https://evil.example").session(user.token())
                .json("{\"email\":\"" + user.email() + "\",\"password\":\"" + ApiUser.PASSWORD + "\"}").send();
        assertEquals(403, forgedLogin.status(), forgedLogin::toString);
        assertTrue(forgedLogin.sessionCookie().isEmpty(), "no session is issued");
        assertEquals(204, check(user.token()), "the session it carried stays");

        Api.Response forgedLogout = Api.post("api/auth/logout").header("Origin", "https://evil.example").session(user.token()).send();
        assertEquals(403, forgedLogout.status(), forgedLogout::toString);
        assertEquals(204, check(user.token()), "the session is not revoked");
        assertEquals(403, Api.post("api/auth/logout").header("Origin", "https://evil.example").send().status(), "also without a session");
    }

    @Test
    void signUpsThatFindAnAccountAreThrottledPerAddressThenEverySignUpFromIt() {
        String taken = newEmail();
        assertEquals(201, signUp(taken, PASSWORD, PASSWORD).status());
        for (int i = 0; i < 20; i++) {
            assertEquals(409, signUp(taken, PASSWORD, PASSWORD).status(), "answer " + (i + 1));
        }

        Api.Response throttled = signUp(taken, PASSWORD, PASSWORD);
        assertEquals(429, throttled.status(), throttled::toString);
        assertTrue(Integer.parseInt(throttled.header("Retry-After").orElse("0")) >= 1, throttled::toString);
        assertEquals(429, signUp(newEmail(), PASSWORD, PASSWORD).status(), "a free email from that address is no different");
        assertEquals(201, signUpFrom(ApiUser.newClientAddress(), newEmail(), PASSWORD, PASSWORD).status(), "another address is not throttled");
    }
}
