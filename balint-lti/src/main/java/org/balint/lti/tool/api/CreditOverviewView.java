package org.balint.lti.tool.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.credit.CreditDecision;
import org.balint.lti.tool.gradebook.LeaderCredit;
import org.balint.lti.tool.gradebook.MemberSyncStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A group's credit and its way to the LMS gradebook, member by member.
 *
 * @param group      the group id
 * @param creditType the kind of credit the gradebook carries
 * @param maximum    the most credit the series offers
 * @param problems   why decisions could not be worked out, normally none
 * @param members    every member
 */
@Schema(name = "CreditOverview", description = "Each member's credit decision and gradebook sync status.")
public record CreditOverviewView(String group, String creditType, String maximum, List<ApiProblem> problems,
        List<Member> members) {

    /** Validates and copies the parts. */
    public CreditOverviewView {
        Objects.requireNonNull(group, "group");
        problems = List.copyOf(problems);
        members = List.copyOf(members);
    }

    /**
     * One member's credit.
     *
     * @param member       their member id
     * @param name         their name
     * @param offered      whether the credit is offered to their profession
     * @param eligible     their decision, when offered
     * @param creditEarned the credit earned, when eligible
     * @param reasons      why not eligible
     * @param gradebook    where their result stands on its way to the gradebook
     */
    @Schema(name = "MemberCredit")
    public record Member(String member, String name, boolean offered, Optional<Boolean> eligible,
            Optional<String> creditEarned, List<ApiProblem> reasons, Gradebook gradebook) {
    }

    /**
     * Where a result stands on its way to the gradebook.
     *
     * @param status       sent, waiting, refused, not-gradable, not-sent or nothing-to-send
     * @param at           when it was sent, or since when it waits (ISO-8601)
     * @param attempts     failed attempts so far, while waiting to be tried again
     * @param code         the platform's refusal as a reason code
     * @param message      the platform's words and what to do next
     * @param canSendAgain whether POST .../credit/send-again applies
     */
    @Schema(name = "GradebookStatus")
    public record Gradebook(@Schema(enumeration = {"sent", "waiting", "refused", "not-gradable", "not-sent",
        "nothing-to-send"}) String status, Optional<String> at, int attempts, Optional<String> code,
            Optional<String> message, boolean canSendAgain) {
    }

    static CreditOverviewView of(LeaderCredit.CreditOverview overview) {
        return new CreditOverviewView(overview.group().value(), LeaderCredit.TYPE.label(), overview.maximum().toString(),
                overview.problems().stream().map(v -> new ApiProblem(v.code(), v.message())).toList(),
                overview.members().stream().map(CreditOverviewView::member).toList());
    }

    private static Member member(LeaderCredit.MemberCredit credit) {
        Optional<CreditDecision> decision = credit.decision();
        return new Member(credit.member().value(), credit.name(), credit.offer().offered(),
                decision.map(CreditDecision::isEligible),
                decision.filter(CreditDecision::isEligible).map(d -> ((CreditDecision.Eligible) d).creditEarned().toString()),
                decision.filter(d -> !d.isEligible()).map(d -> ((CreditDecision.NotEligible) d).reasons().stream()
                        .map(v -> new ApiProblem(v.code(), v.message())).toList()).orElse(List.of()),
                gradebook(credit));
    }

    private static Gradebook gradebook(LeaderCredit.MemberCredit credit) {
        MemberSyncStatus status = credit.status();
        if (status instanceof MemberSyncStatus.Delivered d) {
            return new Gradebook("sent", Optional.of(d.deliveredAt().toString()), 0, Optional.empty(), Optional.empty(), false);
        }
        if (status instanceof MemberSyncStatus.Pending p) {
            return new Gradebook("waiting", Optional.of(p.since().toString()), 0, Optional.empty(), Optional.empty(), false);
        }
        if (status instanceof MemberSyncStatus.Retrying r) {
            return new Gradebook("waiting", Optional.of(r.nextAttemptAt().toString()), r.attempts(), Optional.empty(),
                    Optional.of(r.lastError()), false);
        }
        if (status instanceof MemberSyncStatus.Failed f) {
            return new Gradebook("user-not-gradable".equals(f.code()) ? "not-gradable" : "refused", Optional.empty(), 0,
                    Optional.of(f.code()), Optional.of(f.reason()), true);
        }
        return new Gradebook(credit.decision().isPresent() ? "not-sent" : "nothing-to-send", Optional.empty(), 0,
                Optional.empty(), Optional.empty(), false);
    }
}
