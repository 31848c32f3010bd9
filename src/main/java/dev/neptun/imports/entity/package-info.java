/** The import entity and its vocabularies (source type, status). */
package dev.neptun.imports.entity;
