package org.balint.lti.protocol.support;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.services.token.AccessToken;
import org.balint.lti.protocol.services.token.AccessTokenProvider;

/** Hands out "token-1", then "token-2" after each invalidation; remembers the scopes asked for. */
public final class StaticTokens implements AccessTokenProvider {

    private final AtomicInteger generation = new AtomicInteger(1);
    private final List<Set<String>> asked = new CopyOnWriteArrayList<>();

    @Override
    public AccessToken token(PlatformRegistration platform, Set<String> scopes) {
        asked.add(scopes);
        return new AccessToken("token-" + generation.get(), scopes, Instant.parse("2100-01-01T00:00:00Z"));
    }

    @Override
    public void invalidate(PlatformRegistration platform, Set<String> scopes) {
        generation.incrementAndGet();
    }

    public int invalidations() {
        return generation.get() - 1;
    }

    public List<Set<String>> asked() {
        return List.copyOf(asked);
    }
}
