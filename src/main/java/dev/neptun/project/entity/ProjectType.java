package dev.neptun.project.entity;

import dev.neptun.platform.params.Vocabulary;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** What a project builds. Stored and written by its wire name, which is no Java name. */
public enum ProjectType implements Vocabulary {
    WEB_SITE("web-site"),
    WEB_SERVICE("web-service"),
    WEB_APP("web-app");

    private final String wireName;

    ProjectType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    @Converter
    public static class Column implements AttributeConverter<ProjectType, String> {

        @Override
        public String convertToDatabaseColumn(ProjectType type) {
            return type == null ? null : type.wireName();
        }

        @Override
        public ProjectType convertToEntityAttribute(String wireName) {
            return wireName == null ? null : (ProjectType) Vocabulary.parse(ProjectType.class, wireName).orElseThrow();
        }
    }
}
