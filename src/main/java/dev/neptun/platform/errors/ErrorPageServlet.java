package dev.neptun.platform.errors;

import dev.neptun.platform.json.JsonConfig;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The servlet container's error page (web.xml): errors raised outside JAX-RS — unknown paths, a
 * failing filter — get the same JSON body through {@link ErrorMapper}.
 */
@WebServlet(name = "ErrorPage", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/error-page";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c ? c : HttpServletResponse.SC_NOT_FOUND;
        if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED && !response.containsHeader("Allow")) {
            // A servlet's own 405 (HttpServlet's doPut, doDelete, ...) names no Allow; every servlet the
            // container serves outside JAX-RS (files, health) answers these three.
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
        }
        write(request, response, failure instanceof Throwable t ? ErrorMapper.map(t) : ErrorMapper.fromStatus(status));
    }

    /** Writes an error as the API's JSON body, unless the response is on its way already. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ErrorMapper.Mapped mapped) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(mapped.status());
        mapped.headers().forEach(response::setHeader);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (!"HEAD".equals(request.getMethod())) {
            response.getWriter().write(JsonConfig.jsonb().toJson(mapped.body()));
        }
    }
}
