package dev.neptun.installation.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

public record ConnectRequest(@NotNull @Positive Integer installationId) {
}
