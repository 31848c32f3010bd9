/**
 * The domain's refusals (not found, conflict, invalid input, ...), thrown by services and
 * boundaries; sealed, each of a kind the one error mapper answers. Knows no HTTP. Knows no feature.
 */
package dev.neptun.platform.refusals;
