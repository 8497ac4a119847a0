package org.balint.lti.tool.web;

import org.balint.lti.tool.documents.GroupDocuments;
import org.balint.lti.tool.session.ActiveSession;

/**
 * The download buttons of the group pages: each is a small form that posts the launch session and its
 * CSRF token to {@link DocumentsResource}, which answers with the file as an attachment.
 */
final class DocumentForms {

    private DocumentForms() {
    }

    /** A member's documents: the calendar, their certificate, and their answer about reporting completion. */
    static String forMember(ActiveSession session, String basePath) {
        return "<section aria-labelledby=\"documents\">\n<h2 id=\"documents\">Documents</h2>\n"
                + button(session, basePath, "calendar", "Download the calendar (.ics)", "")
                + button(session, basePath, "certificate", "Download my certificate (PDF)", "")
                + "<form method=\"post\" action=\"" + Html.escape(basePath + "lti/documents/completion-sharing") + "\">\n"
                + CoursePages.hidden(session)
                + "<fieldset><legend>May the provider report your completion of this series (name, date and credit"
                + " claimed) to the accreditor's learner reporting (ACCME PARS)?</legend>\n"
                + "<label><input type=\"radio\" name=\"" + GroupDocuments.SHARE_COMPLETION + "\" value=\"yes\"> Yes</label>\n"
                + "<label><input type=\"radio\" name=\"" + GroupDocuments.SHARE_COMPLETION + "\" value=\"no\"> No</label>\n"
                + "</fieldset>\n<button type=\"submit\">Save my answer</button>\n</form>\n</section>";
    }

    /** A leader's documents: the calendar, the credit roster and the PARS export. */
    static String forLeader(ActiveSession session, String basePath) {
        return "<section aria-labelledby=\"documents\">\n<h2 id=\"documents\">Documents</h2>\n"
                + button(session, basePath, "calendar", "Download the calendar (.ics)", "")
                + button(session, basePath, "credit-roster", "Download the credit roster (CSV)", "")
                + button(session, basePath, "pars-export", "Download the PARS learner export (CSV)",
                        "<label for=\"accme-activity-id\">ACCME activity ID (optional)</label>\n"
                                + "<input id=\"accme-activity-id\" name=\"" + GroupDocuments.ACCME_ACTIVITY_ID
                                + "\" inputmode=\"numeric\" maxlength=\"20\" pattern=\"[0-9]*\">\n")
                + "</section>";
    }

    private static String button(ActiveSession session, String basePath, String document, String label, String fields) {
        return "<form method=\"post\" action=\"" + Html.escape(basePath + "lti/documents/" + document) + "\">\n"
                + CoursePages.hidden(session) + fields + "<button type=\"submit\">" + Html.escape(label) + "</button>\n</form>\n";
    }

}
