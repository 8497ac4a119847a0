package org.balint.lti.protocol.support;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.proc.SecurityContext;

/** A platform's key-set endpoint in memory: serves the current set, counts fetches, can be made unreachable. */
public final class CountingJwkSetSource implements JWKSetSource<SecurityContext> {

    private volatile JWKSet published;
    private volatile boolean unreachable;
    private int fetches;

    public CountingJwkSetSource(JWKSet published) {
        this.published = published;
    }

    public void publish(JWKSet keys) {
        published = keys;
    }

    public void goOffline() {
        unreachable = true;
    }

    public synchronized int fetches() {
        return fetches;
    }

    @Override
    public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refreshEvaluator, long currentTime, SecurityContext context)
            throws KeySourceException {
        synchronized (this) {
            fetches++;
        }
        if (unreachable) {
            throw new JWKSetUnavailableException("Connection refused");
        }
        return published;
    }

    @Override
    public void close() {
    }
}
