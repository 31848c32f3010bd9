/** The projects routes: request and response records and the JAX-RS resource. */
package dev.neptun.project.boundary;
