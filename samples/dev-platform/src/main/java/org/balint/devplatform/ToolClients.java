package org.balint.devplatform;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tools registered with the platform by client_id, each with a Nimbus JWK source that fetches and
 * caches the tool's JWKS (five minutes, refetched early when an unknown {@code kid} arrives), so the platform can check what the tool signs (client assertions,
 * deep-linking responses). At most {@value #CAPACITY} tools; thread-safe.
 */
final class ToolClients {

    static final int CAPACITY = 100;
    /** A tool just starting (a cold application server) may take a while to answer its first JWKS request. */
    private static final int JWKS_TIMEOUT_MILLIS = 5_000;
    private static final int JWKS_MAX_BYTES = 64 * 1024;

    private record Entry(ToolClient client, DefaultJWTProcessor<SecurityContext> verifier) {
    }

    private final Map<String, Entry> clients = new LinkedHashMap<>();

    ToolClients(ToolClient configured) {
        add(configured);
    }

    synchronized Optional<ToolClient> find(String clientId) {
        return Optional.ofNullable(clients.get(clientId)).map(Entry::client);
    }

    synchronized List<ToolClient> all() {
        return List.copyOf(clients.values().stream().map(Entry::client).toList());
    }

    synchronized boolean full() {
        return clients.size() >= CAPACITY;
    }

    /** Registers the tool; false when the platform already holds {@value #CAPACITY} tools or the id is taken. */
    synchronized boolean add(ToolClient client) {
        if (clients.size() >= CAPACITY || clients.containsKey(client.clientId())) {
            return false;
        }
        clients.put(client.clientId(), new Entry(client, verifierFor(client)));
        return true;
    }

    /**
     * The claims of a JWT the tool signed RS256 with a key from its JWKS; only the signature is checked
     * here, the claims are the caller's to check against its clock.
     *
     * @throws Refusal 401 {@code signature-invalid} when the JWT is malformed or the signature does
     *                 not verify with the tool's keys
     */
    JWTClaimsSet verifiedClaims(ToolClient client, SignedJWT jwt, String what) {
        DefaultJWTProcessor<SecurityContext> verifier;
        synchronized (this) {
            verifier = clients.get(client.clientId()).verifier();
        }
        try {
            return verifier.process(jwt, null);
        } catch (BadJOSEException | JOSEException refused) {
            throw new Refusal(401, "signature-invalid", "The " + what + " is not signed RS256 with a key the tool "
                    + "publishes at " + client.jwksUri() + " (" + refused.getMessage() + "); sign it with the tool's "
                    + "current key and publish that key.");
        }
    }

    /** The JWT of a compact serialization, or a 400 refusal naming what it should have been. */
    static SignedJWT parse(String compact, String what) {
        try {
            return SignedJWT.parse(compact);
        } catch (ParseException malformed) {
            throw new Refusal(400, "jwt-malformed", "The " + what + " is not a signed JWT in compact form.");
        }
    }

    private static DefaultJWTProcessor<SecurityContext> verifierFor(ToolClient client) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(client.jwksUri().toURL(),
                    new DefaultResourceRetriever(JWKS_TIMEOUT_MILLIS, JWKS_TIMEOUT_MILLIS, JWKS_MAX_BYTES))
                    .retrying(false).build();
        } catch (MalformedURLException unusable) {
            throw new IllegalArgumentException("The JWKS URL " + client.jwksUri() + " is not a URL", unusable);
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // The claims are checked by the endpoint with the platform's clock, not Nimbus's system time.
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        return processor;
    }
}
