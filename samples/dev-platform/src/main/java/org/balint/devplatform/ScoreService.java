package org.balint.devplatform;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * AGS 2.0 score publishing ({@code POST …/lineitems/{id}/lineitem/scores}, media type
 * {@code application/vnd.ims.lis.v1.score+json}), as Moodle 4.5 answers it: 200 with an empty body
 * when stored; 400 for an unknown user or one who is not gradable (an active learner of the course);
 * 409 when the timestamp is not strictly newer than the user's latest score on the line item. Needs a
 * token with the score scope. The {@link FaultSwitch} can make a share of posts fail first.
 */
final class ScoreService {

    private static final Set<String> ACTIVITY_PROGRESS =
            Set.of("Initialized", "Started", "InProgress", "Submitted", "Completed");
    private static final Set<String> GRADING_PROGRESS =
            Set.of("FullyGraded", "Pending", "PendingManual", "Failed", "NotReady");
    private static final int MAX_COMMENT = 4_000;

    private final Gradebook gradebook;
    private final Memberships memberships;
    private final Bearer bearer;
    private final FaultSwitch faults;

    ScoreService(Gradebook gradebook, Memberships memberships, Bearer bearer, FaultSwitch faults) {
        this.gradebook = gradebook;
        this.memberships = memberships;
        this.bearer = bearer;
        this.faults = faults;
    }

    void serve(HttpExchange exchange, Course course, Gradebook.LineItem item) throws IOException {
        JsonEndpoint.requireMethod(exchange, Set.of("POST"));
        bearer.require(exchange, Set.of(LtiVocabulary.SCOPE_SCORE));
        Optional<ScoreFaults.Kind> fault = faults.draw();
        if (fault.isPresent()) {
            fail(exchange, fault.get(), faults.current());
            return;
        }
        Gradebook.Score score = score(JsonEndpoint.jsonBody(exchange, Set.of(LtiVocabulary.SCORE)));
        Memberships.Member member = memberships.member(course.id(), score.userId()).orElseThrow(() ->
                new Refusal(400, "user-unknown", "The user \"" + score.userId() + "\" is not a member of the course; "
                        + "send scores for the course's learners only."));
        if (gradebook.isExcludedFromGrading(score.userId())) {
            throw new Refusal(400, "user-not-gradable", "The user \"" + score.userId() + "\" cannot be graded in "
                    + "this course (excluded from the gradebook); only active learners get grades.");
        }
        if (member.status() != Memberships.Status.ACTIVE || member.person().role() != Role.LEARNER) {
            throw new Refusal(400, "user-not-gradable", "The user \"" + score.userId() + "\" cannot be graded in "
                    + "this course (" + member.status().nrpsName() + ", " + member.person().role().label()
                    + "); only active learners get grades.");
        }
        switch (gradebook.post(item.id(), score)) {
            case ACCEPTED:
                JsonEndpoint.sendEmpty(exchange, 200, Map.of());
                return;
            case NOT_NEWER:
                throw new Refusal(409, "score-timestamp-not-newer", "The timestamp " + score.timestamp()
                        + " is not after the latest score of this user on this line item; send a newer timestamp.");
            case FULL:
                throw new Refusal(507, "scores-full", "The platform holds " + Gradebook.MAX_SCORES
                        + " scores already; restart it to start afresh.");
            default:
                throw new Refusal(404, "line-item-unknown", "The line item was deleted meanwhile.");
        }
    }

    private static Gradebook.Score score(Map<String, Object> json) {
        String userId = Fields.requiredText(json, "userId", 255);
        Optional<Double> given = Fields.number(json, "scoreGiven");
        Optional<Double> maximum = Fields.number(json, "scoreMaximum");
        if (given.isPresent() && given.get() < 0) {
            throw new Refusal(400, "score-given-negative", "The scoreGiven must be zero or more.");
        }
        if (given.isPresent() && maximum.isEmpty()) {
            throw new Refusal(400, "score-maximum-missing", "A scoreGiven needs the scoreMaximum it is out of.");
        }
        if (maximum.isPresent() && !(maximum.get() > 0)) {
            throw new Refusal(400, "score-maximum-not-positive", "The scoreMaximum must be above zero.");
        }
        String activity = Fields.requiredText(json, "activityProgress", 32);
        if (!ACTIVITY_PROGRESS.contains(activity)) {
            throw new Refusal(400, "activity-progress-unknown", "The activityProgress must be one of "
                    + ACTIVITY_PROGRESS.stream().sorted().toList() + ".");
        }
        String grading = Fields.requiredText(json, "gradingProgress", 32);
        if (!GRADING_PROGRESS.contains(grading)) {
            throw new Refusal(400, "grading-progress-unknown", "The gradingProgress must be one of "
                    + GRADING_PROGRESS.stream().sorted().toList() + ".");
        }
        String timestamp = Fields.requiredText(json, "timestamp", 64);
        Instant at;
        try {
            at = OffsetDateTime.parse(timestamp).toInstant();
        } catch (DateTimeParseException malformed) {
            throw new Refusal(400, "timestamp-malformed", "The timestamp must be an ISO 8601 date and time with "
                    + "an offset, such as 2027-03-01T18:30:00.123Z.");
        }
        return new Gradebook.Score(userId, given, maximum, activity, grading, at,
                Fields.text(json, "comment", MAX_COMMENT));
    }

    private static void fail(HttpExchange exchange, ScoreFaults.Kind kind, ScoreFaults settings) throws IOException {
        String retryAfter = String.valueOf(settings.retryAfter().toSeconds());
        switch (kind) {
            case TOO_MANY_REQUESTS:
                throw new Refusal(429, "fault-too-many-requests", "Too many score posts (injected fault); retry "
                        + "after the Retry-After delay.", Optional.empty(), Map.of("Retry-After", retryAfter));
            case UNAVAILABLE:
                throw new Refusal(503, "fault-unavailable", "The gradebook is unavailable (injected fault); retry "
                        + "after the Retry-After delay.", Optional.empty(), Map.of("Retry-After", retryAfter));
            case CONFLICT:
                throw new Refusal(409, "fault-conflict", "The score conflicts with another (injected fault); "
                        + "send it again with a newer timestamp.");
            case TIMEOUT_THEN_ERROR:
                hang(settings);
                throw new Refusal(500, "fault-timeout", "The gradebook took too long (injected fault); retry.");
            case TIMEOUT_THEN_CLOSE:
                hang(settings);
                exchange.close();
                return;
            default:
                throw new Refusal(500, "fault-server-error", "The gradebook failed (injected fault); retry.");
        }
    }

    private static void hang(ScoreFaults settings) {
        try {
            Thread.sleep(settings.hang().toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
