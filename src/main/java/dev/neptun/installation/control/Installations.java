package dev.neptun.installation.control;

import dev.neptun.auth.entity.UserAccount;
import dev.neptun.imports.entity.ContextImport;
import dev.neptun.installation.entity.GithubInstallation;
import dev.neptun.installation.entity.ProjectInstallation;
import dev.neptun.platform.config.Settings;
import dev.neptun.platform.paging.Pages;
import dev.neptun.platform.persistence.Clock;
import dev.neptun.platform.persistence.Unique;
import dev.neptun.platform.refusals.Conflict;
import dev.neptun.platform.refusals.NotFound;
import dev.neptun.project.control.Projects;
import dev.neptun.project.entity.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** A user's GitHub App installations and their connections to projects. */
@ApplicationScoped
public class Installations {

    public static final String NOT_FOUND = "Installation not found";
    public static final String NOT_CONNECTED = "Installation is not connected to this project";
    public static final String SUSPENDED = "Installation is suspended on GitHub";
    static final String TAKEN = "This GitHub installation is already recorded";

    @PersistenceContext
    EntityManager em;

    @Inject
    Projects projects;

    @Inject
    Settings settings;

    /** The user's installations, a slice at a time. */
    public Pages.Source<GithubInstallation> list(int userId) {
        return (offset, limit) -> em.createNamedQuery(GithubInstallation.LIST_OWNED, GithubInstallation.class)
                .setParameter("ownerId", userId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public Optional<GithubInstallation> findOwned(int userId, int installationId) {
        return em.createNamedQuery(GithubInstallation.FIND_OWNED, GithubInstallation.class)
                .setParameter("installationId", installationId)
                .setParameter("ownerId", userId)
                .getResultStream().findFirst();
    }

    /** The user's installation, locked until the transaction ends; "Installation not found" for anyone else's. */
    public GithubInstallation requireLocked(int userId, int installationId) {
        return em.createNamedQuery(GithubInstallation.FIND_OWNED_FOR_UPDATE, GithubInstallation.class)
                .setParameter("installationId", installationId)
                .setParameter("ownerId", userId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound(NOT_FOUND));
    }

    /** As {@link #requireLocked}, and a 409 while GitHub reports it suspended: nothing new may come through it then. */
    public GithubInstallation requireActive(int userId, int installationId) {
        GithubInstallation installation = requireLocked(userId, installationId);
        if (installation.isSuspended()) {
            throw new Conflict(SUSPENDED);
        }
        return installation;
    }

    /**
     * Every user's recording of one GitHub installation, locked for a change of their projects' imports
     * or connections (GitHub's uninstall, repositories removed): the locks {@link #delete} takes, owner
     * after owner in id order (so two such changes cannot deadlock), then the recordings.
     */
    public List<GithubInstallation> lockWithProjectsAllOf(long githubInstallationId) {
        lockOwnersAndProjectsOf(githubInstallationId);
        return lockAllOf(githubInstallationId);
    }

    /** Every user's recording of one GitHub installation, for {@link #deleteLocked}: their owners and projects locked, the rows not yet. */
    public List<GithubInstallation> lockOwnersOfAllOf(long githubInstallationId) {
        lockOwnersAndProjectsOf(githubInstallationId);
        return em.createNamedQuery(GithubInstallation.FIND_BY_GITHUB_ID, GithubInstallation.class)
                .setParameter("githubInstallationId", githubInstallationId).getResultList();
    }

    private void lockOwnersAndProjectsOf(long githubInstallationId) {
        List<Integer> owners = em.createNamedQuery(GithubInstallation.OWNERS_OF_GITHUB_ID, Integer.class)
                .setParameter("githubInstallationId", githubInstallationId).getResultList();
        for (int owner : owners) {
            em.find(UserAccount.class, owner, LockModeType.PESSIMISTIC_WRITE);
            projects.lockAllOwned(owner);
        }
    }

    /** Every user's recording of one GitHub installation, locked until the transaction ends (for changes of the installation alone). */
    public List<GithubInstallation> lockAllOf(long githubInstallationId) {
        return em.createNamedQuery(GithubInstallation.FIND_BY_GITHUB_ID_FOR_UPDATE, GithubInstallation.class)
                .setParameter("githubInstallationId", githubInstallationId)
                .getResultList();
    }

    /** What GitHub tells about an installation of the App: its own numbers and the account it is installed on. */
    public record Details(long githubInstallationId, String githubAccountType, long githubAccountId, String githubAccountName,
            String githubAccountAvatarUrl) {
    }

    /** Records an installation for the user; a GitHub installation is recorded once per user, within the quota. */
    @Transactional
    public GithubInstallation create(int userId, Details details) {
        UserAccount owner = em.find(UserAccount.class, userId, LockModeType.PESSIMISTIC_WRITE);
        long owned = em.createNamedQuery(GithubInstallation.COUNT_OWNED, Long.class).setParameter("ownerId", userId).getSingleResult();
        if (owned >= settings.quotas().installationsPerUser()) {
            throw new Conflict(Projects.QUOTA_EXCEEDED + "installations per user");
        }
        return Unique.persist(em, new GithubInstallation(owner, details.githubInstallationId(),
                details.githubAccountType(), details.githubAccountId(), details.githubAccountName(), details.githubAccountAvatarUrl(),
                Clock.now()), TAKEN);
    }

    /**
     * Its project connections go; imports that came from it stay, with no installation. That changes
     * the imports and connections of any of the owner's projects, so it locks them the way every such
     * change does, in the one order that cannot deadlock: the owner's row (no project is made
     * meanwhile, no other transaction locks several projects, and no other delete of the owner's
     * installations runs), the owner's projects, then the installation's rows.
     */
    @Transactional
    public void delete(int userId, int installationId) {
        em.find(UserAccount.class, userId, LockModeType.PESSIMISTIC_WRITE);
        projects.lockAllOwned(userId);
        findOwned(userId, installationId).orElseThrow(() -> new NotFound(NOT_FOUND));
        deleteLocked(installationId);
    }

    /**
     * {@link #delete} for callers that hold the owner's and its projects' locks already (GitHub's report
     * that it was uninstalled). The connections go before the installation's own row is locked: a read of
     * a project's connections joins connection to installation, and holding the installation while
     * waiting for a connection that reader holds was a deadlock (Derby resolved it after 20 s, a 500).
     */
    public void deleteLocked(int installationId) {
        em.createNamedQuery(ProjectInstallation.DELETE_OF_INSTALLATION).setParameter("installationId", installationId).executeUpdate();
        em.createNamedQuery(ContextImport.DETACH_INSTALLATION).setParameter("installationId", installationId).executeUpdate();
        em.createNamedQuery(GithubInstallation.DELETE_BY_ID).setParameter("installationId", installationId).executeUpdate();
    }

    /**
     * The installations connected to the user's project, a slice at a time; the project must be the
     * user's. Two reads of one table each, never a join: a join holds a row of one table while it waits
     * for the other's, which deadlocked with an installation's delete. A connection whose installation
     * went between the two is left out, as the delete will take it.
     */
    public Pages.Source<GithubInstallation> connectedTo(int userId, int projectId) {
        projects.requireOwned(userId, projectId);
        return (offset, limit) -> {
            List<Integer> ids = em.createNamedQuery(ProjectInstallation.INSTALLATION_IDS_OF_PROJECT, Integer.class)
                    .setParameter("projectId", projectId).setFirstResult(offset).setMaxResults(limit).getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<Integer, GithubInstallation> found = em.createNamedQuery(GithubInstallation.FIND_BY_IDS, GithubInstallation.class)
                    .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(GithubInstallation::getId, g -> g));
            return ids.stream().map(found::get).filter(Objects::nonNull).toList();
        };
    }

    public record Connected(GithubInstallation installation, boolean created) {
    }

    /** Idempotent: the second connect of the same pair creates nothing and says so. */
    @Transactional
    public Connected connect(int userId, int projectId, int installationId) {
        Project project = projects.requireLocked(userId, projectId);
        GithubInstallation installation = requireLocked(userId, installationId);
        return new Connected(installation, connectIfAbsent(project, installation));
    }

    /** For callers that hold the project's lock already. */
    public boolean connectIfAbsent(Project project, GithubInstallation installation) {
        boolean connected = em.createNamedQuery(ProjectInstallation.COUNT_PAIR, Long.class)
                .setParameter("projectId", project.getId())
                .setParameter("installationId", installation.getId())
                .getSingleResult() > 0;
        if (!connected) {
            em.persist(new ProjectInstallation(project, installation, Clock.now()));
        }
        return !connected;
    }

    @Transactional
    public void disconnect(int userId, int projectId, int installationId) {
        projects.requireLocked(userId, projectId);
        int removed = em.createNamedQuery(ProjectInstallation.DELETE_PAIR)
                .setParameter("projectId", projectId)
                .setParameter("installationId", installationId)
                .executeUpdate();
        if (removed == 0) {
            throw new NotFound(NOT_CONNECTED);
        }
    }
}
