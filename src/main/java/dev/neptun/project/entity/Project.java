package dev.neptun.project.entity;

import dev.neptun.auth.entity.UserAccount;
import dev.neptun.platform.persistence.Paged;
import dev.neptun.platform.persistence.ReadOnly;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "projects")
// Locks the project row: every change to a project's imports and connections is serialised on it,
// so concurrent deletes of one import give one 204, and a delete never races a connect.
// EclipseLink runs both locking queries as META-INF/eclipselink-orm.xml restates them (its lock hint, so
// that their SQL is generated once); Hibernate runs them as written here.
@NamedQuery(name = Project.FIND_OWNED_FOR_UPDATE,
        query = "SELECT p FROM Project p WHERE p.id = :projectId AND p.owner.id = :ownerId",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
// The same lock without reading the project, for a change that needs nothing of the row but its lock.
@NamedQuery(name = Project.LOCK_OWNED,
        query = "SELECT p.id FROM Project p WHERE p.id = :projectId AND p.owner.id = :ownerId",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
@NamedQuery(name = Project.LOCK_ALL_OWNED,
        query = "SELECT p FROM Project p WHERE p.owner.id = :ownerId",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
@NamedQuery(name = Project.FIND_OWNED,
        query = "SELECT p FROM Project p WHERE p.id = :projectId AND p.owner.id = :ownerId")
@NamedQuery(name = Project.DELETE_BY_ID, query = "DELETE FROM Project p WHERE p.id = :projectId")
@NamedQuery(name = Project.COUNT_OWNED, query = "SELECT COUNT(p) FROM Project p WHERE p.owner.id = :ownerId")
// The list's filters are optional: one named query for each combination, so that each is prepared once
// with its paged SQL (platform.persistence.Paged), as a query built per request could not be.
@NamedQuery(name = Project.LIST_OWNED,
        query = "SELECT p FROM Project p WHERE p.owner.id = :ownerId ORDER BY p.id",
        hints = {@QueryHint(name = ReadOnly.ECLIPSELINK, value = "true"), @QueryHint(name = ReadOnly.HIBERNATE, value = "true"),
                @QueryHint(name = Paged.ECLIPSELINK, value = Paged.ALL_ROWS)})
@NamedQuery(name = Project.LIST_OWNED_OF_TYPE,
        query = "SELECT p FROM Project p WHERE p.owner.id = :ownerId AND p.type = :type ORDER BY p.id",
        hints = {@QueryHint(name = ReadOnly.ECLIPSELINK, value = "true"), @QueryHint(name = ReadOnly.HIBERNATE, value = "true"),
                @QueryHint(name = Paged.ECLIPSELINK, value = Paged.ALL_ROWS)})
@NamedQuery(name = Project.LIST_OWNED_IN_LANGUAGE,
        query = "SELECT p FROM Project p WHERE p.owner.id = :ownerId AND p.mainLanguage = :mainLanguage ORDER BY p.id",
        hints = {@QueryHint(name = ReadOnly.ECLIPSELINK, value = "true"), @QueryHint(name = ReadOnly.HIBERNATE, value = "true"),
                @QueryHint(name = Paged.ECLIPSELINK, value = Paged.ALL_ROWS)})
@NamedQuery(name = Project.LIST_OWNED_OF_TYPE_IN_LANGUAGE,
        query = "SELECT p FROM Project p WHERE p.owner.id = :ownerId AND p.type = :type AND p.mainLanguage = :mainLanguage ORDER BY p.id",
        hints = {@QueryHint(name = ReadOnly.ECLIPSELINK, value = "true"), @QueryHint(name = ReadOnly.HIBERNATE, value = "true"),
                @QueryHint(name = Paged.ECLIPSELINK, value = Paged.ALL_ROWS)})
public class Project {

    public static final String FIND_OWNED_FOR_UPDATE = "Project.findOwnedForUpdate";
    public static final String LOCK_OWNED = "Project.lockOwned";
    public static final String LOCK_ALL_OWNED = "Project.lockAllOwned";
    public static final String FIND_OWNED = "Project.findOwned";
    public static final String DELETE_BY_ID = "Project.deleteById";
    public static final String COUNT_OWNED = "Project.countOwned";
    public static final String LIST_OWNED = "Project.listOwned";
    public static final String LIST_OWNED_OF_TYPE = "Project.listOwnedOfType";
    public static final String LIST_OWNED_IN_LANGUAGE = "Project.listOwnedInLanguage";
    public static final String LIST_OWNED_OF_TYPE_IN_LANGUAGE = "Project.listOwnedOfTypeInLanguage";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount owner;

    @Column(nullable = false, length = 256)
    private String name;

    @Column(length = 4096)
    private String description;

    @Convert(converter = ProjectType.Column.class)
    @Column(name = "project_type", nullable = false, length = 32)
    private ProjectType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "main_language", nullable = false, length = 32)
    private MainLanguage mainLanguage;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Project() {
    }

    public Project(UserAccount owner, String name, String description, ProjectType type, MainLanguage mainLanguage, LocalDateTime now) {
        this.owner = owner;
        this.name = name;
        this.description = description;
        this.type = type;
        this.mainLanguage = mainLanguage;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void describe(String description) {
        this.description = description;
    }

    public void retype(ProjectType type) {
        this.type = type;
    }

    public void changeLanguage(MainLanguage mainLanguage) {
        this.mainLanguage = mainLanguage;
    }

    public void touch(LocalDateTime now) {
        this.updatedAt = now;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public ProjectType getType() {
        return type;
    }

    public MainLanguage getMainLanguage() {
        return mainLanguage;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
