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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.core.evaluation.EvaluationForm;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.evaluation.EvaluationAnswers;
import org.balint.lti.tool.evaluation.EvaluationOutcome;
import org.balint.lti.tool.evaluation.SeriesEvaluations;

/**
 * The evaluation forms of the group pages: a member submits their evaluation, a leader sets the learning
 * objectives. Each post passes its {@link FormGuard}; a refused one shows the form again with every reason
 * beside its field (400, or 409 when the state forbids it) and stores nothing; a stored one shows the page
 * again with what happened.
 */
@Path("lti/evaluation")
@RequestScoped
public class EvaluationFormsResource {

    @Inject
    Instance<CourseServices> courses;

    @Inject
    SeriesEvaluations evaluations;

    @Inject
    GroupPages pages;

    @Inject
    PagePeople people;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** A member's evaluation. */
    @POST
    @Path("submit")
    @FormAccess(value = Rule.MEMBER_OF_GROUP, reason = "A member submits their own evaluation of the session's group.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> form) {
        return FormGuard.memberOfGroup(courses, headers, form, work -> {
            String base = uriInfo.getBaseUri().getPath();
            Optional<MemberId> member = people.memberOf(work.active());
            if (member.isEmpty()) {
                return pages.page(work.active(), EvaluationPage.NAME, base, 404, PagePeople.GONE);
            }
            EvaluationAnswers answers = answers(form);
            Optional<EvaluationOutcome<SeriesEvaluations.Submitted>> outcome = evaluations.submit(work.tenant(),
                    work.group(), member.get(), answers);
            if (outcome.isEmpty()) {
                return pages.page(work.active(), EvaluationPage.NAME, base, 404, PagePeople.GONE);
            }
            if (outcome.get() instanceof EvaluationOutcome.Refused<SeriesEvaluations.Submitted> refused) {
                var view = evaluations.forMember(work.tenant(), work.group(), member.get()).orElseThrow();
                return pages.page(work.active(), EvaluationPage.NAME, base, status(refused.violations()),
                        EvaluationPages.member(view, base, GroupPages.hidden(work.active()), answers,
                                refused.violations(), Optional.empty()));
            }
            var stored = ((EvaluationOutcome.Stored<SeriesEvaluations.Submitted>) outcome.get()).value();
            return pages.show(work.active(), EvaluationPage.NAME, base, Optional.of((stored.replaced()
                    ? "Thank you: your evaluation was recorded in place of your earlier one. "
                    : "Thank you: your evaluation was recorded. ") + stored.view().creditNote()));
        });
    }

    /** The leaders' learning objectives. */
    @POST
    @Path("objectives")
    @FormAccess(value = Rule.LEADER_OF_GROUP, reason = "A leader sets the learning objectives of the session's group.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response objectives(MultivaluedMap<String, String> form) {
        return FormGuard.leaderOfGroup(courses, headers, form, work -> {
            String base = uriInfo.getBaseUri().getPath();
            String text = value(form, SeriesEvaluations.OBJECTIVES);
            Optional<EvaluationOutcome<EvaluationForm>> outcome = evaluations.setObjectives(work.tenant(), work.group(),
                    SeriesEvaluations.objectivesOf(text));
            if (outcome.isEmpty()) {
                return pages.page(work.active(), EvaluationsPage.NAME, base, 404, PagePeople.GONE);
            }
            if (outcome.get() instanceof EvaluationOutcome.Refused<EvaluationForm> refused) {
                var view = evaluations.forFaculty(work.tenant(), work.group()).orElseThrow();
                return pages.page(work.active(), EvaluationsPage.NAME, base, 400, EvaluationPages.faculty(view, base,
                        GroupPages.hidden(work.active()), text, refused.violations(), Optional.empty()));
            }
            int count = ((EvaluationOutcome.Stored<EvaluationForm>) outcome.get()).value().objectives().size();
            return pages.show(work.active(), EvaluationsPage.NAME, base, Optional.of("The " + count + " learning "
                    + (count == 1 ? "objective was" : "objectives were") + " saved; members now see them on their"
                    + " evaluation form."));
        });
    }

    /** 400 when a reason concerns the input; 409 when only the state forbids the submission (no objectives, closed). */
    static int status(List<FieldViolation> violations) {
        return violations.stream().allMatch(v -> List.of("no-evaluation-form", "evaluation-closed",
                "complete-evaluation-cannot-become-incomplete").contains(v.violation().code())) ? 409 : 400;
    }

    /** The ratings and comments of the posted form, by objective number. */
    static EvaluationAnswers answers(MultivaluedMap<String, String> form) {
        Map<Integer, String> before = new HashMap<>();
        Map<Integer, String> after = new HashMap<>();
        for (String key : form.keySet()) {
            Optional<Integer> number = number(key, "before-");
            number.ifPresent(n -> before.put(n, value(form, key)));
            number(key, "after-").ifPresent(n -> after.put(n, value(form, key)));
        }
        return new EvaluationAnswers(before, after, value(form, SeriesEvaluations.COMMENTS));
    }

    private static Optional<Integer> number(String key, String prefix) {
        if (!key.startsWith(prefix) || key.length() > prefix.length() + 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(key.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String value(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }
}
