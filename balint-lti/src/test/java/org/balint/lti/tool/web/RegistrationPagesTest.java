package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.registration.PlatformConfiguration;
import org.balint.lti.protocol.registration.RegisteredTool;
import org.balint.lti.protocol.store.RegistrationDetails;
import org.balint.lti.protocol.store.StoredRegistration;
import org.balint.lti.tool.registration.RegistrationOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The pages of the registration start URL")
class RegistrationPagesTest {

    private static final String NONCE = "bm9uY2Utb2YtdGhlLXRlc3Q=";

    private static RegistrationOutcome.Registered registered(String productFamily, boolean alreadyKnown) {
        URI moodle = URI.create("https://moodle.example.edu");
        PlatformConfiguration platform = new PlatformConfiguration(moodle.toString(), moodle.resolve("/mod/lti/auth.php"),
                moodle.resolve("/mod/lti/token.php"), moodle.resolve("/mod/lti/certs.php"),
                moodle.resolve("/mod/lti/openid-registration.php"), Optional.empty(), Set.of(), productFamily, List.of());
        RegisteredTool tool = new RegisteredTool(platform, "Jpm8mtxSHefqDLd", "2",
                Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"));
        PlatformRegistration registration = tool.toPlatformRegistration();
        StoredRegistration stored = new StoredRegistration(7, new RegistrationDetails(registration, Optional.empty(),
                "Dynamic registration", "dynamic"), Instant.EPOCH, Instant.EPOCH, 1);
        return new RegistrationOutcome.Registered(tool, stored, alreadyKnown);
    }

    @Test
    @DisplayName("the registered page names the issuer, client, deployment and endpoints, and closes through its one nonce'd script")
    void registeredPage() {
        String page = RegistrationPages.registered(registered("moodle", false), NONCE);

        assertThat(page).contains("Balint groups is registered", "https://moodle.example.edu", "Jpm8mtxSHefqDLd",
                "<td>2</td>", "https://moodle.example.edu/mod/lti/token.php", "https://moodle.example.edu/mod/lti/certs.php",
                "marked <code>dynamic</code>", "number 7", "id=\"close\"", "data-close-after=\"4000\"");
        assertThat(page).contains("<script nonce=\"" + NONCE + "\">")
                .contains("(window.opener || window.parent)".replace("(window.opener || window.parent)",
                        "window.opener || window.parent"))
                .contains("postMessage({subject: 'org.imsglobal.lti.close'}, '*')");
        assertThat(page.split("<script", -1)).hasSize(2);
        assertThat(page).doesNotContain("onclick", "onload", "javascript:");
    }

    @Test
    @DisplayName("a second registration of the same client says it updated the registration")
    void alreadyKnown() {
        assertThat(RegistrationPages.registered(registered("moodle", true), NONCE)).contains("already knew this platform");
    }

    @Test
    @DisplayName("what the platform says about itself is shown as text, never run")
    void platformTextsEscaped() {
        String page = RegistrationPages.registered(registered("<script>alert(1)</script>", false), NONCE);

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(page.split("<script", -1)).hasSize(2);
    }

    @Test
    @DisplayName("a refusal names its reason and status, and offers to close the dialog")
    void refusalPage() {
        String page = RegistrationPages.refused(new Problem("registration-token-invalid", 403,
                "The platform did not accept the registration token."), NONCE);

        assertThat(page).contains("Balint groups was not registered", "registration-token-invalid", "HTTP 403",
                "id=\"close\"", "org.imsglobal.lti.close").doesNotContain("<body data-close-after");
    }
}
