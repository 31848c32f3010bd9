package dev.neptun.project.entity;

import dev.neptun.platform.json.Partial;
import java.util.Optional;

/** A partial change of a project: an absent member (null) keeps, empty clears (description only), a value sets. */
public record ProjectChanges(Optional<String> name, Optional<String> description, Optional<ProjectType> type,
        Optional<MainLanguage> mainLanguage) {

    public void applyTo(Project project) {
        Partial.apply(name, project::rename);
        Partial.apply(description, project::describe);
        Partial.apply(type, project::retype);
        Partial.apply(mainLanguage, project::changeLanguage);
    }
}
