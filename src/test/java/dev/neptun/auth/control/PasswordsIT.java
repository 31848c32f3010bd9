package dev.neptun.auth.control;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Password hashing never runs inside a transaction, so no pooled connection is held while it does. */
@ExtendWith(ArquillianExtension.class)
class PasswordsIT {

    @Inject
    Passwords passwords;

    @Inject
    UserTransaction transaction;

    @Test
    void hashingInsideATransactionIsRefused() throws Exception {
        transaction.begin();
        try {
            assertThrows(TransactionalException.class, () -> passwords.hash("Corr3ct-Horse!"));
            assertThrows(TransactionalException.class, () -> passwords.matches("Corr3ct-Horse!", null));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void hashingOutsideOneWorks() {
        assertTrue(passwords.matches("Corr3ct-Horse!", passwords.hash("Corr3ct-Horse!")));
    }
}
