package org.balint.core.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.balint.core.credit.CreditType;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CertificateStatementsTest {

    private static final String APA = "This organisation is approved by the American Psychological Association to"
            + " sponsor continuing education for psychologists.";

    @Test
    @DisplayName("each kind of credit carries the statements the provider configured for it, in order")
    void statementsPerType() {
        var statements = CertificateStatements.of(Map.of(CreditType.APA_CE, List.of(APA, "3 CE credits."),
                CreditType.CERTIFICATE_OF_ATTENDANCE, List.of("Attendance only; no credit is claimed."))).orElseThrow();

        assertThat(statements.forType(CreditType.APA_CE)).containsExactly(APA, "3 CE credits.");
        assertThat(statements.forType(CreditType.AAFP_PRESCRIBED)).isEmpty();
    }

    @Test
    @DisplayName("blank statements and AAFP statements that say Category 1 are refused, each with its reason")
    void unusableStatements() {
        var outcome = CertificateStatements.of(Map.of(
                CreditType.AAFP_PRESCRIBED, List.of("Acceptable for 12 AMA PRA Category  1 Credits.", " "),
                CreditType.APA_CE, List.of("")));

        assertThat(outcome.violations()).extracting(Violation::code).containsExactly(
                "category-1-label-for-aafp-credit", "blank-certificate-statement", "blank-certificate-statement");
        assertThat(outcome.violations().get(0).message()).contains("Prescribed credit, never as Category 1");
    }

    @Test
    @DisplayName("statements that call AAFP credit Category 1 cannot be built by going around the check")
    void categoryOneIsUnrepresentable() {
        assertThatThrownBy(() -> new CertificateStatements(Map.of(CreditType.AAFP_PRESCRIBED,
                List.of("Designated for Category I credit"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
