package org.balint.lti.tool.api;

import java.util.List;
import java.util.Optional;
import org.balint.core.grievance.GrievanceFiling;
import org.balint.lti.tool.grievance.Committee;
import org.balint.lti.tool.grievance.ProgramGrievances;
import org.balint.lti.tool.grievance.Seated;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of concerns and of the grievance committee. */
public final class GrievanceViews {

    private GrievanceViews() {
    }

    /**
     * Who holds a committee seat.
     *
     * @param name  their name
     * @param email their e-mail address
     * @param you   whether the caller holds it
     */
    @Schema(name = "CommitteeSeat", description = "Who holds a seat of the grievance committee.")
    public record SeatView(String name, String email, boolean you) {
        static SeatView of(Seated seated, org.balint.core.group.MemberId caller) {
            return new SeatView(seated.name(), seated.email(), seated.member().equals(caller));
        }
    }

    /**
     * A concern as the member who raised it sees it.
     *
     * @param reference      its reference, e.g. GRV-00001
     * @param status         received, acknowledged or resolved
     * @param receivedAt     when it was received
     * @param acknowledgedAt when the chair acknowledged it
     * @param resolvedAt     when the chair resolved it
     * @param resolution     the chair's resolution note
     */
    @Schema(name = "OwnConcern", description = "A concern the caller raised, and where it stands.")
    public record OwnConcernView(String reference, String status, String receivedAt, Optional<String> acknowledgedAt,
            Optional<String> resolvedAt, Optional<String> resolution) {
        static OwnConcernView of(ProgramGrievances.OwnGrievance g) {
            return new OwnConcernView(g.id().value(), g.status().label(), g.receivedAt().toString(),
                    g.acknowledgedAt().map(Object::toString), g.resolvedAt().map(Object::toString), g.resolution());
        }
    }

    /**
     * The concern page's data for a member.
     *
     * @param group      the group id
     * @param chair      who receives concerns; absent while no chair is named
     * @param textNotice what a concern must not contain
     * @param maxLength  the longest concern accepted
     * @param raised     the concerns the caller raised about the group
     */
    @Schema(name = "MemberConcerns", description = "Who receives concerns, and the caller's concerns about the group.")
    public record MemberConcernsView(String group, Optional<SeatView> chair, String textNotice, int maxLength,
            List<OwnConcernView> raised) {
        static MemberConcernsView of(ProgramGrievances.MemberConcerns view, org.balint.core.group.MemberId caller) {
            return new MemberConcernsView(view.group().value(), view.chair().map(c -> SeatView.of(c, caller)),
                    GrievanceFiling.TEXT_NOTICE, ProgramGrievances.MAX_TEXT_LENGTH,
                    view.raised().stream().map(OwnConcernView::of).toList());
        }
    }

    /**
     * A concern as a member sends it.
     *
     * @param text                   the concern; no patient details
     * @param anonymousTowardFaculty whether faculty may not see the caller's name
     */
    @Schema(name = "ConcernInput", description = "A concern about the program, without patient details.")
    public record ConcernInput(String text, Boolean anonymousTowardFaculty) {
    }

    /**
     * A grievance in the committee's queue.
     *
     * @param reference      its reference
     * @param group          the group id
     * @param groupTitle     the group's title
     * @param complainant    who raised it: for the handling chair always, for others unless anonymous
     * @param text           what it is about
     * @param status         received, acknowledged or resolved
     * @param receivedAt     when it was received
     * @param acknowledgedAt when it was acknowledged
     * @param resolvedAt     when it was resolved
     * @param resolution     the resolution note
     * @param handler        who handles it
     * @param yours          whether the caller handles it (and so takes its next step)
     */
    @Schema(name = "QueuedGrievance", description = "A grievance of the platform as the caller may see it.")
    public record QueuedView(String reference, String group, String groupTitle, Optional<String> complainant, String text,
            String status, String receivedAt, Optional<String> acknowledgedAt, Optional<String> resolvedAt,
            Optional<String> resolution, String handler, boolean yours) {
        static QueuedView of(ProgramGrievances.QueuedGrievance g) {
            return new QueuedView(g.id().value(), g.group().value(), g.groupTitle(), g.complainant(), g.text(),
                    g.status().label(), g.receivedAt().toString(), g.acknowledgedAt().map(Object::toString),
                    g.resolvedAt().map(Object::toString), g.resolution(), g.handlerName(), g.yours());
        }
    }

    /**
     * The platform's grievance committee and its queue.
     *
     * @param chair  the committee chair
     * @param deputy the deputy chair
     * @param queue  the platform's grievances, oldest first
     */
    @Schema(name = "Committee", description = "The platform's grievance committee and its queue.")
    public record CommitteeView(Optional<SeatView> chair, Optional<SeatView> deputy, List<QueuedView> queue) {
        static CommitteeView of(Committee committee, List<ProgramGrievances.QueuedGrievance> queue,
                org.balint.core.group.MemberId caller) {
            return new CommitteeView(committee.chair().map(s -> SeatView.of(s, caller)),
                    committee.deputy().map(s -> SeatView.of(s, caller)), queue.stream().map(QueuedView::of).toList());
        }
    }

    /**
     * An administrator's details for a committee seat.
     *
     * @param name  their name as members see it
     * @param email the address members can write to
     */
    @Schema(name = "SeatInput", description = "The name and e-mail address members see for a seat you take.")
    public record SeatInput(String name, String email) {
    }

    /**
     * The chair's resolution note.
     *
     * @param note how the grievance was resolved; no patient details
     */
    @Schema(name = "ResolutionInput", description = "How the grievance was resolved, for the complainant.")
    public record ResolutionInput(String note) {
    }
}
