package dev.neptun.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.testsupport.Routes;
import dev.neptun.testsupport.Routes.Route;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check order of every {@code /api/users/...} route (401, 400, 403, then 404) is one mechanism,
 * {@link UserScope}: each of those resource methods takes it as its {@code @BeanParam}, and no
 * resource method reads a path id itself, which would parse it outside that order.
 */
class UserScopeRuleTest {

    private static final List<Route> ROUTES = Routes.all();

    @Test
    void everyUsersRouteTakesTheUserScope() {
        List<String> without = ROUTES.stream().filter(r -> r.path().startsWith("/api/users/"))
                .filter(r -> Arrays.stream(r.java().getParameters())
                        .noneMatch(p -> p.isAnnotationPresent(BeanParam.class) && p.getType() == UserScope.class))
                .map(Route::key).toList();

        assertTrue(ROUTES.stream().filter(r -> r.path().startsWith("/api/users/")).count() > 20, "found the routes");
        assertEquals(List.of(), without);
    }

    @Test
    void noResourceMethodReadsAPathParameterItself() {
        List<String> reading = ROUTES.stream()
                .filter(r -> Arrays.stream(r.java().getParameters()).anyMatch(UserScopeRuleTest::isPathParam))
                .map(Route::key).toList();

        assertEquals(List.of(), reading);
    }

    private static boolean isPathParam(Parameter parameter) {
        return parameter.isAnnotationPresent(PathParam.class);
    }
}
