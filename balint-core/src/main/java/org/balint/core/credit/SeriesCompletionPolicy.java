package org.balint.core.credit;

import java.util.EnumSet;
import java.util.Objects;
import java.util.List;
import java.util.Set;
import org.balint.core.group.Discipline;

/**
 * Completion of a series track, such as a certifying board's practice-improvement activity: the member
 * attends at least a number of the sessions, where a session counts as attended when the member was
 * present for at least a share of its scheduled time.
 *
 * @param track                  the track's name as it appears on the certificate
 * @param offeredTo              professions offered the track (preset: every profession)
 * @param sessionsRequired       sessions to attend (preset: 6)
 * @param minimumPresencePercent the share of a session's scheduled time, in percent, a member must be
 *                               present for it to count (preset: 75)
 * @param evaluationRequired     whether a completed evaluation is required (preset: no)
 */
public record SeriesCompletionPolicy(String track, Set<Discipline> offeredTo, int sessionsRequired,
        int minimumPresencePercent, boolean evaluationRequired) implements CreditPolicy {

    /** Sessions to attend in the preset: 6 (of a series of 8). */
    public static final int DEFAULT_SESSIONS_REQUIRED = 6;
    /** The share of a session's time a member must attend in the preset: 75 %. */
    public static final int DEFAULT_MINIMUM_PRESENCE_PERCENT = 75;

    public SeriesCompletionPolicy {
        Objects.requireNonNull(track, "track");
        track = track.strip();
        offeredTo = AafpPrescribedPolicy.disciplines(offeredTo);
    }

    /** The {@code track}, open to every profession: 6 sessions at 75 % presence, no evaluation. */
    public static SeriesCompletionPolicy preset(String track) {
        return new SeriesCompletionPolicy(track, EnumSet.allOf(Discipline.class), DEFAULT_SESSIONS_REQUIRED,
                DEFAULT_MINIMUM_PRESENCE_PERCENT, false);
    }

    @Override
    public CreditType type() {
        return CreditType.SERIES_COMPLETION;
    }

    public SeriesCompletionPolicy offeredTo(Discipline... disciplines) {
        Set<Discipline> offered = AafpPrescribedPolicy.disciplines(List.of(disciplines));
        return new SeriesCompletionPolicy(track, offered, sessionsRequired, minimumPresencePercent, evaluationRequired);
    }

    public SeriesCompletionPolicy withSessionsRequired(int sessions) {
        return new SeriesCompletionPolicy(track, offeredTo, sessions, minimumPresencePercent, evaluationRequired);
    }

    public SeriesCompletionPolicy withMinimumPresencePercent(int percent) {
        return new SeriesCompletionPolicy(track, offeredTo, sessionsRequired, percent, evaluationRequired);
    }

    public SeriesCompletionPolicy withEvaluationRequired(boolean required) {
        return new SeriesCompletionPolicy(track, offeredTo, sessionsRequired, minimumPresencePercent, required);
    }
}
