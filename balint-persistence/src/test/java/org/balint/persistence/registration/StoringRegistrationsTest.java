package org.balint.persistence.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.registration.GroupRegistrations;
import org.balint.core.registration.Registration;
import org.balint.core.registration.RegistrationStatus;
import org.balint.core.validation.Violation;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Storing a group's registrations and reading them back")
class StoringRegistrationsTest {

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-08-30T09:00:00Z"));
    private final GroupId id = new GroupId("autumn-" + UUID.randomUUID());
    private TenantScope institution;

    @BeforeEach
    void anInstitution() {
        institution = TenantFixture.registered(database, clock);
    }

    @Test
    @DisplayName("the mapper turns every registration state, the waitlist and the audit trails into rows and back into equal registrations")
    void mappingRoundTrip() {
        GroupRegistrations season = RegistrationSeason.played(id).registrations();
        GroupRegistrationsEntity rows = new GroupRegistrationsEntity(institution, id.value());

        assertThat(RegistrationsMapper.write(institution, season, rows)).isTrue();

        assertThat(rows.registrations).extracting(RegistrationEntity::registrantId)
                .containsExactly("ana", "ben", "cleo", "dev", "ema", "finn", "gus", "hana", "ivo");
        assertThat(RegistrationsMapper.toRegistrations(rows)).isEqualTo(season);
        assertThat(RegistrationsMapper.write(institution, season, rows)).as("writing the same registrations again changes nothing").isFalse();
    }

    @Test
    @DisplayName("a whole registration season reads back equal: submission order, waitlist order, states, attestations, reasons, notes and audit trails")
    void seasonRoundTrip() {
        RegistrationSeason season = RegistrationSeason.played(id);

        database.useTransaction(em -> {
            groups(em).save(season.group());
            registrations(em).save(season.registrations());
        });
        GroupRegistrations stored = stored().orElseThrow();

        assertThat(stored).isEqualTo(season.registrations());
        assertThat(stored.all()).extracting(Registration::status).containsExactly(RegistrationStatus.ACCEPTED, RegistrationStatus.WITHDRAWN,
                RegistrationStatus.ACCEPTED, RegistrationStatus.ACCEPTED, RegistrationStatus.WAITLISTED,
                RegistrationStatus.REFERRED_TO_FACULTY_REVIEW, RegistrationStatus.DEFERRAL_RECOMMENDED, RegistrationStatus.DECLINED,
                RegistrationStatus.WAITLISTED);
        assertThat(stored.waitlist()).extracting(Registration::registrantId).containsExactly(new MemberId("ema"), new MemberId("ivo"));
        assertThat(stored.find(new MemberId("dev")).orElseThrow().history()).extracting(AuditEntry::event, AuditEntry::actor)
                .containsExactly(
                        tuple("registration-submitted", new Actor.Person(new MemberId("dev"))),
                        tuple("registration-waitlisted", GroupRegistrations.SCREENING),
                        tuple("promoted-from-waitlist", GroupRegistrations.PROMOTION));
        assertThat(((Registration.Declined) stored.find(new MemberId("hana")).orElseThrow()).reasons()).extracting(Violation::code)
                .containsExactly("not-willing-to-present", "confidentiality-not-acknowledged");
        assertThat(((Registration.DeferralRecommended) stored.find(new MemberId("gus")).orElseThrow()).noteToRegistrant())
                .startsWith("This autumn looks very full");
        assertThat(storedGroup()).contains(season.group());
    }

    @Test
    @DisplayName("a group without registrations, and a group nobody stored, have no registrations to read")
    void notFound() {
        RegistrationSeason season = RegistrationSeason.opening(id);
        database.useTransaction(em -> {
            groups(em).save(season.group());
            registrations(em).save(season.registrations());
        });

        assertThat(stored()).isEmpty();
        assertThat(stored(new GroupId("no-such-group"))).isEmpty();
    }

    @Test
    @DisplayName("a later step replaces the stored registrations and raises their version; saving them unchanged does not")
    void update() {
        RegistrationSeason season = RegistrationSeason.played(id);
        database.useTransaction(em -> {
            groups(em).save(season.group());
            registrations(em).save(season.registrations());
        });
        long first = version();

        season.withdraw(new MemberId("ema"));
        database.useTransaction(em -> registrations(em).save(season.registrations()));
        long second = version();
        database.useTransaction(em -> registrations(em).save(season.registrations()));
        long third = version();

        GroupRegistrations stored = stored().orElseThrow();
        assertThat(stored).isEqualTo(season.registrations());
        assertThat(stored.waitlistPosition(new MemberId("ivo"))).contains(1);
        assertThat(stored.find(new MemberId("ema")).orElseThrow().status()).isEqualTo(RegistrationStatus.WITHDRAWN);
        assertThat(second).isGreaterThan(first);
        assertThat(third).isEqualTo(second);
    }

    private Optional<GroupRegistrations> stored() {
        return stored(id);
    }

    private Optional<GroupRegistrations> stored(GroupId group) {
        return database.inTransaction(em -> registrations(em).forGroup(group));
    }

    private Optional<BalintGroup> storedGroup() {
        return database.inTransaction(em -> groups(em).find(id));
    }

    private long version() {
        return database.inTransaction(em -> registrations(em).version(id)).orElseThrow();
    }

    private JpaGroups groups(EntityManager em) {
        return new JpaGroups(institution, () -> em);
    }

    private JpaRegistrations registrations(EntityManager em) {
        return new JpaRegistrations(institution, () -> em);
    }
}
