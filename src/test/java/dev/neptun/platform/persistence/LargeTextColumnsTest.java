package dev.neptun.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.Lob;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema makes large text a CLOB column, which Liquibase creates as text on PostgreSQL, and the entities map
 * it as a plain string. {@code @Lob} on a string means a CLOB to the provider: EclipseLink reads a text column so
 * all the same, but Hibernate (WildFly) on PostgreSQL takes the column for the id of a large object, and every row
 * with a value failed to load ("Bad value for type long"): file lists, the walkthrough's files, a page of imports
 * with file trees.
 */
class LargeTextColumnsTest {

    @Test
    void noEntityFieldIsMappedAsALob() {
        List<Class<?>> entities = Entities.all();
        List<String> lobs = entities.stream().flatMap(type -> Arrays.stream(type.getDeclaredFields()))
                .filter(field -> field.isAnnotationPresent(Lob.class)).map(LargeTextColumnsTest::name).toList();

        assertFalse(entities.isEmpty());
        assertEquals(List.of(), lobs);
    }

    private static String name(Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName();
    }
}
