package org.balint.devplatform;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The third-party initiated login the platform sends to the tool to start a launch (LTI 1.3 core,
 * section 5.1.1): the tool's login URL and the parameters {@code iss}, {@code login_hint},
 * {@code target_link_uri}, {@code lti_message_hint}, {@code client_id}, {@code lti_deployment_id}
 * and, when platform storage is offered, {@code lti_storage_target}.
 *
 * @param toolLoginUrl the tool's OIDC login initiation URL
 * @param parameters   the parameters in the order they are sent
 * @param method       form POST or GET
 */
public record LoginInitiation(URI toolLoginUrl, Map<String, String> parameters, Method method) {

    /** How the browser carries the login initiation to the tool. */
    public enum Method {
        /** An auto-submitting form POST, as Moodle and Canvas do. */
        POST,
        /** A redirect with the parameters in the query string. */
        GET
    }

    /** Requires every component and keeps the parameter order. */
    public LoginInitiation {
        Objects.requireNonNull(toolLoginUrl, "toolLoginUrl");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters, "parameters")));
        Objects.requireNonNull(method, "method");
    }

    /** The {@code lti_message_hint}: the platform's single-use reference to this launch. */
    public String messageHint() {
        return parameters.get("lti_message_hint");
    }

    /** The parameters as an {@code application/x-www-form-urlencoded} body. */
    public String formBody() {
        return encode(parameters);
    }

    /** The tool's login URL with the parameters in the query string, as a GET initiation uses it. */
    public URI uri() {
        String separator = toolLoginUrl.getRawQuery() == null ? "?" : "&";
        return URI.create(toolLoginUrl + separator + formBody());
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
