package dev.neptun.imports.control;

import dev.neptun.contextfile.entity.ContextFile;
import dev.neptun.imports.entity.ContextImport;
import dev.neptun.imports.entity.ImportChanges;
import dev.neptun.imports.entity.ImportDetails;
import dev.neptun.imports.entity.ImportSource;
import dev.neptun.imports.entity.ImportSourceType;
import dev.neptun.installation.control.Installations;
import dev.neptun.installation.entity.GithubInstallation;
import dev.neptun.installation.entity.ProjectInstallation;
import dev.neptun.platform.config.Settings;
import dev.neptun.platform.paging.Pages;
import dev.neptun.platform.persistence.Clock;
import dev.neptun.platform.persistence.KeyCount;
import dev.neptun.platform.refusals.Conflict;
import dev.neptun.platform.refusals.NotFound;
import dev.neptun.project.control.Projects;
import dev.neptun.project.entity.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
     * The imports of the user's project, of one source type or (null) all, with what deleting each
     * would take, a slice at a time (at most three queries a slice, none per import); the project must
     * be the user's.
     */
    public Pages.Source<ImportSummary> list(int userId, int projectId, ImportSourceType sourceType) {
        projects.requireOwned(userId, projectId);
        return (offset, limit) -> {
            var query = sourceType == null
                    ? em.createNamedQuery(ContextImport.LIST_OF_PROJECT, ContextImport.class)
                    : em.createNamedQuery(ContextImport.LIST_OF_PROJECT_AND_TYPE, ContextImport.class).setParameter("sourceType", sourceType);
            return summaries(projectId, query.setParameter("projectId", projectId).setFirstResult(offset).setMaxResults(limit).getResultList());
        };
    }

    /** An import of the user's project; the project must be the user's. */
    public Optional<ContextImport> find(int userId, int projectId, int importId) {
        projects.requireOwned(userId, projectId);
        return inProject(projectId, importId);
    }

    /** As {@link #find}, with what deleting it would take. */
    public Optional<ImportSummary> findSummary(int userId, int projectId, int importId) {
        return find(userId, projectId, importId).map(this::summaryOf);
    }

    /** What deleting this import would take, as it stands now. */
    public ImportSummary summaryOf(ContextImport contextImport) {
        return summaries(contextImport.getProjectId(), List.of(contextImport)).get(0);
    }

    /**
     * A new import; {@code details} sets what the constructor leaves at its defaults. A GitHub-
     * installation import must name an installation of this user that GitHub does not report
     * suspended, and connects it to the project when it is not connected yet. Within the quotas of
     * imports and of bytes per project.
     */
    @Transactional
    public ContextImport create(int userId, int projectId, ImportSourceType sourceType, String sourcePath, Integer installationId,
            ImportDetails details) {
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
        details.fillIn(created);
        em.persist(created);
        projects.requireStorageWithinQuota(projectId);
        return created;
    }

    @Transactional
    public ImportSummary update(int userId, int projectId, int importId, ImportChanges changes) {
        projects.requireLocked(userId, projectId);
        ContextImport contextImport = inProject(projectId, importId).orElseThrow(() -> new NotFound(NOT_FOUND));
        changes.applyTo(contextImport);
        contextImport.touch(Clock.now());
        projects.requireStorageWithinQuota(projectId);
        return summaryOf(contextImport);
    }

    /**
     * Deletes an import of a project of the user, with all its context files and — for a GitHub
     * installation import — the project's connection to that installation when no other import of
     * the project still uses it. One transaction: any failure leaves everything as it was. A missing
     * project, a project of another user and an import of another project are the same 404.
     */
    @Transactional
    public void delete(int userId, int projectId, int importId) {
        if (!projects.lockIfOwned(userId, projectId)) {
            throw new NotFound(NOT_FOUND);
        }
        ImportSource source = em.createNamedQuery(ContextImport.SOURCE_IN_PROJECT, ImportSource.class)
                .setParameter("importId", importId)
                .setParameter("projectId", projectId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound(NOT_FOUND));
        em.createNamedQuery(ContextFile.DELETE_OF_IMPORT).setParameter("importId", importId).executeUpdate();
        Integer installationId = source.installationId();
        if (source.sourceType() == ImportSourceType.github_repository_installation && installationId != null
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

    /** The delete's rule for a slice of imports of one project: two queries for the connections (each import counts its files). */
    private List<ImportSummary> summaries(int projectId, List<ContextImport> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Integer> installationIds = found.stream().filter(Imports::connectsItsInstallation).map(ContextImport::getInstallationId)
                .distinct().toList();
        Map<Integer, Long> importsFrom = installationIds.isEmpty() ? Map.of() : counts(em.createNamedQuery(ContextImport.COUNT_BY_INSTALLATION, KeyCount.class)
                .setParameter("projectId", projectId).setParameter("installationIds", installationIds));
        Set<Integer> connected = installationIds.isEmpty() ? Set.of() : Set.copyOf(em.createNamedQuery(ProjectInstallation.CONNECTED_AMONG, Integer.class)
                .setParameter("projectId", projectId).setParameter("installationIds", installationIds).getResultList());
        return found.stream().map(i -> new ImportSummary(i, connectsItsInstallation(i)
                && connected.contains(i.getInstallationId()) && importsFrom.getOrDefault(i.getInstallationId(), 0L) == 1)).toList();
    }

    /** Whether the import is one whose delete may take the project's connection to its installation. */
    private static boolean connectsItsInstallation(ContextImport contextImport) {
        return contextImport.getSourceType() == ImportSourceType.github_repository_installation && contextImport.getInstallationId() != null;
    }

    private static Map<Integer, Long> counts(TypedQuery<KeyCount> query) {
        return query.getResultStream().collect(Collectors.toMap(KeyCount::key, KeyCount::count));
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
