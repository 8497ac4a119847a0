package org.balint.lti.protocol.services.token;

import java.net.URI;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.balint.lti.protocol.platform.PlatformRegistration;

/** The cache key of a token: one registration (issuer, client_id, token URL) and a sorted scope set. */
record TokenKey(String issuer, String clientId, URI tokenEndpoint, String scopes) {

    static TokenKey of(PlatformRegistration platform, Set<String> scopes) {
        SortedSet<String> sorted = new TreeSet<>(scopes);
        return new TokenKey(platform.issuer(), platform.clientId(), platform.tokenEndpoint(), String.join(" ", sorted));
    }
}
