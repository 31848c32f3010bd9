/** Context files of an import of a project. */
package dev.neptun.contextfile.control;
