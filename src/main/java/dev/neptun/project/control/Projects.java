package dev.neptun.project.control;

import dev.neptun.auth.entity.UserAccount;
import dev.neptun.contextfile.entity.ContextFile;
import dev.neptun.imports.entity.ContextImport;
import dev.neptun.installation.entity.ProjectInstallation;
import dev.neptun.platform.ApiException;
import dev.neptun.platform.Clock;
import dev.neptun.project.entity.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class Projects {

    public static final String NOT_FOUND = "Project not found";

    @PersistenceContext
    EntityManager em;

    public record Changes(String name, boolean describe, String description, String type, String mainLanguage) {
    }

    /** The user's project, or empty when it does not exist or belongs to someone else (the same to callers). */
    public Optional<Project> owned(int userId, int projectId) {
        return em.createNamedQuery(Project.FIND_OWNED, Project.class)
                .setParameter("projectId", projectId)
                .setParameter("ownerId", userId)
                .getResultStream().findFirst();
    }

    /**
     * As {@link #owned}, locking the project row until the transaction ends. Every change to a
     * project's imports and connections takes this lock first, so they never interleave.
     */
    public Optional<Project> lockOwned(int userId, int projectId) {
        return em.createNamedQuery(Project.FIND_OWNED_FOR_UPDATE, Project.class)
                .setParameter("projectId", projectId)
                .setParameter("ownerId", userId)
                .getResultStream().findFirst();
    }

    /** As {@link #lockOwned}, answering a missing or foreign project with the 404 "Project not found". */
    public Project lock(int userId, int projectId) {
        return lockOwned(userId, projectId).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    public Project find(int userId, int projectId) {
        return owned(userId, projectId).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    public List<Project> list(int userId, String type, String mainLanguage) {
        String jpql = "SELECT p FROM Project p WHERE p.owner.id = :ownerId"
                + (type == null ? "" : " AND p.type = :type")
                + (mainLanguage == null ? "" : " AND p.mainLanguage = :mainLanguage")
                + " ORDER BY p.id";
        TypedQuery<Project> query = em.createQuery(jpql, Project.class).setParameter("ownerId", userId);
        if (type != null) {
            query.setParameter("type", type);
        }
        if (mainLanguage != null) {
            query.setParameter("mainLanguage", mainLanguage);
        }
        return query.getResultList();
    }

    @Transactional
    public Project create(int userId, String name, String description, String type, String mainLanguage) {
        Project project = new Project(em.getReference(UserAccount.class, userId), name, description, type, mainLanguage, Clock.now());
        em.persist(project);
        em.flush();
        return project;
    }

    @Transactional
    public Project update(int userId, int projectId, Changes changes) {
        Project project = lock(userId, projectId);
        Optional.ofNullable(changes.name()).ifPresent(project::rename);
        if (changes.describe()) {
            project.describe(changes.description());
        }
        Optional.ofNullable(changes.type()).ifPresent(project::retype);
        Optional.ofNullable(changes.mainLanguage()).ifPresent(project::changeLanguage);
        project.touch(Clock.now());
        return project;
    }

    /** The project with its imports, their context files and its installation connections; installations stay. */
    @Transactional
    public void delete(int userId, int projectId) {
        lock(userId, projectId);
        em.createNamedQuery(ContextFile.DELETE_OF_PROJECT).setParameter("projectId", projectId).executeUpdate();
        em.createNamedQuery(ContextImport.DELETE_OF_PROJECT).setParameter("projectId", projectId).executeUpdate();
        em.createNamedQuery(ProjectInstallation.DELETE_OF_PROJECT).setParameter("projectId", projectId).executeUpdate();
        em.createNamedQuery(Project.DELETE_BY_ID).setParameter("projectId", projectId).executeUpdate();
    }
}
