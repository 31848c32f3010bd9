package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every error, whoever raises it (our code, JAX-RS, the servlet container), has the JSON shape of API.md. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ErrorShapeApiIT {

    private static JsonObject assertErrorShape(Api.Response response, int status) {
        assertEquals(status, response.status(), response::toString);
        assertTrue(response.header("Content-Type").orElse("").startsWith("application/json"), response::toString);
        JsonObject body = response.json();
        assertEquals(status, body.getInt("statusCode"));
        assertFalse(body.getString("message").isBlank());
        return body;
    }

    @Test
    void unknownPathOutsideTheApiIsA404Json() {
        assertErrorShape(Api.get("no/such/page").send(), 404);
    }

    @Test
    void unknownApiRouteIsA404Json() {
        assertErrorShape(Api.get("api/no/such/route").send(), 404);
    }

    @Test
    void wrongMethodIsA405JsonThatSaysWhichAreAllowed() {
        Api.Response response = Api.request("PUT", "api/auth/login").json("{}").send();

        assertErrorShape(response, 405);
        assertTrue(response.header("Allow").orElse("").contains("POST"));
    }

    @Test
    void malformedJsonIsA400Json() {
        assertErrorShape(Api.post("api/auth/login").json("{\"email\": \"a@b.c\", ").send(), 400);
    }

    @Test
    void jsonOfTheWrongTypeIsA400Json() {
        assertErrorShape(Api.post("api/auth/login").json("[1, 2, 3]").send(), 400);
        assertErrorShape(Api.post("api/auth/login").json("{\"email\": {\"nested\": true}, \"password\": 1}").send(), 400);
    }

    @Test
    void unsupportedMediaTypeIsA415Json() {
        assertErrorShape(Api.post("api/auth/login").header("Content-Type", "text/plain").json("hello").send(), 415);
    }

    @Test
    void missingBodyIsA400Json() {
        assertErrorShape(Api.post("api/auth/login").header("Content-Type", "application/json").send(), 400);
    }

    @Test
    void responsesDoNotAdvertiseTheServerProduct() {
        Api.Response response = Api.get("api/auth/session").send();

        assertTrue(response.header("Server").isEmpty(), response.header("Server")::toString);
        assertTrue(response.header("X-Powered-By").isEmpty(), response.header("X-Powered-By")::toString);
    }

    @Test
    void unauthorizedIsA401Json() {
        assertErrorShape(Api.get("api/auth/session").send(), 401);
    }
}
