package dev.neptun.testsupport;

import dev.neptun.platform.http.RestApplication;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The application's routes as JAX-RS serves them, read from its classes (not the test deployment's):
 * what tests walk instead of lists someone must remember to extend.
 */
public final class Routes {

    private Routes() {
    }

    /** A resource method with its HTTP method (lower case) and full path. */
    public record Route(String method, String path, Method java) {

        public String key() {
            return method + " " + path;
        }

        /** The type of the request body the method takes, if it takes one. */
        public Optional<Class<?>> body() {
            return Arrays.stream(java.getParameters()).filter(Route::isEntity).<Class<?>>map(Parameter::getType).findFirst();
        }

        private static boolean isEntity(Parameter parameter) {
            return Arrays.stream(parameter.getAnnotations()).noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
        }

        /** A body read as the raw bytes it came as (the webhook's, whose signature is over them), not bound to a record. */
        public boolean takesRawBody() {
            return body().filter(InputStream.class::equals).isPresent();
        }

        public Set<String> headerParameters() {
            return Arrays.stream(java.getParameters()).filter(p -> p.isAnnotationPresent(HeaderParam.class))
                    .map(p -> p.getAnnotation(HeaderParam.class).value()).collect(Collectors.toCollection(TreeSet::new));
        }

        public Set<String> queryParameters() {
            return Arrays.stream(java.getParameters()).filter(p -> p.isAnnotationPresent(QueryParam.class))
                    .map(p -> p.getAnnotation(QueryParam.class).value()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Every resource method of the application, sorted by method and path. */
    public static List<Route> all() {
        String root = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value();
        List<Route> routes = new ArrayList<>();
        for (Class<?> resource : classes()) {
            Path base = resource.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                Optional<String> http = Arrays.stream(method.getAnnotations())
                        .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(h -> h != null).map(HttpMethod::value).findFirst();
                if (http.isEmpty() || !Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                routes.add(new Route(http.get().toLowerCase(Locale.ROOT), root + "/" + base.value() + (sub == null ? "" : "/" + sub.value()), method));
            }
        }
        routes.sort((a, b) -> a.key().compareTo(b.key()));
        return routes;
    }

    /** The application's classes, read from the directory RestApplication was loaded from. */
    public static List<Class<?>> classes() {
        try {
            java.nio.file.Path root = java.nio.file.Path.of(RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<java.nio.file.Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".class")).map(f -> root.relativize(f).toString())
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                        .filter(name -> !name.endsWith("package-info"))
                        .<Class<?>>map(Routes::load).toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Routes.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
