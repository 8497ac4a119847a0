package org.balint.lti.tool.admin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.balint.lti.protocol.platform.CanvasEnvironment;
import org.balint.lti.protocol.platform.PlatformPresets;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.store.RegistrationDetails;
import org.balint.lti.tool.config.ToolKeySettings;

/**
 * Checks every field of a {@link RegistrationInput} and, if all are usable, turns it into the
 * registration to store, filling in the endpoints of a preset. Every problem is reported at once.
 *
 * <p>URLs must be absolute, without user info or fragment, and https; plain http is accepted only for
 * loopback hosts (a platform on the same machine, such as the dev platform). Issuer, client_id,
 * label and deployment ids have 1 to 255 characters without control characters or surrounding spaces.
 */
public final class RegistrationForm {

    /** The outcome: the registration to store, or every problem found. */
    public record Checked(Optional<RegistrationDetails> details, List<String> problems) {

        /** Validates the arguments: exactly one of details and problems. */
        public Checked {
            problems = List.copyOf(problems);
            if (details.isPresent() == !problems.isEmpty()) {
                throw new IllegalArgumentException("Either details or problems");
            }
        }
    }

    private static final Map<String, CanvasEnvironment> ENVIRONMENTS = Map.of(
            "production", CanvasEnvironment.PRODUCTION,
            "beta", CanvasEnvironment.BETA,
            "test", CanvasEnvironment.TEST);

    private final List<String> problems = new ArrayList<>();

    private RegistrationForm() {
    }

    /** Checks {@code input}. */
    public static Checked check(RegistrationInput input) {
        return new RegistrationForm().read(input);
    }

    private Checked read(RegistrationInput in) {
        String preset = Optional.ofNullable(in.preset).map(String::strip).filter(p -> !p.isEmpty()).orElse("custom");
        Optional<String> clientId = identifier("clientId", in.clientId);
        Set<String> deployments = deploymentIds(in.deploymentIds);
        Optional<String> tokenAudience = Optional.ofNullable(in.tokenAudience).filter(a -> !a.isBlank());
        tokenAudience.filter(a -> a.length() > RegistrationDetails.MAX_URL_LENGTH)
                .ifPresent(a -> problems.add("tokenAudience is longer than " + RegistrationDetails.MAX_URL_LENGTH + " characters."));
        Optional<String> label = Optional.ofNullable(in.label).filter(l -> !l.isBlank());
        label.ifPresent(l -> identifier("label", l));

        Optional<PlatformRegistration> registration = Optional.empty();
        String storedPreset = preset;
        switch (preset) {
            case "custom": {
                notAllowed(preset, "siteUrl", in.siteUrl);
                notAllowed(preset, "environment", in.environment);
                Optional<URI> issuer = url("issuer", in.issuer);
                issuer.ifPresent(i -> identifier("issuer", in.issuer));
                Optional<URI> auth = url("authorizationUrl", in.authorizationUrl);
                Optional<URI> token = url("tokenUrl", in.tokenUrl);
                Optional<URI> jwks = url("jwksUrl", in.jwksUrl);
                if (problems.isEmpty()) {
                    registration = Optional.of(new PlatformRegistration(in.issuer, clientId.orElseThrow(),
                            auth.orElseThrow(), token.orElseThrow(), jwks.orElseThrow(), deployments));
                }
                break;
            }
            case "moodle": {
                onlyPresetFields(preset, in);
                notAllowed(preset, "environment", in.environment);
                notAllowed(preset, "issuer", in.issuer);
                Optional<URI> site = siteUrl(in.siteUrl);
                if (problems.isEmpty()) {
                    registration = Optional.of(PlatformPresets.moodle(site.orElseThrow(), clientId.orElseThrow(), deployments));
                }
                break;
            }
            case "canvas": {
                onlyPresetFields(preset, in);
                notAllowed(preset, "siteUrl", in.siteUrl);
                notAllowed(preset, "issuer", in.issuer);
                String name = Optional.ofNullable(in.environment).map(e -> e.strip().toLowerCase(Locale.ROOT)).orElse("");
                CanvasEnvironment environment = ENVIRONMENTS.get(name);
                if (environment == null) {
                    problems.add("environment must be production, beta or test for the canvas preset"
                            + (name.isEmpty() ? "." : "; it is '" + in.environment + "'."));
                }
                storedPreset = "canvas-" + name;
                if (problems.isEmpty()) {
                    registration = Optional.of(PlatformPresets.canvas(environment, clientId.orElseThrow(), deployments));
                }
                break;
            }
            case "canvas-self-hosted": {
                onlyPresetFields(preset, in);
                notAllowed(preset, "environment", in.environment);
                Optional<URI> site = siteUrl(in.siteUrl);
                String issuerText = Optional.ofNullable(in.issuer).orElse(CanvasEnvironment.PRODUCTION.issuer());
                Optional<URI> issuer = url("issuer", issuerText);
                issuer.ifPresent(i -> identifier("issuer", issuerText));
                if (problems.isEmpty()) {
                    registration = Optional.of(PlatformPresets.canvasSelfHosted(issuerText, site.orElseThrow(),
                            clientId.orElseThrow(), deployments));
                }
                break;
            }
            default:
                problems.add("preset must be custom, moodle, canvas or canvas-self-hosted; it is '" + preset + "'.");
        }
        if (registration.isPresent()) {
            PlatformRegistration r = registration.get();
            if (r.issuer().length() > RegistrationDetails.MAX_IDENTIFIER_LENGTH) {
                problems.add("The issuer derived from siteUrl is longer than " + RegistrationDetails.MAX_IDENTIFIER_LENGTH
                        + " characters.");
            }
            for (URI endpoint : List.of(r.authorizationEndpoint(), r.tokenEndpoint(), r.jwksUri())) {
                if (endpoint.toString().length() > RegistrationDetails.MAX_URL_LENGTH) {
                    problems.add("The endpoint " + endpoint + " is longer than " + RegistrationDetails.MAX_URL_LENGTH
                            + " characters.");
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(Optional.empty(), problems);
        }
        PlatformRegistration r = registration.orElseThrow();
        String name = label.orElseGet(() -> defaultLabel(r, preset, in.environment));
        return new Checked(Optional.of(new RegistrationDetails(r, tokenAudience, name, storedPreset)), List.of());
    }

    private static String defaultLabel(PlatformRegistration registration, String preset, String environment) {
        String label;
        switch (preset) {
            case "moodle":
                label = "Moodle at " + registration.issuer().replaceFirst("^https?://", "");
                break;
            case "canvas":
                label = "Canvas " + environment.strip().toLowerCase(Locale.ROOT) + ", client " + registration.clientId();
                break;
            case "canvas-self-hosted":
                label = "Canvas at " + registration.authorizationEndpoint().getHost() + ", client " + registration.clientId();
                break;
            default:
                label = registration.issuer() + ", client " + registration.clientId();
        }
        return label.length() > RegistrationDetails.MAX_IDENTIFIER_LENGTH
                ? label.substring(0, RegistrationDetails.MAX_IDENTIFIER_LENGTH) : label;
    }

    private void onlyPresetFields(String preset, RegistrationInput in) {
        notAllowed(preset, "authorizationUrl", in.authorizationUrl);
        notAllowed(preset, "tokenUrl", in.tokenUrl);
        notAllowed(preset, "jwksUrl", in.jwksUrl);
    }

    private void notAllowed(String preset, String field, String value) {
        if (value != null) {
            problems.add(field + " does not apply to the " + preset + " preset, which derives it; leave it out.");
        }
    }

    private Optional<String> identifier(String field, String value) {
        if (value == null || value.isEmpty()) {
            problems.add(field + " is required.");
            return Optional.empty();
        }
        if (value.length() > RegistrationDetails.MAX_IDENTIFIER_LENGTH) {
            problems.add(field + " is longer than " + RegistrationDetails.MAX_IDENTIFIER_LENGTH + " characters.");
            return Optional.empty();
        }
        if (!value.strip().equals(value) || value.chars().anyMatch(Character::isISOControl)) {
            problems.add(field + " must not start or end with spaces or contain control characters.");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Set<String> deploymentIds(List<String> ids) {
        Set<String> accepted = new LinkedHashSet<>();
        if (ids == null || ids.isEmpty()) {
            problems.add("deploymentIds must list at least one deployment id.");
            return accepted;
        }
        for (String id : ids) {
            Optional<String> checked = identifier("Each deployment id", id);
            if (checked.isPresent() && !accepted.add(id)) {
                problems.add("deploymentIds lists '" + id + "' twice.");
            }
        }
        return accepted;
    }

    private Optional<URI> siteUrl(String value) {
        Optional<URI> site = url("siteUrl", value);
        if (site.isPresent() && (site.get().getRawQuery() != null)) {
            problems.add("siteUrl must be the site's address without a query, e.g. https://moodle.example.edu.");
            return Optional.empty();
        }
        return site;
    }

    /** A usable URL: absolute, https (http only on a loopback host), no user info or fragment. */
    private Optional<URI> url(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is required.");
            return Optional.empty();
        }
        if (value.length() > RegistrationDetails.MAX_URL_LENGTH) {
            problems.add(field + " is longer than " + RegistrationDetails.MAX_URL_LENGTH + " characters.");
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            problems.add(field + " is not a URL: '" + value + "'.");
            return Optional.empty();
        }
        String scheme = Optional.ofNullable(uri.getScheme()).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            problems.add(field + " must be an absolute https URL with a host; it is '" + value + "'.");
            return Optional.empty();
        }
        if (scheme.equals("http") && !ToolKeySettings.isLoopbackHost(uri.getHost())) {
            problems.add(field + " must use https; plain http is only accepted for a platform on this machine "
                    + "(localhost, 127.0.0.1, ::1). It is '" + value + "'.");
            return Optional.empty();
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            problems.add(field + " must not contain user info or a fragment (#); it is '" + value + "'.");
            return Optional.empty();
        }
        return Optional.of(uri);
    }
}
