/**
 * Operator settings through MicroProfile Config. Knows no feature.
 */
package dev.neptun.platform.config;
