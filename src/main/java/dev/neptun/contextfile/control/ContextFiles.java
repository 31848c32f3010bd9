package dev.neptun.contextfile.control;

import dev.neptun.contextfile.entity.ContextFile;
import dev.neptun.contextfile.entity.FileType;
import dev.neptun.imports.control.Imports;
import dev.neptun.imports.entity.ContextImport;
import dev.neptun.platform.Clock;
import dev.neptun.platform.NotFound;
import dev.neptun.project.control.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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

    /** The files of the user's project, of one import or (null) all; the project must be the user's. */
    public List<ContextFile> list(int userId, int projectId, Integer importId) {
        projects.requireOwned(userId, projectId);
        var query = importId == null
                ? em.createNamedQuery(ContextFile.LIST_OF_PROJECT, ContextFile.class)
                : em.createNamedQuery(ContextFile.LIST_OF_IMPORT, ContextFile.class).setParameter("importId", importId);
        return query.setParameter("projectId", projectId).getResultList();
    }

    /** A file of the user's project; the project must be the user's. */
    public Optional<ContextFile> find(int userId, int projectId, int fileId) {
        projects.requireOwned(userId, projectId);
        return inProject(projectId, fileId);
    }

    /** A new file in an import of the project; {@code details} sets what the constructor leaves at its defaults. */
    @Transactional
    public ContextFile create(int userId, int projectId, int importId, String title, String content, FileType fileType,
            Consumer<ContextFile> details) {
        projects.requireLocked(userId, projectId);
        ContextImport contextImport = imports.find(userId, projectId, importId).orElseThrow(() -> new NotFound(Imports.NOT_FOUND));
        ContextFile file = new ContextFile(contextImport, title, content, fileType, Clock.now());
        details.accept(file);
        em.persist(file);
        em.flush();
        return file;
    }

    @Transactional
    public ContextFile update(int userId, int projectId, int fileId, Consumer<ContextFile> changes) {
        projects.requireLocked(userId, projectId);
        ContextFile file = inProject(projectId, fileId).orElseThrow(() -> new NotFound(NOT_FOUND));
        changes.accept(file);
        file.touch(Clock.now());
        return file;
    }

    @Transactional
    public void delete(int userId, int projectId, int fileId) {
        projects.requireLocked(userId, projectId);
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
