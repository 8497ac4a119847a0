package org.balint.lti.protocol.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.Map;
import org.balint.lti.protocol.support.TestKeys;
import org.junit.jupiter.api.Test;

class SignatureCheckTest {

    private final SignatureCheck check = new SignatureCheck();

    private static SignedJWT signedBy(RSAKey key) throws Exception {
        return SignedJWT.parse(TestKeys.signRs256(key, Map.of("sub", "1001")));
    }

    @Test
    void accepts_the_same_key_again_from_its_kept_verifier() throws Exception {
        RSAKey key = TestKeys.rsaKey("k1");

        assertThat(check.verify(signedBy(key), List.of(key.toPublicJWK()))).isEmpty();
        assertThat(check.verify(signedBy(key), List.of(key.toPublicJWK()))).isEmpty();
    }

    @Test
    void a_new_key_under_a_known_kid_does_not_reuse_the_old_keys_verifier() throws Exception {
        RSAKey old = TestKeys.rsaKey("shared-kid");
        RSAKey replacement = TestKeys.rsaKey("shared-kid");
        assertThat(check.verify(signedBy(old), List.of(old.toPublicJWK()))).isEmpty();

        assertThat(check.verify(signedBy(replacement), List.of(old.toPublicJWK())))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(LaunchRejection.Reason.SIGNATURE_INVALID));
        assertThat(check.verify(signedBy(old), List.of(replacement.toPublicJWK())))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(LaunchRejection.Reason.SIGNATURE_INVALID));
        assertThat(check.verify(signedBy(replacement), List.of(replacement.toPublicJWK()))).isEmpty();
    }

    @Test
    void keeps_verifying_when_more_keys_than_it_keeps_have_been_seen() throws Exception {
        RSAKey signing = TestKeys.rsaKey("signing");
        RSAKey other = TestKeys.rsaKey("other");
        for (int i = 0; i <= SignatureCheck.MAX_CACHED_KEYS; i++) {
            RSAKey sameMaterialNewKid = new RSAKey.Builder(other.toPublicJWK()).keyID("other-" + i).build();
            assertThat(check.verify(signedBy(signing), List.of(sameMaterialNewKid))).isPresent();
        }

        assertThat(check.verify(signedBy(signing), List.of(signing.toPublicJWK()))).isEmpty();
    }
}
