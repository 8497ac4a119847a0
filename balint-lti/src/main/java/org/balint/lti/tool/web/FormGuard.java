package org.balint.lti.tool.web;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.balint.lti.protocol.store.StoreUnavailable;
import org.balint.lti.tool.course.ConcurrentChange;
import org.balint.lti.tool.course.CourseServices;
import org.balint.lti.tool.course.Tenancy;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.session.LaunchSession;
import org.balint.lti.tool.session.LaunchSessions;

/**
 * The checks every state-changing form of the group pages passes before it does anything: the launch
 * session and its CSRF token ({@link FormSessions}), the person's role, and the placement's group. A
 * refusal is a page (or JSON, for a client that asks for it) with a reason code and what to do next;
 * a database that cannot be reached, or a change lost to a concurrent one, answer 503 and 409 with
 * nothing changed.
 */
public final class FormGuard {

    /** The reason code of a leaders' action posted by someone who does not lead the group. */
    public static final String LEADERS_ONLY = "leaders-only";
    /** The reason code of a members' action posted by someone who is not a member. */
    public static final String MEMBERS_ONLY = "members-only";
    /** The reason code of an administrators' action posted by someone who does not administer the platform. */
    public static final String ADMINISTRATORS_ONLY = "administrators-only";
    /** The reason code of a group's action on a placement that has no group yet. */
    public static final String NO_GROUP = "group-not-set-up";

    private FormGuard() {
    }

    /** Runs {@code work} for a leader of the placement's group. */
    public static Response leaderOfGroup(LaunchSessions sessions, HttpHeaders headers, MultivaluedMap<String, String> form,
            Function<GuardedWork, Response> work) {
        return guarded(sessions, headers, form, LaunchSession::isLeader, true, new Problem(LEADERS_ONLY, 403,
                "Only the group's leaders can do this. If you lead this group, open the activity from the course as its "
                        + "instructor."), work);
    }

    /** Runs {@code work} for a member (learner) of the placement's group. */
    public static Response memberOfGroup(LaunchSessions sessions, HttpHeaders headers, MultivaluedMap<String, String> form,
            Function<GuardedWork, Response> work) {
        return guarded(sessions, headers, form, session -> session.roles().contains(BalintRole.MEMBER), true,
                new Problem(MEMBERS_ONLY, 403, "Only the group's members can do this. If you take part in this group, "
                        + "open the activity from the course as a student."), work);
    }

    /** Runs {@code work} for an administrator of the launch's platform (the placement may have no group). */
    public static Response admin(LaunchSessions sessions, HttpHeaders headers, MultivaluedMap<String, String> form,
            Function<GuardedWork, Response> work) {
        return guarded(sessions, headers, form, session -> session.roles().contains(BalintRole.ADMIN), false,
                new Problem(ADMINISTRATORS_ONLY, 403, "Only the platform's administrators can do this. Ask the LMS "
                        + "administrator of your institution."), work);
    }

    /** {@link #leaderOfGroup(LaunchSessions, HttpHeaders, MultivaluedMap, Function)}, or 503 when groups are not configured. */
    public static Response leaderOfGroup(Instance<CourseServices> courses, HttpHeaders headers,
            MultivaluedMap<String, String> form, Function<GuardedWork, Response> work) {
        return courses.isResolvable() ? leaderOfGroup(courses.get().sessions(), headers, form, work)
                : CourseAnswers.notConfigured(headers);
    }

    /** {@link #memberOfGroup(LaunchSessions, HttpHeaders, MultivaluedMap, Function)}, or 503 when groups are not configured. */
    public static Response memberOfGroup(Instance<CourseServices> courses, HttpHeaders headers,
            MultivaluedMap<String, String> form, Function<GuardedWork, Response> work) {
        return courses.isResolvable() ? memberOfGroup(courses.get().sessions(), headers, form, work)
                : CourseAnswers.notConfigured(headers);
    }

    /** {@link #admin(LaunchSessions, HttpHeaders, MultivaluedMap, Function)}, or 503 when groups are not configured. */
    public static Response admin(Instance<CourseServices> courses, HttpHeaders headers,
            MultivaluedMap<String, String> form, Function<GuardedWork, Response> work) {
        return courses.isResolvable() ? admin(courses.get().sessions(), headers, form, work)
                : CourseAnswers.notConfigured(headers);
    }

    private static Response guarded(LaunchSessions sessions, HttpHeaders headers, MultivaluedMap<String, String> form,
            Predicate<LaunchSession> allowed, boolean needsGroup, Problem notAllowed, Function<GuardedWork, Response> work) {
        return FormSessions.withActive(sessions, headers, form, active -> {
            if (!allowed.test(active.session())) {
                return Answers.refusal(headers, "Not for your role", notAllowed).build();
            }
            if (needsGroup && active.session().group().isEmpty()) {
                return Answers.refusal(headers, "No group yet", new Problem(NO_GROUP, 409, "This activity has no Balint "
                        + "group yet. The leader sets it up when they first open the activity; open it again after that."))
                        .build();
            }
            return answered(headers, () -> work.apply(new GuardedWork(active,
                    Tenancy.of(active.session().course().deployment()), active.session().group())));
        });
    }

    /** {@code work}'s response, or the page that says the database is down or the change was lost to another. */
    static Response answered(HttpHeaders headers, Supplier<Response> work) {
        return answered((String heading, Problem problem) -> Answers.refusal(headers, heading, problem).build(), work);
    }

    /** {@code work}'s response, or {@code refuse}'s answer (heading, problem) when the database is down or the change lost. */
    static <T> T answered(BiFunction<String, Problem, T> refuse, Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreUnavailable unavailable) {
            return refuse.apply("Balint is unavailable", new Problem(StoreUnavailable.CODE, 503,
                    "Balint cannot reach its database at the moment; nothing was changed. Try again in a few minutes, "
                            + "and tell the administrator if it keeps happening."));
        } catch (ConcurrentChange conflict) {
            return refuse.apply("Please try again", new Problem(CourseAnswers.BUSY, 409,
                    "Someone else changed this group at the same moment; nothing of yours was stored. Open the page "
                            + "again and repeat what you did."));
        }
    }
}
