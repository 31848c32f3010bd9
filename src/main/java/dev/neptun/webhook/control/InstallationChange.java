package dev.neptun.webhook.control;

/** What one delivery asks of every user's recording of one GitHub installation. */
@FunctionalInterface
public interface InstallationChange {

    /** An event or action this service does not act on. */
    InstallationChange NONE = recorded -> 0;

    /** Applies it, in the delivery's transaction; how many installations (or imports) it changed. */
    int applyTo(RecordedInstallations recorded);
}
