package dev.neptun.project.boundary;

import dev.neptun.project.entity.MainLanguage;
import dev.neptun.project.entity.ProjectType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of a new project. */
public record ProjectCreate(
        @NotBlank @Size(max = 256) String name,
        @Size(max = 4096) String description,
        @NotNull ProjectType type,
        @NotNull MainLanguage mainLanguage) {
    // Declared, not implicit, so that the constraints stay off its parameters: Payara 6.2025.9's
    // OpenAPI scanner fails on constrained parameters that are not path parameters (payara/Payara#7649).
    public ProjectCreate(String name, String description, ProjectType type, MainLanguage mainLanguage) {
        this.name = name;
        this.description = description;
        this.type = type;
        this.mainLanguage = mainLanguage;
    }
}
