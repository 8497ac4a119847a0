package org.balint.persistence.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;
import org.balint.core.rotation.PresentationSlot;
import org.balint.core.rotation.RotationDesk;
import org.balint.core.rotation.SwapRequest;
import org.balint.core.rotation.TurnSwap;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.group.GroupFixture;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Keeping each group's rotation desk")
class KeepingEachGroupsRotationDeskTest {

    private static final GroupId GROUP = new GroupId("spring-2026-hospitalists");
    private static final GroupId OTHER_GROUP = new GroupId("autumn-2026-residents");
    private static final Instant ASKED = Instant.parse("2026-03-03T09:15:30.250Z");

    private final StandaloneDatabase database = TestDatabases.shared();
    private final TenantScope tenant = TenantFixture.registered(database, new MutableClock(ASKED));

    @BeforeEach
    void theGroupsAreStored() {
        GroupFixture.storedGroups(database, tenant, GROUP, OTHER_GROUP);
    }

    private RotationDesk deskOf(TenantScope scope, GroupId group) {
        return database.inTransaction(em -> new JpaRotationDesks(scope, () -> em).find(group));
    }

    private static PresentationSlot turn(int session, String member) {
        return PresentationSlot.of(SessionNumber.of(session), new MemberId(member));
    }

    /** A re-plan asked for, two volunteers, two swaps in order, a pending, an accepted and a declined request. */
    private static RotationDesk busyDesk() {
        SwapRequest pending = SwapRequest.pending("r-chen", new TurnSwap(turn(3, "chen"), turn(6, "fox")), ASKED);
        SwapRequest accepted = SwapRequest.pending("r-baker", new TurnSwap(turn(2, "baker"), turn(5, "evans")), ASKED)
                .accepted(new MemberId("leader-okafor"), ASKED.plusSeconds(600));
        SwapRequest declined = SwapRequest.pending("r-ames", new TurnSwap(turn(7, "ames"), turn(8, "diaz")), ASKED)
                .declined(new MemberId("leader-okafor"), ASKED.plusSeconds(900));
        return new RotationDesk(true, List.of(turn(4, "diaz"), turn(1, "ames")),
                List.of(new TurnSwap(turn(2, "baker"), turn(5, "evans")), new TurnSwap(turn(3, "chen"), turn(4, "diaz"))),
                List.of(accepted, declined, pending));
    }

    @Test
    @DisplayName("a desk is stored and read back unchanged: re-plan, volunteers and swaps in order, requests with their decisions")
    void roundTrip() {
        RotationDesk desk = busyDesk();

        database.useTransaction(em -> new JpaRotationDesks(tenant, () -> em).save(GROUP, desk));
        RotationDesk back = deskOf(tenant, GROUP);

        assertThat(back).isEqualTo(desk);
    }

    @Test
    @DisplayName("saving replaces the group's desk and leaves other groups' desks alone; a group with none has an empty desk")
    void savingReplaces() {
        database.useTransaction(em -> {
            new JpaRotationDesks(tenant, () -> em).save(GROUP, busyDesk());
            new JpaRotationDesks(tenant, () -> em).save(OTHER_GROUP, RotationDesk.empty().withReplan());
        });
        assertThat(deskOf(tenant, OTHER_GROUP))
                .isEqualTo(RotationDesk.empty().withReplan());

        database.useTransaction(em -> new JpaRotationDesks(tenant, () -> em).save(GROUP, busyDesk().published()));

        RotationDesk after = deskOf(tenant, GROUP);
        assertThat(after.hasChanges()).isFalse();
        assertThat(after.requests()).hasSize(3);
        assertThat(deskOf(tenant, OTHER_GROUP).replan()).isTrue();
        assertThat(deskOf(tenant, new GroupId("never-stored")))
                .isEqualTo(RotationDesk.empty());
    }

    @Test
    @DisplayName("another tenant sees nothing of the group's desk")
    void otherTenantsSeeNothing() {
        TenantScope other = TenantFixture.registered(database, new MutableClock(ASKED));
        database.useTransaction(em -> new JpaRotationDesks(tenant, () -> em).save(GROUP, busyDesk()));

        assertThat(deskOf(other, GROUP))
                .isEqualTo(RotationDesk.empty());
    }

    @Test
    @DisplayName("the retention purge removes the group's desk")
    void purge() {
        database.useTransaction(em -> new JpaRotationDesks(tenant, () -> em).save(GROUP, busyDesk()));

        int removed = database.inTransaction(em -> new JpaRotationDesks(tenant, () -> em).purge(GROUP));

        assertThat(removed).isEqualTo(8);
        assertThat(deskOf(tenant, GROUP))
                .isEqualTo(RotationDesk.empty());
    }
}
