package org.balint.lti.protocol.validation;

import static org.balint.lti.protocol.validation.Rejections.pass;
import static org.balint.lti.protocol.validation.Rejections.reject;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import java.util.Optional;

/**
 * Step 4: the header asks for RS256 (the only algorithm LTI 1.3 platforms use; HS256 would let a
 * public key act as a shared secret), a {@code typ} of JWT if any, no critical parameters, and no
 * keys of its own: keys come only from the registered platform's key set.
 */
final class HeaderPolicy {

    Optional<LaunchRejection> check(JWSHeader header) {
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
            return reject(LaunchRejection.Reason.ALGORITHM_NOT_ALLOWED, "The id_token is signed with "
                    + header.getAlgorithm().getName() + "; only RS256 is accepted. Check the platform's tool settings.");
        }
        JOSEObjectType type = header.getType();
        if (type != null && !type.getType().equalsIgnoreCase("JWT")) {
            return reject(LaunchRejection.Reason.TOKEN_TYPE_NOT_ALLOWED,
                    "The id_token's type is '" + type.getType() + "', not JWT; it is not an id_token.");
        }
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            return reject(LaunchRejection.Reason.CRITICAL_HEADER_UNSUPPORTED,
                    "The id_token marks header parameters " + header.getCriticalParams() + " as critical; none are supported.");
        }
        if (header.getJWK() != null || header.getJWKURL() != null || header.getX509CertURL() != null
                || (header.getX509CertChain() != null && !header.getX509CertChain().isEmpty())) {
            return reject(LaunchRejection.Reason.EMBEDDED_KEY_REFUSED,
                    "The id_token names or embeds its own verification key; keys are taken only from the registered "
                            + "platform's key set.");
        }
        return pass();
    }
}
