package org.balint.lti.tool.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.balint.core.certificate.CertificateIssuer;
import org.balint.core.certificate.CertificateStatements;
import org.balint.core.certificate.Provider;
import org.balint.core.credit.CreditType;
import org.balint.core.validation.Validated;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.store.Jdbc;
import org.balint.lti.tool.course.FieldViolation;

/**
 * The accreditation configuration of each platform registration (issuer and client_id), in
 * {@code lti_accreditation_provider} and {@code lti_accreditation_statement}: the provider's name and,
 * per kind of credit, the statements its certificates print. Saving checks everything first (the
 * core's rules, such as no "Category 1" for AAFP credit, and the lengths certificates keep) and
 * replaces the whole configuration in one transaction. Certificates are issued with the configuration
 * in force when they are issued ({@link #issuer}); those issued before a change keep their wording.
 */
public final class AccreditationSettings {

    /** The form field and JSON property of the provider's name. */
    public static final String PROVIDER_FIELD = "provider_name";
    /** The longest provider name a certificate keeps. */
    public static final int MAX_PROVIDER_NAME = 300;
    /** The longest statement a certificate keeps. */
    public static final int MAX_STATEMENT = 4000;
    /** The most statements one kind of credit's certificate prints. */
    public static final int MAX_STATEMENTS = 10;

    private static final Logger LOG = Logger.getLogger(AccreditationSettings.class.getName());

    private final DataSource dataSource;
    private final Clock clock;

    /** The settings kept in {@code dataSource}. */
    public AccreditationSettings(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The form field of the statements of {@code type}, e.g. {@code statements_aafp_prescribed}. */
    public static String statementsField(CreditType type) {
        return "statements_" + type.name().toLowerCase(Locale.ROOT);
    }

    /** The configuration of the registration {@code launched} came through, if one was saved. */
    public Optional<Accreditation> find(PlatformDeployment launched) {
        Objects.requireNonNull(launched, "launched");
        return Jdbc.inTransaction(dataSource, "read the accreditation statements", connection -> read(connection, launched));
    }

    /**
     * The certificate issuer of the registration {@code launched} came through, with the configuration
     * in force now; empty until a provider is configured.
     */
    public Optional<CertificateIssuer> issuer(PlatformDeployment launched) {
        return find(launched).map(a -> new CertificateIssuer(a.provider(), a.statements(), clock));
    }

    /**
     * Checks and saves the configuration of the registration {@code launched} came through: refused
     * with every reason beside its field, or replaced as a whole.
     *
     * @param providerName the provider's name
     * @param statements   per kind of credit, the statements in print order (a kind left out has none)
     */
    public AdminOutcome<Accreditation> save(PlatformDeployment launched, String providerName,
            Map<CreditType, List<String>> statements) {
        Objects.requireNonNull(launched, "launched");
        Objects.requireNonNull(statements, "statements");
        List<FieldViolation> reasons = new ArrayList<>();
        String name = providerName == null ? "" : providerName.strip();
        Validated<Provider> provider = Provider.named(name);
        provider.violations().forEach(v -> reasons.add(FieldViolation.at(PROVIDER_FIELD, v)));
        if (name.length() > MAX_PROVIDER_NAME) {
            reasons.add(FieldViolation.at(PROVIDER_FIELD, "provider-name-too-long", "The provider's name has "
                    + name.length() + " characters; certificates keep at most " + MAX_PROVIDER_NAME + ": shorten it."));
        }
        Map<CreditType, List<String>> kept = new EnumMap<>(CreditType.class);
        for (CreditType type : CreditType.values()) {
            List<String> lines = statements.getOrDefault(type, List.of()).stream()
                    .map(line -> line == null ? "" : line.strip()).toList();
            String field = statementsField(type);
            if (lines.size() > MAX_STATEMENTS) {
                reasons.add(FieldViolation.at(field, "too-many-statements", type.label() + " has " + lines.size()
                        + " statements; a certificate prints at most " + MAX_STATEMENTS + ": merge or remove some."));
            }
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).length() > MAX_STATEMENT) {
                    reasons.add(FieldViolation.at(field, "statement-too-long", "Statement " + (i + 1) + " for "
                            + type.label() + " has " + lines.get(i).length() + " characters; a certificate keeps at "
                            + "most " + MAX_STATEMENT + ": shorten it."));
                }
            }
            CertificateStatements.of(Map.of(type, lines)).violations()
                    .forEach(v -> reasons.add(FieldViolation.at(field, v)));
            if (!lines.isEmpty()) {
                kept.put(type, lines);
            }
        }
        if (!reasons.isEmpty()) {
            return new AdminOutcome.Refused<>(400, reasons);
        }
        Instant now = Instant.ofEpochMilli(clock.millis());
        Accreditation saved = new Accreditation(provider.orElseThrow(), new CertificateStatements(kept), Optional.of(now));
        Jdbc.inTransaction(dataSource, "save the accreditation statements", connection -> {
            write(connection, launched, saved, now);
            return null;
        });
        LOG.info(() -> "Admin change by LMS administrator " + launched.issuer() + " / " + launched.clientId()
                + " (launched through deployment " + launched.deploymentId() + "): saved the accreditation statements ("
                + kept.entrySet().stream().map(e -> e.getValue().size() + " for " + e.getKey().label()).toList() + ")");
        return new AdminOutcome.Done<>(saved, "The accreditation statements were saved. Certificates issued from now on "
                + "carry them; certificates issued before keep the wording they were issued with.");
    }

    /** The statements of a text area: one statement per paragraph, paragraphs separated by a blank line. */
    public static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            String joined = String.join(" ", paragraph.strip().split("\\s*\n\\s*"));
            if (!joined.isBlank()) {
                found.add(joined);
            }
        }
        return found;
    }

    private static void write(Connection connection, PlatformDeployment launched, Accreditation saved, Instant now)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM lti_accreditation_statement WHERE issuer = ? AND client_id = ?")) {
            delete.setString(1, launched.issuer());
            delete.setString(2, launched.clientId());
            delete.executeUpdate();
        }
        int updated;
        try (PreparedStatement update = connection.prepareStatement("UPDATE lti_accreditation_provider SET "
                + "provider_name = ?, updated_at = ? WHERE issuer = ? AND client_id = ?")) {
            update.setString(1, saved.provider().name());
            update.setLong(2, now.toEpochMilli());
            update.setString(3, launched.issuer());
            update.setString(4, launched.clientId());
            updated = update.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lti_accreditation_provider "
                    + "(issuer, client_id, provider_name, updated_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, launched.issuer());
                insert.setString(2, launched.clientId());
                insert.setString(3, saved.provider().name());
                insert.setLong(4, now.toEpochMilli());
                insert.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lti_accreditation_statement "
                + "(issuer, client_id, credit_type, list_index, wording) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<CreditType, List<String>> entry : saved.statements().statements().entrySet()) {
                for (int i = 0; i < entry.getValue().size(); i++) {
                    insert.setString(1, launched.issuer());
                    insert.setString(2, launched.clientId());
                    insert.setString(3, entry.getKey().name());
                    insert.setInt(4, i);
                    insert.setString(5, entry.getValue().get(i));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static Optional<Accreditation> read(Connection connection, PlatformDeployment launched) throws SQLException {
        String name;
        Instant updatedAt;
        try (PreparedStatement select = connection.prepareStatement("SELECT provider_name, updated_at FROM "
                + "lti_accreditation_provider WHERE issuer = ? AND client_id = ?")) {
            select.setString(1, launched.issuer());
            select.setString(2, launched.clientId());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                name = row.getString(1);
                updatedAt = Instant.ofEpochMilli(row.getLong(2));
            }
        }
        Map<CreditType, List<String>> statements = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT credit_type, wording FROM "
                + "lti_accreditation_statement WHERE issuer = ? AND client_id = ? ORDER BY credit_type, list_index")) {
            select.setString(1, launched.issuer());
            select.setString(2, launched.clientId());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    statements.computeIfAbsent(CreditType.valueOf(row.getString(1)), t -> new ArrayList<>())
                            .add(row.getString(2));
                }
            }
        }
        return Optional.of(new Accreditation(new Provider(name), new CertificateStatements(statements),
                Optional.of(updatedAt)));
    }
}
