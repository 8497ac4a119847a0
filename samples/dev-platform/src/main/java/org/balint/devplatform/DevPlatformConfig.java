package org.balint.devplatform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a dev platform runs and which tool it launches: the tool's registration (login URL, redirect
 * URIs, target link and deep-linking URLs, JWKS URL, client_id, deployment_id), the platform's own
 * port, issuer and key file, token and hint lifetimes, tool-wide custom parameters, the roster and
 * the clock.
 *
 * <p>{@link #defaults()} describes the local Balint tool at {@code http://localhost:9080} (login
 * {@code /lti/login}, launch {@code /lti/launch}, JWKS {@code /lti/jwks}, dynamic registration
 * {@code /lti/register}) on any free port;
 * {@link #forTool(URI)} the same paths on another base URL. Every component can be replaced with a
 * {@code with…} method. The record only requires its components; {@link #problems()} lists everything
 * that would stop the platform from starting, and {@link DevPlatform#start} refuses such a
 * configuration.
 *
 * @param port                port to listen on at 127.0.0.1; 0 picks a free port
 * @param issuer              the {@code iss} of every token; empty means the platform's base URL
 * @param clientId            the client_id the tool is registered under
 * @param deploymentId        the deployment id sent in login initiations and tokens
 * @param toolLoginUrl        the tool's OIDC login initiation URL
 * @param redirectUris        the redirect URIs registered for the tool, matched exactly
 * @param targetLinkUri       where resource-link launches go
 * @param deepLinkUrl         where deep-linking requests go
 * @param toolJwksUrl         the tool's JWKS URL, for the services that verify the tool's signatures
 * @param keyFile             a JSON Web Key file holding the platform's RSA private key; created when
 *                            missing so the key survives restarts; empty means a fresh key per start
 * @param idTokenLifetime     how long an id_token is valid ({@code exp - iat})
 * @param messageHintLifetime how long a login initiation's {@code lti_message_hint} can be redeemed
 * @param jwksMaxAge          the {@code Cache-Control: max-age} of the JWKS
 * @param custom              tool-wide custom parameters; values like {@code $User.id} are substituted
 * @param roster              the people and courses that can be launched
 * @param clock               the source of time for tokens and hint expiry
 * @param toolRegistrationUrl the tool's LTI Dynamic Registration start URL, opened by the platform's
 *                            "Register a tool dynamically" page
 */
public record DevPlatformConfig(
        int port,
        Optional<URI> issuer,
        String clientId,
        String deploymentId,
        URI toolLoginUrl,
        List<URI> redirectUris,
        URI targetLinkUri,
        URI deepLinkUrl,
        URI toolJwksUrl,
        Optional<Path> keyFile,
        Duration idTokenLifetime,
        Duration messageHintLifetime,
        Duration jwksMaxAge,
        Map<String, String> custom,
        Roster roster,
        Clock clock,
        URI toolRegistrationUrl) {

    /** Where the local Balint tool runs by default. */
    public static final URI DEFAULT_TOOL = URI.create("http://localhost:9080");
    /** The client_id the local Balint tool is registered under by default. */
    public static final String DEFAULT_CLIENT_ID = "balint-dev-tool";
    /** The deployment id by default. */
    public static final String DEFAULT_DEPLOYMENT_ID = "1";

    private static final Pattern IDENTIFIER = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final Duration LONGEST_LIFETIME = Duration.ofDays(1);

    /** Requires every component and copies the lists and maps. */
    public DevPlatformConfig {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(deploymentId, "deploymentId");
        Objects.requireNonNull(toolLoginUrl, "toolLoginUrl");
        redirectUris = List.copyOf(Objects.requireNonNull(redirectUris, "redirectUris"));
        Objects.requireNonNull(targetLinkUri, "targetLinkUri");
        Objects.requireNonNull(deepLinkUrl, "deepLinkUrl");
        Objects.requireNonNull(toolJwksUrl, "toolJwksUrl");
        Objects.requireNonNull(keyFile, "keyFile");
        Objects.requireNonNull(idTokenLifetime, "idTokenLifetime");
        Objects.requireNonNull(messageHintLifetime, "messageHintLifetime");
        Objects.requireNonNull(jwksMaxAge, "jwksMaxAge");
        custom = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(custom, "custom")));
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(toolRegistrationUrl, "toolRegistrationUrl");
    }

    /** The local Balint tool at {@link #DEFAULT_TOOL}, any free port, the seeded roster. */
    public static DevPlatformConfig defaults() {
        return forTool(DEFAULT_TOOL);
    }

    /**
     * A tool at the given base URL with the Balint paths: login {@code /lti/login}, launch and
     * deep linking {@code /lti/launch} (also the only redirect URI), JWKS {@code /lti/jwks}, dynamic
     * registration start {@code /lti/register}.
     */
    public static DevPlatformConfig forTool(URI toolBase) {
        Objects.requireNonNull(toolBase, "toolBase");
        URI launch = toolBase.resolve("/lti/launch");
        return new DevPlatformConfig(0, Optional.empty(), DEFAULT_CLIENT_ID, DEFAULT_DEPLOYMENT_ID,
                toolBase.resolve("/lti/login"), List.of(launch), launch, launch, toolBase.resolve("/lti/jwks"),
                Optional.empty(), Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(5),
                Map.of(), Roster.seeded(), Clock.systemUTC(), toolBase.resolve("/lti/register"));
    }

    /** Everything that stops a platform with this configuration from starting; empty when fine. */
    public List<Violation> problems() {
        List<Violation> problems = new ArrayList<>();
        if (port < 0 || port > 65_535) {
            problems.add(new Violation("port-out-of-range",
                    "The port " + port + " is not between 0 and 65535; use 0 to pick a free port."));
        }
        issuer.ifPresent(iss -> {
            if (!isHttpUrl(iss) || iss.getRawQuery() != null || iss.getRawFragment() != null) {
                problems.add(new Violation("issuer-invalid",
                        "The issuer \"" + iss + "\" must be an http(s) URL without query or fragment."));
            }
        });
        checkIdentifier("client-id-invalid", "client_id", clientId, problems);
        checkIdentifier("deployment-id-invalid", "deployment_id", deploymentId, problems);
        checkToolUrl("tool-login-url", "tool login URL", toolLoginUrl, problems);
        if (redirectUris.isEmpty()) {
            problems.add(new Violation("redirect-uris-missing",
                    "No redirect URI is registered for the tool; register at least its launch URL."));
        }
        redirectUris.forEach(uri -> checkToolUrl("redirect-uri", "redirect URI", uri, problems));
        checkToolUrl("target-link-uri", "target link URI", targetLinkUri, problems);
        checkToolUrl("deep-link-url", "deep-linking URL", deepLinkUrl, problems);
        checkToolUrl("tool-jwks-url", "tool JWKS URL", toolJwksUrl, problems);
        checkToolUrl("tool-registration-url", "tool registration URL", toolRegistrationUrl, problems);
        checkLifetime("id-token-lifetime-invalid", "id_token lifetime", idTokenLifetime, problems);
        checkLifetime("message-hint-lifetime-invalid", "lti_message_hint lifetime", messageHintLifetime, problems);
        if (jwksMaxAge.isNegative() || jwksMaxAge.compareTo(LONGEST_LIFETIME) > 0) {
            problems.add(new Violation("jwks-max-age-invalid",
                    "The JWKS max-age " + jwksMaxAge + " must be between zero and one day."));
        }
        custom.keySet().forEach(name -> {
            if (name.isBlank()) {
                problems.add(new Violation("custom-parameter-name-blank", "A tool-wide custom parameter has no name."));
            }
        });
        problems.addAll(roster.problems());
        return List.copyOf(problems);
    }

    /** Whether a host name is a loopback name or address: localhost, 127.0.0.0/8 or ::1. */
    static boolean isLoopbackHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("::1") || LOOPBACK_V4.matcher(h).matches();
    }

    private static boolean isHttpUrl(URI uri) {
        return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                && uri.getHost() != null;
    }

    private static void checkToolUrl(String code, String what, URI uri, List<Violation> problems) {
        if (!isHttpUrl(uri) || uri.getRawFragment() != null) {
            problems.add(new Violation(code + "-invalid",
                    "The " + what + " \"" + uri + "\" must be an absolute http(s) URL without a fragment."));
        } else if (!isLoopbackHost(uri.getHost())) {
            problems.add(new Violation(code + "-not-loopback",
                    "The " + what + " \"" + uri + "\" is not on this machine; the dev platform only launches "
                            + "tools at localhost, 127.0.0.1 or ::1."));
        }
    }

    private static void checkIdentifier(String code, String what, String value, List<Violation> problems) {
        if (!IDENTIFIER.matcher(value).matches()) {
            problems.add(new Violation(code,
                    "The " + what + " \"" + value + "\" must be 1 to 255 visible ASCII characters without spaces."));
        }
    }

    private static void checkLifetime(String code, String what, Duration lifetime, List<Violation> problems) {
        if (lifetime.compareTo(Duration.ofSeconds(1)) < 0 || lifetime.compareTo(LONGEST_LIFETIME) > 0) {
            problems.add(new Violation(code,
                    "The " + what + " " + lifetime + " must be between one second and one day."));
        }
    }

    /** This configuration listening on the given port (0 for any free port). */
    public DevPlatformConfig withPort(int newPort) {
        return new DevPlatformConfig(newPort, issuer, clientId, deploymentId, toolLoginUrl, redirectUris,
                targetLinkUri, deepLinkUrl, toolJwksUrl, keyFile, idTokenLifetime, messageHintLifetime, jwksMaxAge,
                custom, roster, clock, toolRegistrationUrl);
    }

    /** This configuration with a fixed issuer instead of the base URL. */
    public DevPlatformConfig withIssuer(URI newIssuer) {
        return new DevPlatformConfig(port, Optional.of(newIssuer), clientId, deploymentId, toolLoginUrl,
                redirectUris, targetLinkUri, deepLinkUrl, toolJwksUrl, keyFile, idTokenLifetime, messageHintLifetime,
                jwksMaxAge, custom, roster, clock, toolRegistrationUrl);
    }

    /** This configuration with another client_id. */
    public DevPlatformConfig withClientId(String newClientId) {
        return new DevPlatformConfig(port, issuer, newClientId, deploymentId, toolLoginUrl, redirectUris,
                targetLinkUri, deepLinkUrl, toolJwksUrl, keyFile, idTokenLifetime, messageHintLifetime, jwksMaxAge,
                custom, roster, clock, toolRegistrationUrl);
    }

    /** This configuration with another deployment id. */
    public DevPlatformConfig withDeploymentId(String newDeploymentId) {
        return new DevPlatformConfig(port, issuer, clientId, newDeploymentId, toolLoginUrl, redirectUris,
                targetLinkUri, deepLinkUrl, toolJwksUrl, keyFile, idTokenLifetime, messageHintLifetime, jwksMaxAge,
                custom, roster, clock, toolRegistrationUrl);
    }

    /** This configuration with another tool login initiation URL. */
    public DevPlatformConfig withToolLoginUrl(URI newToolLoginUrl) {
        return new DevPlatformConfig(port, issuer, clientId, deploymentId, newToolLoginUrl, redirectUris,
                targetLinkUri, deepLinkUrl, toolJwksUrl, keyFile, idTokenLifetime, messageHintLifetime, jwksMaxAge,
                custom, roster, clock, toolRegistrationUrl);
    }

    /** This configuration with other registered redirect URIs. */
    public DevPlatformConfig withRedirectUris(List<URI> newRedirectUris) {
        return new DevPlatformConfig(port, issuer, clientId, deploymentId, toolLoginUrl, newRedirectUris,
                targetLinkUri, deepLinkUrl, toolJwksUrl, keyFile, idTokenLifetime, messageHintLifetime, jwksMaxAge,
                custom, roster, clock, toolRegistrationUrl);
    }

    /** This configuration with another target link URI for resource-link launches. */
    public DevPlatformConfig withTargetLinkUri(URI newTargetLinkUri) {
        return new DevPlatformConfig(port, issuer, clientId, deploymentId, toolLoginUrl, redirectUris,
                newTargetLinkUri, deepLinkUrl, toolJwksUrl, keyFile, idTokenLifetime, messageHintLifetime, jwksMaxAge,
                custom, roster, clock, toolRegistrationUrl);
    }

    /** This configuration with another deep-linking URL. */
    public DevPlatformConfig withDeepLinkUrl(URI newDeepLinkUrl) {
        return new DevPlatformConfig(port, issuer, clientId, deploymentId, toolLoginUrl, redirectUris,
                targetLinkUri, newDeepLinkUrl, toolJwksUrl, keyFile, idTokenLifetime, messageHintLifetime, jwksMaxAge,
                custom, roster, clock, toolRegistrationUrl);
    }

    /** This configuration with another tool JWKS URL. */
    public DevPlatformConfig withToolJwksUrl(URI newToolJwksUrl) {
        return new DevPlatformConfig(port, issuer, clientId, deploymentId, toolLoginUrl, redirectUris,
                targetLinkUri, deepLinkUrl, newToolJwksUrl, keyFile, idTokenLifetime, messageHintLifetime, jwksMaxAge,
                custom, roster, clock, toolRegistrationUrl);
    }

    /** This configuration keeping its signing key in the given JSON Web Key file. */
    public DevPlatformConfig withKeyFile(Path newKeyFile) {
        return new DevPlatformConfig(port, issuer, clientId, deploymentId, toolLoginUrl, redirectUris,
                targetLinkUri, deepLinkUrl, toolJwksUrl, Optional.of(newKeyFile), idTokenLifetime,
                messageHintLifetime, jwksMaxAge, custom, roster, clock, toolRegistrationUrl);
    }

    /** This configuration with another id_token lifetime. */
    public DevPlatformConfig withIdTokenLifetime(Duration newLifetime) {
        return new DevPlatformConfig(port, issuer, clientId, deploymentId, toolLoginUrl, redirectUris,
                targetLinkUri, deepLinkUrl, toolJwksUrl, keyFile, newLifetime, messageHintLifetime, jwksMaxAge,
                custom, roster, clock, toolRegistrationUrl);
    }

    /** This configuration with another lti_message_hint lifetime. */
    public DevPlatformConfig withMessageHintLifetime(Duration newLifetime) {
        return new DevPlatformConfig(port, issuer, clientId, deploymentId, toolLoginUrl, redirectUris,
                targetLinkUri, deepLinkUrl, toolJwksUrl, keyFile, idTokenLifetime, newLifetime, jwksMaxAge,
                custom, roster, clock, toolRegistrationUrl);
    }

    /** This configuration with another JWKS cache lifetime. */
    public DevPlatformConfig withJwksMaxAge(Duration newMaxAge) {
        return new DevPlatformConfig(port, issuer, clientId, deploymentId, toolLoginUrl, redirectUris,
                targetLinkUri, deepLinkUrl, toolJwksUrl, keyFile, idTokenLifetime, messageHintLifetime, newMaxAge,
                custom, roster, clock, toolRegistrationUrl);
    }

    /** This configuration with other tool-wide custom parameters. */
    public DevPlatformConfig withCustom(Map<String, String> newCustom) {
        return new DevPlatformConfig(port, issuer, clientId, deploymentId, toolLoginUrl, redirectUris,
                targetLinkUri, deepLinkUrl, toolJwksUrl, keyFile, idTokenLifetime, messageHintLifetime, jwksMaxAge,
                newCustom, roster, clock, toolRegistrationUrl);
    }

    /** This configuration with another roster. */
    public DevPlatformConfig withRoster(Roster newRoster) {
        return new DevPlatformConfig(port, issuer, clientId, deploymentId, toolLoginUrl, redirectUris,
                targetLinkUri, deepLinkUrl, toolJwksUrl, keyFile, idTokenLifetime, messageHintLifetime, jwksMaxAge,
                custom, newRoster, clock, toolRegistrationUrl);
    }

    /** This configuration with another clock. */
    public DevPlatformConfig withClock(Clock newClock) {
        return new DevPlatformConfig(port, issuer, clientId, deploymentId, toolLoginUrl, redirectUris,
                targetLinkUri, deepLinkUrl, toolJwksUrl, keyFile, idTokenLifetime, messageHintLifetime, jwksMaxAge,
                custom, roster, newClock, toolRegistrationUrl);
    }

    /** This configuration with another dynamic registration start URL of the tool. */
    public DevPlatformConfig withToolRegistrationUrl(URI newToolRegistrationUrl) {
        return new DevPlatformConfig(port, issuer, clientId, deploymentId, toolLoginUrl, redirectUris,
                targetLinkUri, deepLinkUrl, toolJwksUrl, keyFile, idTokenLifetime, messageHintLifetime, jwksMaxAge,
                custom, roster, clock, newToolRegistrationUrl);
    }
}
