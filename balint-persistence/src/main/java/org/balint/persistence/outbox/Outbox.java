package org.balint.persistence.outbox;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.balint.core.validation.Violation;
import org.balint.persistence.database.DatabaseEngine;
import org.balint.persistence.integrity.Constraints;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.TenantScopedRepository;
import org.balint.persistence.time.UtcTimestampConverter;

/**
 * One tenant's outbox: the messages Balint owes that tenant's LMS (credit results for the gradebook,
 * for example), stored in the same transaction as the decision that causes them and delivered
 * afterwards by a worker, however often the application or the LMS goes down in between.
 *
 * <p>Every method takes the caller's {@link EntityManager} and works inside the caller's transaction;
 * the outbox never begins, commits or rolls back a transaction itself. A delivery round is:
 * <ol>
 *   <li>{@link #claimDue} in a short transaction, then commit it: the claimed messages are reserved
 *       for this worker until their claim lapses ({@link RetryPolicy#claimLease()});</li>
 *   <li>deliver each payload to the LMS, outside any transaction;</li>
 *   <li>report each result in a new transaction: {@link #markDelivered}, {@link #retryLater} (with
 *       exponential back-off and jitter, honouring the LMS's {@code Retry-After}) or
 *       {@link #deadLetter} (for a permanent refusal).</li>
 * </ol>
 * Several workers, on one node or many, can run rounds at the same time: a message is never handed to
 * two workers at once. On PostgreSQL a claim locks the due rows with {@code FOR UPDATE SKIP LOCKED},
 * so workers pass each other's rows by, and claims the locked rows in one update; on Derby each claim is
 * a versioned update that succeeds only if nobody changed the message since it was read; on both
 * engines each result is such a versioned update (a batch of deliveries in one statement with
 * {@link #markDelivered(EntityManager, List)}). A worker that disappears
 * leaves its messages to be claimed again once the claim lapses; that counts as an attempt.
 */
public final class Outbox extends TenantScopedRepository<OutboxEntity> {

    static final int MAX_ERROR = 2000;
    static final int MAX_REASON = 1000;
    /** How many claims one statement settles at most (two parameters each). */
    static final int SETTLE_CHUNK = 100;

    static final Violation DUPLICATE = Violation.of("duplicate-outbox-message",
            "A message for the same fact (the same idempotency key) is already in this tenant's outbox; it is not sent twice.");

    static final Constraints CONSTRAINTS = Constraints
            .named("uq_outbox_tenant_key", DUPLICATE)
            .and("fk_outbox_tenant", Violation.of("unknown-tenant",
                    "The message belongs to a tenant that is not registered (any more); nothing was stored."));

    private static final UtcTimestampConverter UTC = new UtcTimestampConverter();

    private final DatabaseEngine engine;
    private final RetryPolicy policy;
    private final Clock clock;
    private final RandomGenerator random;

    /**
     * The outbox of {@code scope}'s tenant.
     *
     * @param engine the database, which decides how due messages are locked when claimed
     * @param policy how often and how patiently failed deliveries are retried
     * @param clock  the time of enqueuing, claiming and every delivery result
     * @param random the source of back-off jitter
     */
    public Outbox(TenantScope scope, DatabaseEngine engine, RetryPolicy policy, Clock clock, RandomGenerator random) {
        super(scope, OutboxEntity.class);
        this.engine = Objects.requireNonNull(engine, "engine");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Stores {@code message} in the caller's transaction, due for delivery at once. It is delivered
     * only if that transaction commits, and is gone with it if it rolls back.
     *
     * @return {@link EnqueueOutcome.Enqueued}, or {@link EnqueueOutcome.AlreadyEnqueued} when this
     *     tenant already has a message with the same idempotency key (nothing is stored then)
     * @throws org.balint.persistence.integrity.IntegrityViolation with reason
     *     {@code duplicate-outbox-message} when another transaction enqueued the same key at the same
     *     moment; the caller's transaction is then marked for rollback
     */
    public EnqueueOutcome enqueue(EntityManager entityManager, OutboxMessage message) {
        Objects.requireNonNull(entityManager, "entityManager");
        Objects.requireNonNull(message, "message");
        Optional<Long> existing = selectValues(entityManager, "e.id", Long.class, "e.idempotencyKey = :key", "")
                .setParameter("key", message.idempotencyKey())
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return new EnqueueOutcome.AlreadyEnqueued(new MessageId(existing.get()), DUPLICATE);
        }
        OutboxEntity entity = new OutboxEntity(scope(), message, UtcTimestampConverter.storable(clock.instant()));
        persist(entityManager, entity);
        CONSTRAINTS.flush(entityManager);
        return new EnqueueOutcome.Enqueued(entity.id());
    }

    /**
     * Claims up to {@code batchSize} of this tenant's due messages, oldest due first, for the calling
     * worker: each claimed message counts one more attempt and is reserved until
     * {@link ClaimedMessage#claimedUntil()}. Messages claimed by another worker (and not lapsed) are
     * passed over. Commit the transaction before delivering.
     *
     * @param batchSize at least 1
     * @return the claimed messages, possibly fewer than asked for or none
     */
    public List<ClaimedMessage> claimDue(EntityManager entityManager, int batchSize) {
        Objects.requireNonNull(entityManager, "entityManager");
        if (batchSize < 1) {
            throw new IllegalArgumentException("claim at least one message: " + batchSize);
        }
        Instant now = UtcTimestampConverter.storable(clock.instant());
        Instant claimedUntil = now.plus(policy.claimLease());
        List<Long> claimed = new ArrayList<>();
        List<Candidate> candidates = dueCandidates(entityManager, now, batchSize);
        if (engine == DatabaseEngine.POSTGRESQL && !candidates.isEmpty()) {
            // The candidates are locked by this transaction (FOR UPDATE SKIP LOCKED), so nobody can change
            // them before it ends: one statement claims them all.
            List<Long> ids = candidates.stream().map(Candidate::id).toList();
            Query update = nativeUpdate(entityManager, "outbox",
                    "version = version + 1, attempts = attempts + 1, next_attempt_at = ?2",
                    "id IN (" + placeholders(3, ids.size()) + ") AND state = 'PENDING'")
                    .setParameter(2, UTC.convertToDatabaseColumn(claimedUntil));
            for (int i = 0; i < ids.size(); i++) {
                update.setParameter(3 + i, ids.get(i));
            }
            if (update.executeUpdate() != ids.size()) {
                throw new IllegalStateException("rows locked for a claim changed under the lock");
            }
            claimed.addAll(ids);
            candidates = List.of();
        }
        // One query, run once per candidate with its id and version.
        Query claim = candidates.isEmpty() ? null : nativeUpdate(entityManager, "outbox",
                "version = version + 1, attempts = attempts + 1, next_attempt_at = ?2",
                "id = ?3 AND version = ?4 AND state = 'PENDING' AND next_attempt_at <= ?5");
        for (Candidate candidate : candidates) {
            int updated = claim
                    .setParameter(2, UTC.convertToDatabaseColumn(claimedUntil))
                    .setParameter(3, candidate.id())
                    .setParameter(4, candidate.version())
                    .setParameter(5, UTC.convertToDatabaseColumn(now))
                    .executeUpdate();
            if (updated == 1) {
                claimed.add(candidate.id());
            }
        }
        if (claimed.isEmpty()) {
            return List.of();
        }
        Map<Long, ClaimedMessage> byId = new HashMap<>();
        selectValues(entityManager, "e.id, e.kind, e.idempotencyKey, e.payload, e.attempts, e.nextAttemptAt, e.version",
                Object[].class, "e.id IN :ids", "")
                .setParameter("ids", claimed)
                .getResultStream()
                .forEach(row -> byId.put(((Number) row[0]).longValue(), new ClaimedMessage(new MessageId(((Number) row[0]).longValue()),
                        (String) row[1], (String) row[2], (String) row[3], ((Number) row[4]).intValue(), (Instant) row[5],
                        ((Number) row[6]).longValue())));
        // In the order the messages were due.
        return claimed.stream().map(byId::get).collect(Collectors.toUnmodifiableList());
    }

    /** Records that the LMS accepted the claimed message. */
    public DeliveryOutcome markDelivered(EntityManager entityManager, ClaimedMessage claim) {
        Objects.requireNonNull(entityManager, "entityManager");
        Objects.requireNonNull(claim, "claim");
        Instant now = UtcTimestampConverter.storable(clock.instant());
        int updated = settle(entityManager, claim, "state = 'DELIVERED', delivered_at = ?4", UTC.convertToDatabaseColumn(now));
        return updated == 1 ? new DeliveryOutcome.Delivered(claim.id(), now) : claimLost(claim);
    }

    /**
     * {@link #markDelivered(EntityManager, ClaimedMessage)} for each of {@code claims}, in two
     * statements per hundred messages rather than one per message: each message is delivered only if it
     * is still pending under its very claim, exactly as one by one.
     *
     * @return one outcome per claim, in the order given
     * @throws IllegalStateException when another worker took one of the messages over while this call
     *     ran; roll the transaction back (the messages are claimed and delivered again)
     */
    public List<DeliveryOutcome> markDelivered(EntityManager entityManager, List<ClaimedMessage> claims) {
        Objects.requireNonNull(entityManager, "entityManager");
        Objects.requireNonNull(claims, "claims");
        Instant now = UtcTimestampConverter.storable(clock.instant());
        List<DeliveryOutcome> outcomes = new ArrayList<>(claims.size());
        for (int from = 0; from < claims.size(); from += SETTLE_CHUNK) {
            List<ClaimedMessage> chunk = claims.subList(from, Math.min(claims.size(), from + SETTLE_CHUNK));
            // Which claims still hold: the message is pending at the claim's version.
            Map<Long, Long> pendingVersions = new HashMap<>();
            Query read = nativeSelect(entityManager, "outbox", "id, version",
                    "state = 'PENDING' AND id IN (" + placeholders(2, chunk.size()) + ")", "");
            for (int i = 0; i < chunk.size(); i++) {
                read.setParameter(2 + i, chunk.get(i).id().value());
            }
            for (Object row : read.getResultList()) {
                Object[] columns = (Object[]) row;
                pendingVersions.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
            }
            List<ClaimedMessage> held = chunk.stream()
                    .filter(claim -> Long.valueOf(claim.claimVersion()).equals(pendingVersions.get(claim.id().value())))
                    .toList();
            if (!held.isEmpty()) {
                // The IN list lets both engines find the rows by primary key; the pairs check each claim.
                int size = held.size();
                StringBuilder which = new StringBuilder();
                for (int i = 0; i < size; i++) {
                    which.append(i == 0 ? "" : " OR ").append("(id = ?").append(3 + size + 2 * i).append(" AND version = ?")
                            .append(4 + size + 2 * i).append(')');
                }
                Query update = nativeUpdate(entityManager, "outbox", "state = 'DELIVERED', delivered_at = ?2, version = version + 1",
                        "state = 'PENDING' AND id IN (" + placeholders(3, size) + ") AND (" + which + ")")
                        .setParameter(2, UTC.convertToDatabaseColumn(now));
                for (int i = 0; i < size; i++) {
                    update.setParameter(3 + i, held.get(i).id().value());
                    update.setParameter(3 + size + 2 * i, held.get(i).id().value());
                    update.setParameter(4 + size + 2 * i, held.get(i).claimVersion());
                }
                if (update.executeUpdate() != size) {
                    // Another worker took a message over between the read and the update: which rows this
                    // update changed cannot be told apart, so none of it may stand.
                    throw new IllegalStateException("a claim lapsed while its delivery was being recorded; the whole"
                            + " batch is recorded again after its messages are claimed anew");
                }
            }
            for (ClaimedMessage claim : chunk) {
                outcomes.add(held.contains(claim) ? new DeliveryOutcome.Delivered(claim.id(), now) : claimLost(claim));
            }
        }
        return List.copyOf(outcomes);
    }

    /**
     * Records a failed attempt that may succeed later (the LMS was unreachable, overloaded or
     * answered with a temporary error). The message is due again after the policy's back-off, and
     * never before {@code retryAfter} when the LMS named one. If this was the last attempt the policy
     * allows, the message is dead-lettered instead.
     *
     * @param error      what went wrong, for the operator (kept to 2,000 characters)
     * @param retryAfter the LMS's {@code Retry-After}, if it sent one
     */
    public DeliveryOutcome retryLater(EntityManager entityManager, ClaimedMessage claim, String error, Optional<Instant> retryAfter) {
        Objects.requireNonNull(entityManager, "entityManager");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(retryAfter, "retryAfter");
        String described = described(error, "the delivery attempt failed without a description", MAX_ERROR);
        if (claim.attempt() >= policy.maxAttempts()) {
            String reason = "Delivery was given up after " + claim.attempt() + (claim.attempt() == 1 ? " attempt" : " attempts")
                    + "; the last one failed: " + described;
            return dead(entityManager, claim, reason, described);
        }
        Instant now = clock.instant();
        Instant next = UtcTimestampConverter.storable(policy.nextAttempt(claim.attempt(), now, retryAfter.orElse(now), random));
        int updated = settle(entityManager, claim, "next_attempt_at = ?4, last_error = ?5", UTC.convertToDatabaseColumn(next), described);
        return updated == 1 ? new DeliveryOutcome.RetryScheduled(claim.id(), claim.attempt(), next) : claimLost(claim);
    }

    /**
     * Gives up on the claimed message for good: the LMS refused it in a way no retry will change (the
     * gradebook column was deleted, the member left the course).
     *
     * @param reason a sentence for the operator saying why (kept to 1,000 characters)
     */
    public DeliveryOutcome deadLetter(EntityManager entityManager, ClaimedMessage claim, String reason) {
        Objects.requireNonNull(entityManager, "entityManager");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("say why delivery is given up: the reason is what an operator reads");
        }
        String described = described(reason, reason, MAX_ERROR);
        return dead(entityManager, claim, reason, described);
    }

    /** The message enqueued under {@code idempotencyKey}, if this tenant has one. */
    public Optional<OutboxEntry> find(EntityManager entityManager, String idempotencyKey) {
        Objects.requireNonNull(entityManager, "entityManager");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return entries(entityManager, "e.idempotencyKey = :key", 1).setParameter("key", idempotencyKey)
                .getResultStream().findFirst().map(Outbox::entry);
    }

    /**
     * How many of this tenant's messages of {@code kind} are still to be delivered (pending, whether
     * due, waiting for a retry or claimed by a worker): the outbox's depth.
     */
    public long depth(EntityManager entityManager, String kind) {
        Objects.requireNonNull(entityManager, "entityManager");
        Objects.requireNonNull(kind, "kind");
        // Derby counts in INTEGER, PostgreSQL in BIGINT.
        Object count = selectValues(entityManager, "COUNT(e)", Object.class, "e.state = :pending AND e.kind = :kind", "")
                .setParameter("pending", OutboxState.PENDING)
                .setParameter("kind", kind)
                .getSingleResult();
        return ((Number) count).longValue();
    }

    /** Up to {@code limit} of this tenant's dead-lettered messages, most recently created first. */
    public List<OutboxEntry> deadLetters(EntityManager entityManager, int limit) {
        Objects.requireNonNull(entityManager, "entityManager");
        if (limit < 1) {
            throw new IllegalArgumentException("ask for at least one message: " + limit);
        }
        return entries(entityManager, "e.state = :dead", limit).setParameter("dead", OutboxState.DEAD)
                .getResultStream().map(Outbox::entry).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Sends a dead-lettered message again: after the cause of a permanent refusal is put right (the member
     * was made gradable in the LMS, the course reopened), the message under {@code idempotencyKey} becomes
     * pending and due at once with a fresh count of attempts, its error and reason cleared. Its payload and
     * key stay as they were, so it still reports the same fact once. Works in the caller's transaction.
     *
     * @return the message sent again; empty when this tenant has no dead-lettered message under that key
     *     (none at all, or it is pending or delivered: nothing is changed then)
     */
    public Optional<MessageId> requeue(EntityManager entityManager, String idempotencyKey) {
        Objects.requireNonNull(entityManager, "entityManager");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Optional<Long> dead = selectValues(entityManager, "e.id", Long.class, "e.idempotencyKey = :key AND e.state = :dead", "")
                .setParameter("key", idempotencyKey)
                .setParameter("dead", OutboxState.DEAD)
                .getResultStream()
                .findFirst();
        if (dead.isEmpty()) {
            return Optional.empty();
        }
        Instant now = UtcTimestampConverter.storable(clock.instant());
        int updated = nativeUpdate(entityManager, "outbox",
                "state = 'PENDING', attempts = 0, next_attempt_at = ?2, last_error = NULL, state_reason = NULL,"
                        + " version = version + 1",
                "id = ?3 AND state = 'DEAD'")
                .setParameter(2, UTC.convertToDatabaseColumn(now))
                .setParameter(3, dead.get())
                .executeUpdate();
        return updated == 1 ? Optional.of(new MessageId(dead.get())) : Optional.empty();
    }

    private DeliveryOutcome dead(EntityManager entityManager, ClaimedMessage claim, String reason, String error) {
        String storedReason = described(reason, reason, MAX_REASON);
        int updated = settle(entityManager, claim, "state = 'DEAD', state_reason = ?4, last_error = ?5", storedReason, error);
        return updated == 1 ? new DeliveryOutcome.DeadLettered(claim.id(), storedReason) : claimLost(claim);
    }

    /**
     * Applies {@code assignments} (whose parameters are ?4 onwards, bound to {@code values}) to the
     * claimed message, if it is still pending under this very claim. Returns the rows changed: 1, or 0
     * when the claim was lost.
     */
    private int settle(EntityManager entityManager, ClaimedMessage claim, String assignments, Object... values) {
        Query update = nativeUpdate(entityManager, "outbox", assignments + ", version = version + 1",
                "id = ?2 AND version = ?3 AND state = 'PENDING'")
                .setParameter(2, claim.id().value())
                .setParameter(3, claim.claimVersion());
        for (int i = 0; i < values.length; i++) {
            update.setParameter(4 + i, values[i]);
        }
        return update.executeUpdate();
    }

    private List<Candidate> dueCandidates(EntityManager entityManager, Instant now, int batchSize) {
        List<?> rows;
        if (engine == DatabaseEngine.POSTGRESQL) {
            LocalDateTime utcNow = UTC.convertToDatabaseColumn(now);
            rows = nativeSelect(entityManager, "outbox", "id, version", "state = 'PENDING' AND next_attempt_at <= ?2",
                    "ORDER BY next_attempt_at, id LIMIT ?3 FOR UPDATE SKIP LOCKED")
                    .setParameter(2, utcNow)
                    .setParameter(3, batchSize)
                    .getResultList();
        } else {
            rows = selectValues(entityManager, "e.id, e.version", Object[].class, "e.state = :pending AND e.nextAttemptAt <= :now",
                    "e.nextAttemptAt, e.id")
                    .setParameter("pending", OutboxState.PENDING)
                    .setParameter("now", now)
                    .setMaxResults(batchSize)
                    .getResultList();
        }
        List<Candidate> candidates = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            candidates.add(new Candidate(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue()));
        }
        return candidates;
    }

    private jakarta.persistence.TypedQuery<Object[]> entries(EntityManager entityManager, String condition, int limit) {
        return selectValues(entityManager,
                "e.id, e.kind, e.idempotencyKey, e.state, e.attempts, e.createdAt, e.nextAttemptAt, e.lastError, e.stateReason,"
                        + " e.deliveredAt",
                Object[].class, condition, "e.createdAt DESC, e.id DESC")
                .setMaxResults(limit);
    }

    private static OutboxEntry entry(Object[] row) {
        return new OutboxEntry(new MessageId(((Number) row[0]).longValue()), (String) row[1], (String) row[2], (OutboxState) row[3],
                ((Number) row[4]).intValue(), (Instant) row[5], (Instant) row[6], Optional.ofNullable((String) row[7]),
                Optional.ofNullable((String) row[8]), Optional.ofNullable((Instant) row[9]));
    }

    private static DeliveryOutcome claimLost(ClaimedMessage claim) {
        return new DeliveryOutcome.ClaimLost(claim.id(), Violation.of("outbox-claim-lost",
                "The claim on " + claim.id() + " lapsed and another worker took the message over (or already settled it);"
                        + " this result was not recorded."));
    }

    private static String described(String text, String whenBlank, int limit) {
        String described = text == null || text.isBlank() ? whenBlank : text.strip();
        return described.length() <= limit ? described : described.substring(0, limit - 1) + "…";
    }

    /** {@code ?first, ?first+1, …} for {@code count} positional parameters. */
    private static String placeholders(int first, int count) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < count; i++) {
            list.append(i == 0 ? "?" : ", ?").append(first + i);
        }
        return list.toString();
    }

    private record Candidate(long id, long version) {
    }
}
