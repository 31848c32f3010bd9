package dev.neptun.webhook.control;

import dev.neptun.imports.entity.ContextImport;
import dev.neptun.imports.entity.ImportStatus;
import dev.neptun.installation.control.Installations;
import dev.neptun.installation.entity.GithubInstallation;
import dev.neptun.platform.persistence.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every user's recording of one GitHub installation, changed as GitHub reports: GitHub names the
 * installation by its own number, and each user who recorded it has a row of their own. Each change
 * takes the locks the user's own change would take, in the same order (for a change of imports or
 * connections: each owner and their projects first), so the two never interleave or deadlock. Only
 * inside a delivery's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecordedInstallations {

    static final String REPOSITORY_REMOVED = "The repository was removed from the GitHub App installation";
    /** Paths per statement: Derby compiles an IN list into code of its size, and refuses one too large. */
    private static final int PATHS_PER_UPDATE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Installations installations;

    /** The App was uninstalled: each recording goes exactly as the user's own DELETE of it would take it. */
    public int delete(long githubInstallationId) {
        List<GithubInstallation> recorded = installations.lockOwnersOfAllOf(githubInstallationId);
        recorded.forEach(installation -> installations.deleteLocked(installation.getId()));
        return recorded.size();
    }

    public int suspend(long githubInstallationId, LocalDateTime since) {
        LocalDateTime now = Clock.now();
        return each(githubInstallationId, installation -> installation.suspend(since, now));
    }

    public int unsuspend(long githubInstallationId) {
        LocalDateTime now = Clock.now();
        return each(githubInstallationId, installation -> installation.unsuspend(now));
    }

    public int rename(long githubInstallationId, String githubAccountName) {
        LocalDateTime now = Clock.now();
        return each(githubInstallationId, installation -> installation.rename(githubAccountName, now));
    }

    /**
     * Repositories were removed from the installation: the imports of them ({@code source_path} is the
     * repository's full name) through any recording of it fail, saying why; their files stay.
     */
    public int failImportsOf(long githubInstallationId, List<String> repositories) {
        List<Integer> recorded = installations.lockWithProjectsAllOf(githubInstallationId).stream().map(GithubInstallation::getId).toList();
        if (recorded.isEmpty()) {
            return 0;
        }
        LocalDateTime now = Clock.now();
        int failed = 0;
        // Changed one by one through the entity, not by a bulk UPDATE: each keeps its count of stored bytes.
        for (int from = 0; from < repositories.size(); from += PATHS_PER_UPDATE) {
            List<ContextImport> imports = em.createNamedQuery(ContextImport.OF_REPOSITORIES, ContextImport.class)
                    .setParameter("installationIds", recorded)
                    .setParameter("sourcePaths", repositories.subList(from, Math.min(from + PATHS_PER_UPDATE, repositories.size())))
                    .getResultList();
            for (ContextImport contextImport : imports) {
                contextImport.setImportStatus(ImportStatus.failed);
                contextImport.setErrorMessage(REPOSITORY_REMOVED);
                contextImport.touch(now);
            }
            failed += imports.size();
        }
        return failed;
    }

    private int each(long githubInstallationId, Consumer<GithubInstallation> change) {
        List<GithubInstallation> recorded = installations.lockAllOf(githubInstallationId);
        recorded.forEach(change);
        return recorded.size();
    }
}
