package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.balint.lti.protocol.keys.ToolKey;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.keys.ToolKeySet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The tool operator's page")
class OperatorPagesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    @DisplayName("the sign-in form posts the token from a password field; a refused token is explained beside it")
    void signIn() {
        assertThat(OperatorPages.signIn("/", Optional.empty())).contains("action=\"/admin\"", "type=\"password\"",
                "name=\"admin_token\"", "autocomplete=\"off\"").doesNotContain("aria-invalid");

        String refused = OperatorPages.signIn("/", Optional.of(new Problem("admin-token-invalid", 401, "That is not the admin token.")));
        assertThat(refused).contains("role=\"alert\"", "aria-invalid=\"true\"", "id=\"e-admin_token\"", "admin-token-invalid");
    }

    @Test
    @DisplayName("the keys page lists each key's id, status, creation and age, the next rotation, and a rotate form carrying the token and a one-time value")
    void keys() {
        RSAKey active = ToolKeyRing.newKey();
        RSAKey old = ToolKeyRing.newKey();
        ToolKeySet keys = new ToolKeySet(ToolKey.active(active, NOW.minus(Duration.ofDays(2))),
                List.of(ToolKey.active(old, NOW.minus(Duration.ofDays(40))).retired(NOW.minus(Duration.ofDays(2)), Duration.ofHours(1))));

        String html = OperatorPages.keys("/", keys, NOW, Duration.ofDays(90), URI.create("https://balint.example.org/lti/jwks"),
                "the-token\"<", "once-1", Optional.of("Rotated."));

        assertThat(html).contains(active.getKeyID(), old.getKeyID(), "Signs now", "Retired 27 November 2026", "2 days",
                "40 days", "next on 25 February 2027, 08:00 UTC", "action=\"/admin/rotation\"",
                "name=\"admin_token\" value=\"the-token&quot;&lt;\"", "name=\"once\" value=\"once-1\"", "Rotate now", "Rotated.");
        assertThat(html).doesNotContain("\"d\"", "privateExponent");
    }
}
