package org.balint.lti.protocol.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tool's own RSA key set: one active signing key (client assertions for service tokens,
 * deep-linking responses) and the recently retired keys that platforms may still need to verify
 * tokens signed before a rotation. Thread-safe.
 *
 * <p>Rotation keeps the old key in {@link #publicKeys()} for the overlap window (the longest
 * lifetime of any token the tool signs) and then drops it. Private keys never appear in the public
 * key set.
 */
public final class ToolKeyRing {

    /** The smallest RSA modulus accepted, in bits. */
    public static final int MINIMUM_KEY_SIZE = 2048;

    private record Retired(RSAKey key, Instant publishedUntil) {
    }

    private record Keys(RSAKey active, List<Retired> retired) {
    }

    private final Clock clock;
    private final Duration overlap;
    private final AtomicReference<Keys> keys;

    /**
     * A key ring starting with {@code initial}.
     *
     * @param clock   the time used to decide when retired keys stop being published
     * @param overlap how long a retired key stays published: at least the lifetime of tokens it signed
     * @param initial the first signing key: RSA with private part, key id, at least 2048 bits
     */
    public ToolKeyRing(Clock clock, Duration overlap, RSAKey initial) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.overlap = Objects.requireNonNull(overlap, "overlap");
        if (overlap.isNegative() || overlap.isZero()) {
            throw new IllegalArgumentException("overlap must be positive");
        }
        this.keys = new AtomicReference<>(new Keys(requireSigningKey(initial), List.of()));
    }

    /** A key ring with a freshly generated 2048-bit key. */
    public static ToolKeyRing generate(Clock clock, Duration overlap) {
        return new ToolKeyRing(clock, overlap, newKey());
    }

    /** A new 2048-bit RS256 signing key whose key id is its RFC 7638 thumbprint. */
    public static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(MINIMUM_KEY_SIZE)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("This Java runtime cannot generate RSA keys", e);
        }
    }

    /** The key to sign with now (with its private part). */
    public RSAKey signingKey() {
        return keys.get().active();
    }

    /** A signer for the current key. */
    public RSASSASigner signer() {
        try {
            return new RSASSASigner(signingKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("The signing key cannot sign", e);
        }
    }

    /** Rotates to a freshly generated key; returns it. */
    public RSAKey rotate() {
        RSAKey next = newKey();
        rotateTo(next);
        return next;
    }

    /**
     * Makes {@code next} the signing key. The previous key stays published until now plus the overlap;
     * retired keys whose window has passed are dropped.
     */
    public void rotateTo(RSAKey next) {
        requireSigningKey(next);
        Instant now = clock.instant();
        keys.updateAndGet(current -> {
            if (current.active().getKeyID().equals(next.getKeyID())) {
                throw new IllegalArgumentException("The new key has the same key id as the active one");
            }
            List<Retired> retired = new ArrayList<>();
            retired.add(new Retired(current.active(), now.plus(overlap)));
            current.retired().stream().filter(r -> r.publishedUntil().isAfter(now)).forEach(retired::add);
            return new Keys(next, List.copyOf(retired));
        });
    }

    /** The public keys to publish now: the active key and retired keys still inside their window. */
    public JWKSet publicKeys() {
        Instant now = clock.instant();
        Keys current = keys.get();
        List<JWK> published = new ArrayList<>();
        published.add(current.active().toPublicJWK());
        current.retired().stream()
                .filter(r -> r.publishedUntil().isAfter(now))
                .map(r -> (JWK) r.key().toPublicJWK())
                .forEach(published::add);
        return new JWKSet(published);
    }

    /** The public JWKS document, as served at the tool's JWKS URL. */
    public String publicJwksJson() {
        return publicKeys().toString(true);
    }

    private static RSAKey requireSigningKey(RSAKey key) {
        Objects.requireNonNull(key, "key");
        if (!key.isPrivate()) {
            throw new IllegalArgumentException("A signing key needs its private part");
        }
        if (key.getKeyID() == null || key.getKeyID().isBlank()) {
            throw new IllegalArgumentException("A signing key needs a key id");
        }
        if (key.size() < MINIMUM_KEY_SIZE) {
            throw new IllegalArgumentException("RSA keys need at least " + MINIMUM_KEY_SIZE + " bits");
        }
        return key;
    }
}
