package org.balint.lti.tool.web;

import org.balint.lti.tool.access.FormAccess;
import org.balint.lti.tool.access.FormAccess.Rule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.balint.core.grievance.GrievanceId;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.grievance.Committee;
import org.balint.lti.tool.grievance.CommitteeSeat;
import org.balint.lti.tool.grievance.ProgramGrievances;

/**
 * The grievance forms of the group pages: a member raises a concern; an administrator takes or leaves a seat
 * of the platform's grievance committee; the chair a grievance is routed to acknowledges and resolves it. Each
 * post passes its {@link FormGuard}; a refused one shows the page again with every reason (beside its field
 * where it has one) and changes nothing.
 */
@Path("lti")
@RequestScoped
public class ConcernFormsResource {

    private static final Set<String> CONFLICTS = Set.of("no-committee-chair", "no-independent-chair",
            "grievance-already-acknowledged", "grievance-not-acknowledged", "grievance-already-resolved",
            "deputy-is-chair", "not-your-seat", "not-the-handling-chair", "unknown-grievance");

    @Inject
    Instance<CourseServices> courses;

    @Inject
    ProgramGrievances grievances;

    @Inject
    GroupPages pages;

    @Inject
    PagePeople people;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** A member's concern. */
    @POST
    @Path("concern/file")
    @FormAccess(value = Rule.MEMBER_OF_GROUP, reason = "A member raises their own concern with the grievance committee of their platform.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(MultivaluedMap<String, String> form) {
        return FormGuard.memberOfGroup(courses, headers, form, work -> {
            String base = uriInfo.getBaseUri().getPath();
            Optional<MemberId> member = people.memberOf(work.active());
            String text = EvaluationFormsResource.value(form, ProgramGrievances.TEXT);
            boolean anonymous = !EvaluationFormsResource.value(form, ProgramGrievances.ANONYMOUS).isEmpty();
            Optional<Validated<ProgramGrievances.OwnGrievance>> filed = member.flatMap(m -> grievances.file(work.tenant(),
                    work.group(), m, text, anonymous));
            if (filed.isEmpty()) {
                return pages.page(work.active(), ConcernPage.NAME, base, 404, PagePeople.GONE);
            }
            if (!filed.get().isValid()) {
                List<FieldViolation> errors = filed.get().violations().stream().map(ProgramGrievances::placed).toList();
                var view = grievances.forMember(work.tenant(), work.group(), member.get()).orElseThrow();
                return pages.page(work.active(), ConcernPage.NAME, base, status(filed.get().violations()),
                        ConcernPages.member(view, base, GroupPages.hidden(work.active()), text, anonymous, errors,
                                Optional.empty()));
            }
            var own = filed.get().orElseThrow();
            return pages.show(work.active(), ConcernPage.NAME, base, Optional.of("Your concern was received as "
                    + own.id().value() + " and sent to the grievance committee" + (anonymous
                    ? "; the group's faculty will not see your name." : ".")));
        });
    }

    /** An administrator takes a committee seat. */
    @POST
    @Path("committee/seat")
    @FormAccess(value = Rule.ADMIN_OF_PLATFORM, reason = "An administrator takes a seat on their own platform's grievance committee, for themselves only.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takeSeat(MultivaluedMap<String, String> form) {
        return FormGuard.admin(courses, headers, form, work -> {
            String base = uriInfo.getBaseUri().getPath();
            Optional<MemberId> you = people.memberOf(work.active());
            Optional<CommitteeSeat> seat = seat(form);
            if (you.isEmpty() || seat.isEmpty()) {
                return committee(work, base, 400, Optional.empty(), "", "", List.of(FieldViolation.general(
                        Violation.of("unknown-seat", "Choose the seat of committee chair or of deputy chair."))));
            }
            String prefix = seat.get().name().toLowerCase(java.util.Locale.ROOT) + "-";
            String name = EvaluationFormsResource.value(form, prefix + ProgramGrievances.NAME);
            String email = EvaluationFormsResource.value(form, prefix + ProgramGrievances.EMAIL);
            Validated<Committee> taken = grievances.takeSeat(work.tenant(), seat.get(), you.get(), name, email);
            if (!taken.isValid()) {
                return committee(work, base, status(taken.violations()), seat, name, email,
                        taken.violations().stream().map(ProgramGrievances::placed).toList());
            }
            return pages.show(work.active(), CommitteePage.NAME, base, Optional.of("You now hold the seat of "
                    + seat.get().title() + ": members' concerns routed to it reach you here."));
        });
    }

    /** An administrator steps down from a committee seat. */
    @POST
    @Path("committee/leave")
    @FormAccess(value = Rule.ADMIN_OF_PLATFORM, reason = "An administrator leaves their own seat on the committee.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leaveSeat(MultivaluedMap<String, String> form) {
        return FormGuard.admin(courses, headers, form, work -> {
            String base = uriInfo.getBaseUri().getPath();
            Optional<MemberId> you = people.memberOf(work.active());
            Optional<CommitteeSeat> seat = seat(form);
            Validated<Committee> left = you.isPresent() && seat.isPresent()
                    ? grievances.leaveSeat(work.tenant(), seat.get(), you.get())
                    : Validated.invalid(Violation.of("not-your-seat", "You do not hold that seat."));
            if (!left.isValid()) {
                return committee(work, base, status(left.violations()), Optional.empty(), "", "",
                        left.violations().stream().map(FieldViolation::general).toList());
            }
            return pages.show(work.active(), CommitteePage.NAME, base, Optional.of("You stepped down as "
                    + seat.get().title() + "."));
        });
    }

    /** The handling chair acknowledges a grievance. */
    @POST
    @Path("committee/acknowledge")
    @FormAccess(value = Rule.ADMIN_OF_PLATFORM, reason = "The chair handling a grievance of their own platform acknowledges it.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(MultivaluedMap<String, String> form) {
        return FormGuard.admin(courses, headers, form, work -> step(work, form, false));
    }

    /** The handling chair resolves a grievance with a note. */
    @POST
    @Path("committee/resolve")
    @FormAccess(value = Rule.ADMIN_OF_PLATFORM, reason = "The chair handling a grievance of their own platform resolves it.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(MultivaluedMap<String, String> form) {
        return FormGuard.admin(courses, headers, form, work -> step(work, form, true));
    }

    private Response step(GuardedWork work, MultivaluedMap<String, String> form, boolean resolve) {
        String base = uriInfo.getBaseUri().getPath();
        Optional<MemberId> you = people.memberOf(work.active());
        String reference = EvaluationFormsResource.value(form, ConcernPages.GRIEVANCE).strip();
        if (you.isEmpty() || reference.isEmpty()) {
            return committee(work, base, 404, Optional.empty(), "", "", List.of(FieldViolation.general(Violation.of(
                    "unknown-grievance", "Choose a grievance of the queue below."))));
        }
        GrievanceId id = new GrievanceId(reference);
        String noteField = "note-" + reference;
        Validated<ProgramGrievances.QueuedGrievance> done = resolve
                ? grievances.resolve(work.tenant(), you.get(), id, EvaluationFormsResource.value(form, noteField))
                : grievances.acknowledge(work.tenant(), you.get(), id);
        if (!done.isValid()) {
            List<FieldViolation> errors = done.violations().stream().map(v -> {
                FieldViolation placed = ProgramGrievances.placed(v);
                return placed.field().filter(ProgramGrievances.NOTE::equals).isPresent()
                        ? FieldViolation.at(noteField, v) : placed;
            }).toList();
            return committee(work, base, status(done.violations()), Optional.empty(), "", "", errors);
        }
        return pages.show(work.active(), CommitteePage.NAME, base, Optional.of("Grievance " + reference + " is now "
                + done.orElseThrow().status().label() + "."));
    }

    private Response committee(GuardedWork work, String base, int status, Optional<CommitteeSeat> seat, String name,
            String email, List<FieldViolation> errors) {
        Optional<MemberId> you = people.memberOf(work.active());
        if (you.isEmpty()) {
            return pages.page(work.active(), CommitteePage.NAME, base, 404, PagePeople.GONE);
        }
        String content = ConcernPages.committee(grievances.committee(work.tenant()), grievances.queue(work.tenant(),
                you.get()), you.get(), base, GroupPages.hidden(work.active()), seat, name, email, errors, Optional.empty());
        return pages.page(work.active(), CommitteePage.NAME, base, status, content);
    }

    private static Optional<CommitteeSeat> seat(MultivaluedMap<String, String> form) {
        String seat = EvaluationFormsResource.value(form, ConcernPages.SEAT);
        return java.util.Arrays.stream(CommitteeSeat.values()).filter(s -> s.name().equals(seat)).findFirst();
    }

    private static int status(List<Violation> violations) {
        return violations.stream().allMatch(v -> CONFLICTS.contains(v.code())) ? 409 : 400;
    }
}
