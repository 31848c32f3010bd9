/**
 * Database helpers that know no table of a feature: rows created once under races, unique keys, SQL
 * states, EclipseLink's session settings, typed counts, UTF-8 byte counts and their backfill, time
 * as stored, readiness. Knows no feature.
 */
package dev.neptun.platform.persistence;
