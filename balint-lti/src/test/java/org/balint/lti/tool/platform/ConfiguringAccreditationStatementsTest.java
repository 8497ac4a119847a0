package org.balint.lti.tool.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.balint.core.credit.CreditType;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.support.TestDataSources;
import org.balint.lti.tool.course.FieldViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Configuring a platform's accreditation statements")
class ConfiguringAccreditationStatementsTest {

    private static final String AAFP_ACCREDITATION = "The AAFP has reviewed Balint group for family physicians and "
            + "deemed it acceptable for AAFP credit.";
    private static final String AAFP_DESIGNATION = "This Live activity is approved for up to 12.00 Live AAFP Prescribed credits.";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
    private final AccreditationSettings settings = new AccreditationSettings(TestDataSources.fresh("accreditation"), clock);
    private final PlatformDeployment riverside = new PlatformDeployment("https://moodle.riverside.edu", "tool", "1");
    private final PlatformDeployment riversideOtherDeployment = new PlatformDeployment("https://moodle.riverside.edu", "tool", "2");
    private final PlatformDeployment lakeside = new PlatformDeployment("https://moodle.lakeside.edu", "tool", "1");

    @Test
    @DisplayName("saved statements are the platform's, for every deployment of it, and for no other platform")
    void savedForThePlatform() {
        AdminOutcome<Accreditation> outcome = settings.save(riverside, "  Riverside Family Medicine Residency, Office of CME ",
                Map.of(CreditType.AAFP_PRESCRIBED, List.of(AAFP_ACCREDITATION, AAFP_DESIGNATION)));

        assertThat(outcome).isInstanceOf(AdminOutcome.Done.class);
        assertThat(((AdminOutcome.Done<Accreditation>) outcome).notice()).contains("Certificates issued from now on");
        Accreditation saved = settings.find(riversideOtherDeployment).orElseThrow();
        assertThat(saved.provider().name()).isEqualTo("Riverside Family Medicine Residency, Office of CME");
        assertThat(saved.statements().forType(CreditType.AAFP_PRESCRIBED)).containsExactly(AAFP_ACCREDITATION, AAFP_DESIGNATION);
        assertThat(saved.statements().forType(CreditType.APA_CE)).isEmpty();
        assertThat(saved.updatedAt()).contains(Instant.parse("2026-11-29T08:00:00Z"));
        assertThat(settings.find(lakeside)).isEmpty();
    }

    @Test
    @DisplayName("saving again replaces the whole configuration, and certificates issued afterwards carry it")
    void replaced() {
        settings.save(riverside, "Riverside CME", Map.of(CreditType.AAFP_PRESCRIBED, List.of(AAFP_ACCREDITATION),
                CreditType.APA_CE, List.of("Approved by the APA.")));
        settings.save(riverside, "Riverside Office of CME", Map.of(CreditType.AAFP_PRESCRIBED,
                List.of(AAFP_ACCREDITATION, AAFP_DESIGNATION)));

        Accreditation saved = settings.find(riverside).orElseThrow();
        assertThat(saved.provider().name()).isEqualTo("Riverside Office of CME");
        assertThat(saved.statements().statements()).containsOnlyKeys(CreditType.AAFP_PRESCRIBED);
        assertThat(settings.issuer(riverside)).isPresent();
        assertThat(settings.issuer(lakeside)).as("no provider configured: no certificates can be issued").isEmpty();
    }

    @Test
    @DisplayName("every problem is reported beside its field, and nothing is saved")
    void everyProblemBesideItsField() {
        AdminOutcome<Accreditation> outcome = settings.save(riverside, " ", Map.of(
                CreditType.AAFP_PRESCRIBED, List.of("This activity is approved for 12 AMA PRA Category 1 Credits."),
                CreditType.APA_CE, List.of("x".repeat(AccreditationSettings.MAX_STATEMENT + 1), " ")));

        assertThat(outcome).isInstanceOf(AdminOutcome.Refused.class);
        AdminOutcome.Refused<Accreditation> refused = (AdminOutcome.Refused<Accreditation>) outcome;
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.reasons()).extracting(r -> r.field().orElseThrow() + " " + r.violation().code())
                .containsExactlyInAnyOrder(
                        "provider_name provider-name-missing",
                        "statements_aafp_prescribed category-1-label-for-aafp-credit",
                        "statements_apa_ce statement-too-long",
                        "statements_apa_ce blank-certificate-statement");
        assertThat(settings.find(riverside)).isEmpty();
    }

    @Test
    @DisplayName("a provider name longer than a certificate keeps, and too many statements, are refused")
    void lengths() {
        AdminOutcome<Accreditation> outcome = settings.save(riverside, "R".repeat(301),
                Map.of(CreditType.CERTIFICATE_OF_ATTENDANCE, java.util.Collections.nCopies(11, "Attended.")));

        assertThat(((AdminOutcome.Refused<Accreditation>) outcome).reasons()).extracting(FieldViolation::violation)
                .extracting(v -> v.code()).containsExactlyInAnyOrder("provider-name-too-long", "too-many-statements");
    }

    @Test
    @DisplayName("a text area's paragraphs are its statements: blank lines separate them, line breaks inside one are joined")
    void paragraphs() {
        assertThat(AccreditationSettings.paragraphs("First line\nof the first.\r\n\r\n  Second.  \n\n\n")).containsExactly(
                "First line of the first.", "Second.");
        assertThat(AccreditationSettings.paragraphs("  \n ")).isEmpty();
    }
}
