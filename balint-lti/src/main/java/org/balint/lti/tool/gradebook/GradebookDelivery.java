package org.balint.lti.tool.gradebook;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.balint.core.credit.CreditRecord;
import org.balint.core.credit.CreditType;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.services.grades.ActivityProgress;
import org.balint.lti.protocol.services.grades.GradeClient;
import org.balint.lti.protocol.services.grades.GradeServiceFailed;
import org.balint.lti.protocol.services.grades.GradingProgress;
import org.balint.lti.protocol.services.grades.LineItem;
import org.balint.lti.protocol.services.grades.LineItemFilter;
import org.balint.lti.protocol.services.grades.NewLineItem;
import org.balint.lti.protocol.services.grades.Result;
import org.balint.lti.protocol.services.grades.Score;
import org.balint.lti.protocol.services.grades.ScoreOutcome;
import org.balint.lti.protocol.services.token.TokenRequestFailed;
import org.balint.persistence.credit.GradebookCreditResults;
import org.balint.persistence.credit.JpaCreditRecords;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.outbox.ClaimedMessage;
import org.balint.persistence.outbox.DeliveryOutcome;
import org.balint.persistence.outbox.Outbox;
import org.balint.persistence.outbox.OutboxEntry;
import org.balint.persistence.outbox.OutboxState;
import org.balint.persistence.tenant.TenantScope;

/**
 * Delivers one tenant's credit results from the outbox to the LMS gradebook as AGS scores.
 *
 * <p>A bounded pool of workers each claims a small batch of due messages (claims are taken one worker at
 * a time within this process; across processes the outbox's own claiming keeps a message with one worker),
 * delivers them one after another and records every result of the batch in one transaction:
 * <ul>
 *   <li>the group's line item is found by resource link and the tag {@value #TAG}, or created with the
 *       group's title as label and the series' maximum credit as {@code scoreMaximum}; its URL is cached;</li>
 *   <li>the score carries the credit, the maximum, Completed / FullyGraded, the decision's one-sentence
 *       summary as comment, and the decision time of this revision as timestamp, so revisions of one
 *       member's result reach the platform with strictly increasing timestamps and a retry of the same
 *       revision carries the same timestamp as the attempt it repeats;</li>
 *   <li>Delivered: done. RetryLater: rescheduled by the outbox's retry policy, never before the platform's
 *       {@code Retry-After}. Rejected: dead-lettered with the reason code and a sentence.
 *       Stale: see below.</li>
 * </ul>
 *
 * <p><b>Exactly one effect.</b> Platforms keep one score per user and line item and refuse a score whose
 * timestamp is not newer than the one they hold ({@code 409}). A retry of an attempt that did arrive (the
 * answer was lost, the worker died, the settling transaction failed) therefore sends the same timestamp and
 * is refused as stale; the delivery then reads the platform's result for the user and, if it holds the value
 * sent, counts the message delivered without sending anything. If it holds something else, and a newer
 * revision of this member's result exists, this message is superseded and counts as delivered too (the newer
 * revision's message carries the latest value). Only otherwise (someone else wrote a newer score, or the
 * platform refused for another reason) is the score re-sent with a timestamp one millisecond after the one
 * the platform holds (or after now, when it does not say), at most {@link DeliverySettings#staleResends()}
 * times per attempt. So each revision is stored by the platform at most once, and the latest revision's value
 * is what stays.
 *
 * <p>Thread-safe. The counters are this process's since it started.
 */
public final class GradebookDelivery implements AutoCloseable {

    /** The tag of the line items Balint creates for CE credit. */
    public static final String TAG = "balint-ce-credit";

    private static final System.Logger LOG = System.getLogger(GradebookDelivery.class.getName());

    private final TenantScope tenant;
    private final Outbox outbox;
    private final Transactions transactions;
    private final GradeClient grades;
    private final GradebookPlaces places;
    private final Clock clock;
    private final DeliverySettings settings;
    private final ConcurrentHashMap<LineItemKey, URI> lineItems = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<LineItemKey, Object> lineItemLocks = new ConcurrentHashMap<>();
    private final ReentrantLock claimLock = new ReentrantLock();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong superseded = new AtomicLong();
    private final AtomicLong confirmedAfterStale = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong claimsLost = new AtomicLong();
    private final AtomicLong scorePosts = new AtomicLong();
    private final AtomicLong latencyTotalMillis = new AtomicLong();
    private final AtomicLong latencyMaxMillis = new AtomicLong();
    private final AtomicInteger running = new AtomicInteger();
    private volatile ExecutorService pool;
    private volatile CountDownLatch stopSignal = new CountDownLatch(0);

    /**
     * A delivery for {@code tenant}'s outbox.
     *
     * @param tenant       the tenant whose results are delivered
     * @param outbox       that tenant's outbox
     * @param transactions runs each claim, each batch of results and each status query in its own transaction
     * @param grades       the AGS client; give it the line-item, score and result-read scopes
     * @param places       where each group's results go and who its members are in the LMS
     * @param clock        the time of deliveries and re-sent timestamps
     * @param settings     pool size, batch size, idle pause, re-sends
     */
    public GradebookDelivery(TenantScope tenant, Outbox outbox, Transactions transactions, GradeClient grades,
            GradebookPlaces places, Clock clock, DeliverySettings settings) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.grades = Objects.requireNonNull(grades, "grades");
        this.places = Objects.requireNonNull(places, "places");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (!outbox.scope().equals(tenant)) {
            throw new IllegalArgumentException("the outbox of " + outbox.scope() + " does not carry results of " + tenant);
        }
    }

    /** Starts the workers; they run until {@link #close()}. Starting a running delivery does nothing. */
    public synchronized void start() {
        if (pool != null) {
            return;
        }
        CountDownLatch signal = new CountDownLatch(1);
        stopSignal = signal;
        AtomicInteger number = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(settings.workers(), task -> {
            Thread thread = new Thread(task, "gradebook-delivery-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < settings.workers(); i++) {
            workers.execute(() -> work(signal));
        }
        pool = workers;
    }

    /** Stops the workers, letting each finish (and record) the batch in hand; waits up to 30 seconds. */
    @Override
    public synchronized void close() {
        ExecutorService workers = pool;
        if (workers == null) {
            return;
        }
        stopSignal.countDown();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        pool = null;
    }

    private void work(CountDownLatch signal) {
        while (signal.getCount() > 0) {
            int claimed;
            try {
                claimed = deliverDue();
            } catch (RuntimeException e) {
                // The database is unreachable or a transaction failed: what was claimed lapses and is
                // claimed again later; nothing is lost.
                LOG.log(System.Logger.Level.WARNING, "Gradebook delivery round failed: " + e.getMessage());
                claimed = 0;
            }
            if (claimed == 0) {
                try {
                    signal.await(settings.idlePause().toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * One round on the calling thread: claims a batch of due messages, delivers them and records the
     * results. Returns how many messages were claimed (0 when none was due).
     */
    public int deliverDue() {
        List<ClaimedMessage> batch;
        claimLock.lock();
        try {
            batch = transactions.inTransaction(em -> outbox.claimDue(em, settings.batchSize()));
        } finally {
            claimLock.unlock();
        }
        if (batch.isEmpty()) {
            return 0;
        }
        running.incrementAndGet();
        try {
            Map<ClaimedMessage, Verdict> verdicts = new LinkedHashMap<>();
            // Each group's place is looked up once per batch.
            Map<GroupId, Optional<GradebookPlace>> placesOfBatch = new HashMap<>();
            for (ClaimedMessage message : batch) {
                verdicts.put(message, deliver(message, placesOfBatch));
            }
            settle(verdicts);
        } finally {
            running.decrementAndGet();
        }
        return batch.size();
    }

    private void settle(Map<ClaimedMessage, Verdict> verdicts) {
        List<Runnable> afterCommit = new ArrayList<>();
        transactions.inTransaction(em -> {
            // The delivered ones (usually the whole batch) in a few statements, the rest one by one.
            List<ClaimedMessage> done = new ArrayList<>();
            verdicts.forEach((claim, verdict) -> {
                if (verdict instanceof Verdict.Done) {
                    done.add(claim);
                }
            });
            List<DeliveryOutcome> doneOutcomes = done.isEmpty() ? List.of() : outbox.markDelivered(em, done);
            for (int i = 0; i < done.size(); i++) {
                Verdict.Done verdict = (Verdict.Done) verdicts.get(done.get(i));
                if (doneOutcomes.get(i) instanceof DeliveryOutcome.Delivered ok) {
                    afterCommit.add(() -> countDelivered(verdict, ok.deliveredAt()));
                } else if (doneOutcomes.get(i) instanceof DeliveryOutcome.ClaimLost) {
                    afterCommit.add(claimsLost::incrementAndGet);
                }
            }
            for (Map.Entry<ClaimedMessage, Verdict> entry : verdicts.entrySet()) {
                ClaimedMessage claim = entry.getKey();
                Verdict verdict = entry.getValue();
                DeliveryOutcome outcome;
                if (verdict instanceof Verdict.Done) {
                    continue;
                } else if (verdict instanceof Verdict.Retry retry) {
                    outcome = outbox.retryLater(em, claim, retry.reason(), retry.notBefore());
                } else {
                    Verdict.Dead dead = (Verdict.Dead) verdict;
                    outcome = outbox.deadLetter(em, claim, dead.code() + ": " + dead.reason());
                }
                if (outcome instanceof DeliveryOutcome.RetryScheduled) {
                    afterCommit.add(retried::incrementAndGet);
                } else if (outcome instanceof DeliveryOutcome.DeadLettered gone) {
                    afterCommit.add(failed::incrementAndGet);
                    LOG.log(System.Logger.Level.WARNING, "Gave up a gradebook score (" + claim + "): " + gone.reason());
                } else if (outcome instanceof DeliveryOutcome.ClaimLost) {
                    afterCommit.add(claimsLost::incrementAndGet);
                }
            }
            return Boolean.TRUE;
        });
        afterCommit.forEach(Runnable::run);
    }

    private void countDelivered(Verdict.Done done, Instant deliveredAt) {
        delivered.incrementAndGet();
        if (done.superseded()) {
            superseded.incrementAndGet();
        }
        long latency = Math.max(0, Duration.between(done.decidedAt(), deliveredAt).toMillis());
        latencyTotalMillis.addAndGet(latency);
        latencyMaxMillis.accumulateAndGet(latency, Math::max);
    }

    private Verdict deliver(ClaimedMessage message, Map<GroupId, Optional<GradebookPlace>> placesOfBatch) {
        if (!GradebookCreditResults.KIND.equals(message.kind())) {
            return new Verdict.Dead("message-kind-unknown", "The outbox message is of kind '" + message.kind()
                    + "', which the gradebook delivery does not send; deliver it with the worker for that kind.");
        }
        Optional<CreditScore> read = CreditScore.read(message.payload());
        if (read.isEmpty()) {
            return new Verdict.Dead("score-payload-unreadable", "The stored credit result cannot be read as a score;"
                    + " record the member's credit decision again to send a new one.");
        }
        CreditScore credit = read.get();
        Optional<GradebookPlace> place = placesOfBatch.computeIfAbsent(credit.group(), places::placeOf);
        if (place.isEmpty()) {
            return new Verdict.Retry("group-not-placed: the group is not placed in a course of the LMS yet;"
                    + " add it to a course from the LMS's activity picker.", Optional.empty());
        }
        Optional<String> userId = places.lmsUserId(credit.group(), credit.member());
        if (userId.isEmpty()) {
            return new Verdict.Dead("member-not-in-lms", "The member has no account in the LMS course of this group;"
                    + " their credit cannot go to the gradebook. Have them launch the group from the course once.");
        }
        try {
            return publish(message, credit, place.get(), userId.get());
        } catch (GradeServiceFailed e) {
            if (e.problem().isTransient()) {
                return new Verdict.Retry(e.code() + ": " + e.getMessage(), Optional.empty());
            }
            return new Verdict.Dead(e.code(), e.problem().advice() + " (" + e.getMessage() + ")");
        } catch (TokenRequestFailed e) {
            if (e.problem().isTransient()) {
                return new Verdict.Retry(e.code() + ": " + e.getMessage(), Optional.empty());
            }
            return new Verdict.Dead(e.code(), e.getMessage());
        }
    }

    private Verdict publish(ClaimedMessage message, CreditScore credit, GradebookPlace place, String userId) {
        LineItemKey key = new LineItemKey(place.platform().issuer(), place.platform().clientId(), place.lineItems(),
                place.resourceLinkId());
        URI lineItem = lineItem(key, place, credit);
        Instant timestamp = credit.decidedAt().truncatedTo(ChronoUnit.MILLIS);
        Score score = score(userId, credit, timestamp);
        for (int sent = 0; sent <= settings.staleResends(); sent++) {
            scorePosts.incrementAndGet();
            ScoreOutcome outcome = grades.publish(place.platform(), lineItem, score);
            if (outcome instanceof ScoreOutcome.Delivered) {
                return new Verdict.Done(false, credit.decidedAt());
            }
            if (outcome instanceof ScoreOutcome.RetryLater later) {
                return new Verdict.Retry("score-not-taken: " + later.reason(), Optional.of(clock.instant().plus(later.after())));
            }
            if (outcome instanceof ScoreOutcome.Rejected rejected) {
                if ("line-item-gone".equals(rejected.code())) {
                    // The column was deleted in the course: the next attempt finds or creates it anew.
                    lineItems.remove(key);
                    return new Verdict.Retry("line-item-gone: " + rejected.reason(), Optional.empty());
                }
                return new Verdict.Dead(rejected.code(), rejected.reason());
            }
            // Stale: the platform holds a score with this or a newer timestamp.
            Optional<Result> held = grades.result(place.platform(), lineItem, userId);
            if (held.isPresent() && held.get().holds(score)) {
                confirmedAfterStale.incrementAndGet();
                return new Verdict.Done(false, credit.decidedAt());
            }
            if (supersededByNewerRevision(credit)) {
                return new Verdict.Done(true, credit.decidedAt());
            }
            Instant after = held.flatMap(Result::timestamp).orElse(clock.instant()).truncatedTo(ChronoUnit.MILLIS);
            Instant newer = after.isBefore(score.timestamp()) ? score.timestamp() : after;
            score = score(userId, credit, newer.plusMillis(1));
            LOG.log(System.Logger.Level.DEBUG, () -> "Re-sending " + message + " with a newer timestamp");
        }
        return new Verdict.Retry("score-stale: the platform kept answering that a newer score is there",
                Optional.empty());
    }

    private boolean supersededByNewerRevision(CreditScore credit) {
        return transactions.inTransaction(em -> new JpaCreditRecords(tenant, () -> em)
                .find(credit.group(), credit.member(), credit.type())
                .map(record -> record.revision() > credit.revision())
                .orElse(false));
    }

    private static Score score(String userId, CreditScore credit, Instant timestamp) {
        return new Score(userId, credit.scoreGiven(), credit.scoreMaximum(),
                credit.comment().isBlank() ? Optional.empty() : Optional.of(credit.comment()), timestamp,
                ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED);
    }

    private URI lineItem(LineItemKey key, GradebookPlace place, CreditScore credit) {
        URI known = lineItems.get(key);
        if (known != null) {
            return known;
        }
        // One lookup (and at most one creation) per column at a time in this process.
        synchronized (lineItemLocks.computeIfAbsent(key, k -> new Object())) {
            known = lineItems.get(key);
            if (known != null) {
                return known;
            }
            URI found = grades.lineItems(place.platform(), place.lineItems(), LineItemFilter.of(place.resourceLinkId(), TAG))
                    .stream().findFirst().map(LineItem::id)
                    .orElseGet(() -> grades.create(place.platform(), place.lineItems(),
                            new NewLineItem(label(credit.group()), credit.scoreMaximum(), Optional.empty(),
                                    Optional.of(TAG), Optional.of(place.resourceLinkId()))).id());
            lineItems.put(key, found);
            return found;
        }
    }

    private String label(GroupId group) {
        String title = transactions.inTransaction(em -> new JpaGroups(tenant, () -> em).find(group)
                .map(BalintGroup::title).orElse(""));
        String label = title.isBlank() ? "Balint group" : title.strip();
        return (label.length() > 200 ? label.substring(0, 200) : label) + ": CE credit";
    }

    /** Where {@code member}'s latest {@code type} result stands on its way to the gradebook. */
    public MemberSyncStatus status(GroupId group, MemberId member, CreditType type) {
        return statuses(group, type, List.of(member)).get(member);
    }

    /** {@link #status} for each of {@code members}, read in one transaction, in the order given. */
    public Map<MemberId, MemberSyncStatus> statuses(GroupId group, CreditType type, List<MemberId> members) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(type, "type");
        return transactions.inTransaction(em -> {
            JpaCreditRecords records = new JpaCreditRecords(tenant, () -> em);
            Map<MemberId, MemberSyncStatus> statuses = new LinkedHashMap<>();
            for (MemberId member : members) {
                Optional<CreditRecord> record = records.find(group, member, type);
                MemberSyncStatus status = record.flatMap(r -> outbox.find(em,
                                GradebookCreditResults.idempotencyKey(tenant.tenant(), r))
                        .map(entry -> status(r.revision(), entry)))
                        .orElse(new MemberSyncStatus.NothingToSend());
                statuses.put(member, status);
            }
            return Collections.unmodifiableMap(statuses);
        });
    }

    private static MemberSyncStatus status(int revision, OutboxEntry entry) {
        if (entry.state() == OutboxState.DELIVERED) {
            return new MemberSyncStatus.Delivered(revision, entry.deliveredAt().orElse(entry.nextAttemptAt()));
        }
        if (entry.state() == OutboxState.DEAD) {
            String stated = entry.deadReason().orElse("delivery was given up");
            int colon = stated.indexOf(": ");
            if (colon > 0 && stated.substring(0, colon).matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                return new MemberSyncStatus.Failed(revision, stated.substring(0, colon), stated.substring(colon + 2));
            }
            return new MemberSyncStatus.Failed(revision, "delivery-given-up", stated);
        }
        if (entry.lastError().isPresent()) {
            return new MemberSyncStatus.Retrying(revision, entry.attempts(), entry.nextAttemptAt(), entry.lastError().get());
        }
        return new MemberSyncStatus.Pending(revision, entry.createdAt());
    }

    /** How many of the tenant's gradebook scores are still to be delivered (the outbox depth). */
    public long outboxDepth() {
        return transactions.inTransaction(em -> outbox.depth(em, GradebookCreditResults.KIND));
    }

    /** Scores recorded as delivered (including superseded revisions and confirmed earlier attempts). */
    public long delivered() {
        return delivered.get();
    }

    /** Of {@link #delivered()}: revisions not sent because a newer one of the same result exists. */
    public long superseded() {
        return superseded.get();
    }

    /** Of {@link #delivered()}: attempts the platform had already stored, confirmed by reading its result. */
    public long confirmedAfterStale() {
        return confirmedAfterStale.get();
    }

    /** Attempts that failed and were rescheduled. */
    public long retried() {
        return retried.get();
    }

    /** Scores given up (dead-lettered). */
    public long failed() {
        return failed.get();
    }

    /** Results not recorded because another worker had taken the message over. */
    public long claimsLost() {
        return claimsLost.get();
    }

    /** Score requests sent to the platform. */
    public long scorePosts() {
        return scorePosts.get();
    }

    /** Mean time from decision to recorded delivery, over the scores delivered. */
    public Duration meanLatency() {
        long count = delivered.get();
        return count == 0 ? Duration.ZERO : Duration.ofMillis(latencyTotalMillis.get() / count);
    }

    /** Longest time from decision to recorded delivery. */
    public Duration maxLatency() {
        return Duration.ofMillis(latencyMaxMillis.get());
    }

    /** Batches being delivered right now. */
    public int batchesInFlight() {
        return running.get();
    }

    private record LineItemKey(String issuer, String clientId, URI lineItems, String resourceLinkId) {
    }

    private sealed interface Verdict {

        record Done(boolean superseded, Instant decidedAt) implements Verdict {
        }

        record Retry(String reason, Optional<Instant> notBefore) implements Verdict {
        }

        record Dead(String code, String reason) implements Verdict {
        }
    }
}
