package org.balint.lti.protocol.validation;

import static org.balint.lti.protocol.validation.Rejections.pass;
import static org.balint.lti.protocol.validation.Rejections.reject;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Optional;
import org.balint.lti.protocol.login.LaunchStateStore;
import org.balint.lti.protocol.login.PendingLogin;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.platform.PlatformRegistration;

/**
 * The nonce was never used, and is the one this browser's login sent to the platform. Reads only:
 * the nonce is marked used after every check has passed.
 */
final class NonceCheck implements LaunchCheck {

    private final LaunchStateStore store;

    NonceCheck(LaunchStateStore store) {
        this.store = store;
    }

    @Override
    public Optional<LaunchRejection> check(JWTClaimsSet claims, PendingLogin login, PlatformRegistration registration) {
        Optional<String> nonce = LaunchCheck.text(claims, LtiClaims.NONCE);
        if (nonce.isEmpty()) {
            return reject(LaunchRejection.Reason.CLAIM_INVALID, "The nonce claim is not a text value.");
        }
        if (store.isNonceUsed(nonce.get())) {
            return reject(LaunchRejection.Reason.NONCE_REPLAYED,
                    "This id_token was already used for a launch. Start a new launch from the course page.");
        }
        if (!nonce.get().equals(login.nonce())) {
            return reject(LaunchRejection.Reason.NONCE_NOT_ISSUED_FOR_LOGIN,
                    "This id_token was not issued for the login this browser started. Start the launch again from the course page.");
        }
        return pass();
    }
}
