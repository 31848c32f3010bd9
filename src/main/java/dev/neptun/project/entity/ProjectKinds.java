package dev.neptun.project.entity;

import java.util.Set;

/** The closed vocabularies of a project, as regular expressions for Bean Validation and as sets. */
public final class ProjectKinds {

    public static final String TYPE_PATTERN = "web-site|web-service|web-app";
    public static final String LANGUAGE_PATTERN = "typescript|javascript|php|go|python|java|kotlin|ruby|elixir";
    public static final Set<String> TYPES = Set.of(TYPE_PATTERN.split("\\|"));
    public static final Set<String> LANGUAGES = Set.of(LANGUAGE_PATTERN.split("\\|"));

    private ProjectKinds() {
    }
}
