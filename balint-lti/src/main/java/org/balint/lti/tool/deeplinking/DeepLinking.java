package org.balint.lti.tool.deeplinking;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.balint.core.credit.CreditHours;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupDraft;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.deeplinking.ContentLineItem;
import org.balint.lti.protocol.deeplinking.DeepLinkingProblem;
import org.balint.lti.protocol.deeplinking.DeepLinkingRefused;
import org.balint.lti.protocol.deeplinking.DeepLinkingReply;
import org.balint.lti.protocol.deeplinking.DeepLinkingResponder;
import org.balint.lti.protocol.deeplinking.ResourceLinkItem;
import org.balint.lti.protocol.message.DeepLinkingRequest;
import org.balint.lti.protocol.message.LtiContext;
import org.balint.lti.tool.course.BalintRecords;
import org.balint.lti.tool.course.CourseBindings;
import org.balint.lti.tool.course.CourseLaunches;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.course.GroupCreation;
import org.balint.lti.tool.course.GroupSetup;
import org.balint.lti.tool.course.LmsUser;
import org.balint.lti.tool.course.SetupRequest;
import org.balint.lti.tool.course.Tenancy;
import org.balint.lti.tool.course.UserLinks;
import org.balint.lti.tool.gradebook.GradebookDelivery;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.persistence.tenant.Tenant;

/**
 * Answers deep-linking requests: an instructor (or teaching assistant) places a Balint group in the
 * course from the LMS's content picker.
 * <ol>
 *   <li>{@link #begin}: anyone who does not lead is refused ({@value #NOT_INSTRUCTOR}); so is a request
 *       whose platform does not accept resource links or whose return address is not a web address.
 *       Otherwise the instructor is linked to their Balint id, the request's context is kept on the
 *       server, and the content picker shows the set-up form and the groups of the same LMS
 *       installation (issuer and deployment) that no placement leads to yet.</li>
 *   <li>{@link #create} checks the set-up form as a first launch's set-up does, every reason beside its
 *       field, and stores the new group without a placement; {@link #pick} takes one of the offered
 *       groups, checked again.</li>
 *   <li>Either way the answer is one {@code ltiResourceLink} titled after the group, with the custom
 *       parameter {@value CourseLaunches#GROUP_PARAMETER} = the group's id and a line item for CE credit
 *       whose maximum is the series' maximum credit ({@link SeriesCredit}), tagged
 *       {@value GradebookDelivery#TAG}; signed with the tool key, echoing the platform's {@code data}.
 *       Each request is answered once.</li>
 * </ol>
 */
public final class DeepLinking {

    /** The reason code of a deep-linking request by someone who does not lead groups in the course. */
    public static final String NOT_INSTRUCTOR = "deep-linking-not-instructor";
    /** The reason code of a request that does not say who the user is. */
    public static final String USER_NOT_IDENTIFIED = CourseLaunches.USER_NOT_IDENTIFIED;
    /** The reason code of a request whose context is too long to keep. */
    public static final String REQUEST_TOO_LONG = "deep-linking-request-too-long";
    /** The reason code of a pick that names no group on offer. */
    public static final String GROUP_NOT_OFFERED = "group-not-offered";

    private final DeepLinkSessions sessions;
    private final PlaceableGroups placeable;
    private final CourseBindings bindings;
    private final UserLinks users;
    private final BalintRecords records;
    private final GroupSetup setup;
    private final DeepLinkingResponder responder;

    /** Deep linking over the tool's tables, Balint's records, the group set-up and the tool's signer. */
    public DeepLinking(DeepLinkSessions sessions, PlaceableGroups placeable, CourseBindings bindings, UserLinks users,
            BalintRecords records, GroupSetup setup, DeepLinkingResponder responder) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.placeable = Objects.requireNonNull(placeable, "placeable");
        this.bindings = Objects.requireNonNull(bindings, "bindings");
        this.users = Objects.requireNonNull(users, "users");
        this.records = Objects.requireNonNull(records, "records");
        this.setup = Objects.requireNonNull(setup, "setup");
        this.responder = Objects.requireNonNull(responder, "responder");
    }

    /** The content-picker sessions, for checking a form post. */
    public DeepLinkSessions sessions() {
        return sessions;
    }

    /** The content picker for an accepted deep-linking request, or why there is none. */
    public DeepLinkView begin(DeepLinkingRequest request) {
        Objects.requireNonNull(request, "request");
        Set<BalintRole> roles = BalintRole.of(request.details().roles());
        if (!roles.contains(BalintRole.LEADER)) {
            return new DeepLinkView.Refused(NOT_INSTRUCTOR, 403, "Only the course's instructors and teaching "
                    + "assistants place Balint groups in a course. If you lead this group, ask the LMS administrator to "
                    + "give you the teacher role in the course; if you take part in it, open the Balint activity your "
                    + "instructor placed in the course instead.");
        }
        if (request.details().user().isEmpty()) {
            return new DeepLinkView.Refused(USER_NOT_IDENTIFIED, 403, "The LMS did not say who you are, and Balint "
                    + "needs to know who leads the group. Ask the LMS administrator to let the tool receive user ids "
                    + "(not anonymous launches), then add the tool again.");
        }
        if (!request.settings().acceptsResourceLinks()) {
            return refusal(DeepLinkingProblem.RESOURCE_LINKS_NOT_ACCEPTED);
        }
        if (!isWebAddress(request.settings().returnUrl())) {
            return refusal(DeepLinkingProblem.RETURN_URL_INVALID);
        }
        LmsUser user = LmsUser.of(request.details().deployment(), request.details().user().get());
        DeepLinkContext context = DeepLinkContext.of(request, user.subject());
        if (!DeepLinkSessions.fits(context)) {
            return new DeepLinkView.Refused(REQUEST_TOO_LONG, 400, "The LMS sent a deep-linking request with a return "
                    + "address or data longer than the tool keeps (" + DeepLinkSessions.MAX_RETURN_URL + " and "
                    + DeepLinkSessions.MAX_DATA + " characters). Tell the LMS administrator; the tool cannot answer it.");
        }
        users.link(user);
        ActiveDeepLink active = sessions.start(context);
        String title = request.settings().title()
                .or(() -> request.details().context().flatMap(LtiContext::title))
                .orElse("");
        SetupRequest form = new SetupRequest(title, user.name().orElse(""), user.email().orElse(""), "", "",
                Integer.toString(GroupDraft.DEFAULT_NUMBER_OF_SESSIONS), Integer.toString(SetupRequest.DEFAULT_MINUTES),
                SetupRequest.zoneOf(request.details().custom()).map(java.time.ZoneId::getId).orElse(""), "");
        return choose(active, form, List.of());
    }

    /** Creates a new group from the content picker's set-up form and answers with its link. */
    public DeepLinkView create(ActiveDeepLink active, SetupRequest form) {
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(form, "form");
        Optional<MemberId> leader = member(active.context());
        if (leader.isEmpty()) {
            return sessionGone();
        }
        Tenant tenant = Tenancy.of(active.context().deployment());
        GroupCreation created = setup.create(tenant, leader.get(), form, id -> placeable.record(tenant, id));
        if (created instanceof GroupCreation.Invalid invalid) {
            return choose(active, form, invalid.violations());
        }
        return answer(active, ((GroupCreation.Created) created).group());
    }

    /**
     * Answers with the link of an existing group: one of the same LMS installation that no placement
     * leads to yet (checked again now: another instructor may have placed it meanwhile).
     */
    public DeepLinkView pick(ActiveDeepLink active, String groupId) {
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(groupId, "groupId");
        Tenant tenant = Tenancy.of(active.context().deployment());
        String id = groupId.strip();
        Optional<BalintGroup> group = Optional.empty();
        if (!id.isEmpty() && id.length() <= GroupId.MAX_LENGTH) {
            GroupId wanted = new GroupId(id);
            if (placeable.belongsTo(tenant, wanted) && bindings.placementOf(wanted).isEmpty()) {
                group = records.inTransaction(tenant, r -> r.groups().find(wanted));
            }
        }
        if (group.isEmpty()) {
            SetupRequest blank = new SetupRequest("", "", "", "", "", Integer.toString(GroupDraft.DEFAULT_NUMBER_OF_SESSIONS),
                    Integer.toString(SetupRequest.DEFAULT_MINUTES), "", "");
            return choose(active, blank, List.of(FieldViolation.at(DeepLinkView.GROUP_FIELD, GROUP_NOT_OFFERED, id.isEmpty()
                    ? "choose one of the groups listed, or set up a new group with the form"
                    : "that group is not on offer (any more): it may have been placed in a course meanwhile; choose "
                            + "another one, or set up a new group with the form")));
        }
        return answer(active, group.get());
    }

    /** The link placed for {@code group}: title, the custom parameter naming it, and its credit column. */
    static ResourceLinkItem itemFor(BalintGroup group) {
        Optional<CreditHours> maximum = SeriesCredit.maximumOf(group);
        String title = group.title().strip();
        String label = (title.length() > 200 ? title.substring(0, 200) : title) + ": CE credit";
        Optional<ContentLineItem> lineItem = maximum.map(hours -> new ContentLineItem(
                hours.toBigDecimal().doubleValue(), Optional.of(label), Optional.of(group.id().value()),
                Optional.of(GradebookDelivery.TAG)));
        return new ResourceLinkItem(Optional.of(title), Optional.of("Balint group: " + group.numberOfSessions()
                + " weekly sessions. Members register when they first open it."), Optional.empty(),
                Map.of(CourseLaunches.GROUP_PARAMETER, group.id().value()), lineItem);
    }

    private DeepLinkView answer(ActiveDeepLink active, BalintGroup group) {
        ResourceLinkItem item = itemFor(group);
        if (!sessions.markAnswered(active)) {
            DeepLinkCheck.Refused answered = DeepLinkSessions.answered();
            return new DeepLinkView.Refused(answered.code(), answered.status(), answered.message());
        }
        try {
            DeepLinkingReply reply = responder.respond(active.context().deployment(), active.context().settings(),
                    List.of(item));
            return new DeepLinkView.Answer(reply, group);
        } catch (DeepLinkingRefused refused) {
            return refusal(refused.problem());
        }
    }

    private DeepLinkView.Choose choose(ActiveDeepLink active, SetupRequest form, List<FieldViolation> violations) {
        Tenant tenant = Tenancy.of(active.context().deployment());
        List<GroupId> ids = placeable.unplaced(tenant);
        List<BalintGroup> unplaced = ids.isEmpty() ? List.of() : records.inTransaction(tenant, r -> {
            List<BalintGroup> found = new ArrayList<>(ids.size());
            for (GroupId id : ids) {
                r.groups().find(id).ifPresent(found::add);
            }
            return found;
        });
        return new DeepLinkView.Choose(active, form, violations, unplaced);
    }

    private Optional<MemberId> member(DeepLinkContext context) {
        return users.find(new LmsUser(context.deployment().issuer(), context.deployment().clientId(), context.subject(),
                Optional.empty(), Optional.empty())).map(link -> link.member());
    }

    private static DeepLinkView.Refused sessionGone() {
        return new DeepLinkView.Refused("session-unknown", 401, "This page's session no longer matches your account. "
                + "Open the tool again from your course's activity or content picker.");
    }

    private static DeepLinkView.Refused refusal(DeepLinkingProblem problem) {
        return new DeepLinkView.Refused(problem.code(), 422, problem.advice());
    }

    private static boolean isWebAddress(URI url) {
        return url.isAbsolute() && url.getHost() != null
                && ("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()));
    }
}
