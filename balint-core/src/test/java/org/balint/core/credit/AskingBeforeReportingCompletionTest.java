package org.balint.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Asking members before their completion is reported to accreditors")
class AskingBeforeReportingCompletionTest {

    private static final GroupId SPRING = new GroupId("spring");
    private static final Instant MONDAY = Instant.parse("2026-05-04T09:00:00Z");

    /** The port's contract in memory: the latest answer per group and member. */
    private static final class Answers implements CompletionSharingConsents {
        private final Map<List<String>, CompletionSharingConsent> answers = new LinkedHashMap<>();

        @Override
        public void record(CompletionSharingConsent answer) {
            answers.put(List.of(answer.group().value(), answer.member().value()), answer);
        }

        @Override
        public Optional<CompletionSharingConsent> find(GroupId group, MemberId member) {
            return Optional.ofNullable(answers.get(List.of(group.value(), member.value())));
        }

        @Override
        public List<CompletionSharingConsent> ofGroup(GroupId group) {
            return answers.values().stream().filter(answer -> answer.group().equals(group)).toList();
        }
    }

    @Test
    @DisplayName("only members whose latest answer is yes are reported; no answer counts as no")
    void onlyTheLatestYesCounts() {
        Answers answers = new Answers();
        MemberId adams = new MemberId("adams");
        MemberId baker = new MemberId("baker");
        MemberId clark = new MemberId("clark");
        answers.record(CompletionSharingConsent.given(SPRING, adams, MONDAY));
        answers.record(CompletionSharingConsent.given(SPRING, baker, MONDAY));
        answers.record(CompletionSharingConsent.withdrawn(SPRING, baker, MONDAY.plusSeconds(60)));
        answers.record(CompletionSharingConsent.given(new GroupId("autumn"), clark, MONDAY));

        assertThat(answers.agreedIn(SPRING)).containsExactly(adams);
        assertThat(answers.find(SPRING, baker)).map(CompletionSharingConsent::given).contains(false);
    }

    @Test
    @DisplayName("an answer names its group, member and time")
    void anAnswerIsComplete() {
        assertThatNullPointerException().isThrownBy(() -> new CompletionSharingConsent(SPRING, null, true, MONDAY));
        assertThatNullPointerException().isThrownBy(() -> new CompletionSharingConsent(SPRING, new MemberId("a"), true, null));
    }
}
