package org.balint.persistence.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/**
 * A row belonging to one attendance sheet, keyed by the sheet and its place ({@code entry_no}, from
 * 0) in one of the sheet's lists. Parts are never changed once written: saving a sheet keeps the
 * parts its stored lists share with the new ones and replaces the rest.
 */
@MappedSuperclass
@IdClass(SheetPartKey.class)
abstract class SheetPart extends TenantOwnedEntity {

    @Id
    @Column(name = "sheet_id", nullable = false, updatable = false)
    private Long sheetId;

    @Id
    @Column(name = "entry_no", nullable = false, updatable = false)
    private int entryNo;

    /** For Jakarta Persistence. */
    protected SheetPart() {
    }

    SheetPart(TenantScope owner, int entryNo) {
        super(owner);
        this.entryNo = entryNo;
    }

    /** Binds a part built before its sheet was stored to the sheet's row. */
    final void belongTo(long sheet) {
        if (sheetId != null && sheetId != sheet) {
            throw new IllegalStateException("part of sheet " + sheetId + " cannot move to sheet " + sheet);
        }
        sheetId = sheet;
    }

    final Long sheetId() {
        return Objects.requireNonNull(sheetId, "the sheet is not stored yet");
    }

    final int entryNo() {
        return entryNo;
    }

    /**
     * The place in the sheet's top-level list of the item this row stores (or is a part of): rows of
     * items from that place on are replaced when the list changes there.
     */
    int itemNo() {
        return entryNo;
    }
}
