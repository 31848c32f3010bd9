package dev.neptun.imports.entity;

import dev.neptun.platform.params.Vocabulary;

/** Where an import's context comes from; the constants are the wire names, stored as they are. */
public enum ImportSourceType implements Vocabulary {
    local_folder,
    github_repository_installation,
    public_github_repository_url
}
