package dev.neptun.project.entity;

import dev.neptun.platform.params.Vocabulary;

/** A project's main programming language; the constants are the wire names. */
public enum MainLanguage implements Vocabulary {
    typescript, javascript, php, go, python, java, kotlin, ruby, elixir
}
