package org.balint.persistence.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.balint.persistence.tenant.TenantOwnedEntity;
import org.balint.persistence.tenant.TenantScope;

/**
 * A row of {@code attendance_sheet}: which session of which group the sheet is for, the session's
 * schedule and the group's attendance thresholds. Its version goes up with every saved change to the
 * sheet or any of its parts, so two leaders saving the same sheet at once cannot both succeed.
 */
@Entity(name = "AttendanceSheet")
@Table(name = "attendance_sheet")
class SheetEntity extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "group_id", nullable = false, updatable = false, length = 255)
    private String groupId;

    @Column(name = "session_number", nullable = false, updatable = false)
    private int sessionNumber;

    @Column(name = "session_start", nullable = false)
    private Instant sessionStart;

    @Column(name = "session_seconds", nullable = false)
    private long sessionSeconds;

    @Column(name = "late_after_minutes", nullable = false)
    private int lateAfterMinutes;

    @Column(name = "left_early_before_minutes", nullable = false)
    private int leftEarlyBeforeMinutes;

    @Column(name = "present_at_least_percent", nullable = false)
    private int presentAtLeastPercent;

    @Column(name = "early_join_grace_minutes", nullable = false)
    private int earlyJoinGraceMinutes;

    @Column(name = "overrun_grace_minutes", nullable = false)
    private int overrunGraceMinutes;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SheetEntity() {
        // for Jakarta Persistence
    }

    SheetEntity(TenantScope owner, String groupId, int sessionNumber, Schedule schedule) {
        super(owner);
        this.groupId = groupId;
        this.sessionNumber = sessionNumber;
        reschedule(schedule);
    }

    /** The session's time and the thresholds, which a saved sheet may change. */
    record Schedule(Instant sessionStart, long sessionSeconds, int lateAfterMinutes, int leftEarlyBeforeMinutes,
            int presentAtLeastPercent, int earlyJoinGraceMinutes, int overrunGraceMinutes) {
    }

    Schedule schedule() {
        return new Schedule(sessionStart, sessionSeconds, lateAfterMinutes, leftEarlyBeforeMinutes,
                presentAtLeastPercent, earlyJoinGraceMinutes, overrunGraceMinutes);
    }

    void reschedule(Schedule schedule) {
        this.sessionStart = schedule.sessionStart();
        this.sessionSeconds = schedule.sessionSeconds();
        this.lateAfterMinutes = schedule.lateAfterMinutes();
        this.leftEarlyBeforeMinutes = schedule.leftEarlyBeforeMinutes();
        this.presentAtLeastPercent = schedule.presentAtLeastPercent();
        this.earlyJoinGraceMinutes = schedule.earlyJoinGraceMinutes();
        this.overrunGraceMinutes = schedule.overrunGraceMinutes();
    }

    Long id() {
        return id;
    }

    String groupId() {
        return groupId;
    }

    int sessionNumber() {
        return sessionNumber;
    }

    long version() {
        return version;
    }
}
