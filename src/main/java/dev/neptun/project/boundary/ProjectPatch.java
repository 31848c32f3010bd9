package dev.neptun.project.boundary;

import dev.neptun.project.entity.ProjectKinds;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A PATCH body: absent members stay as they are (see {@code PartialBody}); only description can be cleared. */
public record ProjectPatch(
        @Size(min = 1, max = 256) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
        @Size(max = 4096) String description,
        @Pattern(regexp = ProjectKinds.TYPE_PATTERN, message = "must be one of: " + ProjectKinds.TYPE_PATTERN) String type,
        @Pattern(regexp = ProjectKinds.LANGUAGE_PATTERN, message = "must be one of: " + ProjectKinds.LANGUAGE_PATTERN)
        String mainLanguage) {
    // Declared, not implicit, so that the constraints stay off its parameters: Payara 6.2025.9's
    // OpenAPI scanner fails on constrained parameters that are not path parameters (payara/Payara#7649).
    public ProjectPatch(String name, String description, String type, String mainLanguage) {
        this.name = name;
        this.description = description;
        this.type = type;
        this.mainLanguage = mainLanguage;
    }

    static final Set<String> UPDATABLE = Set.of("name", "description", "type", "main_language");
    static final Set<String> NOT_NULLABLE = Set.of("name", "type", "main_language");
}
