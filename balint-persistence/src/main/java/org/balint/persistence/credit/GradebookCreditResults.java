package org.balint.persistence.credit;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditHours;
import org.balint.core.credit.CreditRecord;
import org.balint.core.group.GroupId;
import org.balint.core.validation.Violation;
import org.balint.persistence.outbox.EnqueueOutcome;
import org.balint.persistence.outbox.MessageId;
import org.balint.persistence.outbox.Outbox;
import org.balint.persistence.outbox.OutboxMessage;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;

/**
 * Records a member's credit decision and, when it changes their result, tells the LMS gradebook: the
 * decision and a {@value #KIND} message in the tenant's {@link Outbox} are written in the caller's one
 * transaction, so they are stored together or not at all.
 *
 * <p>A result changes when a decision is recorded for the first time or differs from the one kept (a
 * new {@linkplain CreditRecord#revision() revision}); recording the same decision again enqueues
 * nothing. Each message's idempotency key is derived from the tenant, group, member, kind of credit and
 * revision, so a retried transaction never sends a second score for the same revision.
 *
 * <p>The payload is a JSON object the LTI module maps to an Assignment and Grade Services score:
 * {@code scoreGiven} (the credit earned), {@code scoreMaximum} (the most credit the series offers),
 * {@code comment} (a sentence summarising the decision), {@code memberId}, {@code groupId},
 * {@code creditType}, {@code eligible}, {@code revision} and {@code decidedAt} (when this revision was
 * decided, ISO-8601 UTC: the score's timestamp derives from it). It carries identifiers and results only.
 */
public final class GradebookCreditResults {

    /** The kind of the outbox messages this class enqueues. */
    public static final String KIND = "gradebook-score";

    private final TenantScope scope;
    private final Outbox outbox;

    /** Records for {@code scope}'s tenant, notifying its LMS through {@code outbox} (the same tenant's). */
    public GradebookCreditResults(TenantScope scope, Outbox outbox) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        if (!outbox.scope().equals(scope)) {
            throw new IllegalArgumentException("the outbox of " + outbox.scope() + " cannot carry results of " + scope);
        }
    }

    /**
     * Records {@code decision} for {@code group} in the transaction of {@code entityManager} and, if it
     * changes the member's result, enqueues its gradebook score in the same transaction.
     *
     * @param scoreMaximum the most credit a member can earn in the series, the gradebook's maximum score
     */
    public RecordedResult record(EntityManager entityManager, GroupId group, CreditDecision decision,
            CreditHours scoreMaximum, Instant decidedAt) {
        Objects.requireNonNull(entityManager, "entityManager");
        Objects.requireNonNull(scoreMaximum, "scoreMaximum");
        JpaCreditRecords records = new JpaCreditRecords(scope, () -> entityManager);
        Optional<Integer> revisionBefore = records.find(group, decision.member(), decision.type())
                .map(CreditRecord::revision);
        CreditRecord record = records.record(group, decision, decidedAt);
        if (revisionBefore.isPresent() && revisionBefore.get() == record.revision()) {
            return new RecordedResult(record, Optional.empty());
        }
        OutboxMessage message = new OutboxMessage(KIND, idempotencyKey(scope.tenant(), record),
                payload(record, scoreMaximum));
        EnqueueOutcome outcome = outbox.enqueue(entityManager, message);
        MessageId id = outcome instanceof EnqueueOutcome.Enqueued enqueued ? enqueued.id()
                : ((EnqueueOutcome.AlreadyEnqueued) outcome).existing();
        return new RecordedResult(record, Optional.of(id));
    }

    /**
     * The key naming the fact "this revision of this member's result": the same for every retry of the
     * same revision, different for every tenant, group, member, kind of credit and revision.
     */
    public static String idempotencyKey(Tenant tenant, CreditRecord record) {
        List<String> parts = List.of(tenant.platformIssuer(), tenant.deploymentId(), record.group().value(),
                record.member().value(), record.type().name(), Integer.toString(record.revision()));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha256.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha256.update((byte) ':');
                sha256.update(bytes);
            }
            return KIND + ":" + HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    static String payload(CreditRecord record, CreditHours scoreMaximum) {
        return "{\"scoreGiven\":" + record.creditEarned().toBigDecimal().toPlainString()
                + ",\"scoreMaximum\":" + scoreMaximum.toBigDecimal().toPlainString()
                + ",\"comment\":" + json(comment(record))
                + ",\"memberId\":" + json(record.member().value())
                + ",\"groupId\":" + json(record.group().value())
                + ",\"creditType\":" + json(record.type().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                + ",\"eligible\":" + record.eligible()
                + ",\"revision\":" + record.revision()
                + ",\"decidedAt\":" + json(record.decidedAt().toString()) + "}";
    }

    /** "Eligible for AAFP Prescribed credit: 7.50 credit." or "Not eligible for APA CE credit: …". */
    static String comment(CreditRecord record) {
        if (record.eligible()) {
            return "Eligible for " + record.type().label() + ": " + record.attained() + ".";
        }
        return "Not eligible for " + record.type().label() + ": "
                + String.join(" ", record.reasons().stream().map(Violation::message).toList());
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }

    /**
     * What recording a decision did.
     *
     * @param record  the credit record now kept
     * @param message the gradebook message enqueued for it; empty when the result did not change
     */
    public record RecordedResult(CreditRecord record, Optional<MessageId> message) {
        public RecordedResult {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(message, "message");
        }
    }
}
