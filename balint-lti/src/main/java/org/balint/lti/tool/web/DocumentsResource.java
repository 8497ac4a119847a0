package org.balint.lti.tool.web;

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
import java.util.Optional;
import java.util.function.BiFunction;
import org.balint.lti.protocol.store.StoreUnavailable;
import org.balint.lti.tool.access.FormAccess;
import org.balint.lti.tool.access.FormAccess.Rule;
import org.balint.lti.tool.course.ConcurrentChange;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.documents.DocumentAnswer;
import org.balint.lti.tool.documents.GroupDocuments;
import org.balint.lti.tool.session.ActiveSession;

/**
 * The documents of a group, downloaded from the pages after a launch: a member's certificate (PDF), the
 * series calendar (.ics), and for leaders the credit roster and the PARS learner export (CSV); and a
 * member's answer about reporting their completion to PARS. Like every form after a launch, each post
 * carries the launch session ({@code launch_session} or {@code Authorization: Bearer}) and its CSRF
 * token ({@code csrf}); an unknown, expired or forged session is answered {@code 401}.
 *
 * <p>Files go out as attachments ({@code Content-Disposition: attachment}) with their media type, never
 * cached ({@code Cache-Control: no-store}) and never sniffed. Refusals are HTML pages, or JSON for
 * clients that ask for it, with a reason code and what to do next.
 */
@Path("lti/documents")
@RequestScoped
public class DocumentsResource {

    @Inject
    Instance<CourseServices> courses;

    @Inject
    Instance<GroupDocuments> documents;

    @Context
    HttpHeaders headers;

    /** The session's own certificate; fields {@code credit_type} and {@code member} are optional. */
    @FormAccess(value = Rule.MEMBER_OF_GROUP,
            reason = "A member downloads their own certificate; another member's is refused not-your-certificate.")
    @POST
    @Path("certificate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response certificate(MultivaluedMap<String, String> form) {
        return withSession(form, (docs, active) -> docs.certificate(active,
                Optional.ofNullable(form.getFirst(GroupDocuments.MEMBER)),
                Optional.ofNullable(form.getFirst(GroupDocuments.CREDIT_TYPE))));
    }

    /** The series calendar. */
    @FormAccess(value = {Rule.MEMBER_OF_GROUP, Rule.LEADER_OF_GROUP},
            reason = "The series calendar of the session's group, for its members and faculty; others are refused "
                    + "not-in-group.")
    @POST
    @Path("calendar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response calendar(MultivaluedMap<String, String> form) {
        return withSession(form, GroupDocuments::calendar);
    }

    /** The group's credit roster (leaders). */
    @FormAccess(value = Rule.LEADER_OF_GROUP,
            reason = "The credit roster of the session's group, for its faculty only (leaders-only).")
    @POST
    @Path("credit-roster")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response creditRoster(MultivaluedMap<String, String> form) {
        return withSession(form, GroupDocuments::creditRoster);
    }

    /** The PARS learner export (leaders); field {@code accme_activity_id} is optional. */
    @FormAccess(value = Rule.LEADER_OF_GROUP,
            reason = "The PARS learner export of the session's group, for its faculty only (leaders-only).")
    @POST
    @Path("pars-export")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response parsExport(MultivaluedMap<String, String> form) {
        return withSession(form, (docs, active) -> docs.parsExport(active,
                Optional.ofNullable(form.getFirst(GroupDocuments.ACCME_ACTIVITY_ID)).orElse("")));
    }

    /** A member's answer ({@code share_completion} = {@code yes} or {@code no}) about reporting their completion. */
    @FormAccess(value = Rule.MEMBER_OF_GROUP,
            reason = "A member answers for themselves whether their completion is reported; others are refused "
                    + "not-a-member.")
    @POST
    @Path("completion-sharing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response completionSharing(MultivaluedMap<String, String> form) {
        return withSession(form, (docs, active) -> docs.answerSharing(active,
                Optional.ofNullable(form.getFirst(GroupDocuments.SHARE_COMPLETION)).orElse("")));
    }

    private Response withSession(MultivaluedMap<String, String> form,
            BiFunction<GroupDocuments, ActiveSession, DocumentAnswer> action) {
        if (!courses.isResolvable() || !documents.isResolvable()) {
            return CourseAnswers.notConfigured(headers);
        }
        return FormSessions.withActive(courses.get().sessions(), headers, form, active -> {
            DocumentAnswer answer;
            try {
                answer = action.apply(documents.get(), active);
            } catch (StoreUnavailable unavailable) {
                return Answers.refusal(headers, "Balint is unavailable", new Problem(StoreUnavailable.CODE, 503,
                        "Balint cannot reach its database at the moment; nothing was changed. Try again in a few minutes,"
                                + " and tell the administrator if it keeps happening.")).build();
            } catch (ConcurrentChange conflict) {
                return Answers.refusal(headers, "Please try again", new Problem(CourseAnswers.BUSY, 409,
                        "Someone else changed this at the same moment; nothing of yours was stored. Send the form again."))
                        .build();
            }
            return answer(answer);
        });
    }

    private Response answer(DocumentAnswer answer) {
        if (answer instanceof DocumentAnswer.File file) {
            return file(file);
        }
        if (answer instanceof DocumentAnswer.Done done) {
            return Answers.page(200, Html.page(done.heading(), "<h1>" + Html.escape(done.heading()) + "</h1>\n<p>"
                    + Html.escape(done.message()) + "</p>")).build();
        }
        DocumentAnswer.Refused refused = (DocumentAnswer.Refused) answer;
        return Answers.refusal(headers, "This document cannot be given", new Problem(refused.code(), refused.status(),
                refused.message())).build();
    }

    /** A download: an attachment with its media type, never cached and never sniffed. */
    static Response file(DocumentAnswer.File file) {
        return Response.ok(file.content())
                .type(file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .cacheControl(Answers.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
