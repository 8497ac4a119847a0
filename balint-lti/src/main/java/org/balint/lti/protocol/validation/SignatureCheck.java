package org.balint.lti.protocol.validation;

import static org.balint.lti.protocol.validation.Rejections.pass;
import static org.balint.lti.protocol.validation.Rejections.reject;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.Optional;

/** Step 7: one of the selected keys verifies the signature. */
final class SignatureCheck {

    Optional<LaunchRejection> verify(SignedJWT jwt, List<RSAKey> keys) {
        for (RSAKey key : keys) {
            try {
                if (jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))) {
                    return pass();
                }
            } catch (JOSEException | IllegalStateException e) {
                // not this key; try the next
            }
        }
        return reject(LaunchRejection.Reason.SIGNATURE_INVALID,
                "The id_token's signature does not match the platform's keys; it was altered or not signed by the platform.");
    }
}
