package org.balint.persistence.certificate;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.balint.core.certificate.RecordRetention;
import org.balint.persistence.credit.JpaCreditRecords;
import org.balint.persistence.credit.PurgedCreditRecords;
import org.balint.persistence.tenant.TenantScope;

/**
 * Deletes one tenant's certificate and credit records once they are past the provider's retention
 * period, counted from the end of the series they belong to (six years unless configured otherwise),
 * and reports what it removed. It works in the caller's transaction: everything it deletes is deleted
 * together, or nothing is.
 */
public final class RetentionPurge {

    private final TenantScope scope;
    private final RecordRetention retention;
    private final Clock clock;

    /**
     * @param scope     the tenant whose records are purged
     * @param retention how long records are kept after their series ends
     * @param clock     the time the purge runs at
     */
    public RetentionPurge(TenantScope scope, RecordRetention retention, Clock clock) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Deletes the tenant's records past retention now, in the transaction of {@code entityManager}. */
    public PurgeReport purge(EntityManager entityManager) {
        Objects.requireNonNull(entityManager, "entityManager");
        Instant at = clock.instant();
        int certificates = new JpaCertificates(scope, () -> entityManager).purgePastRetention(retention, at);
        PurgedCreditRecords credit = new JpaCreditRecords(scope, () -> entityManager).purgePastRetention(retention, at);
        return new PurgeReport(at, retention, certificates, credit.decisions(), credit.claims());
    }

    /**
     * What one purge removed from one tenant's records.
     *
     * @param at              when the purge ran
     * @param retention       the retention period it applied
     * @param certificates    certificates deleted, with their statements
     * @param creditDecisions credit decisions deleted, with their explanations
     * @param creditClaims    members' claims deleted with those decisions
     */
    public record PurgeReport(Instant at, RecordRetention retention, int certificates, int creditDecisions,
            int creditClaims) {

        public PurgeReport {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(retention, "retention");
            if (certificates < 0 || creditDecisions < 0 || creditClaims < 0 || creditClaims > creditDecisions) {
                throw new IllegalArgumentException("impossible purge counts");
            }
        }

        /** Whether nothing was past retention. */
        public boolean removedNothing() {
            return certificates == 0 && creditDecisions == 0;
        }

        @Override
        public String toString() {
            return "purged at " + at + " (records kept " + retention.period() + " after their series ended): "
                    + certificates + " certificates, " + creditDecisions + " credit decisions, " + creditClaims
                    + " credit claims";
        }
    }
}
