/** The context file entity and its vocabularies (file type, category). */
package dev.neptun.contextfile.entity;
