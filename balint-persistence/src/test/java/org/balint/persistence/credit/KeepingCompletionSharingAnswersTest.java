package org.balint.persistence.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.balint.core.certificate.RecordRetention;
import org.balint.core.credit.CompletionSharingConsent;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.persistence.certificate.RetentionPurge;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.group.GroupFixture;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Keeping members' answers about reporting their completion")
class KeepingCompletionSharingAnswersTest {

    private static final Instant ANSWERED = Instant.parse("2026-10-20T18:30:00.123456Z");

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(ANSWERED);
    private final GroupId group = new GroupId("autumn-" + UUID.randomUUID());
    private final MemberId adams = new MemberId("adams");
    private final MemberId baker = new MemberId("baker");
    private TenantScope tenant;

    @BeforeEach
    void anInstitutionWithAGroup() {
        tenant = TenantFixture.registered(database, clock);
        GroupFixture.storedGroups(database, tenant, group);
    }

    @Test
    @DisplayName("an answer reads back as given; a later answer replaces it; no answer reads as empty")
    void latestAnswerCounts() {
        inTransaction(answers -> record(answers, CompletionSharingConsent.given(group, adams, ANSWERED)));
        inTransaction(answers -> record(answers, CompletionSharingConsent.given(group, baker, ANSWERED)));
        inTransaction(answers -> record(answers, CompletionSharingConsent.withdrawn(group, baker, ANSWERED.plusSeconds(5))));

        assertThat(find(adams))
                .contains(CompletionSharingConsent.given(group, adams, ANSWERED));
        assertThat(ofGroup()).extracting(CompletionSharingConsent::given)
                .containsExactly(true, false);
        assertThat(agreed()).containsExactly(adams);
        assertThat(find(new MemberId("clark"))).isEmpty();
    }

    @Test
    @DisplayName("another institution sees none of the answers")
    void tenantsAreSeparate() {
        inTransaction(answers -> record(answers, CompletionSharingConsent.given(group, adams, ANSWERED)));
        TenantScope other = TenantFixture.registered(database, clock);

        List<CompletionSharingConsent> seen = database.inTransaction(em ->
                new JpaCompletionSharingConsents(other, () -> em).ofGroup(group));

        assertThat(seen).isEmpty();
    }

    @Test
    @DisplayName("the retention purge removes the answers with their group")
    void purgedWithTheGroup() {
        inTransaction(answers -> record(answers, CompletionSharingConsent.given(group, adams, ANSWERED)));
        clock.set(Instant.parse("2034-01-01T00:00:00Z"));

        RetentionPurge.PurgeReport report = database.inTransaction(em ->
                new RetentionPurge(tenant, RecordRetention.sixYears(), clock).purge(em));

        assertThat(report.groups()).isEqualTo(1);
        assertThat(ofGroup()).isEmpty();
    }

    private Optional<CompletionSharingConsent> find(MemberId member) {
        return inTransaction(answers -> answers.find(group, member));
    }

    private List<CompletionSharingConsent> ofGroup() {
        return inTransaction(answers -> answers.ofGroup(group));
    }

    private Set<MemberId> agreed() {
        return inTransaction(answers -> answers.agreedIn(group));
    }

    private static Void record(JpaCompletionSharingConsents answers, CompletionSharingConsent answer) {
        answers.record(answer);
        return null;
    }

    private <T> T inTransaction(Function<JpaCompletionSharingConsents, T> work) {
        return database.inTransaction(em -> work.apply(new JpaCompletionSharingConsents(tenant, () -> em)));
    }
}
