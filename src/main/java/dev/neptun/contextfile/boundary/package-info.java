/** The context files routes: request and response records and the JAX-RS resource. */
package dev.neptun.contextfile.boundary;
