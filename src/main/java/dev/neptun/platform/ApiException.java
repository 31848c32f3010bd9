package dev.neptun.platform;

import java.util.List;
import java.util.Map;

/**
 * A failure whose status and message are meant for the client. Thrown anywhere (resource, service,
 * filter); {@link ErrorMapper} turns it into the error body. Unchecked, so a surrounding
 * {@code @Transactional} rolls back.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final transient List<ErrorBody.FieldError> fieldErrors;
    private final transient Map<String, String> headers;

    public ApiException(int status, String message) {
        this(status, message, List.of());
    }

    public ApiException(int status, String message, List<ErrorBody.FieldError> fieldErrors) {
        this(status, message, fieldErrors, Map.of());
    }

    private ApiException(int status, String message, List<ErrorBody.FieldError> fieldErrors, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.headers = Map.copyOf(headers);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "Unauthorized");
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, message);
    }

    public static ApiException tooManyRequests(String message, long retryAfterSeconds) {
        return new ApiException(429, message, List.of(), Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public int status() {
        return status;
    }

    public List<ErrorBody.FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Headers the response must carry, e.g. {@code Retry-After}. */
    public Map<String, String> headers() {
        return headers;
    }
}
