package org.balint.devplatform;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OAuth 2 token endpoint for LTI Advantage services ({@code POST /token}): the client credentials
 * grant with a {@code private_key_jwt} client assertion (RFC 7523, as the IMS Security Framework
 * profiles it). The assertion must be signed RS256 by a key from the tool's JWKS, with
 * {@code iss = sub = client_id}, {@code aud} the token URL, a future {@code exp}, an {@code iat} not in
 * the future and a {@code jti} not used before. The token grants the requested scopes the tool is
 * registered for; errors follow RFC 6749 section 5.2.
 */
final class TokenEndpoint extends JsonEndpoint {

    static final String CLIENT_CREDENTIALS = "client_credentials";
    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final Duration SKEW = Duration.ofSeconds(60);

    private final ToolClients clients;
    private final AccessTokens tokens;
    private final URI tokenUrl;
    private final Clock clock;

    TokenEndpoint(ToolClients clients, AccessTokens tokens, URI tokenUrl, Clock clock) {
        this.clients = clients;
        this.tokens = tokens;
        this.tokenUrl = tokenUrl;
        this.clock = clock;
    }

    @Override
    void serve(HttpExchange exchange) throws IOException {
        if (!PlatformUrls.TOKEN.equals(exchange.getRequestURI().getPath())) {
            throw new Refusal(404, "not-found", "Nothing lives at " + exchange.getRequestURI().getPath() + ".");
        }
        requireMethod(exchange, Set.of("POST"));
        tokens.countRequest();
        Inbound.Read read = Inbound.read(exchange);
        if (read instanceof Inbound.Unreadable unreadable) {
            throw Refusal.oauth(unreadable.status(), "invalid_request", unreadable.violation().code(),
                    unreadable.violation().message());
        }
        Inbound request = ((Inbound.Readable) read).request();
        String grantType = required(request, "grant_type");
        if (!CLIENT_CREDENTIALS.equals(grantType)) {
            throw Refusal.oauth(400, "unsupported_grant_type", "grant-type-unsupported",
                    "The platform grants client_credentials only, not \"" + grantType + "\".");
        }
        String assertionType = required(request, "client_assertion_type");
        if (!JWT_BEARER.equals(assertionType)) {
            throw Refusal.oauth(400, "invalid_request", "client-assertion-type-unsupported",
                    "The client_assertion_type must be " + JWT_BEARER + ".");
        }
        String scope = required(request, "scope");
        SignedJWT assertion = parseAssertion(required(request, "client_assertion"));
        ToolClient client = clientOf(assertion);
        JWTClaimsSet claims = verify(client, assertion);
        Set<String> granted = grantable(client, scope);
        if (!tokens.firstUse(client.clientId(), claims.getJWTID(), claims.getExpirationTime().toInstant())) {
            throw Refusal.oauth(400, "invalid_grant", "assertion-replayed",
                    "This client assertion (jti " + claims.getJWTID() + ") was already used; sign a new one "
                            + "with a fresh jti for every token request.");
        }
        String token = tokens.grant(client.clientId(), granted);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token);
        body.put("token_type", "Bearer");
        body.put("expires_in", AccessTokens.LIFETIME.toSeconds());
        body.put("scope", String.join(" ", granted));
        sendJson(exchange, 200, JSON, body, Map.of("Pragma", "no-cache"));
    }

    private static String required(Inbound request, String name) {
        return request.parameter(name).filter(value -> !value.isBlank()).orElseThrow(() ->
                Refusal.oauth(400, "invalid_request", name.replace('_', '-') + "-missing",
                        "The token request has no " + name + "; send it as a form parameter."));
    }

    private static SignedJWT parseAssertion(String compact) {
        try {
            return ToolClients.parse(compact, "client_assertion");
        } catch (Refusal malformed) {
            throw Refusal.oauth(400, "invalid_request", malformed.violation().code(), malformed.violation().message());
        }
    }

    private ToolClient clientOf(SignedJWT assertion) {
        Optional<String> issuer;
        try {
            issuer = Optional.ofNullable(assertion.getJWTClaimsSet().getIssuer());
        } catch (java.text.ParseException malformed) {
            throw Refusal.oauth(400, "invalid_request", "jwt-malformed", "The client_assertion's claims are not JSON.");
        }
        return issuer.flatMap(clients::find).orElseThrow(() -> Refusal.oauth(401, "invalid_client",
                "client-unknown", "No tool is registered with client_id \"" + issuer.orElse("")
                        + "\"; put the registered client_id in iss and sub of the assertion."));
    }

    private JWTClaimsSet verify(ToolClient client, SignedJWT assertion) {
        JWTClaimsSet claims;
        try {
            claims = clients.verifiedClaims(client, assertion, "client_assertion");
        } catch (Refusal bad) {
            throw Refusal.oauth(401, "invalid_client", bad.violation().code(), bad.violation().message());
        }
        if (!client.clientId().equals(claims.getSubject())) {
            throw Refusal.oauth(401, "invalid_client", "assertion-subject-mismatch",
                    "The assertion's sub must be the client_id \"" + client.clientId() + "\", like its iss.");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(tokenUrl.toString())) {
            throw Refusal.oauth(400, "invalid_grant", "assertion-audience-mismatch",
                    "The assertion's aud must name the token endpoint " + tokenUrl + ".");
        }
        Instant now = clock.instant();
        if (claims.getExpirationTime() == null || !now.minus(SKEW).isBefore(claims.getExpirationTime().toInstant())) {
            throw Refusal.oauth(400, "invalid_grant", "assertion-expired",
                    "The assertion has no exp or expired; sign a new one that expires in a few minutes.");
        }
        if (claims.getIssueTime() != null && claims.getIssueTime().toInstant().isAfter(now.plus(SKEW))) {
            throw Refusal.oauth(400, "invalid_grant", "assertion-issued-in-future",
                    "The assertion's iat is in the future; check the tool's clock.");
        }
        if (claims.getJWTID() == null || claims.getJWTID().isBlank()) {
            throw Refusal.oauth(400, "invalid_grant", "assertion-jti-missing",
                    "The assertion has no jti; give every assertion a fresh unique jti.");
        }
        return claims;
    }

    /** The requested scopes the tool is registered for, in request order; none at all is refused. */
    private static Set<String> grantable(ToolClient client, String scope) {
        Set<String> requested = new LinkedHashSet<>(Arrays.asList(scope.strip().split("\\s+")));
        Set<String> granted = new LinkedHashSet<>();
        requested.stream().filter(client.scopes()::contains).forEach(granted::add);
        if (granted.isEmpty()) {
            throw Refusal.oauth(400, "invalid_scope", "scope-not-granted",
                    "The tool is not registered for any of the scopes " + requested + "; ask for some of "
                            + client.scopes().stream().sorted().toList() + ".");
        }
        return granted;
    }
}
