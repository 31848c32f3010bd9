package dev.neptun.contextfile.control;

import dev.neptun.contextfile.entity.ContextFile;
import dev.neptun.contextfile.entity.FileChanges;
import dev.neptun.contextfile.entity.FileDetails;
import dev.neptun.contextfile.entity.FileType;
import dev.neptun.imports.control.Imports;
import dev.neptun.imports.entity.ContextImport;
import dev.neptun.platform.config.Settings;
import dev.neptun.platform.paging.Pages;
import dev.neptun.platform.persistence.Clock;
import dev.neptun.platform.refusals.Conflict;
import dev.neptun.platform.refusals.NotFound;
import dev.neptun.project.control.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Context files of a user's projects; each belongs to one import of its project and never moves. */
@ApplicationScoped
public class ContextFiles {

    public static final String NOT_FOUND = "Context file not found";

    @PersistenceContext
    EntityManager em;

    @Inject
    Projects projects;

    @Inject
    Imports imports;

    @Inject
    Settings settings;

    /** The files of the user's project, of one import or (null) all, a slice at a time; the project must be the user's. */
    public Pages.Source<ContextFile> list(int userId, int projectId, Integer importId) {
        projects.requireOwned(userId, projectId);
        return (offset, limit) -> {
            var query = importId == null
                    ? em.createNamedQuery(ContextFile.LIST_OF_PROJECT, ContextFile.class)
                    : em.createNamedQuery(ContextFile.LIST_OF_IMPORT, ContextFile.class).setParameter("importId", importId);
            return query.setParameter("projectId", projectId).setFirstResult(offset).setMaxResults(limit).getResultList();
        };
    }

    /** A file of the user's project; the project must be the user's. */
    public Optional<ContextFile> find(int userId, int projectId, int fileId) {
        projects.requireOwned(userId, projectId);
        return inProject(projectId, fileId);
    }

    /**
     * A new file in an import of the project, counted on the import; {@code details} sets what the
     * constructor leaves at its defaults. Within the quotas of files per import (that count, exact under
     * the project's lock) and of bytes per project.
     */
    @Transactional
    public ContextFile create(int userId, int projectId, int importId, String title, String content, FileType fileType,
            FileDetails details) {
        projects.requireLocked(userId, projectId);
        ContextImport contextImport = imports.find(userId, projectId, importId).orElseThrow(() -> new NotFound(Imports.NOT_FOUND));
        if (contextImport.getFileCount() >= settings.quotas().filesPerImport()) {
            throw new Conflict(Projects.QUOTA_EXCEEDED + "files per import");
        }
        ContextFile file = new ContextFile(contextImport, title, content, fileType, Clock.now());
        details.fillIn(file);
        em.persist(file);
        contextImport.fileAdded();
        projects.requireStorageWithinQuota(projectId);
        return file;
    }

    @Transactional
    public ContextFile update(int userId, int projectId, int fileId, FileChanges changes) {
        projects.requireLocked(userId, projectId);
        ContextFile file = inProject(projectId, fileId).orElseThrow(() -> new NotFound(NOT_FOUND));
        changes.applyTo(file);
        file.touch(Clock.now());
        projects.requireStorageWithinQuota(projectId);
        return file;
    }

    /** A file of the project, and one file less in its import's count; a missing file is a 404 that changes nothing. */
    @Transactional
    public void delete(int userId, int projectId, int fileId) {
        projects.requireLocked(userId, projectId);
        em.createNamedQuery(ContextFile.UNCOUNT_IN_PROJECT).setParameter("fileId", fileId).setParameter("projectId", projectId)
                .executeUpdate();
        if (em.createNamedQuery(ContextFile.DELETE_IN_PROJECT).setParameter("fileId", fileId).setParameter("projectId", projectId)
                .executeUpdate() != 1) {
            throw new NotFound(NOT_FOUND);
        }
    }

    private Optional<ContextFile> inProject(int projectId, int fileId) {
        return em.createNamedQuery(ContextFile.FIND_IN_PROJECT, ContextFile.class)
                .setParameter("fileId", fileId)
                .setParameter("projectId", projectId)
                .getResultStream().findFirst();
    }
}
