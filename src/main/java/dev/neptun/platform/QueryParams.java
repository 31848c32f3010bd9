package dev.neptun.platform;

import java.util.Set;

/** Optional query parameters: absent or empty means "no filter"; anything else must be a known value. */
public final class QueryParams {

    private QueryParams() {
    }

    public static String oneOf(String name, String raw, Set<String> allowed) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!allowed.contains(raw)) {
            throw ApiException.badRequest("Invalid " + name + ": must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return raw;
    }

    public static Integer id(String name, String raw) {
        return raw == null || raw.isEmpty() ? null : Ids.parse(name, raw);
    }
}
