package dev.neptun.project.control;

import dev.neptun.auth.entity.UserAccount;
import dev.neptun.contextfile.entity.ContextFile;
import dev.neptun.imports.entity.ContextImport;
import dev.neptun.installation.entity.ProjectInstallation;
import dev.neptun.platform.config.Settings;
import dev.neptun.platform.paging.Pages;
import dev.neptun.platform.persistence.Clock;
import dev.neptun.platform.refusals.Conflict;
import dev.neptun.platform.refusals.NotFound;
import dev.neptun.project.entity.MainLanguage;
import dev.neptun.project.entity.Project;
import dev.neptun.project.entity.ProjectChanges;
import dev.neptun.project.entity.ProjectType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** A user's projects. A missing project and another user's project are the same: not found. */
@ApplicationScoped
public class Projects {

    public static final String NOT_FOUND = "Project not found";
    /** The message of every quota refusal, followed by the quota's name (API.md). */
    public static final String QUOTA_EXCEEDED = "Quota exceeded: ";

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    public Optional<Project> findOwned(int userId, int projectId) {
        return em.createNamedQuery(Project.FIND_OWNED, Project.class)
                .setParameter("projectId", projectId)
                .setParameter("ownerId", userId)
                .getResultStream().findFirst();
    }

    /**
     * The user's project, its row locked until the transaction ends. Every change to a project's
     * imports, files and connections takes this lock first, so they never interleave.
     */
    public Optional<Project> lockOwned(int userId, int projectId) {
        return em.createNamedQuery(Project.FIND_OWNED_FOR_UPDATE, Project.class)
                .setParameter("projectId", projectId)
                .setParameter("ownerId", userId)
                .getResultStream().findFirst();
    }

    /**
     * Locks the user's project as {@link #lockOwned} does, without reading it into the persistence
     * context: for a change that needs only the lock, which then reads one column and builds no entity
     * to register and compare at commit. False when the user has no such project.
     */
    public boolean lockIfOwned(int userId, int projectId) {
        return !em.createNamedQuery(Project.LOCK_OWNED, Integer.class)
                .setParameter("projectId", projectId)
                .setParameter("ownerId", userId)
                .getResultList().isEmpty();
    }

    /**
     * Every project of the user, locked, for a change that may touch the imports and connections of any
     * of them. Only for callers that hold the owner's row: no two transactions then lock several
     * projects at once, so the order among them cannot deadlock (Derby takes no ORDER BY with FOR UPDATE).
     */
    public void lockAllOwned(int userId) {
        em.createNamedQuery(Project.LOCK_ALL_OWNED, Project.class).setParameter("ownerId", userId).getResultList();
    }

    /** As {@link #lockOwned}, refusing a missing or foreign project with "Project not found". */
    public Project requireLocked(int userId, int projectId) {
        return lockOwned(userId, projectId).orElseThrow(() -> new NotFound(NOT_FOUND));
    }

    /** As {@link #findOwned}, refusing a missing or foreign project with "Project not found". */
    public Project requireOwned(int userId, int projectId) {
        return findOwned(userId, projectId).orElseThrow(() -> new NotFound(NOT_FOUND));
    }

    /** A sum of sizes; its type is the JPA provider's choice (Integer or Long). */
    private long stored(String query, int projectId) {
        return ((Number) em.createNamedQuery(query).setParameter("projectId", projectId).getSingleResult()).longValue();
    }

    /** The user's projects in creation order, a slice at a time; a null filter is no filter. */
    public Pages.Source<Project> list(int userId, ProjectType type, MainLanguage mainLanguage) {
        String name = type == null
                ? (mainLanguage == null ? Project.LIST_OWNED : Project.LIST_OWNED_IN_LANGUAGE)
                : (mainLanguage == null ? Project.LIST_OWNED_OF_TYPE : Project.LIST_OWNED_OF_TYPE_IN_LANGUAGE);
        return (offset, limit) -> {
            TypedQuery<Project> query = em.createNamedQuery(name, Project.class).setParameter("ownerId", userId);
            if (type != null) {
                query.setParameter("type", type);
            }
            if (mainLanguage != null) {
                query.setParameter("mainLanguage", mainLanguage);
            }
            return query.setFirstResult(offset).setMaxResults(limit).getResultList();
        };
    }

    /** A new project; "Quota exceeded: projects per user" past {@link Settings.Quotas#projectsPerUser()}. */
    @Transactional
    public Project create(int userId, String name, String description, ProjectType type, MainLanguage mainLanguage) {
        UserAccount owner = em.find(UserAccount.class, userId, LockModeType.PESSIMISTIC_WRITE);
        long owned = em.createNamedQuery(Project.COUNT_OWNED, Long.class).setParameter("ownerId", userId).getSingleResult();
        if (owned >= settings.quotas().projectsPerUser()) {
            throw new Conflict(QUOTA_EXCEEDED + "projects per user");
        }
        Project project = new Project(owner, name, description, type, mainLanguage, Clock.now());
        em.persist(project);
        em.flush();
        return project;
    }

    /**
     * For writers that hold the project's lock: writes what they stored so far, then refuses, rolling
     * it back, when the project now holds more than {@link Settings.Quotas#bytesPerProject()}: every
     * string and JSON member of its imports and files, in UTF-8 bytes (each row keeps its count). The
     * flush is here, not at each caller, because the sums must count the caller's own write.
     */
    public void requireStorageWithinQuota(int projectId) {
        em.flush();
        if (stored(ContextFile.STORED_IN_PROJECT, projectId) + stored(ContextImport.STORED_IN_PROJECT, projectId)
                > settings.quotas().bytesPerProject()) {
            throw new Conflict(QUOTA_EXCEEDED + "bytes per project");
        }
    }

    @Transactional
    public Project update(int userId, int projectId, ProjectChanges changes) {
        Project project = requireLocked(userId, projectId);
        changes.applyTo(project);
        project.touch(Clock.now());
        return project;
    }

    /** The project with its imports, their context files and its installation connections; installations stay. */
    @Transactional
    public void delete(int userId, int projectId) {
        requireLocked(userId, projectId);
        em.createNamedQuery(ContextFile.DELETE_OF_PROJECT).setParameter("projectId", projectId).executeUpdate();
        em.createNamedQuery(ContextImport.DELETE_OF_PROJECT).setParameter("projectId", projectId).executeUpdate();
        em.createNamedQuery(ProjectInstallation.DELETE_OF_PROJECT).setParameter("projectId", projectId).executeUpdate();
        em.createNamedQuery(Project.DELETE_BY_ID).setParameter("projectId", projectId).executeUpdate();
    }
}
