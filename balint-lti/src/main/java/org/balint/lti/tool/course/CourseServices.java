package org.balint.lti.tool.course;

import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.balint.lti.tool.session.LaunchSessions;

/**
 * Everything the launch and the pages after it need, built once per application.
 *
 * @param sessions     the launch sessions
 * @param launches     where an accepted launch lands
 * @param setup        a leader's group set-up and faculty join
 * @param registration a member's registration
 * @param bindings     which group each placement leads to
 * @param users        which Balint person each LMS user is
 * @param endpoints    the LMS services each placement offers
 */
public record CourseServices(LaunchSessions sessions, CourseLaunches launches, GroupSetup setup,
        MemberRegistration registration, CourseBindings bindings, UserLinks users, PlacementEndpoints endpoints) {

    /** Validates the parts. */
    public CourseServices {
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(launches, "launches");
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(bindings, "bindings");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(endpoints, "endpoints");
    }

    /**
     * The services on the tool's own tables in {@code tool} (migrated by
     * {@link org.balint.lti.protocol.store.LtiSchema}) and on Balint's {@code records}.
     */
    public static CourseServices over(DataSource tool, BalintRecords records, Clock clock) {
        CourseBindings bindings = new CourseBindings(tool, clock);
        UserLinks users = new UserLinks(tool, clock);
        LaunchSessions sessions = new LaunchSessions(tool, clock, LaunchSessions.DEFAULT_LIFETIME);
        PlacementEndpoints endpoints = new PlacementEndpoints(tool, clock);
        GroupSetup setup = new GroupSetup(bindings, users, records, sessions, clock);
        return new CourseServices(sessions, new CourseLaunches(bindings, users, records, sessions, setup, endpoints),
                setup, new MemberRegistration(bindings, users, records, clock), bindings, users, endpoints);
    }
}
