package org.balint.lti.protocol.registration;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.lti.protocol.services.JsonShapeException;
import org.balint.lti.protocol.services.JsonValues;
import org.balint.lti.protocol.services.LinkHeader;

/** Reads and validates an OpenID configuration against the URL it came from. */
final class ConfigurationReader {

    static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    private ConfigurationReader() {
    }

    static PlatformConfiguration read(String body, URI configurationUrl) {
        Map<String, Object> json;
        String issuer;
        try {
            json = JsonValues.object(body);
            issuer = JsonValues.text(json, "issuer");
        } catch (JsonShapeException e) {
            throw new RegistrationFailed(RegistrationProblem.CONFIGURATION_MALFORMED, e.getMessage());
        }
        URI issuerUrl;
        try {
            issuerUrl = JsonValues.httpUrl(issuer, "issuer");
        } catch (JsonShapeException e) {
            throw new RegistrationFailed(RegistrationProblem.ISSUER_MISMATCH, e.getMessage());
        }
        if (!Urls.secure(issuerUrl) || !LinkHeader.sameOrigin(issuerUrl, configurationUrl)) {
            throw new RegistrationFailed(RegistrationProblem.ISSUER_MISMATCH,
                    "issuer " + issuer + ", configuration from " + configurationUrl);
        }
        try {
            requireListed(json, "token_endpoint_auth_methods_supported", "private_key_jwt");
            requireListed(json, "id_token_signing_alg_values_supported", "RS256");
            Map<String, Object> lti = JsonValues.member(json, PLATFORM_CONFIGURATION);
            List<SupportedMessage> messages = new ArrayList<>();
            if (lti.containsKey("messages_supported")) {
                for (Map<String, Object> message : JsonValues.objects(lti, "messages_supported")) {
                    messages.add(new SupportedMessage(JsonValues.text(message, "type"), JsonValues.texts(message, "placements")));
                }
            }
            URI registrationEndpoint = JsonValues.url(json, "registration_endpoint");
            if (!Urls.secure(registrationEndpoint)) {
                throw new RegistrationFailed(RegistrationProblem.INSECURE_URL, "registration endpoint " + registrationEndpoint);
            }
            return new PlatformConfiguration(issuer, JsonValues.url(json, "authorization_endpoint"),
                    JsonValues.url(json, "token_endpoint"), JsonValues.url(json, "jwks_uri"), registrationEndpoint,
                    JsonValues.optionalText(json, "authorization_server"),
                    new HashSet<>(JsonValues.texts(json, "scopes_supported")),
                    JsonValues.text(lti, "product_family_code"), messages);
        } catch (JsonShapeException e) {
            throw new RegistrationFailed(RegistrationProblem.CONFIGURATION_MALFORMED, e.getMessage());
        }
    }

    private static void requireListed(Map<String, Object> json, String name, String value) throws JsonShapeException {
        Optional<List<String>> listed = json.containsKey(name) ? Optional.of(JsonValues.texts(json, name)) : Optional.empty();
        if (listed.isPresent() && !listed.get().contains(value)) {
            throw new JsonShapeException("\"" + name + "\" does not include " + value);
        }
    }
}
