package org.balint.lti.tool.documents;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.balint.core.credit.CreditRecord;
import org.balint.core.credit.CreditType;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.Member;

/**
 * The learners of a group series for ACCME's Program and Activity Reporting System (PARS), as a CSV file
 * whose columns follow the CME part of ACCME's learner upload template: Record Action, ACCME Activity
 * ID, Completion Date, First Name, Last Name, Date of Birth, Licensing State, Licensing ID or NPI,
 * Number of CME Credits. A coordinator copies the rows into ACCME's template (which also has columns
 * for board credit, not used here) and uploads it.
 *
 * <p>Only members who agreed to have their completion reported
 * ({@link org.balint.core.credit.CompletionSharingConsent}) are listed, and of those only the ones who
 * are eligible for the physicians' credit the group offers (AAFP Prescribed credit) and claimed it: the
 * number of credits is the credit claimed. The completion date is the date the series ended in the
 * group's time zone. Balint does not ask members for their date of birth or licence, so those columns
 * stay empty for the coordinator to fill in from the provider's own records; the name is split at its
 * last space (first name, last name). The coordinator checks the activity's credit designation in PARS
 * before uploading.
 */
public final class ParsLearnerExport {

    /** The header row, as in ACCME's learner upload template. */
    public static final List<String> HEADER = List.of("Record Action", "ACCME Activity ID", "Completion Date",
            "First Name", "Last Name", "Date of Birth", "Licensing State", "Licensing ID or NPI", "Number of CME Credits");

    /** The media type of the file. */
    public static final String MEDIA_TYPE = Csv.MEDIA_TYPE;

    /** The kind of credit reported. */
    static final CreditType REPORTED = CreditType.AAFP_PRESCRIBED;

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");

    private ParsLearnerExport() {
    }

    /**
     * The export of {@code group}'s learners.
     *
     * @param activityId the ACCME activity id of the series in PARS, when the coordinator gave it
     * @param records    the group's credit records
     * @param agreed     the members who agreed to have their completion reported
     */
    public static byte[] of(BalintGroup group, String activityId, List<CreditRecord> records, Set<org.balint.core.group.MemberId> agreed) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(agreed, "agreed");
        ZoneId zone = group.schedule().zone();
        Csv csv = new Csv(HEADER);
        records.stream()
                .filter(record -> record.group().equals(group.id()) && record.type() == REPORTED && record.eligible())
                .filter(record -> record.claim().isPresent() && agreed.contains(record.member()))
                .sorted(Comparator.comparing(CreditRecord::member))
                .forEach(record -> {
                    String name = group.member(record.member()).map(Member::name).orElse("");
                    String[] parts = split(name);
                    csv.row(List.of("Add", activityId.strip(),
                            US_DATE.format(record.seriesEnd().minusMillis(1).atZone(zone).toLocalDate()),
                            parts[0], parts[1], "", "", "",
                            record.claim().orElseThrow().credit().toString()));
                });
        return csv.bytes();
    }

    /** The file name for {@code group}'s export. */
    public static String fileName(BalintGroup group) {
        return FileNames.safe(group.title(), "balint-group") + "-pars-learners.csv";
    }

    /** First name and last name: the name split at its last space. */
    static String[] split(String name) {
        String plain = name.strip();
        int space = plain.lastIndexOf(' ');
        return space < 0 ? new String[] {"", plain} : new String[] {plain.substring(0, space).strip(), plain.substring(space + 1)};
    }
}
