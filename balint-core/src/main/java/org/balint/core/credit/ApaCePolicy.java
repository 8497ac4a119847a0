package org.balint.core.credit;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.balint.core.group.Discipline;
import org.balint.core.group.SessionNumber;

/**
 * APA continuing-education credit for psychologists: whole credits only.
 *
 * <p>A session's instructional time runs from its instructional start to its scheduled end and is cut
 * into full 60-minute blocks counted from the instructional start; a remainder under 60 minutes earns
 * nothing. The member earns one credit for each block in which they did not miss more than the
 * allowed number of consecutive minutes. A completed evaluation is required.
 *
 * @param offeredTo                     professions offered this credit (preset: psychologists)
 * @param maximumConsecutiveMinutesMissed the longest gap a block tolerates (preset: 15 minutes)
 * @param instructionalStart            per session, when instruction starts; a session not listed starts
 *                                      instruction at its scheduled start
 * @param evaluationRequired            whether a completed evaluation is required (preset: yes)
 */
public record ApaCePolicy(Set<Discipline> offeredTo, int maximumConsecutiveMinutesMissed,
        Map<SessionNumber, Instant> instructionalStart, boolean evaluationRequired) implements CreditPolicy {

    /** The gap a block tolerates in the preset: 15 consecutive minutes. */
    public static final int DEFAULT_MAXIMUM_CONSECUTIVE_MINUTES_MISSED = 15;

    public ApaCePolicy {
        offeredTo = AafpPrescribedPolicy.disciplines(offeredTo);
        instructionalStart = Collections.unmodifiableMap(new TreeMap<>(instructionalStart));
        instructionalStart.values().forEach(value -> Objects.requireNonNull(value, "instructional start"));
    }

    /** Offered to psychologists, at most 15 consecutive minutes missed per hour, evaluation required. */
    public static ApaCePolicy preset() {
        return new ApaCePolicy(EnumSet.of(Discipline.PSYCHOLOGIST), DEFAULT_MAXIMUM_CONSECUTIVE_MINUTES_MISSED,
                Map.of(), true);
    }

    @Override
    public CreditType type() {
        return CreditType.APA_CE;
    }

    public ApaCePolicy offeredTo(Discipline... disciplines) {
        Set<Discipline> offered = AafpPrescribedPolicy.disciplines(List.of(disciplines));
        return new ApaCePolicy(offered, maximumConsecutiveMinutesMissed, instructionalStart, evaluationRequired);
    }

    public ApaCePolicy withMaximumConsecutiveMinutesMissed(int minutes) {
        return new ApaCePolicy(offeredTo, minutes, instructionalStart, evaluationRequired);
    }

    /** Instruction in {@code session} starts at {@code start} rather than at the scheduled start. */
    public ApaCePolicy withInstructionalStart(SessionNumber session, Instant start) {
        var starts = new TreeMap<>(instructionalStart);
        starts.put(session, start);
        return new ApaCePolicy(offeredTo, maximumConsecutiveMinutesMissed, starts, evaluationRequired);
    }

    public ApaCePolicy withEvaluationRequired(boolean required) {
        return new ApaCePolicy(offeredTo, maximumConsecutiveMinutesMissed, instructionalStart, required);
    }
}
