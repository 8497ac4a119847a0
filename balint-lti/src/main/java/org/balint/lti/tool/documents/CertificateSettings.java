package org.balint.lti.tool.documents;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.balint.core.certificate.ActivityFormat;
import org.balint.core.certificate.CertificateStatements;
import org.balint.core.certificate.Provider;
import org.balint.core.credit.CreditType;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * What the provider configured for its certificates: its name as the accreditors know it, the statements
 * each kind of certificate must carry (the accreditor's published wording, which the provider keeps up to
 * date) and how members take part in the activity.
 *
 * <table>
 * <caption>Configuration properties</caption>
 * <tr><th>property</th><th>meaning</th></tr>
 * <tr><td>{@code balint.certificate.provider}</td><td>the provider's name; no certificates are issued
 *     without it</td></tr>
 * <tr><td>{@code balint.certificate.statement.<kind>.<n>}</td><td>statement {@code n} (1 to 9, printed in
 *     that order) for {@code kind}: {@code aafp-prescribed}, {@code apa-ce}, {@code series-completion} or
 *     {@code certificate-of-attendance}; credit-bearing kinds need at least one</td></tr>
 * <tr><td>{@code balint.certificate.activity-format}</td><td>{@code live} (the default: a group meeting
 *     by real-time video is live) or {@code online}</td></tr>
 * </table>
 *
 * @param provider   the issuing provider, when configured
 * @param statements the statements per kind of certificate
 * @param format     how members take part
 */
public record CertificateSettings(Optional<Provider> provider, CertificateStatements statements, ActivityFormat format) {

    /** The property naming the provider. */
    public static final String PROVIDER = "balint.certificate.provider";
    /** The prefix of the statement properties, followed by the kind and the line number. */
    public static final String STATEMENT = "balint.certificate.statement.";
    /** The property naming the activity format. */
    public static final String FORMAT = "balint.certificate.activity-format";

    private static final int MOST_STATEMENTS = 9;

    /** Validates the parts. */
    public CertificateSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(format, "format");
    }

    /** Nothing configured: no certificate can be issued until the provider is named. */
    public static CertificateSettings none() {
        return new CertificateSettings(Optional.empty(), CertificateStatements.none(), ActivityFormat.LIVE);
    }

    /**
     * The settings read from {@code properties} (a property name to its value, if set).
     *
     * @throws IllegalStateException listing every unusable value: the tool does not start with them
     */
    public static CertificateSettings read(Function<String, Optional<String>> properties) {
        List<Violation> problems = new ArrayList<>();
        Optional<Provider> provider = properties.apply(PROVIDER).filter(name -> !name.isBlank()).map(Provider::new);
        Map<CreditType, List<String>> lines = new EnumMap<>(CreditType.class);
        for (CreditType type : CreditType.values()) {
            List<String> found = new ArrayList<>();
            for (int n = 1; n <= MOST_STATEMENTS; n++) {
                properties.apply(STATEMENT + kind(type) + "." + n).filter(line -> !line.isBlank()).map(String::strip)
                        .ifPresent(found::add);
            }
            if (!found.isEmpty()) {
                lines.put(type, found);
            }
        }
        Validated<CertificateStatements> statements = CertificateStatements.of(lines);
        problems.addAll(statements.violations());
        String formatName = properties.apply(FORMAT).filter(value -> !value.isBlank()).orElse("live").strip();
        Optional<ActivityFormat> format = java.util.Arrays.stream(ActivityFormat.values())
                .filter(f -> f.name().equalsIgnoreCase(formatName)).findFirst();
        if (format.isEmpty()) {
            problems.add(Violation.of("activity-format-unknown", FORMAT + " is \"" + formatName
                    + "\": set it to live (members meet at the same time, by video too) or online."));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The certificate configuration cannot be used: " + problems.stream()
                    .map(Violation::message).reduce((a, b) -> a + " " + b).orElse(""));
        }
        return new CertificateSettings(provider, statements.orElseThrow(), format.orElseThrow());
    }

    /** How {@code type} is written in the property names, e.g. {@code aafp-prescribed}. */
    static String kind(CreditType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
