package dev.neptun.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.List;

/**
 * Runs Bean Validation on request records and reports problems under their JSON names. Called by
 * resources explicitly rather than through {@code @Valid}, whose violation responses differ per
 * JAX-RS implementation and would bypass {@link ErrorMapper}.
 */
@ApplicationScoped
public class RequestValidator {

    @Inject
    Validator validator;

    public <T> T valid(T body) {
        if (body == null) {
            throw ApiException.badRequest("A JSON request body is required");
        }
        var violations = validator.validate(body);
        if (violations.isEmpty()) {
            return body;
        }
        List<ErrorBody.FieldError> errors = violations.stream()
                .map(v -> new ErrorBody.FieldError(jsonName(body.getClass(), v), v.getMessage()))
                .sorted(Comparator.comparing(ErrorBody.FieldError::field).thenComparing(ErrorBody.FieldError::message))
                .toList();
        throw new ApiException(400, "Invalid request body", errors);
    }

    private static String jsonName(Class<?> type, ConstraintViolation<?> violation) {
        String javaName = null;
        for (Path.Node node : violation.getPropertyPath()) {
            javaName = node.getName();
        }
        if (javaName == null) {
            return "";
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                JsonbProperty property = component.getAnnotation(JsonbProperty.class);
                if (component.getName().equals(javaName) && property != null) {
                    return property.value();
                }
            }
        }
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
