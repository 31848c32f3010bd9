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
}
