package dev.neptun.auth.control;

import dev.neptun.platform.Leases;
import dev.neptun.webhook.control.Deliveries;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes what logins leave behind, every {@link #EVERY}: sessions that are expired, idle or
 * revoked, and throttling counts whose window has passed; and GitHub webhook deliveries older than
 * they are remembered. When several instances share the database, the one holding the lease does
 * it (the others find it taken).
 */
@ApplicationScoped
public class Housekeeping {

    static final Duration EVERY = Duration.ofMinutes(10);
    static final String LEASE = "auth-housekeeping";
    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Leases leases;

    @Inject
    Sessions sessions;

    @Inject
    LoginThrottle throttle;

    @Inject
    Deliveries deliveries;

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        schedule = scheduler.scheduleWithFixedDelay(this::runIfLeaseHolder, EVERY.toMinutes(), EVERY.toMinutes(), TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** A purge by this instance, if no other instance holds the lease for this round. */
    public void runIfLeaseHolder() {
        try {
            if (leases.tryTake(LEASE, EVERY.minusSeconds(30))) {
                int deleted = sessions.purge() + throttle.purgeStale() + deliveries.purge();
                LOG.log(Level.FINE, "housekeeping deleted {0} rows", deleted);
            }
        } catch (RuntimeException failure) {
            // The next round tries again; a scheduled task that throws is never run again.
            LOG.log(Level.WARNING, "housekeeping failed: {0}", failure.getClass().getName());
        }
    }
}
