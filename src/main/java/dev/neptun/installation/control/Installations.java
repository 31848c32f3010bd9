package dev.neptun.installation.control;

import dev.neptun.auth.entity.UserAccount;
import dev.neptun.imports.entity.ContextImport;
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
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;

/** A user's GitHub App installations and their connections to projects. */
@ApplicationScoped
public class Installations {

    public static final String NOT_FOUND = "Installation not found";
    public static final String NOT_CONNECTED = "Installation is not connected to this project";

    @PersistenceContext
    EntityManager em;

    @Inject
    Projects projects;

    public record Details(long githubInstallationId, String githubAccountType, long githubAccountId, String githubAccountName,
            String githubAccountAvatarUrl) {
    }

    public List<GithubInstallation> list(int userId) {
        return em.createNamedQuery(GithubInstallation.LIST_OWNED, GithubInstallation.class).setParameter("ownerId", userId).getResultList();
    }

    public GithubInstallation find(int userId, int installationId) {
        return em.createNamedQuery(GithubInstallation.FIND_OWNED, GithubInstallation.class)
                .setParameter("installationId", installationId)
                .setParameter("ownerId", userId)
                .getResultStream().findFirst().orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    /** The user's installation, locked until the transaction ends; 404 for anyone else's. */
    public GithubInstallation lockOwned(int userId, int installationId) {
        return em.createNamedQuery(GithubInstallation.FIND_OWNED_FOR_UPDATE, GithubInstallation.class)
                .setParameter("installationId", installationId)
                .setParameter("ownerId", userId)
                .getResultStream().findFirst().orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    @Transactional
    public GithubInstallation create(int userId, Details details) {
        boolean taken = em.createNamedQuery(GithubInstallation.COUNT_OWNED_WITH_GITHUB_ID, Long.class)
                .setParameter("ownerId", userId)
                .setParameter("githubId", details.githubInstallationId())
                .getSingleResult() > 0;
        if (taken) {
            throw ApiException.conflict("This GitHub installation is already recorded");
        }
        GithubInstallation installation = new GithubInstallation(em.getReference(UserAccount.class, userId),
                details.githubInstallationId(), details.githubAccountType(), details.githubAccountId(),
                details.githubAccountName(), details.githubAccountAvatarUrl(), Clock.now());
        try {
            em.persist(installation);
            em.flush();
        } catch (PersistenceException concurrentDuplicate) {
            throw ApiException.conflict("This GitHub installation is already recorded");
        }
        return installation;
    }

    /** Its project connections go; imports that came from it stay, with no installation. */
    @Transactional
    public void delete(int userId, int installationId) {
        lockOwned(userId, installationId);
        em.createNamedQuery(ContextImport.DETACH_INSTALLATION).setParameter("installationId", installationId).executeUpdate();
        em.createNamedQuery(ProjectInstallation.DELETE_OF_INSTALLATION).setParameter("installationId", installationId).executeUpdate();
        em.createNamedQuery(GithubInstallation.DELETE_BY_ID).setParameter("installationId", installationId).executeUpdate();
    }

    public List<GithubInstallation> connectedTo(int userId, int projectId) {
        projects.find(userId, projectId);
        return em.createNamedQuery(ProjectInstallation.INSTALLATIONS_OF_PROJECT, GithubInstallation.class)
                .setParameter("projectId", projectId)
                .getResultList();
    }

    public record Connected(GithubInstallation installation, boolean created) {
    }

    /** Idempotent: the second connect of the same pair creates nothing and says so. */
    @Transactional
    public Connected connect(int userId, int projectId, int installationId) {
        Project project = projects.lock(userId, projectId);
        GithubInstallation installation = lockOwned(userId, installationId);
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
        projects.lock(userId, projectId);
        int removed = em.createNamedQuery(ProjectInstallation.DELETE_PAIR)
                .setParameter("projectId", projectId)
                .setParameter("installationId", installationId)
                .executeUpdate();
        if (removed == 0) {
            throw ApiException.notFound(NOT_CONNECTED);
        }
    }
}
