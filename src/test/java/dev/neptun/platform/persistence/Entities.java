package dev.neptun.platform.persistence;

import dev.neptun.testsupport.Routes;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import java.util.Arrays;
import java.util.List;

/** The application's entity classes and their @NamedQuery annotations, for the tests that hold rules over them. */
final class Entities {

    private Entities() {
    }

    static List<Class<?>> all() {
        return Routes.classes().stream().filter(type -> type.isAnnotationPresent(Entity.class)).toList();
    }

    static List<NamedQuery> namedQueries() {
        return all().stream().flatMap(type -> Arrays.stream(type.getAnnotationsByType(NamedQuery.class))).toList();
    }
}
