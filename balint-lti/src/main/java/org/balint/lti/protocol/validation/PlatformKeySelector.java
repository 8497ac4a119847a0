package org.balint.lti.protocol.validation;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.List;
import org.balint.lti.protocol.keys.PlatformKeySources;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.platform.PlatformRegistration;

/**
 * Step 6: the RSA signing keys of this platform that match the header ({@code kid}, RS256, use
 * {@code sig}), from the platform's cached key source. An unknown {@code kid} triggers at most one
 * rate-limited refetch (inside the key source); a failing fetch is an unreachable platform.
 */
final class PlatformKeySelector {

    private final PlatformKeySources keySources;

    PlatformKeySelector(PlatformKeySources keySources) {
        this.keySources = keySources;
    }

    Checked<List<RSAKey>> select(JWSHeader header, PlatformRegistration registration) {
        List<JWK> matches;
        try {
            matches = keySources.forPlatform(registration)
                    .get(new JWKSelector(JWKMatcher.forJWSHeader(header)), (SecurityContext) null);
        } catch (KeySourceException e) {
            return Checked.failed(new PlatformUnreachable(registration.issuer(), registration.jwksUri(),
                    String.valueOf(e.getMessage())));
        }
        List<RSAKey> keys = matches.stream()
                .filter(RSAKey.class::isInstance)
                .map(RSAKey.class::cast)
                .filter(k -> k.size() >= ToolKeyRing.MINIMUM_KEY_SIZE)
                .toList();
        if (keys.isEmpty()) {
            String kid = header.getKeyID() == null ? "(none)" : header.getKeyID();
            return Checked.rejected(LaunchRejection.Reason.SIGNING_KEY_UNKNOWN, "The platform '" + registration.issuer()
                    + "' publishes no RS256 signing key with key id " + kid + ". If the platform rotated its keys, "
                    + "try again in a minute; otherwise check the registration's key-set URL.");
        }
        return Checked.passed(keys);
    }
}
