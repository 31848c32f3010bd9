package dev.neptun.auth.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record LoginRequest(
        @JsonbProperty("email") @NotNull @Size(max = 256) String email,
        @JsonbProperty("password") @NotNull @Size(max = 256) String password) {
    // Declared, not implicit, so that the constraints stay off its parameters: Payara 6.2025.9's
    // OpenAPI scanner fails on constrained parameters that are not path parameters (payara/Payara#7649).
    public LoginRequest(String email, String password) {
        this.email = email;
        this.password = password;
    }
}
