package dev.neptun.installation.entity;

import dev.neptun.auth.entity.UserAccount;
import dev.neptun.platform.persistence.Paged;
import dev.neptun.platform.persistence.ReadOnly;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A GitHub App installation recorded for a user. GitHub's own numbers exceed int32, hence long. */
@Entity
@Table(name = "github_installations")
@NamedQuery(name = GithubInstallation.LIST_OWNED,
        query = "SELECT g FROM GithubInstallation g WHERE g.owner.id = :ownerId ORDER BY g.id",
        hints = {@QueryHint(name = ReadOnly.ECLIPSELINK, value = "true"), @QueryHint(name = ReadOnly.HIBERNATE, value = "true"),
                @QueryHint(name = Paged.ECLIPSELINK, value = Paged.ALL_ROWS)})
// Locked by whoever links an import to it or deletes it, so that a delete never strands a new import.
// EclipseLink runs the locking queries as META-INF/eclipselink-orm.xml restates them (see Project).
@NamedQuery(name = GithubInstallation.FIND_OWNED_FOR_UPDATE,
        query = "SELECT g FROM GithubInstallation g WHERE g.id = :installationId AND g.owner.id = :ownerId",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
// Every user's recording of one GitHub installation, for what GitHub reports about it. No ORDER BY: Derby refuses
// it with FOR UPDATE; both databases read the rows through the index on GitHub's id, in one order.
@NamedQuery(name = GithubInstallation.OWNERS_OF_GITHUB_ID,
        query = "SELECT g.owner.id FROM GithubInstallation g WHERE g.githubInstallationId = :githubInstallationId ORDER BY g.owner.id",
        hints = @QueryHint(name = Paged.ECLIPSELINK, value = Paged.ALL_ROWS))
@NamedQuery(name = GithubInstallation.FIND_BY_IDS, query = "SELECT g FROM GithubInstallation g WHERE g.id IN :ids",
        hints = {@QueryHint(name = ReadOnly.ECLIPSELINK, value = "true"), @QueryHint(name = ReadOnly.HIBERNATE, value = "true")})
@NamedQuery(name = GithubInstallation.FIND_BY_GITHUB_ID,
        query = "SELECT g FROM GithubInstallation g WHERE g.githubInstallationId = :githubInstallationId")
@NamedQuery(name = GithubInstallation.FIND_BY_GITHUB_ID_FOR_UPDATE,
        query = "SELECT g FROM GithubInstallation g WHERE g.githubInstallationId = :githubInstallationId",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
@NamedQuery(name = GithubInstallation.FIND_OWNED,
        query = "SELECT g FROM GithubInstallation g WHERE g.id = :installationId AND g.owner.id = :ownerId")
@NamedQuery(name = GithubInstallation.COUNT_OWNED, query = "SELECT COUNT(g) FROM GithubInstallation g WHERE g.owner.id = :ownerId")
@NamedQuery(name = GithubInstallation.DELETE_BY_ID, query = "DELETE FROM GithubInstallation g WHERE g.id = :installationId")
public class GithubInstallation {

    public static final String LIST_OWNED = "GithubInstallation.listOwned";
    public static final String FIND_OWNED_FOR_UPDATE = "GithubInstallation.findOwnedForUpdate";
    public static final String FIND_BY_GITHUB_ID_FOR_UPDATE = "GithubInstallation.findByGithubIdForUpdate";
    public static final String OWNERS_OF_GITHUB_ID = "GithubInstallation.ownersOfGithubId";
    public static final String FIND_BY_GITHUB_ID = "GithubInstallation.findByGithubId";
    public static final String FIND_BY_IDS = "GithubInstallation.findByIds";
    public static final String FIND_OWNED = "GithubInstallation.findOwned";
    public static final String DELETE_BY_ID = "GithubInstallation.deleteById";
    public static final String COUNT_OWNED = "GithubInstallation.countOwned";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount owner;

    @Column(name = "github_installation_id", nullable = false)
    private long githubInstallationId;

    @Column(name = "github_account_type", nullable = false, length = 32)
    private String githubAccountType;

    @Column(name = "github_account_id", nullable = false)
    private long githubAccountId;

    @Column(name = "github_account_name", nullable = false, length = 256)
    private String githubAccountName;

    @Column(name = "github_account_avatar_url", length = 2048)
    private String githubAccountAvatarUrl;

    /** When GitHub reported the installation suspended; null while it is not. */
    @Column(name = "suspended_at")
    private LocalDateTime suspendedAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected GithubInstallation() {
    }

    public GithubInstallation(UserAccount owner, long githubInstallationId, String githubAccountType, long githubAccountId,
            String githubAccountName, String githubAccountAvatarUrl, LocalDateTime now) {
        this.owner = owner;
        this.githubInstallationId = githubInstallationId;
        this.githubAccountType = githubAccountType;
        this.githubAccountId = githubAccountId;
        this.githubAccountName = githubAccountName;
        this.githubAccountAvatarUrl = githubAccountAvatarUrl;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void suspend(LocalDateTime since, LocalDateTime now) {
        this.suspendedAt = since;
        this.updatedAt = now;
    }

    public void unsuspend(LocalDateTime now) {
        this.suspendedAt = null;
        this.updatedAt = now;
    }

    /** The account it is installed on was renamed on GitHub. */
    public void rename(String githubAccountName, LocalDateTime now) {
        this.githubAccountName = githubAccountName;
        this.updatedAt = now;
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    public Integer getId() {
        return id;
    }

    public long getGithubInstallationId() {
        return githubInstallationId;
    }

    public String getGithubAccountType() {
        return githubAccountType;
    }

    public long getGithubAccountId() {
        return githubAccountId;
    }

    public String getGithubAccountName() {
        return githubAccountName;
    }

    public String getGithubAccountAvatarUrl() {
        return githubAccountAvatarUrl;
    }

    public LocalDateTime getSuspendedAt() {
        return suspendedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
