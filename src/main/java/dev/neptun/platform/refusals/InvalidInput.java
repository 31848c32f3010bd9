package dev.neptun.platform.refusals;

import java.util.List;

/** The request's ids, query or body are not acceptable; {@link #problems()} names the members at fault. */
public final class InvalidInput extends Refusal {

    public static final String BODY = "Invalid request body";

    private final transient List<FieldError> problems;

    public InvalidInput(String message) {
        this(message, List.of());
    }

    public InvalidInput(String message, List<FieldError> problems) {
        super(Kind.INVALID_INPUT, message);
        this.problems = List.copyOf(problems);
    }

    /** A body whose one member is at fault. */
    public static InvalidInput member(String member, String problem) {
        return new InvalidInput(BODY, List.of(new FieldError(member, problem)));
    }

    public List<FieldError> problems() {
        return problems;
    }
}
