package org.balint.lti.tool.registration;

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

/**
 * The platforms that may register the tool dynamically ({@code balint.registration.allowed-issuers}):
 * issuer origins ({@code https://moodle.example.edu}, {@code https://canvas.instructure.com}), comma
 * separated. Empty allows any platform: anyone who can reach the tool's registration start URL can
 * then make it register with a platform of their choosing, so production tools should name theirs.
 *
 * <p>An address is allowed when its origin (scheme, host and port; default ports left out) is one of
 * the listed origins; the path is not compared, so a Moodle in a sub-directory is named by its origin.
 */
public final class AllowedIssuers {

    /** The configuration property. */
    public static final String PROPERTY = "balint.registration.allowed-issuers";

    private final Set<String> origins;

    private AllowedIssuers(Set<String> origins) {
        this.origins = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(origins));
    }

    /** Any platform may register the tool. */
    public static AllowedIssuers any() {
        return new AllowedIssuers(Set.of());
    }

    /**
     * Only platforms of these origins may register the tool.
     *
     * @throws IllegalArgumentException when one is not an http(s) origin without path, query or fragment
     */
    public static AllowedIssuers of(List<String> origins) {
        Objects.requireNonNull(origins, "origins");
        List<String> problems = new ArrayList<>();
        Set<String> parsed = new LinkedHashSet<>();
        for (String origin : origins) {
            parse(origin).ifPresentOrElse(parsed::add, () -> problems.add(origin));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(PROPERTY + " lists origins such as https://moodle.example.edu "
                    + "(scheme, host and port only, comma separated); these are not: " + problems);
        }
        return new AllowedIssuers(parsed);
    }

    /**
     * Reads {@value #PROPERTY}; unset or blank allows any platform.
     *
     * @throws IllegalStateException when a listed value is not an origin: the tool does not start
     */
    public static AllowedIssuers read(Function<String, Optional<String>> properties) {
        List<String> listed = properties.apply(PROPERTY).map(value -> Arrays.stream(value.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()).orElse(List.of());
        try {
            return of(listed);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** True when every platform may register the tool. */
    public boolean allowsAny() {
        return origins.isEmpty();
    }

    /** The allowed origins, as written by {@link #origin(URI)}; empty when any is allowed. */
    public Set<String> origins() {
        return origins;
    }

    /** True when a platform at {@code address} (its issuer or its configuration URL) may register the tool. */
    public boolean allows(URI address) {
        Objects.requireNonNull(address, "address");
        return allowsAny() || origin(address).map(origins::contains).orElse(false);
    }

    /** The origin of an http(s) URL, lower-case, without the scheme's default port. */
    static Optional<String> origin(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        int port = uri.getPort();
        boolean defaultPort = port < 0 || scheme.equals("https") && port == 443 || scheme.equals("http") && port == 80;
        return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
    }

    private static Optional<String> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            if ((uri.getRawPath() != null && !uri.getRawPath().isEmpty()) || uri.getRawQuery() != null
                    || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return origin(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return allowsAny() ? "any platform" : String.join(", ", origins);
    }
}
