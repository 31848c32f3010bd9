package dev.neptun.imports.entity;

/** Enum constants carry the wire names of the API so that JSON-B and the database use them as they are. */
public enum ImportSourceType {
    local_folder,
    github_repository_installation,
    public_github_repository_url
}
