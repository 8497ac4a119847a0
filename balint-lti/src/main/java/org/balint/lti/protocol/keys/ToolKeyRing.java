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
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The tool's own RSA key set: one active signing key (client assertions for service tokens,
 * deep-linking responses) and the recently retired keys that platforms may still need to verify
 * tokens signed before a rotation. Thread-safe.
 *
 * <p>The keys live in a {@link ToolKeyStore}; the ring keeps the last set it read and reads it again
 * once {@code refreshInterval} has passed, so several server nodes sharing one store converge on the
 * same active key within that interval without a store read per signature or key-set request.
 *
 * <p>Rotation keeps the old key in {@link #publicKeys()} for the overlap window (the longest
 * lifetime of any token the tool signs) and then drops it. Private keys never appear in the public
 * key set.
 */
public final class ToolKeyRing {

    /** The smallest RSA modulus accepted, in bits. */
    public static final int MINIMUM_KEY_SIZE = 2048;

    private static final System.Logger LOG = System.getLogger(ToolKeyRing.class.getName());

    private record Loaded(ToolKeySet keys, Instant loadedAt) {
    }

    private final Clock clock;
    private final ToolKeyStore store;
    private final Duration refreshInterval;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Optional<Loaded> loaded = Optional.empty();

    /**
     * A key ring held in memory, starting with {@code initial}.
     *
     * @param clock   the time used to decide when retired keys stop being published
     * @param overlap how long a retired key stays published: at least the lifetime of tokens it signed
     * @param initial the first signing key: RSA with private part, key id, at least 2048 bits
     */
    public ToolKeyRing(Clock clock, Duration overlap, RSAKey initial) {
        this(clock, new InMemoryToolKeyStore(clock, overlap, initial), Duration.ZERO);
    }

    private ToolKeyRing(Clock clock, ToolKeyStore store, Duration refreshInterval) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.refreshInterval = Objects.requireNonNull(refreshInterval, "refreshInterval");
        if (refreshInterval.isNegative()) {
            throw new IllegalArgumentException("refreshInterval must not be negative");
        }
    }

    /**
     * A key ring over a (shared) store. The keys are read at once, so a store that cannot give them
     * (a stored key that cannot be decrypted, say) fails here, at start.
     *
     * @param refreshInterval how long the ring uses the set it read before reading it again
     */
    public static ToolKeyRing over(ToolKeyStore store, Clock clock, Duration refreshInterval) {
        ToolKeyRing ring = new ToolKeyRing(clock, store, refreshInterval);
        ring.refresh();
        return ring;
    }

    /** A key ring held in memory with a freshly generated 2048-bit key. */
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
        return keys().active().key();
    }

    /** A signer for the current key. */
    public RSASSASigner signer() {
        try {
            return new RSASSASigner(signingKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("The signing key cannot sign", e);
        }
    }

    /**
     * The keys as last read: the active key and the retired keys still published. Read again from the
     * store once the refresh interval has passed; if that read fails, the keys last read stay in use
     * until the next interval.
     */
    public ToolKeySet keys() {
        Optional<Loaded> current = loaded;
        if (current.isPresent() && fresh(current.get())) {
            return current.get().keys();
        }
        if (current.isPresent()) {
            if (!refreshing.tryLock()) {
                return current.get().keys();
            }
        } else {
            refreshing.lock();
        }
        try {
            Optional<Loaded> again = loaded;
            if (again.isPresent() && fresh(again.get())) {
                return again.get().keys();
            }
            if (again.isEmpty()) {
                return refresh();
            }
            try {
                return refresh();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "The tool's keys could not be read again; the keys read at "
                        + again.get().loadedAt() + " stay in use: " + e.getMessage());
                loaded = Optional.of(new Loaded(again.get().keys(), clock.instant()));
                return again.get().keys();
            }
        } finally {
            refreshing.unlock();
        }
    }

    private boolean fresh(Loaded candidate) {
        return clock.instant().isBefore(candidate.loadedAt().plus(refreshInterval));
    }

    /** Reads the keys from the store now, whatever the refresh interval says. */
    public ToolKeySet refresh() {
        ToolKeySet keys = store.current();
        loaded = Optional.of(new Loaded(keys, clock.instant()));
        return keys;
    }

    /** Rotates to a freshly generated key; returns the key that signs afterwards. */
    public RSAKey rotate() {
        return rotateTo(newKey());
    }

    /**
     * Makes {@code next} the signing key. The previous key stays published for the overlap window;
     * retired keys whose window has passed are dropped. If another node rotated since this ring last
     * read the store, that rotation stands and {@code next} is discarded.
     *
     * @return the key that signs afterwards
     */
    public RSAKey rotateTo(RSAKey next) {
        requireSigningKey(next);
        ToolKeySet before = refresh();
        if (before.active().kid().equals(next.getKeyID())) {
            throw new IllegalArgumentException("The new key has the same key id as the active one");
        }
        ToolKeySet after = store.rotate(before.active().kid(), next);
        loaded = Optional.of(new Loaded(after, clock.instant()));
        return after.active().key();
    }

    /**
     * Rotates if the active key has signed for {@code period} or longer, as read from the store now.
     *
     * @return the new signing key if this call rotated; empty if the key was not due or another node
     *     rotated it first
     */
    public Optional<RSAKey> rotateIfOlderThan(Duration period) {
        Objects.requireNonNull(period, "period");
        ToolKeySet current = refresh();
        if (clock.instant().isBefore(current.active().createdAt().plus(period))) {
            return Optional.empty();
        }
        RSAKey next = newKey();
        // retire exactly the key found due: if another node rotated it meanwhile, the store changes nothing
        ToolKeySet after = store.rotate(current.active().kid(), next);
        loaded = Optional.of(new Loaded(after, clock.instant()));
        return after.active().kid().equals(next.getKeyID()) ? Optional.of(after.active().key()) : Optional.empty();
    }

    /** The public keys to publish now: the active key and retired keys still inside their window. */
    public JWKSet publicKeys() {
        Instant now = clock.instant();
        ToolKeySet current = keys();
        List<JWK> published = new ArrayList<>();
        published.add(current.active().key().toPublicJWK());
        current.retired().stream()
                .filter(k -> k.publishedAt(now))
                .map(k -> (JWK) k.key().toPublicJWK())
                .forEach(published::add);
        return new JWKSet(published);
    }

    /** The public JWKS document, as served at the tool's JWKS URL. */
    public String publicJwksJson() {
        return publicKeys().toString(true);
    }

    static Duration requireOverlap(Duration overlap) {
        Objects.requireNonNull(overlap, "overlap");
        if (overlap.isNegative() || overlap.isZero()) {
            throw new IllegalArgumentException("overlap must be positive");
        }
        return overlap;
    }

    /** Checks that {@code key} can sign: RSA with private part, a key id, at least 2048 bits. */
    public static RSAKey requireSigningKey(RSAKey key) {
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
