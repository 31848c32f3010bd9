/** The GitHub webhook deliveries already received, as a JPA entity with its queries. */
package dev.neptun.webhook.entity;
