package dev.neptun.project.boundary;

import dev.neptun.project.entity.ProjectKinds;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ProjectCreate(
        @NotBlank @Size(min = 1, max = 256) String name,
        @Size(max = 4096) String description,
        @NotNull @Pattern(regexp = ProjectKinds.TYPE_PATTERN, message = "must be one of: " + ProjectKinds.TYPE_PATTERN) String type,
        @NotNull @Pattern(regexp = ProjectKinds.LANGUAGE_PATTERN, message = "must be one of: " + ProjectKinds.LANGUAGE_PATTERN)
        String mainLanguage) {
    // Declared, not implicit, so that the constraints stay off its parameters: Payara 6.2025.9's
    // OpenAPI scanner fails on constrained parameters that are not path parameters (payara/Payara#7649).
    public ProjectCreate(String name, String description, String type, String mainLanguage) {
        this.name = name;
        this.description = description;
        this.type = type;
        this.mainLanguage = mainLanguage;
    }
}
