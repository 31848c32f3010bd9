/** The GitHub App installation routes and the routes of a project's connections to them. */
package dev.neptun.installation.boundary;
