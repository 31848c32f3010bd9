package dev.neptun.contextfile.control;

import dev.neptun.contextfile.entity.ContextFile;
import dev.neptun.imports.control.Imports;
import dev.neptun.imports.entity.ContextImport;
import dev.neptun.platform.ApiException;
import dev.neptun.platform.Clock;
import dev.neptun.project.control.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;

/** Context files of a project; each belongs to one import of that project and never moves. */
@ApplicationScoped
public class ContextFiles {

    public static final String NOT_FOUND = "Context file not found";

    @PersistenceContext
    EntityManager em;

    @Inject
    Projects projects;

    @Inject
    Imports imports;

    public List<ContextFile> list(int userId, int projectId, Integer importId) {
        projects.find(userId, projectId);
        var query = importId == null
                ? em.createNamedQuery(ContextFile.LIST_OF_PROJECT, ContextFile.class)
                : em.createNamedQuery(ContextFile.LIST_OF_IMPORT, ContextFile.class).setParameter("importId", importId);
        return query.setParameter("projectId", projectId).getResultList();
    }

    public ContextFile find(int userId, int projectId, int fileId) {
        projects.find(userId, projectId);
        return inProject(projectId, fileId);
    }

    /** {@code details} fills in what the constructor does not (category, paths, depth, metadata, ...). */
    @Transactional
    public ContextFile create(int userId, int projectId, int importId, String title, String content, String fileType,
            Consumer<ContextFile> details) {
        projects.lock(userId, projectId);
        ContextImport contextImport = imports.find(userId, projectId, importId);
        ContextFile file = new ContextFile(contextImport, title, null, content, fileType, Clock.now());
        details.accept(file);
        em.persist(file);
        em.flush();
        return file;
    }

    @Transactional
    public ContextFile update(int userId, int projectId, int fileId, Consumer<ContextFile> changes) {
        projects.lock(userId, projectId);
        ContextFile file = inProject(projectId, fileId);
        changes.accept(file);
        file.touch(Clock.now());
        return file;
    }

    @Transactional
    public void delete(int userId, int projectId, int fileId) {
        projects.lock(userId, projectId);
        inProject(projectId, fileId);
        em.createNamedQuery(ContextFile.DELETE_BY_ID).setParameter("fileId", fileId).executeUpdate();
    }

    private ContextFile inProject(int projectId, int fileId) {
        return em.createNamedQuery(ContextFile.FIND_IN_PROJECT, ContextFile.class)
                .setParameter("fileId", fileId)
                .setParameter("projectId", projectId)
                .getResultStream().findFirst().orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }
}
