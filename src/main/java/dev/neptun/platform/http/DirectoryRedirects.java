package dev.neptun.platform.http;

import dev.neptun.platform.config.Settings;
import dev.neptun.platform.errors.ErrorMapper;
import dev.neptun.platform.errors.ErrorPageServlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request for a folder of the web page without its slash ({@code /app}) is redirected to the folder
 * ({@code /app/}) by this servlet, mapped to each folder's exact path, on the configured base URL. The
 * containers' own redirect came before every filter, with a {@code Location} built from the request's
 * {@code Host} (a forged host became the redirect's target), an HTML body and no security headers.
 */
@WebListener
public class DirectoryRedirects implements ServletContextListener {

    private static final String NAME = "DirectoryRedirect";

    /** Folders the container never serves. */
    private static final Set<String> HIDDEN = Set.of("/WEB-INF/", "/META-INF/");

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        List<String> folders = folders(context, "/");
        if (!folders.isEmpty()) {
            // addServlet answers null when the name is registered already: Payara has been seen to start
            // this listener twice for one context, and the mappings are the same either way.
            ServletRegistration registration = Optional.<ServletRegistration>ofNullable(context.addServlet(NAME, Redirect.class))
                    .orElseGet(() -> context.getServletRegistration(NAME));
            registration.addMapping(folders.stream().map(f -> f.substring(0, f.length() - 1)).toArray(String[]::new));
        }
    }

    /** Every folder below {@code path}, each ending with a slash. */
    static List<String> folders(ServletContext context, String path) {
        List<String> folders = new ArrayList<>();
        Set<String> entries = context.getResourcePaths(path);
        for (String entry : entries == null ? Set.<String>of() : entries) {
            if (entry.endsWith("/") && !HIDDEN.contains(entry)) {
                folders.add(entry);
                folders.addAll(folders(context, entry));
            }
        }
        return folders;
    }

    public static class Redirect extends HttpServlet {

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                ErrorPageServlet.write(request, response, ErrorMapper.map(new NotAllowedException("GET", new String[] {"HEAD"})));
                return;
            }
            URI folder = UriBuilder.fromUri(Settings.configuredBaseUrl()).path(request.getServletPath() + "/")
                    .replaceQuery(request.getQueryString()).build();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", folder.toString());
        }
    }
}
