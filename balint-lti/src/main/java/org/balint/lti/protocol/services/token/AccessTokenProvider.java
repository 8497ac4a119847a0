package org.balint.lti.protocol.services.token;

import java.util.Set;
import org.balint.lti.protocol.platform.PlatformRegistration;

/** Where service clients get their access tokens. {@link ClientCredentialsTokens} is the implementation. */
public interface AccessTokenProvider {

    /**
     * A token for {@code scopes} at {@code platform}, from the cache while it is fresh.
     *
     * @throws TokenRequestFailed if no token could be obtained
     */
    AccessToken token(PlatformRegistration platform, Set<String> scopes);

    /**
     * Forgets the cached token for {@code platform} and {@code scopes}, after the platform refused it
     * (an early revocation or a scope change), so the next call asks for a new one.
     */
    void invalidate(PlatformRegistration platform, Set<String> scopes);
}
