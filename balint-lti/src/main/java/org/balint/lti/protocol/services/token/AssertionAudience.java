package org.balint.lti.protocol.services.token;

import java.util.Map;
import org.balint.lti.protocol.platform.PlatformRegistration;

/**
 * The {@code aud} of the client assertion for a platform. Most platforms expect their token URL;
 * some name another value (Canvas publishes {@code authorization_server} in its OpenID configuration).
 */
@FunctionalInterface
public interface AssertionAudience {

    /** The audience to put in an assertion for {@code platform}. */
    String audienceFor(PlatformRegistration platform);

    /** The platform's token URL, the audience the Security Framework names. */
    static AssertionAudience tokenEndpoint() {
        return platform -> platform.tokenEndpoint().toString();
    }

    /** The configured audience for a platform's issuer, else its token URL. */
    static AssertionAudience configured(Map<String, String> audienceByIssuer) {
        Map<String, String> copy = Map.copyOf(audienceByIssuer);
        return platform -> copy.getOrDefault(platform.issuer(), platform.tokenEndpoint().toString());
    }
}
