package dev.neptun.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * Login attempts counted against one key (an account from one address, an address, an account) in
 * the window that began at {@code windowStart}. Keys are hashes, so the table names no email or address.
 */
@Entity
@Table(name = "login_attempts")
// The two steps of taking an attempt, each a single conditional UPDATE, so that concurrent logins count exactly.
@NamedQuery(name = LoginAttempts.RESTART_STALE_WINDOW,
        query = "UPDATE LoginAttempts a SET a.attempts = 0, a.windowStart = :now WHERE a.keyHash = :key AND a.windowStart < :cutoff")
@NamedQuery(name = LoginAttempts.TAKE,
        query = "UPDATE LoginAttempts a SET a.attempts = a.attempts + 1 WHERE a.keyHash = :key AND a.attempts < :limit")
@NamedQuery(name = LoginAttempts.GIVE_BACK, query = "UPDATE LoginAttempts a SET a.attempts = a.attempts - 1 WHERE a.keyHash = :key AND a.attempts > 0")
@NamedQuery(name = LoginAttempts.FORGET, query = "DELETE FROM LoginAttempts a WHERE a.keyHash = :key")
@NamedQuery(name = LoginAttempts.DELETE_STALE, query = "DELETE FROM LoginAttempts a WHERE a.windowStart < :cutoff")
public class LoginAttempts {

    public static final String RESTART_STALE_WINDOW = "LoginAttempts.restartStaleWindow";
    public static final String TAKE = "LoginAttempts.take";
    public static final String GIVE_BACK = "LoginAttempts.giveBack";
    public static final String FORGET = "LoginAttempts.forget";
    public static final String DELETE_STALE = "LoginAttempts.deleteStale";

    @Id
    @Column(name = "key_hash", length = 64)
    private String keyHash;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "window_start", nullable = false)
    private LocalDateTime windowStart;

    protected LoginAttempts() {
    }

    public LoginAttempts(String keyHash, LocalDateTime windowStart) {
        this.keyHash = keyHash;
        this.windowStart = windowStart;
    }

    public LocalDateTime getWindowStart() {
        return windowStart;
    }
}
