/**
 * Strict JSON request bodies bound to records (one naming rule, JsonNames, also JSON-B's for
 * responses), JSON text kept as is, partial updates. Knows no feature.
 */
package dev.neptun.platform.json;
