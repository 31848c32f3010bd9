package dev.neptun.platform;

/**
 * Path ids are positive int32 in plain ASCII decimal: no sign, no leading zero, no exponent, no
 * other digits. Resources take them as strings so that a bad id is a 400 (after the 401 of the
 * authentication filter), not the 404 JAX-RS gives for an unconvertible path parameter.
 */
public final class Ids {

    private static final int MAX_DIGITS = 10;

    private Ids() {
    }

    public static int parse(String name, String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_DIGITS || raw.charAt(0) == '0') {
            throw invalid(name);
        }
        long value = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(name);
            }
            value = value * 10 + (c - '0');
        }
        if (value > Integer.MAX_VALUE) {
            throw invalid(name);
        }
        return (int) value;
    }

    private static ApiException invalid(String name) {
        return ApiException.badRequest("Invalid " + name + ": must be a positive 32-bit integer");
    }
}
