/**
 * The sessions of the pages that follow an accepted launch. Inside an LMS frame the browser may block
 * third-party cookies, so a session travels in the pages themselves (a hidden form field) or in an
 * {@code Authorization: Bearer} header: {@link org.balint.lti.tool.session.LaunchSessions} starts one
 * per accepted launch, with a random 256-bit token (only its SHA-256 is stored) and a CSRF secret
 * that every form post must echo. An unknown, expired or forged session is refused with a
 * {@link org.balint.lti.tool.session.SessionRefusal}, answered {@code 401} with a page that sends the
 * person back to their course.
 */
package org.balint.lti.tool.session;
