package org.balint.persistence.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.persistence.group.GroupFixture.aGroupOfSixWithFullFaculty;
import static org.balint.persistence.group.GroupFixture.anEmptyGroupWithPlacesFor;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Two institutions on one Balint installation cannot see or change each other's groups")
class TenantsCannotSeeEachOthersGroupsTest {

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-09-20T10:00:00Z"));
    private final GroupId id = new GroupId("autumn-" + UUID.randomUUID());
    private TenantScope north;
    private TenantScope south;

    @BeforeEach
    void twoInstitutions() {
        north = TenantFixture.registered(database, clock);
        south = TenantFixture.registered(database, clock);
        database.useTransaction(em -> groups(north, em).save(aGroupOfSixWithFullFaculty(id)));
    }

    @Test
    @DisplayName("one institution cannot read another's group, even knowing its id")
    void cannotRead() {
        assertThat(stored(south)).isEmpty();
        assertThat(stored(north)).isPresent();
    }

    @Test
    @DisplayName("group ids are per institution: another institution's group with the same id is its own and leaves the first untouched")
    void sameIdElsewhere() {
        database.useTransaction(em -> groups(south, em).save(anEmptyGroupWithPlacesFor(id, 3)));

        assertThat(stored(south)).contains(anEmptyGroupWithPlacesFor(id, 3));
        assertThat(stored(north)).contains(aGroupOfSixWithFullFaculty(id));
    }

    private Optional<BalintGroup> stored(TenantScope scope) {
        return database.inTransaction(em -> groups(scope, em).find(id));
    }

    private static JpaGroups groups(TenantScope scope, EntityManager em) {
        return new JpaGroups(scope, () -> em);
    }
}
