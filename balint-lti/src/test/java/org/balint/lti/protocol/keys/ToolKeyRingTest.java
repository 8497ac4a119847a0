package org.balint.lti.protocol.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.protocol.support.TestKeys;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The tool's key ring rotates with an overlap window")
class ToolKeyRingTest {

    private static final RSAKey JANUARY = TestKeys.rsaKey("tool-2026-01");
    private static final RSAKey FEBRUARY = TestKeys.rsaKey("tool-2026-02");
    private static final RSAKey MARCH = TestKeys.rsaKey("tool-2026-03");
    private static final Duration OVERLAP = Duration.ofMinutes(10);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final ToolKeyRing ring = new ToolKeyRing(clock, OVERLAP, JANUARY);

    private static List<String> kids(JWKSet set) {
        return set.getKeys().stream().map(JWK::getKeyID).toList();
    }

    @Test
    @DisplayName("the public JWKS carries the public key only, never the private part")
    void publishesPublicPartsOnly() {
        String json = ring.publicJwksJson();

        assertThat(json).contains("tool-2026-01").doesNotContain("\"d\"").doesNotContain("\"p\"");
        assertThat(ring.publicKeys().getKeys()).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
    }

    @Test
    @DisplayName("after a rotation the old key is still published until the overlap has passed, then dropped")
    void overlapWindow() {
        ring.rotateTo(FEBRUARY);

        assertThat(ring.signingKey().getKeyID()).isEqualTo("tool-2026-02");
        assertThat(kids(ring.publicKeys())).containsExactly("tool-2026-02", "tool-2026-01");

        clock.advance(OVERLAP.minusSeconds(1));
        assertThat(kids(ring.publicKeys())).containsExactly("tool-2026-02", "tool-2026-01");

        clock.advance(Duration.ofSeconds(1));
        assertThat(kids(ring.publicKeys())).containsExactly("tool-2026-02");
    }

    @Test
    @DisplayName("a token signed just before rotation still verifies with the published key set during the overlap")
    void tokenSignedBeforeRotationStillVerifies() throws Exception {
        JWSObject assertion = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(JANUARY.getKeyID()).build(),
                new Payload("{\"sub\":\"tool\"}"));
        assertion.sign(ring.signer());
        ring.rotateTo(FEBRUARY);
        clock.advance(Duration.ofMinutes(5));

        RSAKey published = (RSAKey) ring.publicKeys().getKeyByKeyId(JANUARY.getKeyID());
        assertThat(assertion.verify(new RSASSAVerifier(published))).isTrue();
    }

    @Test
    @DisplayName("two quick rotations keep both retired keys inside their windows, each dropped on time")
    void twoRotations() {
        ring.rotateTo(FEBRUARY);
        clock.advance(Duration.ofMinutes(4));
        ring.rotateTo(MARCH);

        assertThat(kids(ring.publicKeys())).containsExactly("tool-2026-03", "tool-2026-02", "tool-2026-01");
        clock.advance(Duration.ofMinutes(6));
        assertThat(kids(ring.publicKeys())).containsExactly("tool-2026-03", "tool-2026-02");
        clock.advance(Duration.ofMinutes(4));
        assertThat(kids(ring.publicKeys())).containsExactly("tool-2026-03");
    }

    @Test
    @DisplayName("a generated key is 2048-bit RS256 with its thumbprint as key id")
    void generatedKey() throws Exception {
        RSAKey key = ToolKeyRing.newKey();

        assertThat(key.size()).isEqualTo(2048);
        assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint().toString());
    }

    @Test
    @DisplayName("a key without its private part cannot become the signing key")
    void refusesPublicOnlyKey() {
        assertThatThrownBy(() -> ring.rotateTo(FEBRUARY.toPublicJWK())).isInstanceOf(IllegalArgumentException.class);
    }
}
