package org.balint.lti.protocol.login;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.platform.PlatformRegistry;

/**
 * Handles the platform's third-party login initiation (GET query or POST form, same parameters) and
 * answers with the OIDC authentication request to redirect the browser to. Built once; thread-safe.
 *
 * <p>Accepted parameters: {@code iss}, {@code login_hint}, {@code target_link_uri} (required),
 * {@code client_id}, {@code lti_message_hint}, {@code lti_deployment_id}, {@code lti_storage_target}
 * (optional); others (Canvas's {@code canvas_region}, {@code canvas_environment}) are ignored.
 */
public final class LoginInitiator {

    /** The longest {@code target_link_uri} a login keeps (what launch-state stores hold). */
    public static final int MAX_TARGET_LINK_URI = 2048;


    private static final int SECRET_BYTES = 32;

    private final PlatformRegistry registry;
    private final LaunchStateStore store;
    private final URI redirectUri;
    private final Duration loginLifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param registry      the platforms the tool is registered with
     * @param store         where the started login is kept until its launch
     * @param redirectUri   the tool's launch URL, exactly as registered with every platform
     * @param loginLifetime how long the user has to come back with the launch (e.g. five minutes)
     * @param clock         the time source
     */
    public LoginInitiator(PlatformRegistry registry, LaunchStateStore store, URI redirectUri,
            Duration loginLifetime, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.store = Objects.requireNonNull(store, "store");
        this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri");
        if (!isHttpUrl(redirectUri)) {
            throw new IllegalArgumentException("The redirect URI must be an absolute http(s) URL: " + redirectUri);
        }
        this.loginLifetime = Objects.requireNonNull(loginLifetime, "loginLifetime");
        if (loginLifetime.isNegative() || loginLifetime.isZero()) {
            throw new IllegalArgumentException("loginLifetime must be positive");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts a login from the request parameters (query or form; each name maps to every value sent).
     * On success a {@link PendingLogin} is stored; on refusal nothing is.
     */
    public LoginResult initiate(Map<String, List<String>> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            if (p.getValue().size() > 1) {
                return refuse(LoginRejection.Reason.PARAMETER_REPEATED, "The parameter '" + p.getKey()
                        + "' was sent " + p.getValue().size() + " times; a login initiation carries each parameter once.");
            }
        }
        Optional<String> issuer = single(parameters, "iss");
        if (issuer.isEmpty()) {
            return refuse(LoginRejection.Reason.ISSUER_MISSING,
                    "The login initiation has no 'iss'. Start the launch from the platform (course page), not by opening this address.");
        }
        Optional<String> loginHint = single(parameters, "login_hint");
        if (loginHint.isEmpty()) {
            return refuse(LoginRejection.Reason.LOGIN_HINT_MISSING,
                    "The login initiation has no 'login_hint'. Start the launch again from the platform.");
        }
        Optional<String> target = single(parameters, "target_link_uri");
        if (target.isEmpty()) {
            return refuse(LoginRejection.Reason.TARGET_LINK_URI_MISSING,
                    "The login initiation has no 'target_link_uri'. Check the tool's launch URL in the platform's tool settings.");
        }
        if (target.get().length() > MAX_TARGET_LINK_URI) {
            return refuse(LoginRejection.Reason.TARGET_LINK_URI_INVALID, "The 'target_link_uri' has "
                    + target.get().length() + " characters; a launch address of this tool has at most " + MAX_TARGET_LINK_URI
                    + ". Check the tool's launch URL in the platform's tool settings.");
        }
        Optional<URI> targetLinkUri = parseHttpUrl(target.get());
        if (targetLinkUri.isEmpty()) {
            return refuse(LoginRejection.Reason.TARGET_LINK_URI_INVALID,
                    "The 'target_link_uri' is not an absolute http(s) URL. Check the tool's launch URL in the platform's tool settings.");
        }
        if (!sameOrigin(targetLinkUri.get(), redirectUri)) {
            return refuse(LoginRejection.Reason.TARGET_LINK_URI_FOREIGN,
                    "The 'target_link_uri' points outside this tool (" + origin(targetLinkUri.get())
                            + "). Set the platform's launch URL to an address of this tool.");
        }
        Optional<String> clientId = single(parameters, "client_id");
        Optional<PlatformRegistration> registration;
        if (clientId.isPresent()) {
            registration = registry.find(issuer.get(), clientId.get());
        } else {
            List<PlatformRegistration> candidates = registry.findByIssuer(issuer.get());
            if (candidates.size() > 1) {
                return refuse(LoginRejection.Reason.CLIENT_ID_REQUIRED, "Several registrations share the issuer '"
                        + issuer.get() + "' and the login names no 'client_id'. Configure the platform to send its client_id.");
            }
            registration = candidates.stream().findFirst();
        }
        if (registration.isEmpty()) {
            return refuse(LoginRejection.Reason.PLATFORM_UNKNOWN, "This tool is not registered with the platform '"
                    + issuer.get() + "'" + clientId.map(c -> " for client_id '" + c + "'").orElse("")
                    + ". Ask the tool's administrator to add the registration.");
        }
        Optional<String> deploymentId = single(parameters, "lti_deployment_id");
        if (deploymentId.isPresent() && !registration.get().knowsDeployment(deploymentId.get())) {
            return refuse(LoginRejection.Reason.DEPLOYMENT_UNKNOWN, "The deployment '" + deploymentId.get()
                    + "' is not registered for this platform. Ask the tool's administrator to add it.");
        }
        return start(registration.get(), loginHint.get(), targetLinkUri.get(), deploymentId,
                single(parameters, "lti_message_hint"), single(parameters, "lti_storage_target"));
    }

    private LoginRedirect start(PlatformRegistration registration, String loginHint, URI targetLinkUri,
            Optional<String> deploymentId, Optional<String> messageHint, Optional<String> storageTarget) {
        Instant now = clock.instant();
        String state = secret();
        String nonce = secret();
        String browserBinding = secret();
        PendingLogin login = new PendingLogin(state, nonce, PendingLogin.hash(browserBinding), registration.issuer(),
                registration.clientId(), deploymentId, targetLinkUri, now, now.plus(loginLifetime));
        store.save(login);

        Map<String, String> query = new LinkedHashMap<>();
        query.put("scope", "openid");
        query.put("response_type", "id_token");
        query.put("response_mode", "form_post");
        query.put("prompt", "none");
        query.put("client_id", registration.clientId());
        query.put("redirect_uri", redirectUri.toString());
        query.put("login_hint", loginHint);
        query.put("state", state);
        query.put("nonce", nonce);
        messageHint.ifPresent(hint -> query.put("lti_message_hint", hint));
        String encoded = query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String endpoint = registration.authorizationEndpoint().toString();
        String separator = registration.authorizationEndpoint().getRawQuery() == null ? "?" : "&";
        return new LoginRedirect(URI.create(endpoint + separator + encoded), state, browserBinding,
                login.expiresAt(), storageTarget);
    }

    private String secret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static LoginRefused refuse(LoginRejection.Reason reason, String message) {
        return new LoginRefused(new LoginRejection(reason, message));
    }

    private static Optional<String> single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        // values are passed on exactly as sent (lti_message_hint is opaque); blank counts as absent
        return values.stream().findFirst().filter(v -> !v.isBlank());
    }

    private static Optional<URI> parseHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return isHttpUrl(uri) ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean isHttpUrl(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return uri.isAbsolute() && uri.getHost() != null && uri.getRawUserInfo() == null
                && (scheme.equals("https") || scheme.equals("http"));
    }

    private static boolean sameOrigin(URI a, URI b) {
        return origin(a).equals(origin(b));
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : (scheme.equals("https") ? 443 : 80);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
