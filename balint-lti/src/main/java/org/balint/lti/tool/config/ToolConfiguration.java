package org.balint.lti.tool.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.balint.lti.protocol.platform.PlatformRegistration;

/**
 * What the tool needs to know at start: its own public base URL (from which the login, launch and
 * key-set addresses follow) and the platform registration it trusts from the start.
 *
 * <p>Read from configuration properties; every property has a default that describes the local dev
 * platform ({@code samples/dev-platform}) launching a tool at {@code http://localhost:9080}:
 *
 * <table>
 * <caption>Configuration properties</caption>
 * <tr><th>property</th><th>default</th></tr>
 * <tr><td>{@code balint.lti.tool.url}</td><td>{@code http://localhost:9080}</td></tr>
 * <tr><td>{@code balint.lti.platform.issuer}</td><td>{@code http://127.0.0.1:9180}</td></tr>
 * <tr><td>{@code balint.lti.platform.client-id}</td><td>{@code balint-dev-tool}</td></tr>
 * <tr><td>{@code balint.lti.platform.deployment-ids}</td><td>{@code 1} (comma separated)</td></tr>
 * <tr><td>{@code balint.lti.platform.authorization-url}</td><td>{@code http://localhost:9180/auth}</td></tr>
 * <tr><td>{@code balint.lti.platform.token-url}</td><td>{@code http://127.0.0.1:9180/token}</td></tr>
 * <tr><td>{@code balint.lti.platform.jwks-url}</td><td>{@code http://127.0.0.1:9180/.well-known/jwks.json}</td></tr>
 * </table>
 *
 * @param toolUrl      the tool's public base URL, without trailing slash, exactly as platforms know it
 * @param registration the platform the tool trusts from the start
 */
public record ToolConfiguration(URI toolUrl, PlatformRegistration registration) {

    /** Validates the arguments. */
    public ToolConfiguration {
        Objects.requireNonNull(toolUrl, "toolUrl");
        Objects.requireNonNull(registration, "registration");
    }

    /** The default tool base URL. */
    public static final String DEFAULT_TOOL_URL = "http://localhost:9080";
    /** The issuer of the local dev platform at its default port. */
    public static final String DEFAULT_ISSUER = "http://127.0.0.1:9180";
    /** The client_id the local dev platform registers the tool under. */
    public static final String DEFAULT_CLIENT_ID = "balint-dev-tool";

    /** The OIDC login initiation URL platforms send the browser to. */
    public URI loginUrl() {
        return URI.create(toolUrl + "/lti/login");
    }

    /** The launch URL: the one redirect URI registered with every platform. */
    public URI launchUrl() {
        return URI.create(toolUrl + "/lti/launch");
    }

    /** The tool's public key set URL. */
    public URI jwksUrl() {
        return URI.create(toolUrl + "/lti/jwks");
    }

    /** True when the tool is served over https, so its cookies can be {@code Secure}. */
    public boolean servedOverHttps() {
        return "https".equals(toolUrl.getScheme());
    }

    /**
     * Reads the configuration from {@code properties} (a property name to its value, if set), falling
     * back to the defaults of the local dev platform.
     *
     * @throws IllegalStateException listing every problem when a value is not usable: the tool cannot
     *                               start with a broken configuration
     */
    public static ToolConfiguration read(Function<String, Optional<String>> properties) {
        Objects.requireNonNull(properties, "properties");
        List<String> problems = new ArrayList<>();
        Optional<URI> toolUrl = url(properties, "balint.lti.tool.url", DEFAULT_TOOL_URL, problems)
                .map(ToolConfiguration::withoutTrailingSlash);
        toolUrl.filter(u -> u.getRawPath() != null && !u.getRawPath().isEmpty() || u.getRawQuery() != null)
                .ifPresent(u -> problems.add("balint.lti.tool.url must be a base URL without path or query, e.g. "
                        + "https://balint.example.org; it is '" + u + "'."));
        String issuer = text(properties, "balint.lti.platform.issuer", DEFAULT_ISSUER, problems);
        String clientId = text(properties, "balint.lti.platform.client-id", DEFAULT_CLIENT_ID, problems);
        Set<String> deployments = Arrays.stream(text(properties, "balint.lti.platform.deployment-ids", "1", problems)
                        .split(","))
                .map(String::strip).filter(d -> !d.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (deployments.isEmpty()) {
            problems.add("balint.lti.platform.deployment-ids must name at least one deployment id (comma separated).");
        }
        Optional<URI> auth = url(properties, "balint.lti.platform.authorization-url", "http://localhost:9180/auth", problems);
        Optional<URI> token = url(properties, "balint.lti.platform.token-url", DEFAULT_ISSUER + "/token", problems);
        Optional<URI> jwks = url(properties, "balint.lti.platform.jwks-url",
                DEFAULT_ISSUER + "/.well-known/jwks.json", problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The LTI tool's configuration has " + problems.size() + " problem(s): "
                    + String.join(" ", problems));
        }
        return new ToolConfiguration(toolUrl.orElseThrow(), new PlatformRegistration(issuer, clientId,
                auth.orElseThrow(), token.orElseThrow(), jwks.orElseThrow(), deployments));
    }

    private static String text(Function<String, Optional<String>> properties, String name, String fallback,
            List<String> problems) {
        String value = properties.apply(name).map(String::strip).orElse(fallback);
        if (value.isEmpty()) {
            problems.add(name + " must not be blank.");
        }
        return value;
    }

    private static Optional<URI> url(Function<String, Optional<String>> properties, String name, String fallback,
            List<String> problems) {
        String value = text(properties, name, fallback, problems);
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.isAbsolute() && uri.getHost() != null && (scheme.equals("http") || scheme.equals("https"))) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(name + " must be an absolute http(s) URL; it is '" + value + "'.");
        return Optional.empty();
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }
}
