package dev.neptun.platform.errors;

import dev.neptun.platform.persistence.SqlStates;
import dev.neptun.platform.refusals.InvalidInput;
import dev.neptun.platform.refusals.Refusal;
import dev.neptun.platform.refusals.TryLater;
import jakarta.resource.ResourceException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The single place that turns any failure into the API's error body and status. JAX-RS reaches it
 * through {@link ThrowableMapper}, the servlet container (filters, unknown paths, failures at
 * commit that JAX-RS let through) through {@link ErrorPageServlet}.
 */
public final class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    /** What the client gets: status, body, and any header the failure carried (e.g. {@code Allow}). */
    public record Mapped(int status, ErrorBody body, Map<String, String> headers) {
    }

    private ErrorMapper() {
    }

    public static Mapped map(Throwable failure) {
        // A refusal may reach here wrapped, e.g. by JAX-RS when a parameter converter or body reader threw it.
        if (causeOfType(failure, Refusal.class) instanceof Refusal refusal) {
            return refused(refusal);
        }
        if (isDatabaseUnreachable(failure)) {
            // Not a bug to investigate per request: logged without a request id, answered with a retry hint.
            LOG.log(Level.WARNING, "database unreachable: {0}", describe(failure));
            return new Mapped(503, new ErrorBody(503, "The database is unavailable; try again shortly"),
                    Map.of(HttpHeaders.RETRY_AFTER, "5"));
        }
        if (SqlStates.isLostLock(failure)) {
            // Rolled back whole because another transaction held what it needed: a retry, not a bug.
            LOG.log(Level.WARNING, "a transaction lost a lock and was rolled back: {0}", describe(failure));
            return new Mapped(503, new ErrorBody(503, "The data was busy with another change; try again"),
                    Map.of(HttpHeaders.RETRY_AFTER, "1"));
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return fromStatus(web.getResponse());
        }
        return serverError(failure);
    }

    /**
     * For an error the servlet container raised itself, with no exception behind it. Only a 500 is a
     * failure of the server's, answered and logged as one; any other status says what the container
     * refused ({@code 501} for a method nobody implements, {@code 505}, ...), caused by the client,
     * and is neither logged nor turned into a 500: anyone could otherwise flood the log.
     */
    public static Mapped fromStatus(int status) {
        if (status == 500) {
            return serverError(null);
        }
        return new Mapped(status, new ErrorBody(status, reasonPhrase(status)), Map.of());
    }

    private static Mapped refused(Refusal refusal) {
        int status = statusOf(refusal);
        var problems = refusal instanceof InvalidInput invalid && !invalid.problems().isEmpty() ? invalid.problems() : null;
        Duration retryAfter = refusal instanceof TryLater later ? later.retryAfter() : null;
        Map<String, String> headers = retryAfter == null ? Map.of()
                : Map.of(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        return new Mapped(status, new ErrorBody(status, refusal.getMessage(), null, problems), headers);
    }

    /** Exhaustive: a new kind of refusal without a status does not compile. */
    private static int statusOf(Refusal refusal) {
        return switch (refusal.kind()) {
            case INVALID_INPUT -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case BODY_TOO_LARGE -> 413;
            case THROTTLED -> 429;
            case OVERLOADED -> 503;
        };
    }

    private static Mapped fromStatus(Response response) {
        int status = response.getStatus();
        String allow = response.getHeaderString(HttpHeaders.ALLOW);
        Map<String, String> headers = allow == null ? Map.of() : Map.of(HttpHeaders.ALLOW, allow);
        return new Mapped(status, new ErrorBody(status, reasonPhrase(status)), headers);
    }

    private static Mapped serverError(Throwable failure) {
        String requestId = UUID.randomUUID().toString();
        // Class names and SQL states only: messages of persistence exceptions carry SQL and values. Where it
        // was raised is two stack frames (names and lines, no values): a failure seen once cannot be told
        // apart by its class alone.
        LOG.log(Level.SEVERE, "requestId={0} unhandled failure: {1}, raised {2}", new Object[] {requestId, describe(failure), origin(failure)});
        return new Mapped(500, new ErrorBody(500, "Internal server error", requestId, null), Map.of());
    }

    /** The pool could not get a connection (ResourceException) or the driver reported a connection failure (SQLState 08). */
    private static boolean isDatabaseUnreachable(Throwable failure) {
        return causeOfType(failure, ResourceException.class, SQLTransientConnectionException.class,
                SQLNonTransientConnectionException.class) != null
                || SqlStates.isConnectionFailure(failure);
    }

    static String describe(Throwable failure) {
        if (failure == null) {
            return "(raised by the container)";
        }
        StringBuilder chain = new StringBuilder();
        for (Throwable t : SqlStates.chainOf(failure)) {
            if (chain.length() >= 2000) {
                break;
            }
            if (chain.length() > 0) {
                chain.append(" <- ");
            }
            chain.append(t.getClass().getName());
            if (t instanceof SQLException sql) {
                chain.append(" [SQLState ").append(sql.getSQLState()).append(']');
            }
        }
        return chain.toString();
    }

    /** The innermost cause's first stack frame and, when that is the JDK's, its first frame outside it. */
    static String origin(Throwable failure) {
        if (failure == null) {
            return "(no stack)";
        }
        List<Throwable> chain = SqlStates.chainOf(failure);
        Throwable innermost = chain.get(chain.size() - 1);
        StackTraceElement[] frames = innermost.getStackTrace();
        if (frames.length == 0) {
            return "at an unknown place";
        }
        String origin = "at " + frame(frames[0]);
        if (isJdk(frames[0])) {
            for (StackTraceElement caller : frames) {
                if (!isJdk(caller)) {
                    return origin + ", called from " + frame(caller);
                }
            }
        }
        return origin;
    }

    private static boolean isJdk(StackTraceElement frame) {
        String type = frame.getClassName();
        return type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.") || type.startsWith("sun.");
    }

    private static String frame(StackTraceElement frame) {
        return frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber();
    }

    @SafeVarargs
    private static Throwable causeOfType(Throwable failure, Class<? extends Throwable>... types) {
        for (Throwable t : SqlStates.chainOf(failure)) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error " + status : known.getReasonPhrase();
    }
}
