package dev.neptun.platform.persistence;

/**
 * Query hints for a query whose entities are only read, never changed, by every caller (the lists): the
 * provider hands them out without registering a working copy and a backup copy of each for change
 * tracking (EclipseLink; Hibernate's read-only flag on WildFly). For lists that is most of the
 * provider's work; an entity read this way must not be changed, as the change would be lost.
 */
public final class ReadOnly {

    public static final String ECLIPSELINK = "eclipselink.read-only";
    public static final String HIBERNATE = "org.hibernate.readOnly";

    private ReadOnly() {
    }
}
