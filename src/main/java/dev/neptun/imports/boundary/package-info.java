/** The imports routes, the headline DELETE among them: request and response records and the JAX-RS resource. */
package dev.neptun.imports.boundary;
