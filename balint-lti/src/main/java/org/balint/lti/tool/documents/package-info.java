/**
 * The documents of a group series, made from Balint's records and served after a launch
 * ({@link org.balint.lti.tool.documents.GroupDocuments}):
 * <ul>
 *   <li>{@link org.balint.lti.tool.documents.CertificatePdf}: a member's certificate as a PDF (Apache
 *       PDFBox, with an embedded DejaVu Sans subset so that every name prints as written), numbered by
 *       {@link org.balint.lti.tool.documents.CertificateNumber};</li>
 *   <li>{@link org.balint.lti.tool.documents.SeriesCalendar}: the sessions as an iCalendar file (ical4j)
 *       in the group's time zone, with stable event UIDs;</li>
 *   <li>{@link org.balint.lti.tool.documents.CreditRoster}: every member's credit decision with its
 *       reasons, as CSV;</li>
 *   <li>{@link org.balint.lti.tool.documents.ParsLearnerExport}: the members who agreed to have their
 *       completion reported, in the columns of ACCME's PARS learner upload, as CSV.</li>
 * </ul>
 * CSV files follow RFC 4180 and neutralise fields that a spreadsheet would run as formulas. No document
 * holds case content; the calendar holds no personal data at all.
 *
 * <p>A member's certificate is issued at their first download from the credit decision their leader
 * recorded ({@link org.balint.lti.tool.documents.MemberCertificates}), under the provider's
 * {@link org.balint.lti.tool.documents.CertificateSettings}; until then
 * {@link org.balint.lti.tool.documents.CertificateStanding} says what is still needed.
 *
 * <p>Who gets what: a member their own certificate and the calendar, faculty of the group the calendar,
 * the roster and the export; nothing crosses groups or platforms. The PDF and calendar libraries live
 * here, in the tool, never in balint-core.
 */
package org.balint.lti.tool.documents;
