package org.balint.lti.protocol.registration;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.balint.lti.protocol.services.JsonShapeException;
import org.balint.lti.protocol.services.JsonValues;
import org.balint.lti.protocol.services.ServiceHttp;
import org.balint.lti.protocol.services.ServiceResponse;
import org.balint.lti.protocol.services.ServiceTransportException;

/**
 * The tool's side of LTI Dynamic Registration: reads the platform's OpenID configuration, registers
 * the tool, and reads back the client_id and deployment. Thread-safe.
 *
 * <p>Typical use, from the tool's registration start URL ({@code openid_configuration} and
 * {@code registration_token} are its query parameters):
 * <pre>{@code
 * PlatformConfiguration platform = registration.readConfiguration(configurationUrl, token);
 * RegisteredTool tool = registration.register(platform, token, description);
 * registry.register(tool.toPlatformRegistration());
 * }</pre>
 */
public final class DynamicRegistration {

    private final ServiceHttp http;

    /** @param http sends the requests */
    public DynamicRegistration(ServiceHttp http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * Reads and validates the platform's OpenID configuration from {@code configurationUrl}, sending
     * {@code registrationToken} as bearer token when there is one.
     *
     * @throws RegistrationFailed if the URL is not https (or loopback http), the configuration cannot
     *                            be read, is malformed, or names an issuer of another origin
     */
    public PlatformConfiguration readConfiguration(URI configurationUrl, Optional<String> registrationToken) {
        Objects.requireNonNull(registrationToken, "registrationToken");
        if (!configurationUrl.isAbsolute() || !Urls.secure(configurationUrl)) {
            throw new RegistrationFailed(RegistrationProblem.INSECURE_URL, "configuration URL " + configurationUrl);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(configurationUrl).header("Accept", "application/json").GET();
        registrationToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        ServiceResponse response;
        try {
            response = http.send(request);
        } catch (ServiceTransportException e) {
            throw new RegistrationFailed(e.kind() == ServiceTransportException.Kind.TOO_LARGE
                    ? RegistrationProblem.CONFIGURATION_MALFORMED : RegistrationProblem.CONFIGURATION_UNREACHABLE,
                    e.getMessage());
        }
        int status = response.status();
        if (status == 401 || status == 403) {
            throw new RegistrationFailed(RegistrationProblem.TOKEN_INVALID, "HTTP " + status + " from " + configurationUrl);
        }
        if (status >= 500) {
            throw new RegistrationFailed(RegistrationProblem.CONFIGURATION_UNREACHABLE, "HTTP " + status + " from " + configurationUrl);
        }
        if (!response.successful()) {
            throw new RegistrationFailed(RegistrationProblem.CONFIGURATION_REFUSED, "HTTP " + status + " from " + configurationUrl);
        }
        return ConfigurationReader.read(response.body(), configurationUrl);
    }

    /**
     * Posts the tool's registration to the platform's registration endpoint and reads the answer.
     *
     * @throws RegistrationFailed if the platform refuses (reason {@code registration-token-invalid} for
     *                            401/403, {@code registration-refused} otherwise), cannot be reached, or
     *                            answers without a client_id or a deployment
     */
    public RegisteredTool register(PlatformConfiguration platform, Optional<String> registrationToken,
            ToolDescription tool) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(registrationToken, "registrationToken");
        String body = JsonValues.write(ClientRegistration.of(tool, platform));
        HttpRequest.Builder request = HttpRequest.newBuilder(platform.registrationEndpoint())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        registrationToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        ServiceResponse response;
        try {
            response = http.send(request);
        } catch (ServiceTransportException e) {
            throw new RegistrationFailed(e.kind() == ServiceTransportException.Kind.TOO_LARGE
                    ? RegistrationProblem.RESPONSE_MALFORMED : RegistrationProblem.REGISTRATION_UNREACHABLE,
                    e.getMessage());
        }
        int status = response.status();
        if (status == 401 || status == 403) {
            throw new RegistrationFailed(RegistrationProblem.TOKEN_INVALID, "HTTP " + status + errorIn(response.body()));
        }
        if (!response.successful()) {
            throw new RegistrationFailed(RegistrationProblem.REGISTRATION_REFUSED, "HTTP " + status + errorIn(response.body()));
        }
        return registered(platform, response.body());
    }

    private static RegisteredTool registered(PlatformConfiguration platform, String body) {
        try {
            Map<String, Object> json = JsonValues.object(body);
            String clientId = JsonValues.text(json, "client_id");
            Map<String, Object> lti = JsonValues.member(json, ClientRegistration.TOOL_CONFIGURATION);
            Optional<String> deployment = JsonValues.optionalText(lti, "deployment_id");
            if (deployment.isEmpty()) {
                deployment = JsonValues.optionalText(json, "deployment_id");
            }
            if (deployment.isEmpty()) {
                throw new RegistrationFailed(RegistrationProblem.DEPLOYMENT_MISSING, "client_id " + clientId);
            }
            Set<String> scopes = JsonValues.optionalText(json, "scope")
                    .map(s -> (Set<String>) new HashSet<>(Arrays.asList(s.trim().split("\\s+"))))
                    .orElse(Set.of());
            return new RegisteredTool(platform, clientId, deployment.get(), scopes);
        } catch (JsonShapeException e) {
            throw new RegistrationFailed(RegistrationProblem.RESPONSE_MALFORMED, e.getMessage());
        }
    }

    private static String errorIn(String body) {
        try {
            Map<String, Object> json = JsonValues.object(body);
            for (String name : new String[] {"error_description", "errorMessage", "error", "message"}) {
                Optional<String> text = json.get(name) instanceof String ? JsonValues.optionalText(json, name) : Optional.empty();
                if (text.isPresent()) {
                    String message = text.get();
                    return ": " + (message.length() > 300 ? message.substring(0, 300) + "…" : message);
                }
            }
        } catch (JsonShapeException e) {
            // not JSON: the status alone
        }
        return "";
    }
}
