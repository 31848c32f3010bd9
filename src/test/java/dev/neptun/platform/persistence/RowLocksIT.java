package dev.neptun.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.installation.control.Installations;
import dev.neptun.project.control.Projects;
import dev.neptun.testsupport.Fixtures;
import dev.neptun.testsupport.Fixtures.World;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every named query that locks what it reads (JPA's lock mode on Hibernate, EclipseLink's hint from
 * META-INF/eclipselink-orm.xml on EclipseLink) holds its rows until the transaction ends: a second
 * transaction that wants them waits for the first to commit. Without the lock it would be done at once.
 */
@ExtendWith(ArquillianExtension.class)
class RowLocksIT {

    /** How long the second transaction must still be waiting; without the lock it takes milliseconds. */
    private static final long WAITING_SECONDS = 1;

    @Inject
    Projects projects;

    @Inject
    Installations installations;

    @Inject
    Fixtures fixtures;

    @Inject
    UserTransaction transaction;

    /** The server's threads: the second transaction runs on one of them, as a second request would. */
    @Resource
    ManagedExecutorService executor;

    @Test
    void aLockedProjectWaitsForTheTransactionThatLockedIt() throws Exception {
        World w = fixtures.world();

        assertSecondWaitsForFirst(() -> projects.lockOwned(w.user().userId(), w.projectId()).orElseThrow(),
                () -> projects.lockOwned(w.user().userId(), w.projectId()).orElseThrow());
    }

    @Test
    void lockingAProjectWithoutReadingItHoldsTheSameLock() throws Exception {
        World w = fixtures.world();

        assertSecondWaitsForFirst(() -> assertTrue(projects.lockIfOwned(w.user().userId(), w.projectId())),
                () -> projects.lockOwned(w.user().userId(), w.projectId()).orElseThrow());
        assertSecondWaitsForFirst(() -> projects.lockOwned(w.user().userId(), w.projectId()).orElseThrow(),
                () -> assertTrue(projects.lockIfOwned(w.user().userId(), w.projectId())));
    }

    @Test
    void lockingAllOfAUsersProjectsLocksEachOfThem() throws Exception {
        World w = fixtures.world();

        assertSecondWaitsForFirst(() -> projects.lockAllOwned(w.user().userId()),
                () -> projects.lockOwned(w.user().userId(), w.otherProjectId()).orElseThrow());
    }

    @Test
    void aLockedInstallationWaitsForTheTransactionThatLockedIt() throws Exception {
        World w = fixtures.world();

        assertSecondWaitsForFirst(() -> installations.requireLocked(w.user().userId(), w.installationId()),
                () -> installations.requireLocked(w.user().userId(), w.installationId()));
    }

    @Test
    void lockingEveryRecordingOfAGithubInstallationLocksTheUsersOne() throws Exception {
        World w = fixtures.world();
        long githubId = installations.findOwned(w.user().userId(), w.installationId()).orElseThrow().getGithubInstallationId();

        assertSecondWaitsForFirst(() -> installations.lockAllOf(githubId),
                () -> installations.requireLocked(w.user().userId(), w.installationId()));
    }

    /** {@code first} in a transaction held open; {@code second} in one of its own on another thread waits until the first commits. */
    private void assertSecondWaitsForFirst(Runnable first, Runnable second) throws Exception {
        Future<?> waiting;
        transaction.begin();
        try {
            first.run();
            waiting = executor.submit(() -> inTransaction(second));
            assertThrows(TimeoutException.class, () -> waiting.get(WAITING_SECONDS, TimeUnit.SECONDS),
                    "the second transaction is still waiting for the lock");
        } finally {
            end();
        }
        waiting.get(30, TimeUnit.SECONDS);
    }

    private Void inTransaction(Runnable work) throws Exception {
        transaction.begin();
        try {
            work.run();
        } finally {
            end();
        }
        return null;
    }

    /** Commits, or rolls back a transaction that a failure marked for it. */
    private void end() throws Exception {
        if (transaction.getStatus() == Status.STATUS_ACTIVE) {
            transaction.commit();
        } else {
            transaction.rollback();
        }
    }
}
