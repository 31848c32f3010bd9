/**
 * The one error path: ErrorMapper turns every failure into the API's status and JSON body, reached
 * from JAX-RS (ThrowableMapper) and from the servlet container (ErrorPageServlet); logs without SQL
 * or secrets. Knows no feature.
 */
package dev.neptun.platform.errors;
