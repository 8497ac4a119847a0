/**
 * Keys on both sides of the launch.
 *
 * <p>Platform keys: {@link PlatformKeySources} gives each platform JWKS URL one Nimbus
 * {@link com.nimbusds.jose.jwk.source.JWKSource}, built with
 * {@link com.nimbusds.jose.jwk.source.JWKSourceBuilder} (caching, rate-limited refetch, HTTP timeouts
 * and size limit per {@link JwksPolicy}). A token whose {@code kid} is not in the cached set triggers
 * one refetch; refetches are rate limited so a stream of made-up {@code kid}s cannot turn the tool
 * into a load generator against the platform. Nimbus's cache is driven with the injected
 * {@link java.time.Clock}, so expiry and rate limits are testable.
 *
 * <p>Tool keys: {@link ToolKeyRing} holds the tool's RSA signing key and rotates it with an overlap
 * window: a retired key stays in the public JWKS until every token signed with it has expired
 * (<a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-set-url">Security Framework 6.3</a>).
 * The keys themselves live in a {@link ToolKeyStore} ({@link ToolKeySet} of {@link ToolKey}s): in
 * memory ({@link InMemoryToolKeyStore}) or shared by several nodes through a database
 * ({@code org.balint.lti.protocol.store.JdbcToolKeyStore}); the ring re-reads a shared store after a
 * short interval so every node converges on the same active key.
 */
package org.balint.lti.protocol.keys;
