package jp.kojo.web.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written OpenAPI document names exactly the operations the resources of this package serve: every
 * resource class found in the compiled package is read by reflection, so a new method cannot go undocumented.
 */
class OpenApiDocumentTest {
    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern OPERATION = Pattern.compile("^    (get|put|post|delete|patch|head|options):\\s*$");

    /** "METHOD /path" of every operation in openapi.yaml's paths, read by its indentation. */
    static Set<String> documented() throws IOException {
        Set<String> operations = new TreeSet<>();
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            String current = null;
            boolean inPaths = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith(" ") && !line.isBlank()) {
                    inPaths = line.startsWith("paths:");
                    continue;
                }
                Matcher path = PATH.matcher(line);
                Matcher operation = OPERATION.matcher(line);
                if (inPaths && path.matches()) {
                    current = path.group(1);
                } else if (inPaths && current != null && operation.matches()) {
                    operations.add(operation.group(1).toUpperCase(Locale.ROOT) + " " + current);
                }
            }
        }
        return operations;
    }

    /** "METHOD /path" of every resource method of this package, relative to /api/v1. */
    static Set<String> served() throws IOException, URISyntaxException {
        java.nio.file.Path folder = java.nio.file.Path.of(OpenApiResource.class.getResource("OpenApiResource.class").toURI())
                .getParent();
        Set<String> operations = new TreeSet<>();
        List<Class<?>> classes;
        try (Stream<java.nio.file.Path> files = Files.list(folder)) {
            classes = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .<Class<?>>map(n -> load(n.substring(0, n.length() - ".class".length()))).toList();
        }
        for (Class<?> type : classes) {
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = "/" + root.value() + (sub == null ? "" : "/" + sub.value());
                operations.add(verb + " " + path.replaceAll("/+", "/").replaceFirst("^/v1", ""));
            }
        }
        return operations;
    }

    private static Class<?> load(String simpleName) {
        try {
            return Class.forName(OpenApiResource.class.getPackageName() + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    @Test
    void everyOperationServedIsDocumentedAndNothingElse() throws Exception {
        Set<String> served = served();
        assertTrue(served.contains("PATCH /cycles/{cycleId}/lines/{lineId}"), served.toString());
        assertTrue(served.contains("POST /login"), served.toString());
        assertEquals(served, documented());
    }

    @Test
    void theDocumentIsOpenApi31AndServedBelowTheApi() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("openapi: 3.1.0\n"));
            assertTrue(text.contains("  - url: /kojo/api/v1\n"));
            assertTrue(!text.contains("\t"), "YAML has no tabs");
        }
    }
}
