package dev.neptun.platform.refusals;

import jakarta.json.bind.annotation.JsonbProperty;

/** One member of a request that is at fault, by its JSON name, and why. */
public record FieldError(@JsonbProperty("field") String field, @JsonbProperty("message") String message) {
}
