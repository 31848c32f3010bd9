package dev.neptun.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "users")
@NamedQuery(name = UserAccount.FIND_BY_EMAIL, query = "SELECT u FROM UserAccount u WHERE u.emailKey = :emailKey")
public class UserAccount {

    public static final String FIND_BY_EMAIL = "UserAccount.findByEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "primary_email", nullable = false, length = 256)
    private String primaryEmail;

    /** The address in canonical form ({@link EmailKeys}): one account per key, through a unique index. */
    @Column(name = "email_key", nullable = false, length = 256, unique = true)
    private String emailKey;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected UserAccount() {
    }

    /** {@code emailKey} is {@link EmailKeys#of} of the address. */
    public UserAccount(String primaryEmail, String emailKey, String passwordHash, LocalDateTime now) {
        this.primaryEmail = primaryEmail;
        this.emailKey = emailKey;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Integer getId() {
        return id;
    }

    public String getPrimaryEmail() {
        return primaryEmail;
    }

    public String getPasswordHash() {
        return passwordHash;
    }
}
