package org.balint.core.certificate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.balint.core.credit.CreditType;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;

/**
 * Where a provider keeps the certificates it issued, per group: at most one per member and kind of
 * credit. Implemented outside the core (for example by a database adapter working in the caller's
 * transaction).
 */
public interface Certificates {

    /**
     * Keeps {@code certificate}, issued for {@code group}'s series, or answers with
     * {@code certificate-already-issued} when the member already has one of that kind for the group.
     */
    Validated<Certificate> save(GroupId group, Certificate certificate);

    /** The certificate of {@code type} issued to {@code member} for {@code group}, if any. */
    Optional<Certificate> find(GroupId group, MemberId member, CreditType type);

    /** Every certificate issued for {@code group}, by member and then kind of credit. */
    List<Certificate> ofGroup(GroupId group);

    /**
     * The certificates past {@code retention} at {@code at}, oldest series first: the retention period is
     * counted from the end of the series, that is from the end of the activity's last date in every time
     * zone ({@link #seriesEnd(Certificate)}).
     */
    List<Certificate> pastRetention(RecordRetention retention, Instant at);

    /**
     * When the certified series is over everywhere: the end of the activity's last date in the
     * westernmost time zone, so that no record is purged before its series ended where it was held.
     */
    static Instant seriesEnd(Certificate certificate) {
        return certificate.activity().lastDate().plusDays(1).atStartOfDay(java.time.ZoneOffset.MIN).toInstant();
    }
}
