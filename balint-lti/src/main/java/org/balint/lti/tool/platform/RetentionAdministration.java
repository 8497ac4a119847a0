package org.balint.lti.tool.platform;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.balint.core.certificate.RecordRetention;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.store.JdbcPlatformRegistry;
import org.balint.lti.protocol.store.StoredRegistration;
import org.balint.lti.tool.course.JpaBalintRecords;
import org.balint.lti.tool.course.Tenancy;
import org.balint.lti.tool.placement.Digests;
import org.balint.persistence.certificate.RetentionPurge;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;

/**
 * The retention purge of an LMS administrator's platform: every deployment of the registration they
 * launched through is a tenant whose records past the {@link RecordRetention} period are deleted by
 * {@link RetentionPurge}. The preview runs the very same purge in a transaction that is rolled back,
 * so its counts are what the purge would delete at that moment; the purge then runs once per
 * confirmation value the preview handed out, for every deployment in one transaction.
 */
public final class RetentionAdministration {

    /** The form field and JSON property of the confirmation value. */
    public static final String CONFIRMATION_FIELD = "confirmation";
    /** The purpose of the confirmation values of purges. */
    static final String PURPOSE = "retention-purge";

    private static final Logger LOG = Logger.getLogger(RetentionAdministration.class.getName());

    private final JpaBalintRecords.Transactions transactions;
    private final Tenants tenants;
    private final JdbcPlatformRegistry registry;
    private final RecordRetention retention;
    private final OneTimeValues confirmations;
    private final Clock clock;

    /** The purge of the records reached through {@code transactions}, keeping records for {@code retention}. */
    public RetentionAdministration(JpaBalintRecords.Transactions transactions, Tenants tenants,
            JdbcPlatformRegistry registry, RecordRetention retention, OneTimeValues confirmations, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.confirmations = Objects.requireNonNull(confirmations, "confirmations");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The retention period in force. */
    public RecordRetention retention() {
        return retention;
    }

    /** How many records of the platform are past retention now, and the value that confirms their purge. */
    public RetentionPreview preview(PlatformDeployment launched) {
        Objects.requireNonNull(launched, "launched");
        List<String> deployments = deployments(launched);
        Instant at = clock.instant();
        RetentionCounts counts;
        try {
            transactions.inTransaction(entityManager -> {
                throw new CountedThenRolledBack(purge(entityManager, launched, deployments));
            });
            throw new IllegalStateException("the preview's transaction was not rolled back");
        } catch (CountedThenRolledBack counted) {
            counts = counted.counts;
        }
        return new RetentionPreview(retention.period(), at, deployments, counts,
                confirmations.issue(PURPOSE, owner(launched)));
    }

    /**
     * Purges the platform's records past retention in one transaction, if {@code confirmation} is the
     * value of a preview not used yet; a second press of the same button is refused and deletes nothing.
     */
    public AdminOutcome<RetentionCounts> purge(PlatformDeployment launched, Optional<String> confirmation) {
        Objects.requireNonNull(launched, "launched");
        Objects.requireNonNull(confirmation, "confirmation");
        switch (confirmations.use(PURPOSE, owner(launched), confirmation)) {
            case ALREADY_USED:
                return AdminOutcome.refused(409, CONFIRMATION_FIELD, "purge-already-run", "This purge already ran: "
                        + "the button was pressed twice, and the second press deleted nothing. The counts below are "
                        + "what is past retention now.");
            case EXPIRED:
                return AdminOutcome.refused(409, CONFIRMATION_FIELD, "preview-expired", "The preview is too old to "
                        + "confirm; nothing was deleted. Check the new counts below and confirm again.");
            case UNKNOWN:
                return AdminOutcome.refused(400, CONFIRMATION_FIELD, "preview-missing", "A purge is confirmed from "
                        + "its preview; nothing was deleted. Check the counts below and confirm again.");
            default:
                break;
        }
        List<String> deployments = deployments(launched);
        RetentionCounts counts = transactions.inTransaction(entityManager -> purge(entityManager, launched, deployments));
        LOG.info(() -> "Admin change by LMS administrator " + launched.issuer() + " / " + launched.clientId()
                + " (launched through deployment " + launched.deploymentId() + "): purged records past "
                + retention.period() + " of deployments " + deployments + ": " + counts);
        return new AdminOutcome.Done<>(counts, counts.total() == 0
                ? "The purge ran: nothing was past retention, so nothing was deleted."
                : "The purge ran: " + counts.total() + " records past retention were deleted.");
    }

    private RetentionCounts purge(EntityManager entityManager, PlatformDeployment launched, List<String> deployments) {
        RetentionCounts counts = RetentionCounts.none();
        for (String deployment : deployments) {
            Optional<TenantScope> scope = tenants.find(entityManager, Tenancy.of(new PlatformDeployment(
                    launched.issuer(), launched.clientId(), deployment)));
            if (scope.isPresent()) {
                counts = counts.plus(new RetentionPurge(scope.get(), retention, clock).purge(entityManager));
            }
        }
        return counts;
    }

    /** The deployments of the launch's registration; the launch's own when the registration is gone. */
    private List<String> deployments(PlatformDeployment launched) {
        return registry.list().stream()
                .filter(s -> s.registration().issuer().equals(launched.issuer())
                        && s.registration().clientId().equals(launched.clientId()))
                .findFirst()
                .map(StoredRegistration::registration)
                .map(r -> r.deploymentIds().stream().sorted().toList())
                .orElse(List.of(launched.deploymentId()));
    }

    private static String owner(PlatformDeployment launched) {
        return Digests.sha256Hex("registration", launched.issuer(), launched.clientId());
    }

    /** Carries the preview's counts out of the transaction it rolls back. */
    private static final class CountedThenRolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RetentionCounts counts;

        CountedThenRolledBack(RetentionCounts counts) {
            super("preview counted; rolled back", null, false, false);
            this.counts = counts;
        }
    }
}
