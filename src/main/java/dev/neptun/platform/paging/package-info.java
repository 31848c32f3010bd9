/**
 * Lists a page at a time within 8 MiB, and the absolute URLs the API writes (Location, Link) on the
 * configured base URL. Knows no feature.
 */
package dev.neptun.platform.paging;
