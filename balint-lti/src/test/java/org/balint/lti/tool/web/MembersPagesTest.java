package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.registration.Attestation;
import org.balint.core.registration.DeferralReason;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.members.DecisionRequest;
import org.balint.lti.tool.members.RosterEntry;
import org.balint.lti.tool.members.RosterOverview;
import org.balint.lti.tool.roster.RosterSyncStates;
import org.balint.lti.tool.roster.SyncCounts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The leader's Members page")
class MembersPagesTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
    private static final String HIDDEN = "<input type=\"hidden\" name=\"launch_session\" value=\"t\">";

    private static RosterEntry entry(String id, String name, RosterEntry.Standing standing, Optional<Integer> position,
            boolean stressful, List<Attestation> missing, Optional<String> note) {
        List<Attestation> given = EnumSet.allOf(Attestation.class).stream().filter(a -> !missing.contains(a)).toList();
        return new RosterEntry(new MemberId(id), name, "Physician (family medicine)", standing, position, AT, AT,
                given, missing, stressful, note, List.of());
    }

    private static final RosterEntry LENA = entry("lena", "Lena " + SCRIPT, RosterEntry.Standing.AWAITING_REVIEW,
            Optional.empty(), true, List.of(), Optional.empty());
    private static final RosterEntry SAM = entry("sam", "Sam Rivera", RosterEntry.Standing.ACCEPTED, Optional.empty(), false,
            List.of(), Optional.empty());
    private static final RosterEntry OMAR = entry("omar", "Omar Haddad", RosterEntry.Standing.WAITLISTED, Optional.of(1),
            false, List.of(), Optional.empty());
    private static final RosterEntry ZOE = entry("zoe", "Zoe Park", RosterEntry.Standing.DECLINED_AT_SCREENING,
            Optional.empty(), false, List.of(Attestation.WILLING_TO_PRESENT), Optional.empty());
    private static final RosterEntry ADA = entry("ada", "Ada Lovell", RosterEntry.Standing.LEFT_THE_COURSE,
            Optional.empty(), false, List.of(), Optional.empty());
    private static final RosterEntry BEN = entry("ben", "Ben Ito", RosterEntry.Standing.LATER_SERIES_RECOMMENDED,
            Optional.empty(), true, List.of(), Optional.of(DeferralReason.STRESSFUL_PERIOD.note()));

    private static RosterOverview overview(int members, int max, Optional<RosterSyncStates.SyncState> sync) {
        return new RosterOverview(new GroupId("g-1"), "Spring " + SCRIPT, members, max, false, List.of(LENA), List.of(OMAR),
                List.of(SAM, LENA, OMAR, ZOE, ADA, BEN), sync);
    }

    @Test
    @DisplayName("the review queue comes first with a decision form per registrant; every standing and screening reads plainly; everything escaped")
    void everything() {
        String html = MembersPages.render(overview(1, 6, Optional.empty()), HIDDEN, "/base/", Optional.empty());

        assertThat(html).doesNotContain(SCRIPT).contains("Members of Spring &lt;script&gt;", "1 of at most 6 members; 5 places free.",
                "Waiting for faculty review (1)", "action=\"/base/lti/members/decide\"", "name=\"registrant\" value=\"lena\"",
                "value=\"accept\"", "value=\"defer\"", "value=\"stressful-period\"", "value=\"talk-with-faculty-first\"",
                "reported an unusually stressful period", "gave all four attestations",
                "waitlisted, position 1", "did not confirm willing to present a case", "declined at screening",
                "left the course, and with it the group", "declined by faculty, a later series recommended",
                "Note from faculty: You told us", "action=\"/base/lti/members/promote\"",
                "Fill free places from the waitlist", "No roster sync has run yet", "action=\"/base/lti/group/roster/sync\"",
                HIDDEN);
        assertThat(html.indexOf("Waiting for faculty review")).isLessThan(html.indexOf("Waitlist ("))
                .isLessThan(html.indexOf("Everyone who registered"));
        assertThat(html).doesNotContain("aria-invalid");
    }

    @Test
    @DisplayName("a refused decision is shown again at its registrant, with the reason inline and the choice kept")
    void refusedDecision() {
        var refusal = new MembersPages.Refusal(new DecisionRequest("lena", "defer", ""), List.of(FieldViolation.at(
                DecisionRequest.REASON_FIELD, "deferral-reason-missing", "choose why a later series is recommended")));

        String html = MembersPages.render(overview(1, 6, Optional.empty()), HIDDEN, "/", Optional.of(refusal));

        assertThat(html).contains("role=\"alert\"", "<code>deferral-reason-missing</code>", "id=\"e-reason-1\"",
                "aria-describedby=\"h-reason-1 e-reason-1\" aria-invalid=\"true\"", "value=\"defer\" checked",
                "href=\"#f-reason-1\"", "Choose why a later series is recommended.");
    }

    @Test
    @DisplayName("a refusal about a registrant no longer in the queue is shown at the top of the page")
    void refusalOutsideTheQueue() {
        var refusal = new MembersPages.Refusal(new DecisionRequest("sam", "accept", ""), List.of(FieldViolation.general(
                Violation.of("not-awaiting-review", "Sam Rivera's registration is accepted, no longer awaiting faculty review"))));

        String html = MembersPages.render(overview(1, 6, Optional.empty()), HIDDEN, "/", Optional.of(refusal));

        assertThat(html).contains("<code>not-awaiting-review</code>");
        assertThat(html.indexOf("not-awaiting-review")).isLessThan(html.indexOf("Waiting for faculty review"));
    }

    @Test
    @DisplayName("a full group offers no promotion and says why; the last sync's outcome or failure is shown with what to do")
    void fullGroupAndSync() {
        var synced = new RosterSyncStates.SyncState(AT, Optional.of(AT.plusSeconds(3)), Optional.empty(), "synced",
                "1 added", new SyncCounts(1, 2, 3, 4));
        var failed = new RosterSyncStates.SyncState(AT, Optional.of(AT.plusSeconds(3)), Optional.empty(),
                "roster-service-not-offered", "The course does not offer its roster <b>to Balint</b>: enable it.",
                new SyncCounts(0, 0, 0, 0));

        String full = MembersPages.render(overview(6, 6, Optional.of(synced)), HIDDEN, "/", Optional.empty());
        String broken = MembersPages.render(overview(6, 6, Optional.of(failed)), HIDDEN, "/", Optional.empty());

        assertThat(full).doesNotContain("Fill free places").contains("The group is full.", "data-sync=\"synced\"",
                "1 Dec 2026, 09:00 UTC", "1 added to the faculty, 2 left the course, 3 registered and still in the course, "
                        + "4 in the course but not registered");
        assertThat(broken).contains("data-sync=\"failed\"", "<code>roster-service-not-offered</code>",
                "&lt;b&gt;to Balint&lt;/b&gt;: enable it.");
    }

    @Test
    @DisplayName("an empty roster says how learners register")
    void empty() {
        String html = MembersPages.render(new RosterOverview(new GroupId("g-1"), "Spring", 0, 10, false, List.of(), List.of(),
                List.of(), Optional.empty()), HIDDEN, "/", Optional.empty());

        assertThat(html).contains("Nobody is waiting for a decision.", "Nobody is waiting for a place.",
                "Nobody has registered yet.");
    }
}
