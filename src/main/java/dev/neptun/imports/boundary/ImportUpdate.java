package dev.neptun.imports.boundary;

import dev.neptun.imports.entity.ImportChanges;
import dev.neptun.imports.entity.ImportStatus;
import dev.neptun.platform.json.JsonText;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** A PUT body: only these four members can change; project, owner, source type and installation never do. */
public record ImportUpdate(
        Optional<@Size(max = 1024) String> sourceRef,
        Optional<@NotNull ImportStatus> importStatus,
        Optional<@Size(max = 4096) String> errorMessage,
        Optional<JsonValue> fileTree) {
    ImportChanges changes() {
        return new ImportChanges(sourceRef, importStatus, errorMessage, fileTree == null ? null : fileTree.map(JsonText::write));
    }
}
