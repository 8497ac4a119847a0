package org.balint.lti.protocol.validation;

import static org.balint.lti.protocol.validation.Rejections.pass;
import static org.balint.lti.protocol.validation.Rejections.reject;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Step 7: one of the selected keys verifies the signature. The verifier of each platform key is
 * built once and reused (turning a JWK into a Java public key costs more than checking a signature);
 * the cache holds at most {@value #MAX_CACHED_KEYS} keys and starts afresh when full, so keys that
 * platforms retire do not pile up.
 */
final class SignatureCheck {

    static final int MAX_CACHED_KEYS = 64;

    private final Map<RSAKey, RSASSAVerifier> verifiers = new ConcurrentHashMap<>();

    Optional<LaunchRejection> verify(SignedJWT jwt, List<RSAKey> keys) {
        for (RSAKey key : keys) {
            try {
                if (jwt.verify(verifier(key))) {
                    return pass();
                }
            } catch (JOSEException | IllegalStateException e) {
                // not this key; try the next
            }
        }
        return reject(LaunchRejection.Reason.SIGNATURE_INVALID,
                "The id_token's signature does not match the platform's keys; it was altered or not signed by the platform.");
    }

    private RSASSAVerifier verifier(RSAKey key) throws JOSEException {
        RSASSAVerifier known = verifiers.get(key);
        if (known != null) {
            return known;
        }
        if (verifiers.size() >= MAX_CACHED_KEYS) {
            verifiers.clear();
        }
        RSASSAVerifier built = new RSASSAVerifier(key.toRSAPublicKey());
        verifiers.put(key, built);
        return built;
    }
}
