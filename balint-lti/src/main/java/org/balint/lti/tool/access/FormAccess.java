package org.balint.lti.tool.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an endpoint outside the JSON API: a form of the pages after a launch, a step of the LTI
 * protocol, a public document. The JSON API declares its callers with
 * {@link org.balint.lti.tool.api.Allowed} and the admin API is guarded by its token
 * ({@link org.balint.lti.tool.admin.AdminApi}); every other resource method declares this annotation, so
 * that each endpoint says who it is for and a test refuses an endpoint that says nothing.
 *
 * <p>The resource still makes the checks itself (the launch session and its CSRF token with
 * {@code FormSessions}, then the role); the access-control tests call every endpoint as every kind of
 * caller and hold the answers to this declaration: a caller none of the declared rules admits must be
 * refused.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FormAccess {

    /** The callers let in; any one suffices. */
    Rule[] value();

    /** Why these callers, in a sentence: what the endpoint does and what protects it. */
    String reason();

    /**
     * The kinds of caller of a form or protocol endpoint. Every rule except {@link #PUBLIC},
     * {@link #CONTENT_PICKER} and {@link #OPERATOR} needs the launch session and its CSRF token on the post, and acts only on
     * the group of that session's placement, in the session's tenant (issuer and deployment): a form
     * never names a group, so it cannot reach another group, deployment or platform.
     */
    enum Rule {
        /**
         * Anyone, without a session: a step of the LTI protocol that checks its own proof (the login's
         * state and browser binding, the platform's signature, a registration token) or a public document.
         */
        PUBLIC,
        /** Anyone with a launch session in force, about their own group or themselves. */
        ANY_SESSION,
        /** A member (Learner) of the session's group, about their own records only. */
        MEMBER_OF_GROUP,
        /** A leader (Instructor or Teaching assistant) of the session's group. */
        LEADER_OF_GROUP,
        /** An administrator of the platform, about their own deployment. */
        ADMIN_OF_PLATFORM,
        /** An instructor in the LMS's content picker, with the picker's own session and CSRF token. */
        CONTENT_PICKER,
        /** The tool's operator, with the admin token ({@code balint.admin.token}) posted in the form; no launch session. */
        OPERATOR
    }
}
