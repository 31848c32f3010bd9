package dev.neptun.platform.persistence;

/** Sizes of text as stored and sent: UTF-8 bytes, the unit of the storage quota on every database. */
public final class Utf8 {

    private Utf8() {
    }

    /** The UTF-8 bytes of all {@code values} together; null counts nothing. Computed, not encoded: no copy of a 1 MiB text. */
    public static long bytes(String... values) {
        long total = 0;
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < 0x80) {
                    total += 1;
                } else if (c < 0x800) {
                    total += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    total += 4;
                    i++;
                } else {
                    total += 3;
                }
            }
        }
        return total;
    }
}
