package dev.neptun.platform.json;

import java.util.Optional;
import java.util.function.Consumer;

/** One member of a partial update, as {@link RecordBinding} gives it: absent (null) keeps, empty clears, a value sets. */
public final class Partial {

    private Partial() {
    }

    public static <T> void apply(Optional<T> change, Consumer<T> setter) {
        if (change != null) {
            setter.accept(change.orElse(null));
        }
    }
}
