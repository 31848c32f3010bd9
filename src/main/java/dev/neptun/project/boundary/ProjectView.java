package dev.neptun.project.boundary;

import dev.neptun.platform.persistence.Clock;
import dev.neptun.project.entity.Project;
import java.time.Instant;

public record ProjectView(int id, String name, String description, String type, String mainLanguage, Instant createdAt,
        Instant updatedAt) {

    static ProjectView of(Project p) {
        return new ProjectView(p.getId(), p.getName(), p.getDescription(), p.getType().wireName(), p.getMainLanguage().wireName(),
                Clock.toInstant(p.getCreatedAt()), Clock.toInstant(p.getUpdatedAt()));
    }
}
