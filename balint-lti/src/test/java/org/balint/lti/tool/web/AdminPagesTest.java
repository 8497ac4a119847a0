package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.core.certificate.CertificateStatements;
import org.balint.core.certificate.Provider;
import org.balint.core.credit.CreditType;
import org.balint.lti.tool.platform.Accreditation;
import org.balint.lti.tool.platform.AccreditationSettings;
import org.balint.lti.tool.platform.PlatformOverview;
import org.balint.lti.tool.platform.RetentionCounts;
import org.balint.lti.tool.platform.RetentionPreview;
import org.balint.lti.tool.course.FieldViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The administrator's pages about their platform")
class AdminPagesTest {

    private static final String HIDDEN = "<input type=\"hidden\" name=\"launch_session\" value=\"s\">";
    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    private static PlatformOverview overview(List<String> deployments, String launchedThrough) {
        return new PlatformOverview(7, "Riverside <Moodle>", "https://moodle.riverside.edu", "tool-1",
                URI.create("https://moodle.riverside.edu/mod/lti/auth.php"), URI.create("https://moodle.riverside.edu/mod/lti/token.php"),
                URI.create("https://moodle.riverside.edu/mod/lti/certs.php"), Optional.of(NOW.minusSeconds(300)), deployments,
                launchedThrough, URI.create("https://balint.example.org/lti/jwks"), "kid-1", NOW.minus(Duration.ofDays(3)),
                Duration.ofDays(3).plusHours(4), NOW.plus(Duration.ofDays(87)));
    }

    @Test
    @DisplayName("the platform page lists the registration, a remove button for every deployment but the launch's own (with the reason), and the tool key read-only")
    void platform() {
        String html = AdminPages.platform(overview(List.of("1", "2"), "1"), HIDDEN, "/", "", List.of());

        assertThat(html).contains("Riverside &lt;Moodle&gt;", "https://moodle.riverside.edu/mod/lti/certs.php",
                "29 November 2026, 07:55 UTC", "kid-1", "3 days 4 hours ago", "24 February 2027, 08:00 UTC",
                "https://balint.example.org/lti/jwks");
        assertThat(html).contains("Remove deployment 2").doesNotContain("Remove deployment 1");
        assertThat(html).contains("you launched through this deployment, so it cannot be removed");
        assertThat(html).contains("action=\"/lti/admin/deployments/add\"", "action=\"/lti/admin/deployments/remove\"");
        assertThat(html).doesNotContain("Rotate");
    }

    @Test
    @DisplayName("a refused deployment id is shown again beside its field with the reason, announced at the top")
    void platformRefused() {
        String html = AdminPages.platform(overview(List.of("1"), "1"), HIDDEN, "/", " 3\"", List.of(FieldViolation.at(
                "deployment_id", "deployment-id-malformed", "A deployment id has no spaces before or after it.")));

        assertThat(html).contains("role=\"alert\"", "href=\"#f-deployment_id\"", "aria-invalid=\"true\"",
                "id=\"e-deployment_id\"", "deployment-id-malformed", "value=\" 3&quot;\"");
        assertThat(html).doesNotContain("Remove deployment");
    }

    @Test
    @DisplayName("the accreditation form offers a field per kind of credit, says certificates issued afterwards use it, and keeps what was typed")
    void accreditation() {
        Accreditation saved = new Accreditation(new Provider("Riverside CME"), new CertificateStatements(Map.of(
                CreditType.AAFP_PRESCRIBED, List.of("First.", "Second."))), Optional.of(NOW));

        String html = AdminPages.accreditation(Optional.of(saved), AdminPages.values(Optional.of(saved)), HIDDEN, "/", List.of());

        assertThat(html).contains("Certificates issued after you save carry the new wording", "Last saved 29 November 2026",
                "value=\"Riverside CME\"", ">First.\n\nSecond.</textarea>", "never anything about a person or a case",
                "never Category 1");
        for (CreditType type : CreditType.values()) {
            assertThat(html).contains("name=\"" + AccreditationSettings.statementsField(type) + "\"");
        }
    }

    @Test
    @DisplayName("the retention page shows the period and counts only, and a purge button carrying the preview's value")
    void retention() {
        RetentionPreview preview = new RetentionPreview(Period.ofYears(6), NOW, List.of("1", "2"),
                new RetentionCounts(3, 4, 1, 1, 6, 7, 9, 2, 1, 1, 5, 0), "once-value");

        String html = AdminPages.retention(preview, HIDDEN, "/", List.of());

        assertThat(html).contains("6 years", "deployment of your platform (1, 2)", "<td>Certificates</td><td>3</td>",
                "39 records", "name=\"confirmation\" value=\"once-value\"", "Purge 39 records now", "cannot be undone");
        assertThat(AdminPages.sentence(preview.counts())).startsWith("1 groups, 6 members");
    }

    @Test
    @DisplayName("with nothing past retention the page says so")
    void nothingToPurge() {
        String html = AdminPages.retention(new RetentionPreview(Period.ofYears(6), NOW, List.of("1"), RetentionCounts.none(),
                "v"), HIDDEN, "/", List.of());

        assertThat(html).contains("Nothing is past retention now", "Purge 0 records now");
        assertThat(AdminPages.sentence(RetentionCounts.none())).isEqualTo("nothing");
    }
}
