package org.balint.devplatform;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Routes every request of the platform to its endpoint, by exact path and method, after refusing
 * requests that did not come through a loopback host name (a guard against DNS rebinding) and
 * requests that cannot be read within bounds.
 */
final class PlatformHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(PlatformHandler.class.getName());
    private static final Set<String> READ_ONLY = Set.of("GET", "HEAD");
    private static final Set<String> FORM_METHODS = Set.of("GET", "POST");
    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json";

    private final DevPlatformConfig config;
    private final Launches launches;
    private final Pages pages;
    private final DeepLinkReturns deepLinkReturns;
    private final RegistrationTokens registrationTokens;
    private final ToolClients clients;
    private final byte[] jwks;
    private final java.util.function.Supplier<byte[]> openIdConfiguration;
    private final SecureRandom random = new SecureRandom();

    PlatformHandler(DevPlatformConfig config, Launches launches, Pages pages, String jwksJson,
            java.util.function.Supplier<byte[]> openIdConfiguration, DeepLinkReturns deepLinkReturns, RegistrationTokens registrationTokens,
            ToolClients clients) {
        this.config = config;
        this.launches = launches;
        this.pages = pages;
        this.deepLinkReturns = deepLinkReturns;
        this.registrationTokens = registrationTokens;
        this.clients = clients;
        this.jwks = jwksJson.getBytes(StandardCharsets.UTF_8);
        this.openIdConfiguration = openIdConfiguration;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String nonce = cspNonce();
            if (!fromLoopbackHost(exchange)) {
                refuse(exchange, nonce, 400, "Not a loopback address",
                        "The dev platform only answers requests addressed to 127.0.0.1, localhost or ::1.",
                        List.of(new Violation("host-not-loopback",
                                "The Host header does not name this machine; open the platform at its base URL.")));
                return;
            }
            Inbound.Read read = Inbound.read(exchange);
            if (read instanceof Inbound.Unreadable) {
                Inbound.Unreadable unreadable = (Inbound.Unreadable) read;
                refuse(exchange, nonce, unreadable.status(), "The request cannot be read",
                        "The platform did not act on this request.", List.of(unreadable.violation()));
                return;
            }
            route(exchange, ((Inbound.Readable) read).request(), nonce);
        } catch (RuntimeException failure) {
            LOG.log(Level.ERROR, "The dev platform failed to answer " + exchange.getRequestURI().getPath(), failure);
            if (exchange.getResponseCode() == -1) {
                String nonce = cspNonce();
                refuse(exchange, nonce, 500, "The platform failed", "This is a fault of the dev platform, not of "
                        + "the request; its log has the details.", List.of(new Violation("platform-failure",
                        "The platform could not answer this request; try again, and report it if it persists.")));
            }
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, Inbound request, String nonce) throws IOException {
        switch (request.path()) {
            case PlatformUrls.HOME:
                if (allowed(exchange, request, READ_ONLY)) {
                    sendHtml(exchange, 200, pages.home(nonce), nonce);
                }
                break;
            case PlatformUrls.LAUNCH:
                if (allowed(exchange, request, FORM_METHODS)) {
                    launch(exchange, request, nonce);
                }
                break;
            case PlatformUrls.AUTHORIZATION:
                if (allowed(exchange, request, FORM_METHODS)) {
                    authorize(exchange, request, nonce);
                }
                break;
            case PlatformUrls.JWKS:
                if (allowed(exchange, request, READ_ONLY)) {
                    send(exchange, 200, JSON, jwks, Map.of("Cache-Control",
                            "public, max-age=" + config.jwksMaxAge().toSeconds()));
                }
                break;
            case PlatformUrls.OPENID_CONFIGURATION:
                if (allowed(exchange, request, READ_ONLY)) {
                    send(exchange, 200, JSON, openIdConfiguration.get(), Map.of("Cache-Control", "no-cache"));
                }
                break;
            case PlatformUrls.RELAY:
                if (allowed(exchange, request, Set.of("POST"))) {
                    relay(exchange, request, nonce);
                }
                break;
            case PlatformUrls.DEEP_LINKING_RETURN:
                if (allowed(exchange, request, Set.of("POST"))) {
                    deepLinkReturn(exchange, request, nonce);
                }
                break;
            case PlatformUrls.REGISTER_TOOL:
                if (allowed(exchange, request, READ_ONLY)) {
                    sendHtml(exchange, 200, pages.dynamicRegistration(nonce, registrationTokens.issue(),
                            clients.all()), nonce);
                }
                break;
            case PlatformUrls.RETURN:
                if (allowed(exchange, request, READ_ONLY)) {
                    sendHtml(exchange, 200, pages.returned(nonce, request.parameters()), nonce);
                }
                break;
            default:
                refuse(exchange, nonce, 404, "Not found", "The dev platform has no page at this address.",
                        List.of(new Violation("not-found", "Nothing lives at " + request.path()
                                + "; start from the launch page.")));
        }
    }

    private void launch(HttpExchange exchange, Inbound request, String nonce) throws IOException {
        List<Violation> problems = new ArrayList<>();
        Optional<String> addGroup = request.parameter("add_group").filter(id -> !id.isEmpty());
        Optional<String> person = addGroup.or(() -> request.parameter("as").filter(id -> !id.isEmpty()))
                .or(() -> request.parameter("person").filter(id -> !id.isEmpty()));
        if (person.isEmpty()) {
            problems.add(new Violation("person-missing", "Say who launches: send person (or as) with a person id."));
        }
        LaunchRequest.Message message = LaunchRequest.Message.RESOURCE_LINK;
        String messageName = addGroup.isPresent() ? "deep-linking" : request.parameter("message").orElse("resource-link");
        if ("deep-linking".equals(messageName)) {
            message = LaunchRequest.Message.DEEP_LINKING;
        } else if (!"resource-link".equals(messageName)) {
            problems.add(new Violation("message-unknown",
                    "The message must be resource-link or deep-linking, not \"" + messageName + "\"."));
        }
        LaunchRequest.Target target = LaunchRequest.Target.IFRAME;
        String targetName = request.parameter("target").orElse("iframe");
        if ("window".equals(targetName)) {
            target = LaunchRequest.Target.WINDOW;
        } else if (!"iframe".equals(targetName)) {
            problems.add(new Violation("target-unknown",
                    "The target must be iframe or window, not \"" + targetName + "\"."));
        }
        LoginInitiation.Method method = LoginInitiation.Method.POST;
        String methodName = request.parameter("login").orElse("post");
        if ("get".equals(methodName)) {
            method = LoginInitiation.Method.GET;
        } else if (!"post".equals(methodName)) {
            problems.add(new Violation("login-method-unknown",
                    "The login initiation must be post or get, not \"" + methodName + "\"."));
        }
        if (!problems.isEmpty()) {
            refuse(exchange, nonce, 400, "The launch cannot start", "Nothing was launched.", problems);
            return;
        }
        LaunchRequest launchRequest = new LaunchRequest(person.orElseThrow(),
                request.parameter("course").filter(id -> !id.isEmpty()),
                request.parameter("resource_link").filter(id -> !id.isEmpty()),
                message, target,
                request.parameter("withhold_name").isEmpty(),
                request.parameter("withhold_email").isEmpty(),
                request.parameter("no_storage").isEmpty(),
                method,
                request.parameter("block_cookies").isPresent());
        Optional<String> client = request.parameter("client").filter(id -> !id.isEmpty());
        LaunchStart start = client.isPresent() ? launches.begin(launchRequest, client.get())
                : launches.begin(launchRequest);
        if (start instanceof LaunchStart.Refused) {
            refuse(exchange, nonce, 400, "The launch cannot start", "Nothing was launched.",
                    ((LaunchStart.Refused) start).violations());
            return;
        }
        LoginInitiation initiation = ((LaunchStart.Started) start).initiation();
        if (initiation.method() == LoginInitiation.Method.GET) {
            send(exchange, 302, HTML, new byte[0], Map.of("Location", initiation.uri().toString(),
                    "Cache-Control", "no-store"));
        } else {
            sendHtml(exchange, 200, pages.autoSubmit(nonce, "Opening the tool", "POST", initiation.toolLoginUrl(),
                    initiation.parameters()), nonce);
        }
    }

    private void deepLinkReturn(HttpExchange exchange, Inbound request, String nonce) throws IOException {
        DeepLinkReturns.Outcome outcome = deepLinkReturns.accept(request.parameters());
        if (outcome instanceof DeepLinkReturns.Outcome.Refused refused) {
            LOG.log(Level.DEBUG, () -> "Refused a deep-linking response: " + refused.violations());
            refuse(exchange, nonce, 400, "The platform refused the tool's deep-linking response",
                    "Nothing was added to the course, because the response breaks these rules:", refused.violations());
            return;
        }
        sendHtml(exchange, 200, pages.deepLinked(nonce, (DeepLinkReturns.Outcome.Placed) outcome), nonce);
    }

    private void authorize(HttpExchange exchange, Inbound request, String nonce) throws IOException {
        Launches.Authorization answer = launches.authorize(request.parameters());
        if (answer instanceof Launches.Authorization.Refused) {
            List<Violation> violations = ((Launches.Authorization.Refused) answer).violations();
            LOG.log(Level.DEBUG, () -> "Refused an authentication request: " + violations);
            refuse(exchange, nonce, 400, "The platform refused the tool's sign-in request",
                    "The tool's OpenID Connect authentication request breaks these rules, so no id_token was issued:",
                    violations);
            return;
        }
        Launches.Authorization.Issued issued = (Launches.Authorization.Issued) answer;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_token", issued.idToken());
        issued.state().ifPresent(state -> fields.put("state", state));
        issued.storageTarget().ifPresent(target -> fields.put("lti_storage_target", target));
        if (issued.cookiesBlocked()) {
            fields.put("redirect_uri", issued.redirectUri().toString());
            sendHtml(exchange, 200, pages.autoSubmit(nonce, "Signing in to the tool", "POST",
                    pages.relayBeside(issued.redirectUri()), fields), nonce);
            return;
        }
        sendHtml(exchange, 200, pages.autoSubmit(nonce, "Signing in to the tool", "POST", issued.redirectUri(), fields),
                nonce);
    }

    /**
     * Posts a launch on to the tool from this (other) host name, for launches that simulate blocked
     * third-party cookies; only to a registered redirect URI.
     */
    private void relay(HttpExchange exchange, Inbound request, String nonce) throws IOException {
        Optional<String> redirectUri = request.parameter("redirect_uri");
        if (redirectUri.isEmpty() || config.redirectUris().stream().map(URI::toString).noneMatch(redirectUri.get()::equals)) {
            refuse(exchange, nonce, 400, "The launch cannot be relayed", "Nothing was sent to the tool.",
                    List.of(new Violation("redirect-uri-not-registered",
                            "The relay only posts to a redirect URI registered for the tool; start a new launch.")));
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : List.of("id_token", "state", "lti_storage_target")) {
            request.parameter(name).ifPresent(value -> fields.put(name, value));
        }
        sendHtml(exchange, 200, pages.autoSubmit(nonce, "Signing in to the tool", "POST",
                URI.create(redirectUri.get()), fields), nonce);
    }

    private boolean allowed(HttpExchange exchange, Inbound request, Set<String> methods) throws IOException {
        if (methods.contains(request.method())) {
            return true;
        }
        String allow = String.join(", ", methods.stream().sorted().toList());
        String nonce = cspNonce();
        String page = pages.refused(nonce, "Method not allowed", "The platform did not act on this request.",
                List.of(new Violation("method-not-allowed", request.path() + " answers " + allow + ", not "
                        + request.method() + ".")));
        sendHtml(exchange, 405, page, nonce, Map.of("Allow", allow));
        return false;
    }

    private void refuse(HttpExchange exchange, String nonce, int status, String title, String explanation,
            List<Violation> violations) throws IOException {
        sendHtml(exchange, status, pages.refused(nonce, title, explanation, violations), nonce);
    }

    private void sendHtml(HttpExchange exchange, int status, String html, String nonce) throws IOException {
        sendHtml(exchange, status, html, nonce, Map.of());
    }

    private void sendHtml(HttpExchange exchange, int status, String html, String nonce, Map<String, String> extra)
            throws IOException {
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("Content-Security-Policy", pages.contentSecurityPolicy(nonce));
        headers.put("Cache-Control", "no-store");
        headers.put("Referrer-Policy", "no-referrer");
        send(exchange, status, HTML, html.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body,
            Map<String, String> headers) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        headers.forEach(exchange.getResponseHeaders()::set);
        boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static boolean fromLoopbackHost(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || host.isBlank()) {
            return false;
        }
        String name = host.strip();
        if (name.startsWith("[")) {
            int close = name.indexOf(']');
            name = close < 0 ? name : name.substring(0, close + 1);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        return DevPlatformConfig.isLoopbackHost(name.toLowerCase(Locale.ROOT));
    }

    private String cspNonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The platform's OpenID configuration, shaped as LTI Dynamic Registration 1.0 section 3.4 expects. */
    static String openIdConfigurationJson(URI issuer, PlatformUrls urls, String version) {
        Map<String, Object> platform = new LinkedHashMap<>();
        platform.put("product_family_code", IdTokenClaims.PRODUCT_FAMILY_CODE);
        platform.put("version", version);
        platform.put("messages_supported", List.of(
                Map.of("type", LtiVocabulary.RESOURCE_LINK_REQUEST),
                Map.of("type", LtiVocabulary.DEEP_LINKING_REQUEST, "placements", List.of("ContentArea"))));
        platform.put("variables", IdTokenClaims.VARIABLES);

        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("issuer", issuer.toString());
        configuration.put("authorization_endpoint", urls.authorization().toString());
        configuration.put("token_endpoint", urls.token().toString());
        configuration.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
        configuration.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS256"));
        configuration.put("jwks_uri", urls.jwks().toString());
        configuration.put("registration_endpoint", urls.registration().toString());
        configuration.put("scopes_supported", List.of("openid", LtiVocabulary.SCOPE_LINE_ITEM,
                LtiVocabulary.SCOPE_LINE_ITEM_READ_ONLY, LtiVocabulary.SCOPE_RESULT_READ_ONLY,
                LtiVocabulary.SCOPE_SCORE, LtiVocabulary.SCOPE_MEMBERSHIP_READ_ONLY));
        configuration.put("response_types_supported", List.of("id_token"));
        configuration.put("subject_types_supported", List.of("public"));
        configuration.put("id_token_signing_alg_values_supported", List.of("RS256"));
        configuration.put("claims_supported", List.of("sub", "iss", "name", "given_name", "family_name", "email"));
        configuration.put(LtiVocabulary.PLATFORM_CONFIGURATION, platform);
        return JSONObjectUtils.toJSONString(configuration);
    }
}
