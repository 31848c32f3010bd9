package dev.neptun.imports.entity;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The wire names of {@link ImportSourceType} and {@link ImportStatus}, as patterns for Bean Validation. */
public final class ImportKinds {

    public static final String SOURCE_TYPE_PATTERN = "local_folder|github_repository_installation|public_github_repository_url";
    public static final String STATUS_PATTERN = "pending|running|completed|failed";
    public static final Set<String> SOURCE_TYPES =
            Arrays.stream(ImportSourceType.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private ImportKinds() {
    }
}
