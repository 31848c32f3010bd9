/**
 * Typed path and query parameters: positive int32 ids, vocabularies by their wire names, the page a
 * list request asks for; bad values are refusals before a resource method runs. Knows no feature.
 */
package dev.neptun.platform.params;
