package dev.neptun.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package rules of the code base, read from the sources: no import cycle, and platform knows no feature. */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import (dev\\.neptun\\.[a-z.]+)\\.[A-Z]", Pattern.MULTILINE);

    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> graph = new HashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                Set<String> uses = graph.computeIfAbsent(pkg, p -> new TreeSet<>());
                Matcher imported = IMPORT.matcher(read(file));
                while (imported.find()) {
                    if (!imported.group(1).equals(pkg)) {
                        uses.add(imported.group(1));
                    }
                }
            });
        }
        return graph;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> graph = dependencies();
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            Set<String> seen = new HashSet<>();
            List<String> frontier = new ArrayList<>(graph.get(start));
            while (!frontier.isEmpty()) {
                String next = frontier.remove(frontier.size() - 1);
                if (next.equals(start)) {
                    cycles.add(start);
                    break;
                }
                if (seen.add(next)) {
                    frontier.addAll(graph.getOrDefault(next, Set.of()));
                }
            }
        }
        assertEquals(List.of(), cycles, () -> "packages on an import cycle; dependencies: " + graph);
    }

    @Test
    void platformDependsOnNoFeature() throws IOException {
        Map<String, Set<String>> features = new TreeMap<>();
        dependencies().forEach((pkg, uses) -> {
            if (pkg.startsWith("dev.neptun.platform")) {
                uses.stream().filter(u -> !u.startsWith("dev.neptun.platform")).forEach(u -> features.computeIfAbsent(pkg, k -> new TreeSet<>()).add(u));
            }
        });
        assertTrue(dependencies().keySet().stream().filter(p -> p.startsWith("dev.neptun.platform.")).count() >= 8, "found platform's packages");
        assertEquals(Map.of(), features);
    }

    private static final Pattern DECLARED = Pattern.compile("Uses the entities of: ([^.(]*(\\([^)]*\\)[^.(]*)*)\\.");

    /** A feature's control uses another feature's entities only where its package-info.java says which and why. */
    @Test
    void aControlUsesOtherFeaturesEntitiesOnlyAsItsPackageInfoDeclares() throws IOException {
        Map<String, Set<String>> graph = dependencies();
        List<String> mismatches = new ArrayList<>();
        for (String pkg : graph.keySet()) {
            if (!pkg.endsWith(".control")) {
                continue;
            }
            String feature = pkg.substring("dev.neptun.".length(), pkg.length() - ".control".length());
            Set<String> used = new TreeSet<>();
            graph.get(pkg).stream().filter(d -> d.endsWith(".entity") && !d.equals("dev.neptun." + feature + ".entity"))
                    .forEach(d -> used.add(d.substring("dev.neptun.".length(), d.length() - ".entity".length())));
            Matcher declared = DECLARED.matcher(read(SOURCES.resolve(pkg.replace('.', '/')).resolve("package-info.java")).replaceAll("\\s*\\*\\s*", " "));
            Set<String> says = new TreeSet<>();
            if (declared.find()) {
                Matcher name = Pattern.compile("(?:^|,|\\band\\b)\\s*([a-z]+)(?=\\s*(?:\\(|,|\\band\\b|$))").matcher(declared.group(1).replaceAll("\\([^)]*\\)", ""));
                while (name.find()) {
                    if (!name.group(1).equals("none")) {
                        says.add(name.group(1));
                    }
                }
            }
            if (!used.equals(says)) {
                mismatches.add(pkg + " uses the entities of " + used + ", its package-info says " + says);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    /** Controls take domain values, never code to run in their transaction (a boundary's {@code body::applyTo} once did). */
    @Test
    void noControlTakesCodeToRunInItsTransaction() {
        List<String> callbacks = new ArrayList<>();
        for (Class<?> type : dev.neptun.testsupport.Routes.classes()) {
            if (!type.getPackageName().endsWith(".control")) {
                continue;
            }
            for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
                if (java.lang.reflect.Modifier.isPrivate(method.getModifiers())) {
                    continue;
                }
                for (Class<?> parameter : method.getParameterTypes()) {
                    if (parameter.getPackageName().equals("java.util.function") || parameter == Runnable.class) {
                        callbacks.add(type.getSimpleName() + "." + method.getName() + "(" + parameter.getSimpleName() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), callbacks);
    }
}
