/** Imports of a project: create, change, and the delete that takes its files and unused connection with it. */
package dev.neptun.imports.control;
