package org.balint.lti.tool.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.balint.core.certificate.ActivityFormat;
import org.balint.core.credit.CreditType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The provider's certificate settings, read from configuration")
class ReadingTheCertificateSettingsTest {

    @Test
    @DisplayName("the provider, the statements in line order (gaps skipped) and the activity format")
    void configured() {
        CertificateSettings settings = read(Map.of(
                "balint.certificate.provider", " Riverside CME ",
                "balint.certificate.statement.aafp-prescribed.2", "Second line.",
                "balint.certificate.statement.aafp-prescribed.1", "First line.",
                "balint.certificate.statement.aafp-prescribed.4", "Fourth line.",
                "balint.certificate.activity-format", "online"));

        assertThat(settings.provider()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Riverside CME"));
        assertThat(settings.statements().forType(CreditType.AAFP_PRESCRIBED))
                .containsExactly("First line.", "Second line.", "Fourth line.");
        assertThat(settings.statements().forType(CreditType.APA_CE)).isEmpty();
        assertThat(settings.format()).isEqualTo(ActivityFormat.ONLINE);
    }

    @Test
    @DisplayName("nothing configured: no provider, no statements, a live activity")
    void nothingConfigured() {
        CertificateSettings settings = read(Map.of());

        assertThat(settings.provider()).isEmpty();
        assertThat(settings.statements().forType(CreditType.AAFP_PRESCRIBED)).isEmpty();
        assertThat(settings.format()).isEqualTo(ActivityFormat.LIVE);
    }

    @Test
    @DisplayName("AAFP credit called Category 1, or an unknown format, stops the tool with every reason")
    void unusable() {
        assertThatThrownBy(() -> read(Map.of(
                "balint.certificate.statement.aafp-prescribed.1", "Up to 12 AMA PRA Category 1 Credits.",
                "balint.certificate.activity-format", "hybrid")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Category 1")
                .hasMessageContaining("hybrid");
    }

    private static CertificateSettings read(Map<String, String> properties) {
        return CertificateSettings.read(name -> Optional.ofNullable(properties.get(name)));
    }
}
