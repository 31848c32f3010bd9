/**
 * Cross-cutting pieces that know no feature: the one error path ({@link dev.neptun.platform.ErrorMapper}
 * and the domain refusals it maps), strict JSON request bodies, typed ids and vocabularies for
 * parameters, operator settings, time, health and the OpenAPI rules. Depends on no other package of
 * the application.
 */
package dev.neptun.platform;
