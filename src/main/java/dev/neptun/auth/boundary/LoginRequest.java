package dev.neptun.auth.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record LoginRequest(
        @JsonbProperty("email") @NotNull @Size(max = 256) String email,
        @JsonbProperty("password") @NotNull @Size(max = 256) String password) {
}
