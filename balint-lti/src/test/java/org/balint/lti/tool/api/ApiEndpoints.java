package org.balint.lti.tool.api;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.balint.lti.tool.access.FormAccess;
import org.balint.lti.tool.admin.AdminApi;

/**
 * Every JAX-RS resource method of the tool, found by reflection over the compiled classes, so that the
 * access-control tests cover each endpoint, including the ones added after them.
 */
public final class ApiEndpoints {

    /** The API's prefix. */
    public static final String PREFIX = "/api/v1";

    /**
     * One resource method.
     *
     * @param httpMethod GET, PUT, ...
     * @param path       the full path template, e.g. {@code /api/v1/groups/{group}/schedule}
     * @param method     the Java method
     */
    public record Endpoint(String httpMethod, String path, Method method) {
        /** The access rules it declares; empty when none. */
        public Set<Access> allowed() {
            return ApiFilter.declared(method);
        }

        /** Whether the API filter guards it. */
        public boolean guarded() {
            return method.getDeclaringClass().isAnnotationPresent(ApiV1.class) || method.isAnnotationPresent(ApiV1.class);
        }

        /** The declaration of who may call it outside the JSON API, if it has one. */
        public Optional<FormAccess> formAccess() {
            return Optional.ofNullable(method.getAnnotation(FormAccess.class));
        }

        /** Whether the admin API's token filter guards it. */
        public boolean adminApi() {
            return method.getDeclaringClass().isAnnotationPresent(AdminApi.class) || method.isAnnotationPresent(AdminApi.class);
        }

        /** "GET /api/v1/me" */
        public String name() {
            return httpMethod + " " + path;
        }
    }

    private ApiEndpoints() {
    }

    /** Every resource method of every resource class of the tool. */
    public static List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.balint.lti")) {
            Class<?> resource = type.reflect();
            Path classPath = resource.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                Optional<String> http = httpMethod(method);
                if (http.isEmpty()) {
                    continue;
                }
                String path = join(classPath.value(), Optional.ofNullable(method.getAnnotation(Path.class))
                        .map(Path::value).orElse(""));
                endpoints.add(new Endpoint(http.get(), path, method));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }

    /** The endpoints of the JSON API ({@code /api/v1}). */
    public static List<Endpoint> api() {
        return all().stream().filter(e -> e.path().startsWith(PREFIX + "/") || e.path().equals(PREFIX)).toList();
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations()).map(Annotation::annotationType)
                .map(type -> type.getAnnotation(HttpMethod.class)).filter(java.util.Objects::nonNull)
                .map(HttpMethod::value).findFirst();
    }

    private static String join(String first, String second) {
        String joined = "/" + strip(first) + (strip(second).isEmpty() ? "" : "/" + strip(second));
        return joined.replaceAll("/+", "/");
    }

    private static String strip(String part) {
        return part.replaceAll("^/+", "").replaceAll("/+$", "");
    }
}
