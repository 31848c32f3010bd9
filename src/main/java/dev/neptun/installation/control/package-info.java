/** A user's GitHub App installations and their connections to projects. */
package dev.neptun.installation.control;
