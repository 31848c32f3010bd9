/** The project entity and its vocabularies (type, main language). */
package dev.neptun.project.entity;
