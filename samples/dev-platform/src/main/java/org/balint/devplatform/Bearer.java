package org.balint.devplatform;

import com.sun.net.httpserver.HttpExchange;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the bearer token of a service request (RFC 6750): a 401 with
 * {@code WWW-Authenticate: Bearer error="invalid_token"} when it is missing, unknown or expired, a
 * 403 with {@code error="insufficient_scope"} when it grants none of the scopes the operation accepts.
 */
final class Bearer {

    private final AccessTokens tokens;

    Bearer(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /** The grant of the request's token when it carries one of the accepted scopes. */
    AccessTokens.Grant require(HttpExchange exchange, Set<String> acceptedScopes) {
        String header = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            throw new Refusal(401, "token-missing", "Send an access token from the token endpoint as "
                    + "\"Authorization: Bearer <token>\".", Optional.empty(),
                    Map.of("WWW-Authenticate", "Bearer realm=\"lti\""));
        }
        AccessTokens.Grant grant = tokens.find(header.substring(7).strip()).orElseThrow(() -> new Refusal(401,
                "token-invalid", "The access token is unknown or expired; get a new one from the token endpoint.",
                Optional.empty(), Map.of("WWW-Authenticate", "Bearer realm=\"lti\", error=\"invalid_token\"")));
        if (acceptedScopes.stream().noneMatch(grant.scopes()::contains)) {
            throw new Refusal(403, "scope-insufficient", "The access token does not grant any of "
                    + acceptedScopes.stream().sorted().toList() + "; ask the token endpoint for one of them.",
                    Optional.empty(), Map.of("WWW-Authenticate", "Bearer realm=\"lti\", error=\"insufficient_scope\", "
                            + "scope=\"" + String.join(" ", acceptedScopes.stream().sorted().toList()) + "\""));
        }
        return grant;
    }
}
