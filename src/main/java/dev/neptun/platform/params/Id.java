package dev.neptun.platform.params;

import dev.neptun.platform.refusals.InvalidInput;
import java.util.Optional;

/**
 * An id as the API writes it in paths and queries: a positive int32 in plain ASCII decimal, with no
 * sign, leading zero, exponent, other script's digits or white space. Resources take ids as this
 * type (see {@link Params}), so a bad one is the contract's 400, not the 404 JAX-RS gives for an
 * unconvertible parameter.
 */
public record Id(int value) {

    private static final int MAX_DIGITS = 10;
    static final String RULE = "must be a positive 32-bit integer";

    /** The id a parameter called {@code name} gives; an {@link InvalidInput} naming it otherwise. */
    public static Id require(String name, String raw) {
        return parse(raw).orElseThrow(() -> new InvalidInput("Invalid " + name + ": " + RULE));
    }

    public static Optional<Id> parse(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_DIGITS || raw.charAt(0) == '0') {
            return Optional.empty();
        }
        long value = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            value = value * 10 + (c - '0');
        }
        return value > Integer.MAX_VALUE ? Optional.empty() : Optional.of(new Id((int) value));
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
