package org.balint.lti.tool.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Function;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSessions;
import org.balint.lti.tool.session.SessionCheck;

/**
 * The launch session a form post of the pages after a launch carries: its {@code launch_session} field (or an
 * {@code Authorization: Bearer} header) and its {@code csrf} field, checked before anything else happens.
 */
final class FormSessions {

    private FormSessions() {
    }

    /**
     * Runs {@code then} with the session {@code form} carries, or answers the refusal (401 or 403, with what
     * to do next) when the session is missing, unknown, expired or its CSRF token does not match.
     */
    static Response withActive(LaunchSessions sessions, HttpHeaders headers, MultivaluedMap<String, String> form,
            Function<ActiveSession, Response> then) {
        Optional<String> token = Optional.ofNullable(form.getFirst(CoursePages.SESSION_FIELD))
                .or(() -> GroupPagesResource.bearer(headers));
        SessionCheck check = sessions.verifyPost(token, Optional.ofNullable(form.getFirst(CoursePages.CSRF_FIELD)));
        if (check instanceof SessionCheck.Refused refused) {
            return Answers.refusal(headers, "Launch again from your course", new Problem(refused.reason().code(),
                    refused.reason().httpStatus(), refused.reason().message())).build();
        }
        return then.apply(((SessionCheck.Valid) check).active());
    }
}
