package org.balint.core.credit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.balint.core.group.Discipline;
import org.balint.core.group.SessionNumber;

/**
 * AAFP Prescribed credit for a live activity: credit from formal interaction time only.
 *
 * <p>Per session, the minutes the member attended outside the non-educational windows (welcome,
 * announcements) are divided by 60 and rounded to the nearest quarter hour, an exact half rounding up;
 * the result is capped at the credit approved for the session and at the per-session maximum, then
 * summed over the series. Reported toward the AMA PRA as {@link AmaPraLabel#PRESCRIBED_CREDIT}.
 *
 * @param offeredTo          professions offered this credit (preset: physicians)
 * @param perSessionMaximum  the most credit one session can earn (preset: 3.75)
 * @param approvedCredit     credit approved per session; a session not listed is approved for its formal
 *                           time in whole quarter hours. Never more than the session's formal time.
 * @param nonEducationalTime windows excluded from formal time
 * @param evaluationRequired whether a completed evaluation is required (preset: no)
 */
public record AafpPrescribedPolicy(Set<Discipline> offeredTo, BigDecimal perSessionMaximum,
        Map<SessionNumber, BigDecimal> approvedCredit, List<NonEducationalWindow> nonEducationalTime,
        boolean evaluationRequired) implements CreditPolicy {

    /** The per-session maximum of the preset: 3.75 credit. */
    public static final BigDecimal DEFAULT_PER_SESSION_MAXIMUM = new BigDecimal("3.75");

    public AafpPrescribedPolicy {
        offeredTo = disciplines(offeredTo);
        Objects.requireNonNull(perSessionMaximum, "perSessionMaximum");
        approvedCredit = Collections.unmodifiableMap(new TreeMap<>(approvedCredit));
        approvedCredit.values().forEach(value -> Objects.requireNonNull(value, "approved credit"));
        nonEducationalTime = List.copyOf(nonEducationalTime);
    }

    /** Offered to physicians, at most 3.75 credit per session, no non-educational time, no evaluation. */
    public static AafpPrescribedPolicy preset() {
        return new AafpPrescribedPolicy(EnumSet.of(Discipline.PHYSICIAN), DEFAULT_PER_SESSION_MAXIMUM, Map.of(),
                List.of(), false);
    }

    @Override
    public CreditType type() {
        return CreditType.AAFP_PRESCRIBED;
    }

    public AafpPrescribedPolicy offeredTo(Discipline... disciplines) {
        Set<Discipline> offered = disciplines(List.of(disciplines));
        return new AafpPrescribedPolicy(offered, perSessionMaximum, approvedCredit, nonEducationalTime,
                evaluationRequired);
    }

    public AafpPrescribedPolicy withPerSessionMaximum(BigDecimal maximum) {
        return new AafpPrescribedPolicy(offeredTo, maximum, approvedCredit, nonEducationalTime, evaluationRequired);
    }

    /** The credit the AAFP approved for {@code session}, e.g. {@code 1.25}. */
    public AafpPrescribedPolicy withApprovedCredit(SessionNumber session, BigDecimal credit) {
        var approved = new TreeMap<>(approvedCredit);
        approved.put(session, credit);
        return new AafpPrescribedPolicy(offeredTo, perSessionMaximum, approved, nonEducationalTime,
                evaluationRequired);
    }

    /** Adds windows of non-educational time (welcome, announcements) to exclude from formal time. */
    public AafpPrescribedPolicy withNonEducationalTime(NonEducationalWindow... windows) {
        var all = new ArrayList<>(nonEducationalTime);
        all.addAll(Arrays.asList(windows));
        return new AafpPrescribedPolicy(offeredTo, perSessionMaximum, approvedCredit, all, evaluationRequired);
    }

    public AafpPrescribedPolicy withEvaluationRequired(boolean required) {
        return new AafpPrescribedPolicy(offeredTo, perSessionMaximum, approvedCredit, nonEducationalTime, required);
    }

    static Set<Discipline> disciplines(Collection<Discipline> disciplines) {
        var copy = EnumSet.noneOf(Discipline.class);
        for (Discipline discipline : disciplines) {
            copy.add(Objects.requireNonNull(discipline, "discipline"));
        }
        return Collections.unmodifiableSet(copy);
    }
}
