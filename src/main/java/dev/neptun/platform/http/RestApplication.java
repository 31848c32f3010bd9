package dev.neptun.platform.http;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** Every resource and provider of the WAR is discovered by scanning; none is listed by hand. */
@ApplicationPath("api")
public class RestApplication extends Application {

    /**
     * No WADL: Jersey would describe every route, and name itself and its version, to anyone who asks
     * ({@code /api/application.wadl}, the bodies of OPTIONS). The OpenAPI document at /openapi is the
     * description. Other JAX-RS implementations ignore the property.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
