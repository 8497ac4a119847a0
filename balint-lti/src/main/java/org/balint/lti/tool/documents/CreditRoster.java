package org.balint.lti.tool.documents;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.balint.core.credit.CreditRecord;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;

/**
 * A group's credit roster as a CSV file for leaders and coordinators: one row per member and kind of
 * credit with the recorded decision, the credit earned and claimed, what the member's attendance
 * amounted to, and, when the member is not eligible, every reason. Members without any recorded
 * decision get one row saying so. Names and reasons only: no case content.
 */
public final class CreditRoster {

    /** The header row. */
    public static final List<String> HEADER = List.of("Member", "Member ID", "Credit type", "Decision", "Credit earned",
            "Credit claimed", "Attended", "Reasons");

    /** The media type of the file. */
    public static final String MEDIA_TYPE = Csv.MEDIA_TYPE;

    private CreditRoster() {
    }

    /** The roster of {@code group} from its credit {@code records} (those of other groups are ignored). */
    public static byte[] of(BalintGroup group, List<CreditRecord> records) {
        Objects.requireNonNull(group, "group");
        List<CreditRecord> own = records.stream().filter(record -> record.group().equals(group.id()))
                .sorted(Comparator.comparing((CreditRecord record) -> name(group, record.member()))
                        .thenComparing(CreditRecord::member).thenComparing(CreditRecord::type))
                .toList();
        Csv csv = new Csv(HEADER);
        for (CreditRecord record : own) {
            csv.row(List.of(name(group, record.member()), record.member().value(), record.type().label(),
                    record.eligible() ? "eligible" : "not eligible",
                    record.type().isCreditBearing() ? record.creditEarned().toString() : "",
                    record.claim().map(claimed -> claimed.credit().toString()).orElse(""),
                    record.attained().toString(),
                    record.reasons().stream().map(Violation::message).collect(Collectors.joining(" "))));
        }
        Set<MemberId> decided = own.stream().map(CreditRecord::member).collect(Collectors.toSet());
        group.members().stream().filter(member -> !decided.contains(member.id()))
                .sorted(Comparator.comparing(Member::name).thenComparing(Member::id))
                .forEach(member -> csv.row(List.of(member.name(), member.id().value(), "", "no decision yet", "", "", "",
                        "Credit is decided once the series' attendance is recorded.")));
        return csv.bytes();
    }

    /** The file name for {@code group}'s roster. */
    public static String fileName(BalintGroup group) {
        return FileNames.safe(group.title(), "balint-group") + "-credit-roster.csv";
    }

    private static String name(BalintGroup group, MemberId member) {
        return group.member(member).map(Member::name).orElse("Former member " + member.value());
    }
}
