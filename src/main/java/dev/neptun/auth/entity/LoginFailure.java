package dev.neptun.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One failed login for an account (by its email key, known or not), kept for the throttling window. */
@Entity
@Table(name = "login_failures")
@NamedQuery(name = LoginFailure.TIMES_SINCE,
        query = "SELECT f.failedAt FROM LoginFailure f WHERE f.emailKey = :emailKey AND f.failedAt > :since ORDER BY f.failedAt")
@NamedQuery(name = LoginFailure.DELETE_OF_EMAIL, query = "DELETE FROM LoginFailure f WHERE f.emailKey = :emailKey")
@NamedQuery(name = LoginFailure.DELETE_BEFORE, query = "DELETE FROM LoginFailure f WHERE f.failedAt < :cutoff")
public class LoginFailure {

    public static final String TIMES_SINCE = "LoginFailure.timesSince";
    public static final String DELETE_OF_EMAIL = "LoginFailure.deleteOfEmail";
    public static final String DELETE_BEFORE = "LoginFailure.deleteBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email_key", nullable = false, length = 256)
    private String emailKey;

    @Column(name = "failed_at", nullable = false)
    private LocalDateTime failedAt;

    protected LoginFailure() {
    }

    public LoginFailure(String emailKey, LocalDateTime failedAt) {
        this.emailKey = emailKey;
        this.failedAt = failedAt;
    }
}
