package org.balint.lti.tool.course;

import org.balint.lti.tool.placement.CourseKey;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.registration.GroupRegistrations;
import org.balint.lti.protocol.message.LtiContext;
import org.balint.lti.protocol.message.ResourceLinkLaunch;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSession;
import org.balint.lti.tool.session.LaunchSessions;

/**
 * Where an accepted launch lands in Balint. The placement (registration, deployment, course, resource
 * link) leads to its group; the person is linked to their Balint id; a launch session is started for
 * the pages that follow. A link placed by deep linking names its group in the custom parameter
 * {@value #GROUP_PARAMETER}: its first launch binds the placement to that group, when the group belongs
 * to the same tenant and no other placement leads to it (refused otherwise, nothing bound). Then, by
 * role:
 * <ul>
 *   <li>a <b>leader</b> (Instructor, Teaching assistant) of a placement without a group gets the
 *       set-up form; in a group they are on the faculty of, their home; in a group set up by another
 *       leader, they are added as co-leader (asked for their name and e-mail first when the platform
 *       did not send them);</li>
 *   <li>a <b>member</b> (Learner) of a placement without a group is told their leader has not set it
 *       up yet; otherwise they get the registration form on their first launch, and where their
 *       registration stands on every later one;</li>
 *   <li>an <b>administrator</b> who neither leads nor takes part sees whether the placement has a group.</li>
 * </ul>
 */
public final class CourseLaunches {

    /** The reason code of an accepted launch whose LMS roles grant no Balint role. */
    public static final String ROLE_NOT_RECOGNISED = "role-not-recognised";
    /** The reason code of a launch that does not say who the user is. */
    public static final String USER_NOT_IDENTIFIED = "user-not-identified";
    /**
     * The custom parameter of a link placed by deep linking that names its Balint group: the first launch
     * of the placement binds it to that group.
     */
    public static final String GROUP_PARAMETER = "balint_group";
    /** The reason code of a placed link naming a group this LMS installation does not have. */
    public static final String LINKED_GROUP_UNKNOWN = "linked-group-unknown";
    /** The reason code of a placed link naming a group that another placement leads to already. */
    public static final String LINKED_GROUP_PLACED_ELSEWHERE = "linked-group-placed-elsewhere";

    private final Placements placements;
    private final LaunchSessions sessions;
    private final GroupSetup setup;
    private final PlacementEndpoints endpoints;

    /** Launches over the tool's link tables, Balint's records and the launch sessions. */
    public CourseLaunches(CourseBindings bindings, UserLinks users, BalintRecords records, LaunchSessions sessions,
            GroupSetup setup, PlacementEndpoints endpoints) {
        this.placements = new Placements(bindings, users, records);
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.setup = Objects.requireNonNull(setup, "setup");
    }

    /** The page an accepted resource-link launch leads to. */
    public LaunchView arrive(ResourceLinkLaunch launch) {
        Objects.requireNonNull(launch, "launch");
        Set<BalintRole> roles = BalintRole.of(launch.roles());
        if (roles.isEmpty()) {
            return new LaunchView.Refused(ROLE_NOT_RECOGNISED, 403, "Your roles in the course give you no part in a Balint "
                    + "group. If you lead or take part in this group, ask the course's instructor to enrol you as teacher or "
                    + "student, then open the activity again.");
        }
        if (launch.user().isEmpty()) {
            return new LaunchView.Refused(USER_NOT_IDENTIFIED, 403, "The LMS did not say who you are, and Balint needs to "
                    + "know who registers and who leads. Ask the LMS administrator to let the tool receive user ids "
                    + "(not anonymous launches), then open the activity again.");
        }
        CourseKey course = CourseKey.of(launch);
        endpoints.record(course, launch.details().gradeService(), launch.details().rosterService());
        LmsUser user = LmsUser.of(launch.deployment(), launch.user().get());
        Optional<LaunchView.Refused> notBound = bindNamedGroup(course, launch.details().custom());
        if (notBound.isPresent()) {
            return notBound.get();
        }
        MemberId member = placements.users.link(user).member();
        Optional<BalintGroup> group = placements.group(course);
        ActiveSession active = sessions.start(course, user.subject(), roles, group.map(BalintGroup::id));
        if (active.session().isLeader()) {
            return group.isEmpty()
                    ? new LaunchView.SetUpGroup(active, SetupRequest.prefilled(launch), java.util.List.of())
                    : setup.joinOnLaunch(active, group.get(), member, user);
        }
        if (roles.contains(BalintRole.MEMBER)) {
            if (group.isEmpty()) {
                return new LaunchView.NotSetUpYet(active, launch.resourceLink().title()
                        .or(() -> launch.context().flatMap(LtiContext::title)));
            }
            return registrationView(active, group.get(), member, RegistrationRequest.prefilled(launch));
        }
        return new LaunchView.AdminOverview(active, group);
    }

    /**
     * The landing page of someone already in, as their launch would show it now (the pages' "Home"): the
     * leader's home or set-up form, the member's registration state or form, the administrator's overview.
     * Nothing is written; the LMS's launch data (prefilled names, the link's title) is not at hand, so forms
     * start empty.
     */
    public LaunchView revisit(ActiveSession active) {
        Objects.requireNonNull(active, "active");
        LaunchSession session = active.session();
        Optional<BalintGroup> group = placements.group(session.course());
        Optional<MemberId> member = placements.member(session);
        if (session.isLeader()) {
            if (group.isEmpty()) {
                return new LaunchView.SetUpGroup(active, SetupRequest.empty(), java.util.List.of());
            }
            return member.flatMap(m -> group.get().faculty().roleOf(m))
                    .<LaunchView>map(role -> new LaunchView.LeaderHome(active, group.get(), role, false))
                    .orElseGet(() -> new LaunchView.FacultyDetailsNeeded(active, group.get(), "", "", java.util.List.of()));
        }
        if (session.roles().contains(BalintRole.MEMBER)) {
            if (group.isEmpty()) {
                return new LaunchView.NotSetUpYet(active, Optional.empty());
            }
            if (member.isEmpty()) {
                return Placements.sessionGone();
            }
            return registrationView(active, group.get(), member.get(), RegistrationRequest.empty());
        }
        return new LaunchView.AdminOverview(active, group);
    }

    /** A member's registration state in {@code group}, or the registration form ({@code blank}) before they register. */
    private LaunchView registrationView(ActiveSession active, BalintGroup group, MemberId member, RegistrationRequest blank) {
        GroupRegistrations registrations = placements.records.inTransaction(
                Tenancy.of(active.session().course().deployment()), r -> r.registrations().forGroup(group.id()))
                .orElseGet(() -> GroupRegistrations.none(group.id()));
        return registrations.find(member)
                .<LaunchView>map(found -> new LaunchView.RegistrationState(active, group, found,
                        registrations.waitlistPosition(member)))
                .orElseGet(() -> new LaunchView.RegistrationNeeded(active, group, blank, java.util.List.of()));
    }

    /**
     * On the first launch of a link placed by deep linking ({@value #GROUP_PARAMETER} names its group),
     * binds the placement to that group: only a group stored for the same tenant (issuer and
     * deployment), and only while no other placement leads to it. A placement already bound keeps its
     * group. Refused, with nothing written, when the group is unknown here or placed elsewhere.
     */
    private Optional<LaunchView.Refused> bindNamedGroup(CourseKey course, java.util.Map<String, String> custom) {
        Optional<String> named = Optional.ofNullable(custom.get(GROUP_PARAMETER)).map(String::strip)
                .filter(value -> !value.isEmpty());
        if (named.isEmpty() || placements.bindings.find(course).isPresent()) {
            return Optional.empty();
        }
        Optional<GroupId> id = named.filter(value -> value.length() <= GroupId.MAX_LENGTH).map(GroupId::new);
        if (id.isEmpty() || placements.group(Tenancy.of(course.deployment()), id.get()).isEmpty()) {
            return Optional.of(new LaunchView.Refused(LINKED_GROUP_UNKNOWN, 404, "This activity names a Balint group "
                    + "that does not exist for this installation of the tool in your LMS, so it cannot open it. Ask the "
                    + "course's instructor to add the group again through the LMS's content picker (or to remove the "
                    + "custom parameter " + GROUP_PARAMETER + " from the activity)."));
        }
        if (placements.bindings.bindExisting(course, id.get()).isEmpty()) {
            return Optional.of(new LaunchView.Refused(LINKED_GROUP_PLACED_ELSEWHERE, 409, "The Balint group this "
                    + "activity names is already placed in another activity, and a group belongs to one place only. "
                    + "Ask the course's instructor to add a new group (or another group not placed yet) through the "
                    + "LMS's content picker."));
        }
        return Optional.empty();
    }
}
