package org.balint.persistence.attendance;

import java.io.Serializable;
import java.util.Objects;

/** The primary key of a part of an attendance sheet: the sheet and the part's place in its list. */
final class SheetPartKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long sheetId;
    private int entryNo;

    /** For Jakarta Persistence. */
    SheetPartKey() {
    }

    SheetPartKey(Long sheetId, int entryNo) {
        this.sheetId = sheetId;
        this.entryNo = entryNo;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SheetPartKey key && Objects.equals(key.sheetId, sheetId) && key.entryNo == entryNo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sheetId, entryNo);
    }
}
