package dev.neptun.installation.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

public record ConnectRequest(@NotNull @Positive Integer installationId) {
    // Declared, not implicit, so that the constraints stay off its parameters: Payara 6.2025.9's
    // OpenAPI scanner fails on constrained parameters that are not path parameters (payara/Payara#7649).
    public ConnectRequest(Integer installationId) {
        this.installationId = installationId;
    }
}
