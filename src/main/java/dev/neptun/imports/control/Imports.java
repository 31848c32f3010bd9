package dev.neptun.imports.control;

import dev.neptun.contextfile.entity.ContextFile;
import dev.neptun.imports.entity.ContextImport;
import dev.neptun.imports.entity.ImportSourceType;
import dev.neptun.installation.entity.ProjectInstallation;
import dev.neptun.platform.ApiException;
import dev.neptun.project.entity.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class Imports {

    public static final String NOT_FOUND = "Import not found";

    @PersistenceContext
    EntityManager em;

    /**
     * Deletes an import of a project of the user, with all its context files and — for a GitHub
     * installation import — the project's connection to that installation when no other import of
     * the project still uses it. One transaction: any failure leaves everything as it was. A missing
     * project, a project of another user and an import of another project are the same 404.
     */
    @Transactional
    public void delete(int userId, int projectId, int importId) {
        boolean ownsProject = !em.createNamedQuery(Project.FIND_OWNED_FOR_UPDATE, Project.class)
                .setParameter("projectId", projectId)
                .setParameter("ownerId", userId)
                .getResultList().isEmpty();
        ContextImport contextImport = ownsProject
                ? em.createNamedQuery(ContextImport.FIND_IN_PROJECT, ContextImport.class)
                        .setParameter("importId", importId)
                        .setParameter("projectId", projectId)
                        .getResultStream().findFirst().orElse(null)
                : null;
        if (contextImport == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        em.createNamedQuery(ContextFile.DELETE_OF_IMPORT).setParameter("importId", importId).executeUpdate();
        Integer installationId = contextImport.getInstallationId();
        if (contextImport.getSourceType() == ImportSourceType.github_repository_installation && installationId != null
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

    private boolean otherImportUses(int projectId, int installationId, int importId) {
        return em.createNamedQuery(ContextImport.COUNT_OTHERS_USING_INSTALLATION, Long.class)
                .setParameter("projectId", projectId)
                .setParameter("installationId", installationId)
                .setParameter("importId", importId)
                .getSingleResult() > 0;
    }
}
