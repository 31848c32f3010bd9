package dev.neptun.project.boundary;

import dev.neptun.project.entity.MainLanguage;
import dev.neptun.project.entity.ProjectChanges;
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
    ProjectChanges changes() {
        return new ProjectChanges(name, description, type, mainLanguage);
    }
}
