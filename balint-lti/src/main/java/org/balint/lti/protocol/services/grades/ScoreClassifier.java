package org.balint.lti.protocol.services.grades;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.balint.lti.protocol.services.ServiceResponse;

/** Turns the platform's answer to a score POST into a {@link ScoreOutcome}. */
final class ScoreClassifier {

    private final Clock clock;
    private final GradeSettings settings;

    ScoreClassifier(Clock clock, GradeSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    ScoreOutcome classify(ServiceResponse response) {
        int status = response.status();
        if (response.successful()) {
            return new ScoreOutcome.Delivered(status);
        }
        String said = PlatformMessage.of(response.body());
        String lower = said.toLowerCase(Locale.ROOT);
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            return retryLater(response, "HTTP " + status + (said.isEmpty() ? "" : ": " + said));
        }
        if (status == 409 || (status == 400 && lower.contains("before last updated timestamp"))) {
            return new ScoreOutcome.Stale("The platform holds a newer score for this user (HTTP " + status
                    + (said.isEmpty() ? "" : ": " + said) + ").");
        }
        return switch (status) {
            case 400 -> said.isEmpty() || said.equals("[]")
                    ? rejected("user-not-gradable", "The platform does not take grades for this user in this course "
                            + "(HTTP 400); they are probably not enrolled as a student. Check their enrolment.")
                    : saysUserNotGradable(lower)
                    ? rejected("user-not-gradable", "The platform does not take grades for this user in this course "
                            + "(HTTP 400: " + said + "). Check their enrolment; once they are an active student, send "
                            + "the result again.")
                    : rejected("score-refused", "The platform refused the score (HTTP 400: " + said + ").");
            case 401 -> rejected("not-authorized", "The platform did not accept the tool's access token (HTTP 401"
                    + detail(said) + "). Check that the tool's registration and key are still active.");
            case 403 -> rejected("scope-missing", "The platform does not let the tool post grades here (HTTP 403"
                    + detail(said) + "). Enable grade publishing (Assignment and Grade Services) for the tool.");
            case 404, 410 -> rejected("line-item-gone", "The gradebook column no longer exists (HTTP " + status
                    + "). It was probably deleted in the course; place the activity again to recreate it.");
            case 412 -> rejected("line-item-not-permitted", "The platform does not let the tool write to this "
                    + "gradebook column (HTTP 412" + detail(said) + ").");
            case 422 -> unprocessable(lower, said);
            default -> rejected("score-refused", "The platform refused the score (HTTP " + status + detail(said) + ").");
        };
    }

    /** Moodle answers an empty 400; other platforms say in words that the user cannot have a grade. */
    private static boolean saysUserNotGradable(String lower) {
        return lower.contains("gradable") || lower.contains("cannot be graded") || lower.contains("not enrolled")
                || lower.contains("not a member") || lower.contains("only active learners");
    }

    private static ScoreOutcome unprocessable(String lower, String said) {
        if (lower.contains("concluded") || lower.contains("not available") || lower.contains("soft-concluded")) {
            return rejected("course-concluded", "The course has ended, so the platform no longer takes grades "
                    + "(HTTP 422: " + said + "). Ask the course administrator to extend the course dates.");
        }
        if (lower.contains("not a student") || lower.contains("user not found") || lower.contains("test student")) {
            return rejected("user-not-gradable", "The platform does not take grades for this user in this course "
                    + "(HTTP 422: " + said + "); it may be a teacher or the course's test student.");
        }
        return rejected("score-refused", "The platform refused the score (HTTP 422" + detail(said) + ").");
    }

    ScoreOutcome retryLater(ServiceResponse response, String reason) {
        Duration wait = response.header("Retry-After")
                .flatMap(value -> RetryAfter.parse(value, clock.instant()))
                .orElse(settings.defaultRetry());
        return retryLater(wait, reason);
    }

    ScoreOutcome retryLater(Duration wait, String reason) {
        return new ScoreOutcome.RetryLater(wait.compareTo(settings.longestRetry()) > 0 ? settings.longestRetry() : wait,
                reason);
    }

    private static ScoreOutcome rejected(String code, String reason) {
        return new ScoreOutcome.Rejected(code, reason);
    }

    private static String detail(String said) {
        return said.isEmpty() ? "" : ": " + said;
    }
}
