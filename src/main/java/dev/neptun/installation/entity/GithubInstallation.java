package dev.neptun.installation.entity;

import dev.neptun.auth.entity.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A GitHub App installation recorded for a user. GitHub's own numbers exceed int32, hence long. */
@Entity
@Table(name = "github_installations")
public class GithubInstallation {

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

    public Integer getId() {
        return id;
    }

    public UserAccount getOwner() {
        return owner;
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

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
