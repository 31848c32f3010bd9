/**
 * The HTTP edges around the application: the JAX-RS application and liveness, security headers,
 * refusal of undecodable URIs and of TRACE, folder redirects, the served OpenAPI document and its
 * endpoint. Knows no feature.
 */
package dev.neptun.platform.http;
