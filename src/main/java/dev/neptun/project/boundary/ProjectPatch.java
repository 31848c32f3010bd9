package dev.neptun.project.boundary;

import dev.neptun.platform.Partial;
import dev.neptun.project.entity.MainLanguage;
import dev.neptun.project.entity.Project;
import dev.neptun.project.entity.ProjectType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** A PATCH body: an absent member stays, {@code null} clears (description only; the others must not be null). */
public record ProjectPatch(
        Optional<@NotBlank @Size(max = 256) String> name,
        Optional<@Size(max = 4096) String> description,
        Optional<@NotNull ProjectType> type,
        Optional<@NotNull MainLanguage> mainLanguage) {
    void applyTo(Project project) {
        Partial.apply(name, project::rename);
        Partial.apply(description, project::describe);
        Partial.apply(type, project::retype);
        Partial.apply(mainLanguage, project::changeLanguage);
    }
}
