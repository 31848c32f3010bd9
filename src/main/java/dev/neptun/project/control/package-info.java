/** A user's projects, and the project row lock every change below a project takes first. */
package dev.neptun.project.control;
