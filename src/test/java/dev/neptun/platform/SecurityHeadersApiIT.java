package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Api;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The web page and the API answer with the same security headers; the page's files with types a browser runs under nosniff. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersApiIT {

    private static final String POLICY = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    private static void assertSecurityHeaders(Api.Response response) {
        assertAll(
                () -> assertEquals(POLICY, response.header("Content-Security-Policy").orElse(null)),
                () -> assertEquals("nosniff", response.header("X-Content-Type-Options").orElse(null)),
                () -> assertEquals("no-referrer", response.header("Referrer-Policy").orElse(null)));
    }

    private static String mediaType(Api.Response response) {
        return response.header("Content-Type").orElse("").split(";")[0].trim();
    }

    @Test
    void theRootIsTheWebPageWithTheSecurityHeaders() {
        Api.Response page = Api.get("").send();

        assertEquals(200, page.status());
        assertEquals("text/html", mediaType(page));
        assertTrue(page.body().contains("<script type=\"module\" src=\"/app/main.js\"></script>"), page::body);
        assertSecurityHeaders(page);
    }

    @Test
    void anApiResponseCarriesTheSecurityHeaders() {
        Api.Response status = Api.get("api/status").send();

        assertEquals(200, status.status());
        assertSecurityHeaders(status);
    }

    @Test
    void aPathThatIsNoFileStaysTheApisJson404WithTheSecurityHeaders() {
        Api.Response missing = Api.get("app/no-such-module.js").send();

        assertEquals(404, missing.status());
        assertEquals("application/json", mediaType(missing));
        assertEquals(404, missing.json().getInt("statusCode"));
        assertSecurityHeaders(missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"app/main.js", "app/api.js", "app/delete-import.js"})
    void theModulesAreServedAsJavaScript(String path) {
        Api.Response module = Api.get(path).send();

        assertEquals(200, module.status());
        assertTrue(mediaType(module).equals("text/javascript") || mediaType(module).equals("application/javascript"), mediaType(module));
        assertSecurityHeaders(module);
    }

    @Test
    void theStyleSheetIsServedAsCss() {
        Api.Response css = Api.get("app/app.css").send();

        assertEquals(200, css.status());
        assertEquals("text/css", mediaType(css));
    }
}
