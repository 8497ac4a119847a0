package org.balint.lti.tool.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.course.LmsUser;
import org.balint.lti.tool.course.UserLinks;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSession;
import org.balint.lti.tool.session.LaunchSessions;
import org.balint.lti.tool.session.SessionCheck;
import org.balint.persistence.tenant.Tenant;

/**
 * The checks every API request passes before its endpoint runs, in this order: the launch session
 * ({@code Authorization: Bearer}), the CSRF token ({@code X-CSRF-Token}) of a state-changing call, the
 * caller's Balint identity, and the endpoint's declared access rules ({@link AccessRules}). Plain Java,
 * so that the checks are tested without a server; {@link ApiFilter} feeds it the request.
 */
public final class ApiGate {

    /** The header carrying the session's CSRF token on state-changing calls. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final LaunchSessions sessions;
    private final UserLinks users;
    private final BiFunction<Tenant, GroupId, Optional<GroupPeople>> groups;

    /**
     * A gate over the launch sessions and user links of the tool's database.
     *
     * @param groups finds a group of a tenant by id (empty when the tenant has no such group)
     */
    public ApiGate(LaunchSessions sessions, UserLinks users, BiFunction<Tenant, GroupId, Optional<GroupPeople>> groups) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.users = Objects.requireNonNull(users, "users");
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    /**
     * The request as the gate sees it.
     *
     * @param method        the HTTP method
     * @param authorization the {@code Authorization} header, if sent
     * @param csrfToken     the {@code X-CSRF-Token} header, if sent
     * @param allowed       the endpoint's declared access rules (empty: none declared)
     * @param group         the {@code {group}} path segment, if the path has one
     * @param member        the {@code {member}} path segment, if the path has one
     */
    public record Request(String method, Optional<String> authorization, Optional<String> csrfToken, Set<Access> allowed,
            Optional<String> group, Optional<String> member) {
        /** Validates and copies the parts. */
        public Request {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(authorization, "authorization");
            Objects.requireNonNull(csrfToken, "csrfToken");
            allowed = Set.copyOf(allowed);
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(member, "member");
        }

        /** Whether the call may change state and so needs the CSRF token. */
        public boolean changesState() {
            return !SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT));
        }
    }

    /** The outcome: let in, or refused. */
    public sealed interface Passage permits Admitted, Stopped {
    }

    /**
     * Let in.
     *
     * @param caller  who calls
     * @param session the launch session the call works for
     * @param granted what the path named, as the access rules resolved it
     */
    public record Admitted(Caller caller, ActiveSession session, AccessRules.Granted granted) implements Passage {
        /** Validates the parts. */
        public Admitted {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(granted, "granted");
        }
    }

    /** Refused. */
    public record Stopped(ApiRefusal refusal) implements Passage {
        /** Validates the part. */
        public Stopped {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /** Passes {@code request} through every check. */
    public Passage pass(Request request) {
        Objects.requireNonNull(request, "request");
        Optional<String> token = request.authorization().flatMap(ApiGate::bearer);
        SessionCheck check = request.changesState()
                ? sessions.verifyPost(token, request.csrfToken())
                : sessions.authenticate(token);
        if (check instanceof SessionCheck.Refused refused) {
            return new Stopped(refusalOf(refused));
        }
        ActiveSession active = ((SessionCheck.Valid) check).active();
        LaunchSession session = active.session();
        Optional<MemberId> member = users.find(new LmsUser(session.course().deployment().issuer(),
                session.course().deployment().clientId(), session.subject(), Optional.empty(), Optional.empty()))
                .map(link -> link.member());
        if (member.isEmpty()) {
            return new Stopped(ApiRefusal.of(401, "session-unknown", "This session belongs to nobody the tool knows. "
                    + ApiRefusal.LAUNCH_AGAIN));
        }
        Caller caller = new Caller(session.course().deployment(), member.get(), session.roles(), session.group());
        AccessRules.Decision decision = AccessRules.decide(request.allowed(), caller, request.group(), request.member(),
                id -> groups.apply(caller.tenant(), id));
        if (decision instanceof AccessRules.Refused refused) {
            return new Stopped(refused.refusal());
        }
        return new Admitted(caller, active, (AccessRules.Granted) decision);
    }

    private static ApiRefusal refusalOf(SessionCheck.Refused refused) {
        switch (refused.reason()) {
            case SESSION_MISSING:
                return ApiRefusal.of(401, "session-missing", "This call needs the session of a launch, sent as "
                        + "'Authorization: Bearer <session>'. " + ApiRefusal.LAUNCH_AGAIN);
            case SESSION_UNKNOWN:
                return ApiRefusal.of(401, "session-unknown", "This session is not one the tool started. "
                        + ApiRefusal.LAUNCH_AGAIN);
            case SESSION_EXPIRED:
                return ApiRefusal.of(401, "session-expired", "This session has expired. " + ApiRefusal.LAUNCH_AGAIN);
            case CSRF_TOKEN_INVALID:
                return ApiRefusal.of(403, "csrf-token-invalid", "A call that changes something must send the session's "
                        + "CSRF token as '" + CSRF_HEADER + "'. Reload the page of the activity and try again.");
            default:
                throw new IllegalStateException("unknown session refusal " + refused.reason());
        }
    }

    /** The token of an {@code Authorization: Bearer} header. */
    static Optional<String> bearer(String authorization) {
        String value = authorization.strip();
        return value.regionMatches(true, 0, "Bearer ", 0, 7)
                ? Optional.of(value.substring(7).strip()).filter(t -> !t.isEmpty())
                : Optional.empty();
    }
}
