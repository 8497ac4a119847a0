package org.balint.lti.tool.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.balint.core.credit.CreditType;
import org.balint.lti.tool.platform.Accreditation;
import org.balint.lti.tool.platform.AccreditationSettings;
import org.balint.lti.tool.platform.PlatformAdministration;
import org.balint.lti.tool.platform.PlatformOverview;
import org.balint.lti.tool.platform.RetentionAdministration;
import org.balint.lti.tool.platform.RetentionCounts;
import org.balint.lti.tool.platform.RetentionPreview;
import org.balint.lti.tool.course.FieldViolation;

/**
 * The content of an LMS administrator's pages about their own platform: the registration and its
 * deployments, the accreditation statements, and the retention purge. Pure functions of what the
 * services answered; every text is escaped, every form carries the launch session's hidden fields, and
 * every reason is shown beside its field and in a summary at the top.
 */
final class AdminPages {

    /** Where the deployment forms post, below the application's base path. */
    static final String ADD_DEPLOYMENT_ACTION = "lti/admin/deployments/add";
    static final String REMOVE_DEPLOYMENT_ACTION = "lti/admin/deployments/remove";
    /** Where the accreditation form posts. */
    static final String ACCREDITATION_ACTION = "lti/admin/accreditation";
    /** Where the purge button posts. */
    static final String PURGE_ACTION = "lti/admin/retention/purge";

    private static final String TEXTAREA_STYLE = " style=\"display:block;box-sizing:border-box;width:100%;font:inherit;"
            + "padding:.4rem;margin-top:.25rem;border:1px solid #767676;border-radius:3px;background:#fff;color:inherit\"";

    private AdminPages() {
    }

    // ---- platform

    /**
     * The platform page: the registration, its deployments with a remove button each (none for the one
     * of this launch, with the reason), the add form, and the tool's key.
     *
     * @param typed  what was typed in the add form, shown again beside its reasons
     * @param errors the reasons the last action was refused
     */
    static String platform(PlatformOverview o, String hidden, String basePath, String typed, List<FieldViolation> errors) {
        String field = PlatformAdministration.DEPLOYMENT_FIELD;
        StringBuilder deployments = new StringBuilder("<ul>\n");
        for (String deployment : o.deployments()) {
            deployments.append("<li><code").append(AdminTexts.WRAP).append('>').append(Html.escape(deployment)).append("</code>");
            if (o.inUse(deployment)) {
                deployments.append(" <span class=\"reason\">(you launched through this deployment, so it cannot be "
                        + "removed from here: removing it would shut out your own session)</span>");
            } else if (o.deployments().size() > 1) {
                deployments.append("<form method=\"post\" action=\"").append(Html.escape(basePath + REMOVE_DEPLOYMENT_ACTION))
                        .append("\">").append(hidden).append("<input type=\"hidden\" name=\"").append(field)
                        .append("\" value=\"").append(Html.escape(deployment)).append("\"><button type=\"submit\" "
                                + "style=\"margin-top:.25rem\">Remove deployment ").append(Html.escape(deployment))
                        .append("</button></form>");
            }
            deployments.append("</li>\n");
        }
        deployments.append("</ul>\n");
        return "<h1>Your platform</h1>\n"
                + "<p>Balint accepts launches from this registration of your LMS. Only its deployments are yours to "
                + "change here; its endpoints are set by the tool's operator.</p>\n"
                + CoursePages.summary(errors)
                + "<h2>Registration</h2>\n<dl>"
                + entry("Name", Html.escape(o.label()))
                + entry("Issuer", code(o.issuer()))
                + entry("Client id", code(o.clientId()))
                + entry("Authorization endpoint", code(o.authorizationUrl().toString()))
                + entry("Token endpoint", code(o.tokenUrl().toString()))
                + entry("Key set URL", code(o.keySetUrl().toString()))
                + entry("Key set last fetched", o.keySetFetchedAt().map(at -> Html.escape(AdminTexts.when(at)))
                        .orElse("Not since this server started: it fetches the key set on the next launch."))
                + "</dl>\n"
                + "<h2>Deployments</h2>\n<p>Launches are accepted from these deployments of the tool. Removing one "
                + "refuses its launches from then on; its groups' records stay until the retention purge.</p>\n"
                + deployments
                + "<form method=\"post\" action=\"" + Html.escape(basePath + ADD_DEPLOYMENT_ACTION) + "\" novalidate>\n"
                + hidden
                + CoursePages.field(field, "New deployment id", errors, "As your LMS shows it once the tool is installed "
                        + "again: Moodle in the tool's details (for example 2), Canvas in the app's settings.",
                        "<input type=\"text\" " + CoursePages.control(field, errors, "h") + " value=\""
                                + Html.escape(typed) + "\" maxlength=\"255\" autocomplete=\"off\">")
                + "<button type=\"submit\">Add deployment</button>\n</form>\n"
                + "<h2>The tool's key</h2>\n<p>The tool signs what it sends to your platform with this key; your "
                + "platform fetches it from the tool's key set. Rotating it is the tool operator's: it affects every "
                + "platform.</p>\n<dl>"
                + entry("Tool key set URL", code(o.toolKeySetUrl().toString()))
                + entry("Current key id", code(o.toolKeyId()))
                + entry("Created", Html.escape(AdminTexts.when(o.toolKeyCreatedAt())) + " ("
                        + Html.escape(AdminTexts.duration(o.toolKeyAge())) + " ago)")
                + entry("Next scheduled rotation", Html.escape(AdminTexts.when(o.nextRotation())))
                + "</dl>";
    }

    // ---- accreditation

    /**
     * The accreditation form, filled with {@code values} (field name to text) and the reasons beside
     * their fields.
     */
    static String accreditation(Optional<Accreditation> saved, Map<String, String> values, String hidden, String basePath,
            List<FieldViolation> errors) {
        StringBuilder fields = new StringBuilder();
        fields.append(CoursePages.field(AccreditationSettings.PROVIDER_FIELD, "Provider", errors, "The organisation "
                + "that issues the certificates, named as the accreditors know it, e.g. Riverside Family Medicine "
                + "Residency, Office of CME.", "<input type=\"text\" " + CoursePages.control(
                        AccreditationSettings.PROVIDER_FIELD, errors, "h") + " value=\"" + Html.escape(
                        values.getOrDefault(AccreditationSettings.PROVIDER_FIELD, "")) + "\" maxlength=\""
                        + AccreditationSettings.MAX_PROVIDER_NAME + "\" autocomplete=\"organization\">"));
        for (CreditType type : CreditType.values()) {
            String name = AccreditationSettings.statementsField(type);
            String hint = "One statement per paragraph, in print order, with a blank line between them (for example "
                    + "the accreditation statement, then the credit designation). Only the accreditor's published "
                    + "wording: never anything about a person or a case."
                    + (type.isCreditBearing() ? " Certificates of this credit are issued only once it has statements." : "")
                    + (type == CreditType.AAFP_PRESCRIBED ? " Call the credit Prescribed credit, never Category 1." : "");
            fields.append(CoursePages.field(name, "Statements on " + type.label() + " certificates", errors, hint,
                    "<textarea " + CoursePages.control(name, errors, "h") + " rows=\"5\"" + TEXTAREA_STYLE + ">"
                            + Html.escape(values.getOrDefault(name, "")) + "</textarea>"));
        }
        return "<h1>Accreditation statements</h1>\n"
                + "<p>Certificates of your platform's groups name the provider and print the statements each "
                + "accreditor requires. Certificates issued after you save carry the new wording; certificates "
                + "issued before keep the wording they were issued with.</p>\n"
                + saved.flatMap(Accreditation::updatedAt).map(at -> "<p class=\"hint\">Last saved "
                        + Html.escape(AdminTexts.when(at)) + ".</p>\n").orElse("<p class=\"hint\">Not saved yet.</p>\n")
                + CoursePages.summary(errors)
                + "<form method=\"post\" action=\"" + Html.escape(basePath + ACCREDITATION_ACTION) + "\" novalidate>\n"
                + hidden + fields + "<button type=\"submit\">Save the statements</button>\n</form>";
    }

    /** The form's values for a saved configuration: one paragraph per statement. */
    static Map<String, String> values(Optional<Accreditation> saved) {
        Map<String, String> values = new java.util.HashMap<>();
        saved.ifPresent(a -> {
            values.put(AccreditationSettings.PROVIDER_FIELD, a.provider().name());
            a.statements().statements().forEach((type, lines) ->
                    values.put(AccreditationSettings.statementsField(type), String.join("\n\n", lines)));
        });
        return values;
    }

    // ---- retention

    /**
     * The retention page: the period, what is past it now (counts only), and the purge button with the
     * preview's one-time value.
     */
    static String retention(RetentionPreview preview, String hidden, String basePath, List<FieldViolation> errors) {
        RetentionCounts c = preview.counts();
        int total = c.total();
        return "<h1>Retention purge</h1>\n"
                + "<p>Your platform's records are kept for " + Html.escape(period(preview)) + " after the series they "
                + "belong to ended (server variable balint.retention.period). The purge deletes what is past that, "
                + "for every deployment of your platform (" + Html.escape(String.join(", ", preview.deployments()))
                + "): whole groups with their members, registrations, attendance, rotation plans, evaluations, credit "
                + "records and certificates, and grievances resolved that long ago. Leaders' own logs are kept.</p>\n"
                + CoursePages.summary(errors)
                + "<h2>Past retention now</h2>\n<p class=\"hint\">Counted " + Html.escape(AdminTexts.when(preview.at()))
                + " by running the purge and undoing it.</p>\n"
                + "<table><caption class=\"reason\" style=\"text-align:left\">Records past retention, counts only</caption>"
                + "<thead><tr><th scope=\"col\">Records</th><th scope=\"col\">Past retention</th></tr></thead><tbody>"
                + rows(c) + "</tbody></table>\n"
                + (total == 0 ? "<p>Nothing is past retention now: a purge would delete nothing.</p>\n"
                        : "<p><strong>" + total + " records</strong> would be deleted. This cannot be undone.</p>\n")
                + "<form method=\"post\" action=\"" + Html.escape(basePath + PURGE_ACTION) + "\">\n" + hidden
                + "<input type=\"hidden\" name=\"" + RetentionAdministration.CONFIRMATION_FIELD + "\" value=\""
                + Html.escape(preview.confirmation()) + "\">\n"
                + "<button type=\"submit\">Purge " + CoursePages.plural(total, "record") + " now</button>\n</form>";
    }

    /** The counts as one sentence, for the notice after a purge. */
    static String sentence(RetentionCounts c) {
        List<String> parts = new ArrayList<>();
        for (String[] row : labelled(c)) {
            if (!"0".equals(row[1])) {
                parts.add(row[1] + " " + row[0].toLowerCase(java.util.Locale.ROOT));
            }
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    private static String rows(RetentionCounts c) {
        return labelled(c).stream().map(r -> "<tr><td>" + Html.escape(r[0]) + "</td><td>" + r[1] + "</td></tr>")
                .collect(Collectors.joining());
    }

    private static List<String[]> labelled(RetentionCounts c) {
        return List.of(
                new String[] {"Groups", Integer.toString(c.groups())},
                new String[] {"Members", Integer.toString(c.members())},
                new String[] {"Registrations", Integer.toString(c.registrations())},
                new String[] {"Registration history entries", Integer.toString(c.registrationAuditEntries())},
                new String[] {"Attendance sheets", Integer.toString(c.attendanceSheets())},
                new String[] {"Rotation plans", Integer.toString(c.rotationPlans())},
                new String[] {"Evaluation forms", Integer.toString(c.evaluationForms())},
                new String[] {"Evaluations", Integer.toString(c.evaluations())},
                new String[] {"Credit decisions", Integer.toString(c.creditDecisions())},
                new String[] {"Certificates", Integer.toString(c.certificates())},
                new String[] {"Resolved grievances", Integer.toString(c.grievances())});
    }

    private static String period(RetentionPreview preview) {
        java.time.Period p = preview.period();
        List<String> parts = new ArrayList<>();
        if (p.getYears() > 0) {
            parts.add(CoursePages.plural(p.getYears(), "year"));
        }
        if (p.getMonths() > 0) {
            parts.add(CoursePages.plural(p.getMonths(), "month"));
        }
        if (p.getDays() > 0) {
            parts.add(CoursePages.plural(p.getDays(), "day"));
        }
        return String.join(" ", parts);
    }

    // ---- parts

    private static String entry(String term, String html) {
        return "<dt>" + Html.escape(term) + "</dt><dd>" + html + "</dd>";
    }

    private static String code(String text) {
        return "<code" + AdminTexts.WRAP + ">" + Html.escape(text) + "</code>";
    }

}
