package dev.neptun.platform.errors;

import dev.neptun.platform.refusals.FieldError;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The one error shape of the API: {@code {"statusCode":..,"message":..}}, plus a correlation id on
 * server errors and the field problems of invalid input. Absent extras are left out, not null.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({"statusCode", "message", "requestId", "errors"})
public record ErrorBody(
        @JsonbProperty("statusCode") int statusCode,
        @JsonbProperty("message") String message,
        @JsonbProperty("requestId") String requestId,
        @JsonbProperty("errors") List<FieldError> errors) {

    public ErrorBody(int statusCode, String message) {
        this(statusCode, message, null, null);
    }
}
