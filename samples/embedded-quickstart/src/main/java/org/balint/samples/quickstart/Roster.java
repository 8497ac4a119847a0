package org.balint.samples.quickstart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * Reads a group roster from CSV text with the columns {@code name, email, profession, specialty or
 * description}. Professions are {@code physician} (with a specialty), {@code nurse practitioner},
 * {@code psychologist}, {@code social worker} or {@code other} (with a description). Every bad line is
 * reported with its number; a roster with any bad line yields no members.
 */
final class Roster {

    private Roster() {
    }

    static Validated<List<Member>> read(String csv) {
        var members = new ArrayList<Member>();
        var problems = new ArrayList<Violation>();
        String[] lines = csv.strip().split("\\R");
        for (int i = 1; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 4) {
                problems.add(Violation.of("roster-wrong-number-of-fields", "line " + lineNumber + " has "
                        + fields.length + " fields; a roster line has name, email, profession and specialty"));
                continue;
            }
            String name = fields[0].strip();
            String email = fields[1].strip();
            if (name.isEmpty()) {
                problems.add(Violation.of("roster-missing-name", "line " + lineNumber + " has no name"));
            }
            if (!ContactDetails.looksLikeEmail(email)) {
                problems.add(Violation.of("roster-bad-email", "line " + lineNumber + ": '" + email
                        + "' is not an e-mail address"));
            }
            Validated<Profession> profession = profession(fields[2].strip(), fields[3].strip(), lineNumber);
            problems.addAll(profession.violations());
            if (!name.isEmpty() && ContactDetails.looksLikeEmail(email) && profession.isValid()) {
                String id = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
                members.add(new Member(new MemberId(id), name, profession.orElseThrow(), ContactDetails.email(email)));
            }
        }
        return Validated.of(problems, () -> List.copyOf(members));
    }

    private static Validated<Profession> profession(String kind, String detail, int line) {
        switch (kind.toLowerCase(Locale.ROOT)) {
            case "physician":
                return detail.isEmpty()
                        ? Validated.invalid(Violation.of("roster-missing-specialty", "line " + line
                                + ": give the physician's specialty"))
                        : Validated.valid(Profession.physician(detail));
            case "nurse practitioner":
                return Validated.valid(Profession.nursePractitioner());
            case "psychologist":
                return Validated.valid(Profession.psychologist());
            case "social worker":
                return Validated.valid(Profession.socialWorker());
            case "other":
                return detail.isEmpty()
                        ? Validated.invalid(Violation.of("roster-missing-description", "line " + line
                                + ": describe the profession"))
                        : Validated.valid(Profession.other(detail));
            default:
                return Validated.invalid(Violation.of("roster-unknown-profession", "line " + line + ": '" + kind
                        + "' is not a profession the group knows (physician, nurse practitioner, psychologist,"
                        + " social worker, other)"));
        }
    }
}
