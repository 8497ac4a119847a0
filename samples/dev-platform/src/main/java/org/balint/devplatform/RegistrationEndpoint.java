package org.balint.devplatform;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The platform's side of LTI Dynamic Registration 1.0 ({@code POST /register}): takes the tool's
 * OpenID client registration with a one-time {@code registration_token} as bearer, checks it (web
 * application, {@code id_token} response type, implicit and client_credentials grants,
 * {@code private_key_jwt}, loopback login, redirect and JWKS URLs, the LTI tool configuration),
 * assigns a client_id and a deployment id, registers the tool and answers the registration with the
 * {@code lti-tool-configuration} including {@code deployment_id}, in Moodle 4.5's shape. The tool is
 * granted the service scopes it asked for that the platform offers.
 */
final class RegistrationEndpoint extends JsonEndpoint {

    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final Set<String> MESSAGE_TYPES =
            Set.of(LtiVocabulary.RESOURCE_LINK_REQUEST, LtiVocabulary.DEEP_LINKING_REQUEST);

    private final RegistrationTokens registrationTokens;
    private final ToolClients clients;
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger deployments;

    RegistrationEndpoint(RegistrationTokens registrationTokens, ToolClients clients) {
        this.registrationTokens = registrationTokens;
        this.clients = clients;
        this.deployments = new AtomicInteger(1);
    }

    @Override
    void serve(HttpExchange exchange) throws IOException {
        if (!PlatformUrls.REGISTRATION.equals(exchange.getRequestURI().getPath())) {
            throw new Refusal(404, "not-found", "Nothing lives at " + exchange.getRequestURI().getPath() + ".");
        }
        requireMethod(exchange, Set.of("POST"));
        String token = bearerToken(exchange);
        if (!registrationTokens.valid(token)) {
            throw new Refusal(401, "registration-token-invalid", "The registration_token is unknown, used or expired; "
                    + "start the registration again from the platform.", Optional.of("invalid_token"),
                    Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        }
        Map<String, Object> request = jsonBody(exchange, Set.of(JSON));
        Registration registration = check(request);
        if (clients.full()) {
            throw Refusal.oauth(507, "server_error", "registrations-full", "The platform holds "
                    + ToolClients.CAPACITY + " tools already; restart it to start afresh.");
        }
        if (!registrationTokens.redeem(token)) {
            throw new Refusal(401, "registration-token-invalid", "The registration_token was used meanwhile; start "
                    + "the registration again.", Optional.of("invalid_token"), Map.of());
        }
        ToolClient client = new ToolClient(clientId(), nextDeploymentId(), registration.name(), registration.jwksUri(),
                registration.loginUri(), registration.redirectUris(), registration.targetLinkUri(),
                registration.scopes(), registration.custom(), registration.claims());
        if (!clients.add(client)) {
            throw Refusal.oauth(507, "server_error", "registrations-full", "The platform cannot register more tools.");
        }
        sendJson(exchange, 200, JSON, answer(client, registration), Map.of());
    }

    private record Registration(String name, URI loginUri, List<URI> redirectUris, URI jwksUri, URI targetLinkUri,
            String domain, Set<String> scopes, Map<String, String> custom, List<String> claims,
            List<Map<String, Object>> messages, Optional<String> logoUri, Optional<String> description) {
    }

    @SuppressWarnings("unchecked")
    private static Registration check(Map<String, Object> request) {
        Fields.text(request, "application_type", 32).filter(type -> !"web".equals(type)).ifPresent(type -> {
            throw metadata("application-type-not-web", "The application_type must be web.");
        });
        if (!strings(request, "response_types").contains("id_token")) {
            throw metadata("response-types-without-id-token", "The response_types must include id_token.");
        }
        List<String> grants = strings(request, "grant_types");
        if (!grants.contains("implicit") || !grants.contains("client_credentials")) {
            throw metadata("grant-types-incomplete", "The grant_types must include implicit and client_credentials.");
        }
        if (!"private_key_jwt".equals(Fields.text(request, "token_endpoint_auth_method", 64).orElse(""))) {
            throw metadata("token-endpoint-auth-method-unsupported",
                    "The token_endpoint_auth_method must be private_key_jwt.");
        }
        String name = Fields.requiredText(request, "client_name", 255);
        URI login = url(Fields.requiredText(request, "initiate_login_uri", 2_048), "initiate_login_uri",
                "invalid_client_metadata");
        List<String> redirects = strings(request, "redirect_uris");
        if (redirects.isEmpty() || redirects.size() > 20) {
            throw Refusal.oauth(400, "invalid_redirect_uri", "redirect-uris-missing",
                    "Send 1 to 20 redirect_uris.");
        }
        List<URI> redirectUris = new ArrayList<>();
        redirects.forEach(uri -> redirectUris.add(url(uri, "redirect_uris", "invalid_redirect_uri")));
        URI jwks = url(Fields.requiredText(request, "jwks_uri", 2_048), "jwks_uri", "invalid_client_metadata");
        Set<String> scopes = new LinkedHashSet<>();
        Arrays.stream(Fields.text(request, "scope", 4_096).orElse("").split("\\s+"))
                .filter(LtiVocabulary.SERVICE_SCOPES::contains).forEach(scopes::add);

        Object rawConfiguration = request.get(LtiVocabulary.TOOL_CONFIGURATION);
        if (!(rawConfiguration instanceof Map<?, ?>)) {
            throw metadata("tool-configuration-missing", "The registration needs the object "
                    + LtiVocabulary.TOOL_CONFIGURATION + ".");
        }
        Map<String, Object> configuration = (Map<String, Object>) rawConfiguration;
        String domain = Fields.requiredText(configuration, "domain", 255);
        URI target = url(Fields.requiredText(configuration, "target_link_uri", 2_048), "target_link_uri",
                "invalid_client_metadata");
        Map<String, String> custom = new LinkedHashMap<>();
        Object rawCustom = configuration.get("custom_parameters");
        if (rawCustom instanceof Map<?, ?> map && map.size() <= 50) {
            map.forEach((key, value) -> {
                if (!(value instanceof String text) || text.length() > Fields.MAX_TEXT) {
                    throw metadata("custom-parameters-invalid", "The custom_parameters must be strings.");
                }
                custom.put(String.valueOf(key), text);
            });
        } else if (rawCustom != null) {
            throw metadata("custom-parameters-invalid", "The custom_parameters must be an object of at most 50 strings.");
        }
        List<String> claims = strings(configuration, "claims");
        List<Map<String, Object>> messages = new ArrayList<>();
        Object rawMessages = configuration.get("messages");
        if (rawMessages instanceof List<?> list && list.size() <= 20) {
            for (Object message : list) {
                if (!(message instanceof Map<?, ?> map) || !MESSAGE_TYPES.contains(map.get("type"))) {
                    throw metadata("message-type-unsupported", "Each message must be an object whose type is one of "
                            + MESSAGE_TYPES.stream().sorted().toList() + ".");
                }
                messages.add((Map<String, Object>) map);
            }
        } else if (rawMessages != null) {
            throw metadata("messages-invalid", "The messages must be an array of at most 20 objects.");
        }
        return new Registration(name, login, redirectUris, jwks, target, domain, scopes, custom, claims, messages,
                Fields.text(request, "logo_uri", 2_048), Fields.text(configuration, "description", Fields.MAX_TEXT));
    }

    private static Map<String, Object> answer(ToolClient client, Registration registration) {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("version", LtiVocabulary.LTI_VERSION);
        configuration.put("deployment_id", client.deploymentId());
        configuration.put("target_link_uri", registration.targetLinkUri().toString());
        configuration.put("domain", registration.domain());
        configuration.put("description", registration.description().orElse(""));
        configuration.put("messages", registration.messages());
        configuration.put("custom_parameters", registration.custom());
        configuration.put("claims", registration.claims());

        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("client_id", client.clientId());
        answer.put("response_types", List.of("id_token"));
        answer.put("jwks_uri", client.jwksUri().toString());
        answer.put("initiate_login_uri", client.initiateLoginUri().toString());
        answer.put("grant_types", List.of("client_credentials", "implicit"));
        answer.put("redirect_uris", client.redirectUris().stream().map(URI::toString).toList());
        answer.put("application_type", "web");
        answer.put("token_endpoint_auth_method", "private_key_jwt");
        answer.put("client_name", client.name());
        answer.put("logo_uri", registration.logoUri().orElse(""));
        answer.put("scope", String.join(" ", registration.scopes()));
        answer.put(LtiVocabulary.TOOL_CONFIGURATION, configuration);
        return answer;
    }

    private static String bearerToken(HttpExchange exchange) {
        String header = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            throw new Refusal(401, "registration-token-missing", "Send the registration_token from the registration "
                    + "start URL as \"Authorization: Bearer <registration_token>\".", Optional.of("invalid_token"),
                    Map.of("WWW-Authenticate", "Bearer"));
        }
        return header.substring(7).strip();
    }

    private static List<String> strings(Map<String, Object> json, String name) {
        Object value = json.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.size() > 50 || !list.stream().allMatch(String.class::isInstance)) {
            throw metadata(name.replace('_', '-') + "-invalid", "The " + name + " must be an array of strings.");
        }
        return list.stream().map(String.class::cast).toList();
    }

    private static URI url(String value, String name, String error) {
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && DevPlatformConfig.isLoopbackHost(uri.getHost())
                    && uri.getRawFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException malformed) {
            // refused below
        }
        throw Refusal.oauth(400, error, name.replace('_', '-') + "-invalid", "The " + name + " \"" + value
                + "\" must be an absolute http(s) URL on this machine without fragment.");
    }

    private static Refusal metadata(String code, String message) {
        return Refusal.oauth(400, "invalid_client_metadata", code, message);
    }

    private String clientId() {
        StringBuilder id = new StringBuilder(15);
        for (int i = 0; i < 15; i++) {
            id.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return id.toString();
    }

    private String nextDeploymentId() {
        return "dynamic-" + deployments.incrementAndGet();
    }
}
