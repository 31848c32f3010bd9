/** Installations and project connections as JPA entities with their queries. */
package dev.neptun.installation.entity;
