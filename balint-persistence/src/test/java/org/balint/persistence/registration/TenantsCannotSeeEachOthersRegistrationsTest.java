package org.balint.persistence.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.balint.core.group.GroupId;
import org.balint.core.registration.GroupRegistrations;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Two institutions on one Balint installation cannot see or change each other's registrations")
class TenantsCannotSeeEachOthersRegistrationsTest {

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-08-30T09:00:00Z"));
    private final GroupId id = new GroupId("autumn-" + UUID.randomUUID());
    private final RegistrationSeason season = RegistrationSeason.played(id);
    private TenantScope north;
    private TenantScope south;

    @BeforeEach
    void twoInstitutions() {
        north = TenantFixture.registered(database, clock);
        south = TenantFixture.registered(database, clock);
        database.useTransaction(em -> {
            new JpaGroups(north, () -> em).save(season.group());
            registrations(north, em).save(season.registrations());
        });
    }

    @Test
    @DisplayName("one institution cannot read another's registrations, even knowing the group id")
    void cannotRead() {
        assertThat(stored(south)).isEmpty();
        assertThat(stored(north)).contains(season.registrations());
    }

    @Test
    @DisplayName("registrations cannot be hung under another institution's group: they are refused as group-not-stored")
    void cannotAttachToAnotherInstitutionsGroup() {
        assertThatThrownBy(() -> database.useTransaction(em -> registrations(south, em).save(season.registrations())))
                .isInstanceOfSatisfying(IntegrityViolation.class, refused -> assertThat(refused.code()).isEqualTo("group-not-stored"));

        assertThat(stored(south)).isEmpty();
        assertThat(stored(north)).contains(season.registrations());
    }

    private Optional<GroupRegistrations> stored(TenantScope scope) {
        return database.inTransaction(em -> registrations(scope, em).forGroup(id));
    }

    private static JpaRegistrations registrations(TenantScope scope, EntityManager em) {
        return new JpaRegistrations(scope, () -> em);
    }
}
