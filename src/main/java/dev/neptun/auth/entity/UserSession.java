package dev.neptun.auth.entity;

import dev.neptun.platform.persistence.Paged;
import dev.neptun.platform.persistence.ReadOnly;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A signed-in session. Only the SHA-256 of its token is stored; the token lives in the cookie alone. */
@Entity
@Table(name = "user_sessions")
@NamedQuery(name = UserSession.FIND_LIVE_BY_TOKEN_HASH,
        query = "SELECT s FROM UserSession s WHERE s.tokenHash = :tokenHash AND s.revokedAt IS NULL",
        hints = {@QueryHint(name = ReadOnly.ECLIPSELINK, value = "true"), @QueryHint(name = ReadOnly.HIBERNATE, value = "true")})
@NamedQuery(name = UserSession.TOUCH,
        query = "UPDATE UserSession s SET s.lastUsedAt = :now WHERE s.id = :id")
@NamedQuery(name = UserSession.REVOKE,
        query = "UPDATE UserSession s SET s.revokedAt = :now WHERE s.tokenHash = :tokenHash AND s.revokedAt IS NULL")
@NamedQuery(name = UserSession.LIVE_OF_USER_NEWEST_FIRST,
        query = "SELECT s.id FROM UserSession s WHERE s.userId = :userId AND s.revokedAt IS NULL AND s.expiresAt > :now"
                + " ORDER BY s.createdAt DESC, s.id DESC",
        hints = @QueryHint(name = Paged.ECLIPSELINK, value = Paged.ALL_ROWS))
@NamedQuery(name = UserSession.REVOKE_IDS, query = "UPDATE UserSession s SET s.revokedAt = :now WHERE s.id IN :ids")
@NamedQuery(name = UserSession.DELETE_DEAD,
        query = "DELETE FROM UserSession s WHERE s.revokedAt IS NOT NULL OR s.expiresAt <= :now OR s.lastUsedAt <= :idleSince")
public class UserSession {

    public static final String FIND_LIVE_BY_TOKEN_HASH = "UserSession.findLiveByTokenHash";
    public static final String TOUCH = "UserSession.touch";
    public static final String REVOKE = "UserSession.revoke";
    public static final String LIVE_OF_USER_NEWEST_FIRST = "UserSession.liveOfUserNewestFirst";
    public static final String REVOKE_IDS = "UserSession.revokeIds";
    public static final String DELETE_DEAD = "UserSession.deleteDead";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private int userId;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_used_at", nullable = false)
    private LocalDateTime lastUsedAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected UserSession() {
    }

    public UserSession(int userId, String tokenHash, LocalDateTime now, LocalDateTime expiresAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.lastUsedAt = now;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public int getUserId() {
        return userId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }
}
