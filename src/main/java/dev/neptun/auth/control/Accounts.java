package dev.neptun.auth.control;

import dev.neptun.auth.entity.UserAccount;
import dev.neptun.platform.persistence.Unique;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The stored accounts. Passwords exist only as salted PBKDF2 hashes ({@link Passwords}) and are never logged. */
@ApplicationScoped
public class Accounts {

    static final String EMAIL_TAKEN = "Email is already registered";

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> findById(int userId) {
        return Optional.ofNullable(em.find(UserAccount.class, userId));
    }

    public Optional<UserAccount> findByEmailKey(String emailKey) {
        return em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                .setParameter("emailKey", emailKey)
                .getResultStream().findFirst();
    }

    /** A new account; "Email is already registered" when its key is taken, also by a concurrent sign-up. */
    @Transactional
    public UserAccount create(UserAccount account) {
        return Unique.persist(em, account, EMAIL_TAKEN);
    }
}
