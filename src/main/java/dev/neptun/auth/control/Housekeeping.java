package dev.neptun.auth.control;

import dev.neptun.platform.Leases;
import dev.neptun.platform.Settings;
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
 * Deletes what logins leave behind, every {@code neptun.housekeeping.interval} (10 minutes unless
 * set): sessions that are expired, idle or revoked, and throttling counts whose window has passed.
 * When several instances share the database, the one holding the lease does it (the others find it
 * taken); the lease runs for 95% of the interval, so each round is done once.
 */
@ApplicationScoped
public class Housekeeping {

    static final String LEASE = "auth-housekeeping";
    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Leases leases;

    @Inject
    Sessions sessions;

    @Inject
    Settings settings;

    @Inject
    LoginThrottle throttle;

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        long every = settings.housekeepingInterval().toMillis();
        schedule = scheduler.scheduleWithFixedDelay(this::runIfLeaseHolder, every, every, TimeUnit.MILLISECONDS);
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
            Duration every = settings.housekeepingInterval();
            if (leases.tryTake(LEASE, every.minus(every.dividedBy(20)))) {
                int deleted = sessions.purge() + throttle.purgeStale();
                LOG.log(Level.FINE, "housekeeping deleted {0} rows", deleted);
            }
        } catch (RuntimeException failure) {
            // The next round tries again; a scheduled task that throws is never run again.
            LOG.log(Level.WARNING, "housekeeping failed: {0}", failure.getClass().getName());
        }
    }
}
