package dev.neptun.contextfile.entity;

/** The closed vocabularies of a context file, as patterns for Bean Validation. */
public final class FileKinds {

    public static final String FILE_TYPE_PATTERN = "markdown|pdf|text";
    public static final String CATEGORY_PATTERN =
            "bundler|build_tool|server|package_manager|runtime|documentation|test_tool|unknown";
    /** 1 MiB of UTF-8: the contract's limit on a file's content. */
    public static final int MAX_CONTENT_BYTES = 1024 * 1024;

    private FileKinds() {
    }
}
