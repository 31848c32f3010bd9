package dev.neptun.platform;

import java.util.List;

/**
 * A failure whose status and message are meant for the client. Thrown anywhere (resource, service,
 * filter); {@link ErrorMapper} turns it into the error body. Unchecked, so a surrounding
 * {@code @Transactional} rolls back.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final transient List<ErrorBody.FieldError> fieldErrors;

    public ApiException(int status, String message) {
        this(status, message, List.of());
    }

    public ApiException(int status, String message, List<ErrorBody.FieldError> fieldErrors) {
        super(message, null, false, false);
        this.status = status;
        this.fieldErrors = List.copyOf(fieldErrors);
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

    public int status() {
        return status;
    }

    public List<ErrorBody.FieldError> fieldErrors() {
        return fieldErrors;
    }
}
