package org.balint.lti.tool.gradebook;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.credit.CreditType;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.services.JsonShapeException;
import org.balint.lti.protocol.services.JsonValues;

/**
 * One revision of a member's credit result, as a {@code gradebook-score} outbox message carries it:
 * identifiers and results only, never case content.
 *
 * @param group        the Balint group
 * @param member       the member
 * @param type         the kind of credit
 * @param revision     the revision of the decision, 1 for the first
 * @param decidedAt    when this revision was decided
 * @param scoreGiven   the credit earned
 * @param scoreMaximum the most credit the series offers
 * @param comment      the sentence summarising the decision
 */
public record CreditScore(GroupId group, MemberId member, CreditType type, int revision, Instant decidedAt,
        double scoreGiven, double scoreMaximum, String comment) {

    /** Validates the arguments. */
    public CreditScore {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(comment, "comment");
        if (revision < 1) {
            throw new IllegalArgumentException("revisions count from 1: " + revision);
        }
    }

    /**
     * Reads a message payload.
     *
     * @return the score, or empty when the payload is not a {@code gradebook-score} body this version
     *     understands
     */
    public static Optional<CreditScore> read(String payload) {
        try {
            Map<String, Object> json = JsonValues.object(payload);
            double given = JsonValues.number(json, "scoreGiven");
            double maximum = JsonValues.number(json, "scoreMaximum");
            double revision = JsonValues.number(json, "revision");
            CreditType type = CreditType.valueOf(JsonValues.text(json, "creditType").toUpperCase(Locale.ROOT).replace('-', '_'));
            if (given < 0 || !(maximum > 0) || revision != Math.rint(revision) || revision < 1) {
                return Optional.empty();
            }
            return Optional.of(new CreditScore(new GroupId(JsonValues.text(json, "groupId")),
                    new MemberId(JsonValues.text(json, "memberId")), type, (int) revision,
                    Instant.parse(JsonValues.text(json, "decidedAt")), given, maximum,
                    JsonValues.optionalText(json, "comment").orElse("")));
        } catch (JsonShapeException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
