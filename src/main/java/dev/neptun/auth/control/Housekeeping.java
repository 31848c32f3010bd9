package dev.neptun.auth.control;

import dev.neptun.platform.config.Settings;
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
 * Deletes what logins and GitHub leave behind, every {@code neptun.housekeeping.interval} (10
 * minutes unless set), on the server's managed scheduler: sessions that are expired, idle or revoked,
 * throttling counts whose window has passed, and webhook deliveries older than they are remembered.
 * Every instance sharing the database does it: each purge is one DELETE of rows nobody can use, so two
 * at once delete the same rows once and cost a second statement, not worth a lease table to prevent
 * (HousekeepingIT runs two at once).
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Sessions sessions;

    @Inject
    Settings settings;

    @Inject
    LoginThrottle throttle;

    @Inject
    Deliveries deliveries;

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        long every = settings.housekeepingInterval().toMillis();
        schedule = scheduler.scheduleWithFixedDelay(this::run, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** One round: whatever fails is tried again in the next one. */
    public void run() {
        try {
            int deleted = sessions.purge() + throttle.purgeStale() + deliveries.purge();
            LOG.log(Level.FINE, "housekeeping deleted {0} rows", deleted);
        } catch (RuntimeException failure) {
            // A scheduled task that throws is never run again.
            LOG.log(Level.WARNING, "housekeeping failed: {0}", failure.getClass().getName());
        }
    }
}
