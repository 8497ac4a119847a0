package org.balint.core.certificate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.balint.core.credit.CreditType;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * The statements a certificate must carry, per kind of credit, as the provider configures them from
 * the accreditors' published wording (accreditation statement, credit designation, "claim only the
 * credit commensurate with the extent of your participation"…). Data, not constants: when an
 * accreditor changes its wording, the provider changes this configuration.
 *
 * <p>Certificates for credit-bearing types (AAFP, APA) are only issued when their statements are
 * configured. AAFP statements may not call the credit "Category 1": it is reported as Prescribed credit.
 *
 * @param statements per kind of credit, the statements in the order they are printed
 */
public record CertificateStatements(Map<CreditType, List<String>> statements) {

    public CertificateStatements {
        var copy = new EnumMap<CreditType, List<String>>(CreditType.class);
        statements.forEach((type, lines) -> copy.put(Objects.requireNonNull(type, "type"), List.copyOf(lines)));
        statements = Collections.unmodifiableMap(copy);
        List<Violation> problems = problemsWith(statements);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("unusable certificate statements, check them with"
                    + " CertificateStatements.of first: " + problems);
        }
    }

    /** No statements configured: certificates of attendance and series completion only. */
    public static CertificateStatements none() {
        return new CertificateStatements(Map.of());
    }

    /** The provider's statements, or every reason they cannot be used. */
    public static Validated<CertificateStatements> of(Map<CreditType, List<String>> statements) {
        return Validated.of(problemsWith(statements), () -> new CertificateStatements(statements));
    }

    private static List<Violation> problemsWith(Map<CreditType, List<String>> statements) {
        List<Violation> problems = new ArrayList<>();
        for (CreditType type : CreditType.values()) {
            List<String> lines = statements.get(type);
            if (lines == null) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    problems.add(Violation.of("blank-certificate-statement", "Statement " + (i + 1) + " for "
                            + type.label() + " is blank: enter the wording or remove the statement."));
                } else if (type == CreditType.AAFP_PRESCRIBED && namesCategoryOne(line)) {
                    problems.add(Violation.of("category-1-label-for-aafp-credit", "Statement " + (i + 1) + " for "
                            + type.label() + " calls the credit Category 1: AAFP credit is reported toward the AMA PRA"
                            + " as Prescribed credit, never as Category 1."));
                }
            }
        }
        return problems;
    }

    private static boolean namesCategoryOne(String line) {
        String text = line.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return text.contains("category 1") || text.contains("category one") || text.contains("category i ")
                || text.endsWith("category i");
    }

    /** The statements for {@code type}, in print order; empty when none are configured. */
    public List<String> forType(CreditType type) {
        return statements.getOrDefault(type, List.of());
    }
}
