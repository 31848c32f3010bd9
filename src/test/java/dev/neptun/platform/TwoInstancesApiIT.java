package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neptun.testsupport.Api;
import dev.neptun.testsupport.ApiUser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two Payara instances on one PostgreSQL database (-Ppostgresql starts the second with
 * server-config/payara/instance.sh): a session made on one works on the other, what one changes the
 * other sees, and a session revoked on one is refused by the other at once.
 */
@EnabledIfSystemProperty(named = "it.second.base.url", matches = ".+")
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class TwoInstancesApiIT {

    private static String onSecond(String path) {
        return System.getProperty("it.second.base.url") + path;
    }

    @Test
    void aSessionFromInstanceOneDeletesAnImportOnInstanceTwo() {
        ApiUser user = ApiUser.create();
        int project = user.project();
        int kept = user.localImport(project);
        int deleted = user.localImport(project);
        user.file(project, deleted);
        String imports = user.path("projects/" + project + "/resources/imports");

        Api.Response delete = Api.delete(onSecond(imports + "/" + deleted)).session(user.token()).send();

        assertEquals(204, delete.status(), delete::toString);
        assertEquals(404, user.get("projects/" + project + "/resources/imports/" + deleted).status());
        assertEquals(200, user.get("projects/" + project + "/resources/imports/" + kept).status());
        assertEquals("[]", user.get("projects/" + project + "/resources/files").body());
        assertEquals(404, Api.delete(onSecond(imports + "/" + deleted)).session(user.token()).send().status());
    }

    @Test
    void aSessionRevokedOnOneInstanceIs401OnTheOther() {
        ApiUser user = ApiUser.create();
        assertEquals(204, Api.request("HEAD", onSecond("api/auth/check")).session(user.token()).send().status());

        assertEquals(204, Api.post(onSecond("api/auth/logout")).session(user.token()).send().status());

        assertEquals(401, Api.request("HEAD", "api/auth/check").session(user.token()).send().status());
        assertEquals(401, user.get("projects").status());
    }

    @Test
    void loginThrottlingCountsFailuresOnEveryInstance() {
        ApiUser user = ApiUser.create();
        String wrong = "{\"email\":\"" + user.email() + "\",\"password\":\"not-the-password\"}";
        String address = ApiUser.newClientAddress();
        for (int attempt = 0; attempt < 10; attempt++) {
            String path = attempt % 2 == 0 ? "api/auth/login" : onSecond("api/auth/login");
            assertEquals(401, Api.post(path).header("X-Forwarded-For", address).json(wrong).send().status());
        }

        assertEquals(429, Api.post("api/auth/login").header("X-Forwarded-For", address).json(wrong).send().status());
        assertEquals(429, Api.post(onSecond("api/auth/login")).header("X-Forwarded-For", address).json(wrong).send().status());
    }
}
