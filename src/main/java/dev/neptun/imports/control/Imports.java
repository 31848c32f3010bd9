package dev.neptun.imports.control;

import dev.neptun.contextfile.entity.ContextFile;
import dev.neptun.imports.entity.ContextImport;
import dev.neptun.imports.entity.ImportSourceType;
import dev.neptun.imports.entity.ImportStatus;
import dev.neptun.installation.control.Installations;
import dev.neptun.installation.entity.GithubInstallation;
import dev.neptun.installation.entity.ProjectInstallation;
import dev.neptun.platform.ApiException;
import dev.neptun.platform.Clock;
import dev.neptun.project.control.Projects;
import dev.neptun.project.entity.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class Imports {

    public static final String NOT_FOUND = "Import not found";

    @PersistenceContext
    EntityManager em;

    @Inject
    Projects projects;

    @Inject
    Installations installations;

    public record NewImport(ImportSourceType sourceType, String sourcePath, String sourceRef, ImportStatus importStatus,
            String errorMessage, String fileTree, Integer installationId) {
    }

    /** What a PUT changes: a null {@code Change} leaves the member as it is, a Change of null clears it. */
    public record Changes(Change<String> sourceRef, Change<ImportStatus> importStatus, Change<String> errorMessage,
            Change<String> fileTree) {
    }

    public record Change<T>(T value) {
    }

    public List<ContextImport> list(int userId, int projectId, ImportSourceType sourceType) {
        projects.find(userId, projectId);
        var query = sourceType == null
                ? em.createNamedQuery(ContextImport.LIST_OF_PROJECT, ContextImport.class)
                : em.createNamedQuery(ContextImport.LIST_OF_PROJECT_AND_TYPE, ContextImport.class).setParameter("sourceType", sourceType);
        return query.setParameter("projectId", projectId).getResultList();
    }

    public ContextImport find(int userId, int projectId, int importId) {
        projects.find(userId, projectId);
        return inProject(projectId, importId);
    }

    /**
     * A GitHub-installation import must name an installation of this user, and connects it to the
     * project when it is not connected yet.
     */
    @Transactional
    public ContextImport create(int userId, int projectId, NewImport n) {
        Project project = projects.lock(userId, projectId);
        GithubInstallation installation = null;
        if (n.installationId() != null) {
            installation = installations.lockOwned(userId, n.installationId());
            installations.connectIfAbsent(project, installation);
        }
        ContextImport created = new ContextImport(project, installation, n.sourceType(), n.sourcePath(), Clock.now());
        created.setSourceRef(n.sourceRef());
        created.setErrorMessage(n.errorMessage());
        created.setFileTree(n.fileTree());
        if (n.importStatus() != null) {
            created.setImportStatus(n.importStatus());
        }
        em.persist(created);
        em.flush();
        return created;
    }

    @Transactional
    public ContextImport update(int userId, int projectId, int importId, Changes changes) {
        projects.lock(userId, projectId);
        ContextImport contextImport = inProject(projectId, importId);
        if (changes.sourceRef() != null) {
            contextImport.setSourceRef(changes.sourceRef().value());
        }
        if (changes.importStatus() != null) {
            contextImport.setImportStatus(changes.importStatus().value());
        }
        if (changes.errorMessage() != null) {
            contextImport.setErrorMessage(changes.errorMessage().value());
        }
        if (changes.fileTree() != null) {
            contextImport.setFileTree(changes.fileTree().value());
        }
        contextImport.touch(Clock.now());
        return contextImport;
    }

    /**
     * Deletes an import of a project of the user, with all its context files and — for a GitHub
     * installation import — the project's connection to that installation when no other import of
     * the project still uses it. One transaction: any failure leaves everything as it was. A missing
     * project, a project of another user and an import of another project are the same 404.
     */
    @Transactional
    public void delete(int userId, int projectId, int importId) {
        if (projects.lockOwned(userId, projectId).isEmpty()) {
            throw ApiException.notFound(NOT_FOUND);
        }
        Object[] source = em.createNamedQuery(ContextImport.SOURCE_IN_PROJECT, Object[].class)
                .setParameter("importId", importId)
                .setParameter("projectId", projectId)
                .getResultStream().findFirst().orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        em.createNamedQuery(ContextFile.DELETE_OF_IMPORT).setParameter("importId", importId).executeUpdate();
        Integer installationId = (Integer) source[1];
        if (source[0] == ImportSourceType.github_repository_installation && installationId != null
                && !otherImportUses(projectId, installationId, importId)) {
            em.createNamedQuery(ProjectInstallation.DELETE_PAIR)
                    .setParameter("projectId", projectId)
                    .setParameter("installationId", installationId)
                    .executeUpdate();
        }
        if (em.createNamedQuery(ContextImport.DELETE_BY_ID).setParameter("importId", importId).executeUpdate() != 1) {
            throw ApiException.notFound(NOT_FOUND);
        }
    }

    private ContextImport inProject(int projectId, int importId) {
        return em.createNamedQuery(ContextImport.FIND_IN_PROJECT, ContextImport.class)
                .setParameter("importId", importId)
                .setParameter("projectId", projectId)
                .getResultStream().findFirst().orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    private boolean otherImportUses(int projectId, int installationId, int importId) {
        return em.createNamedQuery(ContextImport.COUNT_OTHERS_USING_INSTALLATION, Long.class)
                .setParameter("projectId", projectId)
                .setParameter("installationId", installationId)
                .setParameter("importId", importId)
                .getSingleResult() > 0;
    }
}
