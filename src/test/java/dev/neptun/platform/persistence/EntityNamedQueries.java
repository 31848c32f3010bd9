package dev.neptun.platform.persistence;

import dev.neptun.testsupport.Routes;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import java.util.Arrays;
import java.util.List;

/** The @NamedQuery annotations of every entity among the application's classes, for the tests that hold rules over them. */
final class EntityNamedQueries {

    private EntityNamedQueries() {
    }

    static List<NamedQuery> all() {
        return Routes.classes().stream().filter(type -> type.isAnnotationPresent(Entity.class))
                .flatMap(type -> Arrays.stream(type.getAnnotationsByType(NamedQuery.class))).toList();
    }
}
