package dev.neptun.imports.control;

import dev.neptun.contextfile.entity.ContextFile;
import dev.neptun.imports.entity.ContextImport;
import dev.neptun.imports.entity.ImportSourceType;
import dev.neptun.installation.control.Installations;
import dev.neptun.installation.entity.GithubInstallation;
import dev.neptun.installation.entity.ProjectInstallation;
import dev.neptun.platform.Clock;
import dev.neptun.platform.Conflict;
import dev.neptun.platform.NotFound;
import dev.neptun.platform.Pages;
import dev.neptun.platform.Settings;
import dev.neptun.project.control.Projects;
import dev.neptun.project.entity.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Imports of a user's projects, and the headline delete. */
@ApplicationScoped
public class Imports {

    public static final String NOT_FOUND = "Import not found";

    @PersistenceContext
    EntityManager em;

    @Inject
    Projects projects;

    @Inject
    Installations installations;

    @Inject
    Settings settings;

    /**
     * The imports of the user's project, of one source type or (null) all, with their numbers of
     * files, a slice at a time (two queries a slice); the project must be the user's.
     */
    public Pages.Source<CountedImport> list(int userId, int projectId, ImportSourceType sourceType) {
        projects.requireOwned(userId, projectId);
        return (offset, limit) -> {
            var query = sourceType == null
                    ? em.createNamedQuery(ContextImport.LIST_OF_PROJECT, ContextImport.class)
                    : em.createNamedQuery(ContextImport.LIST_OF_PROJECT_AND_TYPE, ContextImport.class).setParameter("sourceType", sourceType);
            return counted(query.setParameter("projectId", projectId).setFirstResult(offset).setMaxResults(limit).getResultList());
        };
    }

    /** An import of the user's project; the project must be the user's. */
    public Optional<ContextImport> find(int userId, int projectId, int importId) {
        projects.requireOwned(userId, projectId);
        return inProject(projectId, importId);
    }

    /** As {@link #find}, with the number of its files. */
    public Optional<CountedImport> findCounted(int userId, int projectId, int importId) {
        return find(userId, projectId, importId).map(found -> counted(List.of(found)).get(0));
    }

    /**
     * A new import; {@code details} sets what the constructor leaves at its defaults. A GitHub-
     * installation import must name an installation of this user that GitHub does not report
     * suspended, and connects it to the project when it is not connected yet. Within the quotas of
     * imports and of bytes per project.
     */
    @Transactional
    public ContextImport create(int userId, int projectId, ImportSourceType sourceType, String sourcePath, Integer installationId,
            Consumer<ContextImport> details) {
        Project project = projects.requireLocked(userId, projectId);
        long imports = em.createNamedQuery(ContextImport.COUNT_OF_PROJECT, Long.class).setParameter("projectId", projectId).getSingleResult();
        if (imports >= settings.quotas().importsPerProject()) {
            throw new Conflict(Projects.QUOTA_EXCEEDED + "imports per project");
        }
        GithubInstallation installation = null;
        if (installationId != null) {
            installation = installations.requireActive(userId, installationId);
            installations.connectIfAbsent(project, installation);
        }
        ContextImport created = new ContextImport(project, installation, sourceType, sourcePath, Clock.now());
        details.accept(created);
        em.persist(created);
        projects.requireStorageWithinQuota(projectId);
        return created;
    }

    @Transactional
    public CountedImport update(int userId, int projectId, int importId, Consumer<ContextImport> changes) {
        projects.requireLocked(userId, projectId);
        ContextImport contextImport = inProject(projectId, importId).orElseThrow(() -> new NotFound(NOT_FOUND));
        changes.accept(contextImport);
        contextImport.touch(Clock.now());
        projects.requireStorageWithinQuota(projectId);
        return counted(List.of(contextImport)).get(0);
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
            throw new NotFound(NOT_FOUND);
        }
        Object[] source = em.createNamedQuery(ContextImport.SOURCE_IN_PROJECT, Object[].class)
                .setParameter("importId", importId)
                .setParameter("projectId", projectId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound(NOT_FOUND));
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
            throw new NotFound(NOT_FOUND);
        }
    }

    private List<CountedImport> counted(List<ContextImport> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Integer, Long> files = em.createNamedQuery(ContextFile.COUNT_BY_IMPORT, Object[].class)
                .setParameter("importIds", found.stream().map(ContextImport::getId).toList())
                .getResultStream().collect(Collectors.toMap(row -> (Integer) row[0], row -> ((Number) row[1]).longValue()));
        return found.stream().map(i -> new CountedImport(i, files.getOrDefault(i.getId(), 0L))).toList();
    }

    private Optional<ContextImport> inProject(int projectId, int importId) {
        return em.createNamedQuery(ContextImport.FIND_IN_PROJECT, ContextImport.class)
                .setParameter("importId", importId)
                .setParameter("projectId", projectId)
                .getResultStream().findFirst();
    }

    private boolean otherImportUses(int projectId, int installationId, int importId) {
        return em.createNamedQuery(ContextImport.COUNT_OTHERS_USING_INSTALLATION, Long.class)
                .setParameter("projectId", projectId)
                .setParameter("installationId", installationId)
                .setParameter("importId", importId)
                .getSingleResult() > 0;
    }
}
