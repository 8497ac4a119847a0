package org.balint.persistence.rotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;
import org.balint.core.rotation.PresentationSlot;
import org.balint.core.rotation.RotationDesk;
import org.balint.core.rotation.SwapRequest;
import org.balint.core.rotation.TurnSwap;
import org.balint.persistence.tenant.TenantScope;

/** Maps a {@link RotationDesk} to its rows in {@code rotation_desk_entry} and back. */
final class RotationDeskMapper {

    private RotationDeskMapper() {
    }

    static List<RotationDeskEntryEntity> toEntities(TenantScope scope, String group, RotationDesk desk) {
        var rows = new ArrayList<RotationDeskEntryEntity>();
        if (desk.replan()) {
            rows.add(new RotationDeskEntryEntity(scope, group, RotationDeskEntryEntity.REPLAN, 0));
        }
        int position = 0;
        for (PresentationSlot volunteer : desk.volunteers()) {
            var row = new RotationDeskEntryEntity(scope, group, RotationDeskEntryEntity.VOLUNTEER, position++);
            first(row, volunteer);
            rows.add(row);
        }
        position = 0;
        for (TurnSwap swap : desk.swaps()) {
            var row = new RotationDeskEntryEntity(scope, group, RotationDeskEntryEntity.SWAP, position++);
            swap(row, swap);
            rows.add(row);
        }
        position = 0;
        for (SwapRequest request : desk.requests()) {
            var row = new RotationDeskEntryEntity(scope, group, RotationDeskEntryEntity.REQUEST, position++);
            swap(row, request.swap());
            row.requestId = request.id();
            row.status = request.status().name();
            row.requestedAt = request.requestedAt();
            row.decidedAt = request.decidedAt().orElse(null);
            row.decidedBy = request.decidedBy().map(MemberId::value).orElse(null);
            rows.add(row);
        }
        return rows;
    }

    static RotationDesk toCore(List<RotationDeskEntryEntity> rows) {
        var sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(r -> r.position));
        boolean replan = false;
        var volunteers = new ArrayList<PresentationSlot>();
        var swaps = new ArrayList<TurnSwap>();
        var requests = new ArrayList<SwapRequest>();
        for (RotationDeskEntryEntity row : sorted) {
            switch (row.kind) {
                case RotationDeskEntryEntity.REPLAN -> replan = true;
                case RotationDeskEntryEntity.VOLUNTEER -> volunteers.add(first(row));
                case RotationDeskEntryEntity.SWAP -> swaps.add(swap(row));
                case RotationDeskEntryEntity.REQUEST -> requests.add(new SwapRequest(row.requestId, swap(row),
                        row.requestedAt, SwapRequest.Status.valueOf(row.status), Optional.ofNullable(row.decidedAt),
                        Optional.ofNullable(row.decidedBy).map(MemberId::new)));
                default -> throw new IllegalStateException("unknown rotation desk entry kind " + row.kind);
            }
        }
        return new RotationDesk(replan, volunteers, swaps, requests);
    }

    private static void first(RotationDeskEntryEntity row, PresentationSlot slot) {
        row.sessionNumber = slot.session().value();
        row.memberId = slot.presenter().value();
    }

    private static void swap(RotationDeskEntryEntity row, TurnSwap swap) {
        first(row, swap.first());
        row.otherSession = swap.second().session().value();
        row.otherMemberId = swap.second().presenter().value();
    }

    private static PresentationSlot first(RotationDeskEntryEntity row) {
        return PresentationSlot.of(SessionNumber.of(row.sessionNumber), new MemberId(row.memberId));
    }

    private static TurnSwap swap(RotationDeskEntryEntity row) {
        return new TurnSwap(first(row), PresentationSlot.of(SessionNumber.of(row.otherSession),
                new MemberId(row.otherMemberId)));
    }
}
