/** Users, their sessions and failed logins, as JPA entities with their queries. */
package dev.neptun.auth.entity;
