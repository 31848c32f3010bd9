package dev.neptun.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every resource and provider of the WAR is discovered by scanning; none is listed by hand. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
