package dev.neptun.contextfile.entity;

import dev.neptun.platform.params.Vocabulary;

/** What a context file is about, for the assistant; the constants are the wire names. */
public enum FileCategory implements Vocabulary {
    bundler, build_tool, server, package_manager, runtime, documentation, test_tool, unknown
}
