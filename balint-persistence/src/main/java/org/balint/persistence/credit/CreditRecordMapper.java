package org.balint.persistence.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balint.core.credit.CreditHours;
import org.balint.core.credit.CreditRecord;
import org.balint.core.credit.RuleOutcome;
import org.balint.core.credit.SessionFinding;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;
import org.balint.persistence.tenant.TenantScope;

/** Maps a {@link CreditRecord} to its rows and back; the rows read back as exactly the record written. */
final class CreditRecordMapper {

    /** The rule position of the decision's own per-session findings; rule outcomes count from 1. */
    static final int DECISION_SESSIONS = 0;

    private CreditRecordMapper() {
    }

    /** A new row for {@code record}, owned by {@code owner}, with its explanation. */
    static CreditRecordEntity toNewEntity(TenantScope owner, CreditRecord record) {
        CreditRecordEntity entity = new CreditRecordEntity(owner);
        entity.groupId = record.group().value();
        entity.memberId = record.member().value();
        entity.creditType = record.type();
        writeDecision(entity, record);
        writeExplanation(owner, entity, record);
        writeClaim(entity, record);
        return entity;
    }

    /** Copies the decision's own values (not its explanation) from {@code record} into {@code entity}. */
    static void writeDecision(CreditRecordEntity entity, CreditRecord record) {
        entity.eligible = record.eligible();
        entity.attained = AwardColumns.of(record.attained());
        entity.seriesEndsAt = record.seriesEnd();
        entity.decidedAt = record.decidedAt();
        entity.revision = record.revision();
    }

    /** Adds the rows of {@code record}'s explanation to an entity that holds none. */
    static void writeExplanation(TenantScope owner, CreditRecordEntity entity, CreditRecord record) {
        if (!entity.rules.isEmpty() || !entity.findings.isEmpty()) {
            throw new IllegalStateException("remove the previous explanation before writing a new one");
        }
        addFindings(owner, entity, DECISION_SESSIONS, record.sessions());
        List<RuleOutcome> rules = record.rules();
        for (int i = 0; i < rules.size(); i++) {
            RuleOutcome outcome = rules.get(i);
            RuleOutcomeEntity row = new RuleOutcomeEntity(owner, entity, i);
            row.rule = outcome.rule();
            row.met = outcome.met();
            row.explanation = fitting(outcome.explanation(), RuleOutcomeEntity.MAX_EXPLANATION, "explanation");
            entity.rules.add(row);
            addFindings(owner, entity, i + 1, outcome.sessions());
        }
    }

    /** Copies the claim (or its absence) from {@code record} into {@code entity}. */
    static void writeClaim(CreditRecordEntity entity, CreditRecord record) {
        entity.claimedQuarterHours = record.claim().map(claimed -> claimed.credit().quarterHours()).orElse(null);
        entity.claimedAt = record.claim().map(CreditRecord.Claimed::claimedAt).orElse(null);
    }

    /** The record the rows hold. */
    static CreditRecord toRecord(CreditRecordEntity entity) {
        List<RuleOutcome> rules = new ArrayList<>(entity.rules.size());
        for (RuleOutcomeEntity row : entity.rules) {
            rules.add(new RuleOutcome(row.rule, row.met, row.explanation, findings(entity, row.listIndex + 1)));
        }
        Optional<CreditRecord.Claimed> claim = entity.claimedQuarterHours == null ? Optional.empty()
                : Optional.of(new CreditRecord.Claimed(CreditHours.ofQuarterHours(entity.claimedQuarterHours),
                        entity.claimedAt));
        return new CreditRecord(new GroupId(entity.groupId), new MemberId(entity.memberId), entity.creditType,
                entity.eligible, entity.attained.award(), rules, findings(entity, DECISION_SESSIONS),
                entity.seriesEndsAt, entity.decidedAt, entity.revision, claim);
    }

    private static void addFindings(TenantScope owner, CreditRecordEntity entity, int rulePosition,
            List<SessionFinding> findings) {
        for (int i = 0; i < findings.size(); i++) {
            SessionFinding finding = findings.get(i);
            SessionFindingEntity row = new SessionFindingEntity(owner, entity, rulePosition, i);
            row.sessionNumber = finding.session().value();
            row.minutesScheduled = finding.minutesScheduled();
            row.minutesCounted = finding.minutesThatCount();
            row.creditQuarterHours = finding.credit().map(CreditHours::quarterHours).orElse(null);
            row.counts = finding.counts();
            row.note = fitting(finding.note(), SessionFindingEntity.MAX_NOTE, "session note");
            entity.findings.add(row);
        }
    }

    private static List<SessionFinding> findings(CreditRecordEntity entity, int rulePosition) {
        return entity.findings.stream()
                .filter(row -> row.rulePosition == rulePosition)
                .sorted((a, b) -> Integer.compare(a.listIndex, b.listIndex))
                .map(row -> new SessionFinding(SessionNumber.of(row.sessionNumber), row.minutesScheduled,
                        row.minutesCounted, Optional.ofNullable(row.creditQuarterHours).map(CreditHours::ofQuarterHours),
                        row.counts, row.note))
                .toList();
    }

    private static String fitting(String text, int limit, String what) {
        if (text.length() > limit) {
            throw new IllegalArgumentException("a rule's " + what + " of " + text.length()
                    + " characters is longer than the " + limit + " kept: " + text.substring(0, 80) + "…");
        }
        return text;
    }
}
