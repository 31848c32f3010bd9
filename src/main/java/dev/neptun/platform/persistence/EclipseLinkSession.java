package dev.neptun.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * What persistence.xml cannot say to EclipseLink (it names this class; other JPA providers ignore
 * it). A read outside a transaction that fails to reach the database is not retried: EclipseLink
 * would try it three times, 5 s apart, holding a request thread for 10 s per request while the
 * database is down, where the API answers 503 at once and the client retries (Retry-After).
 */
public class EclipseLinkSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
    }
}
