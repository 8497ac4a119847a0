package org.balint.lti.protocol.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The declarative claims policy")
class ClaimsPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final ClaimsPolicy policy = ClaimsPolicy.forRegistration(new PlatformRegistration("https://lms.example.edu",
            "tool", URI.create("https://lms.example.edu/auth"), URI.create("https://lms.example.edu/token"),
            URI.create("https://lms.example.edu/jwks"), Set.of("d1")), Duration.ofSeconds(30));

    private JWTClaimsSet.Builder valid() {
        return new JWTClaimsSet.Builder().issuer("https://lms.example.edu").audience("tool")
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(60)))
                .claim("nonce", "n").claim(LtiClaims.VERSION, "1.3.0")
                .claim(LtiClaims.MESSAGE_TYPE, "LtiResourceLinkRequest").claim(LtiClaims.DEPLOYMENT_ID, "d1")
                .claim(LtiClaims.TARGET_LINK_URI, "https://tool.example.org/launch");
    }

    @Test
    @DisplayName("accepts a complete, fresh token addressed to the registration")
    void accepts() {
        assertThat(policy.verify(valid().build(), NOW)).isEmpty();
    }

    @Test
    @DisplayName("compares the issuer exactly: a differently spelled issuer is a mismatch")
    void exactIssuer() {
        assertThat(policy.verify(valid().issuer("https://LMS.example.edu").build(), NOW))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("issuer-mismatch"));
    }

    @Test
    @DisplayName("treats a blank required claim as missing")
    void blankIsMissing() {
        assertThat(policy.verify(valid().claim("nonce", " ").build(), NOW))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("nonce-missing"));
    }

    @Test
    @DisplayName("refuses a token exactly at exp plus the skew, accepts it a second before")
    void expiryBoundary() {
        JWTClaimsSet claims = valid().build();

        assertThat(policy.verify(claims, NOW.plusSeconds(89))).isEmpty();
        assertThat(policy.verify(claims, NOW.plusSeconds(90)))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("token-expired"));
    }
}
