package org.balint.core.attendance;

import java.util.List;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.group.SessionNumber;

/**
 * Where attendance sheets are kept (implemented by a persistence adapter). A sheet is saved whole:
 * saving replaces the stored sheet of the same group and session.
 */
public interface AttendanceSheets {

    Optional<AttendanceSheet> find(GroupId group, SessionNumber session);

    /** Every sheet of {@code group}, in any order. */
    List<AttendanceSheet> findAll(GroupId group);

    void save(AttendanceSheet sheet);

    /** The attendance record of {@code group}'s series from its stored sheets. */
    default SeriesAttendance series(GroupId group) {
        return new SeriesAttendance(group, findAll(group));
    }
}
