package org.balint.lti.protocol.services.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.balint.lti.protocol.services.JsonShapeException;
import org.balint.lti.protocol.services.JsonValues;
import org.balint.lti.protocol.services.ServiceResponse;

/** Reads the token endpoint's answer (RFC 6749, 5.1 and 5.2). */
final class TokenResponse {

    private TokenResponse() {
    }

    static AccessToken read(ServiceResponse response, Set<String> requested, Instant now, Duration unstatedLifetime) {
        if (!response.successful()) {
            throw refused(response);
        }
        try {
            Map<String, Object> json = JsonValues.object(response.body());
            String value = JsonValues.text(json, "access_token");
            String type = JsonValues.text(json, "token_type");
            if (!type.equalsIgnoreCase("Bearer")) {
                throw new JsonShapeException("\"token_type\" is " + type + ", not Bearer");
            }
            Optional<Double> expiresIn = JsonValues.optionalNumber(json, "expires_in");
            if (expiresIn.isPresent() && (expiresIn.get() <= 0 || expiresIn.get() > Duration.ofDays(366).toSeconds())) {
                throw new JsonShapeException("\"expires_in\" is out of range");
            }
            Duration lifetime = expiresIn.map(s -> Duration.ofSeconds(s.longValue())).orElse(unstatedLifetime);
            Set<String> granted = JsonValues.optionalText(json, "scope")
                    .map(s -> (Set<String>) new LinkedHashSet<>(Arrays.asList(s.trim().split("\\s+"))))
                    .orElse(requested);
            return new AccessToken(value, granted, now.plus(lifetime));
        } catch (JsonShapeException e) {
            throw new TokenRequestFailed(TokenProblem.MALFORMED, e.getMessage(), response.status(),
                    Optional.empty(), Optional.empty(), null);
        }
    }

    private static TokenRequestFailed refused(ServiceResponse response) {
        Optional<String> error = Optional.empty();
        Optional<String> description = Optional.empty();
        try {
            Map<String, Object> json = JsonValues.object(response.body());
            error = JsonValues.optionalText(json, "error");
            description = JsonValues.optionalText(json, "error_description");
        } catch (JsonShapeException e) {
            // An error page that is not OAuth JSON: the status alone tells the story.
        }
        TokenProblem problem = response.status() >= 500 || response.status() == 429
                ? TokenProblem.UNREACHABLE : TokenProblem.REFUSED;
        String detail = "HTTP " + response.status() + error.map(e -> ", " + e).orElse("")
                + description.map(d -> ": " + d).orElse("");
        return new TokenRequestFailed(problem, detail, response.status(), error, description, null);
    }
}
