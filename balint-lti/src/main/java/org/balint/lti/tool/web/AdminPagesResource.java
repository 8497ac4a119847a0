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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.balint.core.credit.CreditType;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.platform.Accreditation;
import org.balint.lti.tool.platform.AccreditationSettings;
import org.balint.lti.tool.platform.AdminOutcome;
import org.balint.lti.tool.platform.PlatformAdministration;
import org.balint.lti.tool.platform.PlatformOverview;
import org.balint.lti.tool.platform.RetentionAdministration;
import org.balint.lti.tool.platform.RetentionCounts;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.session.ActiveSession;

/**
 * The forms of an LMS administrator's platform pages, below {@code lti/admin}: add and remove a
 * deployment, save the accreditation statements, purge what is past retention. Each passes
 * {@link FormGuard#admin} (session, CSRF token, administrator), acts on the registration the launch came
 * through only, and answers with the page again: with what changed, or with every reason beside its
 * field (400, 404 or 409) and nothing changed. The same services answer {@code /api/v1/platform}.
 */
@Path("lti/admin")
@RequestScoped
public class AdminPagesResource {

    @Inject
    Instance<CourseServices> courses;

    @Inject
    GroupPages pages;

    @Inject
    PlatformAdministration platforms;

    @Inject
    AccreditationSettings accreditation;

    @Inject
    RetentionAdministration retention;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** Adds a deployment to the administrator's registration. */
    @POST
    @Path("deployments/add")
    @FormAccess(value = Rule.ADMIN_OF_PLATFORM, reason = "Adds a deployment to the registration the administrator launched through; the form names no platform.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addDeployment(MultivaluedMap<String, String> form) {
        String typed = Optional.ofNullable(form.getFirst(PlatformAdministration.DEPLOYMENT_FIELD)).orElse("");
        return asAdmin(form, active -> platformAnswer(active, platforms.addDeployment(launched(active), typed), typed, false));
    }

    /** Removes a deployment other than the launch's own. */
    @POST
    @Path("deployments/remove")
    @FormAccess(value = Rule.ADMIN_OF_PLATFORM, reason = "Removes a deployment of the administrator's own registration, never the one in use by this launch.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeDeployment(MultivaluedMap<String, String> form) {
        String named = Optional.ofNullable(form.getFirst(PlatformAdministration.DEPLOYMENT_FIELD)).orElse("");
        return asAdmin(form, active -> platformAnswer(active, platforms.removeDeployment(launched(active), named), "", true));
    }

    /** Saves the accreditation statements. */
    @POST
    @Path("accreditation")
    @FormAccess(value = Rule.ADMIN_OF_PLATFORM, reason = "Saves the accreditation statements of the administrator's own platform.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveAccreditation(MultivaluedMap<String, String> form) {
        return asAdmin(form, active -> {
            Map<String, String> values = new HashMap<>();
            values.put(AccreditationSettings.PROVIDER_FIELD, Optional.ofNullable(
                    form.getFirst(AccreditationSettings.PROVIDER_FIELD)).orElse(""));
            Map<CreditType, List<String>> statements = new EnumMap<>(CreditType.class);
            for (CreditType type : CreditType.values()) {
                String field = AccreditationSettings.statementsField(type);
                String text = Optional.ofNullable(form.getFirst(field)).orElse("");
                values.put(field, text);
                statements.put(type, AccreditationSettings.paragraphs(text));
            }
            AdminOutcome<Accreditation> outcome = accreditation.save(launched(active),
                    values.get(AccreditationSettings.PROVIDER_FIELD), statements);
            if (outcome instanceof AdminOutcome.Refused<Accreditation> refused) {
                return pages.page(active, "accreditation", basePath(), refused.status(), AdminPages.accreditation(
                        accreditation.find(launched(active)), values, GroupPages.hidden(active), basePath(),
                        refused.reasons()));
            }
            return pages.show(active, "accreditation", basePath(),
                    Optional.of(((AdminOutcome.Done<Accreditation>) outcome).notice()));
        });
    }

    /** Purges what is past retention, once per preview. */
    @POST
    @Path("retention/purge")
    @FormAccess(value = Rule.ADMIN_OF_PLATFORM, reason = "Purges the records of the administrator's own platform past the retention period, confirmed by a one-time value.")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response purge(MultivaluedMap<String, String> form) {
        return asAdmin(form, active -> {
            AdminOutcome<RetentionCounts> outcome = retention.purge(launched(active),
                    Optional.ofNullable(form.getFirst(RetentionAdministration.CONFIRMATION_FIELD)));
            if (outcome instanceof AdminOutcome.Refused<RetentionCounts> refused) {
                return pages.page(active, "retention", basePath(), refused.status(), AdminPages.retention(
                        retention.preview(launched(active)), GroupPages.hidden(active), basePath(), general(refused.reasons())));
            }
            AdminOutcome.Done<RetentionCounts> done = (AdminOutcome.Done<RetentionCounts>) outcome;
            return pages.show(active, "retention", basePath(), Optional.of(done.value().total() == 0 ? done.notice()
                    : done.notice() + " Deleted: " + AdminPages.sentence(done.value()) + "."));
        });
    }

    private Response platformAnswer(ActiveSession active, AdminOutcome<PlatformOverview> outcome, String typed,
            boolean removing) {
        if (outcome instanceof AdminOutcome.Done<PlatformOverview> done) {
            return pages.show(active, "platform", basePath(), Optional.of(done.notice()));
        }
        AdminOutcome.Refused<PlatformOverview> refused = (AdminOutcome.Refused<PlatformOverview>) outcome;
        AdminOutcome<PlatformOverview> now = platforms.overview(launched(active));
        if (now instanceof AdminOutcome.Refused<PlatformOverview> gone) {
            return pages.page(active, "platform", basePath(), gone.status(), AdminPlatformPages.refusal("Your platform", gone));
        }
        List<FieldViolation> reasons = removing ? general(refused.reasons()) : refused.reasons();
        return pages.page(active, "platform", basePath(), refused.status(), AdminPages.platform(
                ((AdminOutcome.Done<PlatformOverview>) now).value(), GroupPages.hidden(active), basePath(), typed, reasons));
    }

    private Response asAdmin(MultivaluedMap<String, String> form, Function<ActiveSession, Response> work) {
        return FormGuard.admin(courses.get().sessions(), headers, form, guarded -> work.apply(guarded.active()));
    }

    private static PlatformDeployment launched(ActiveSession active) {
        return active.session().course().deployment();
    }

    /** The reasons as reasons about the whole form (the remove and purge buttons have no field to show them beside). */
    private static List<FieldViolation> general(List<FieldViolation> reasons) {
        return reasons.stream().map(r -> FieldViolation.general(r.violation())).toList();
    }

    private String basePath() {
        return uriInfo.getBaseUri().getPath();
    }
}
