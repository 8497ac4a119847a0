package org.balint.core.rotation;

import java.util.List;
import java.util.Objects;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;

/**
 * A reason why not every member can get a turn: a stable reason code, a sentence for the leader
 * ("Ames, Baker and Chen still need a turn but can only present in sessions 5 and 6, which have 2
 * open places"), and the members and sessions it concerns, so a screen can highlight them.
 *
 * <p>Reason codes:
 * <ul>
 *   <li>{@code no-sessions-remain} — members still need a turn but every session has been held;
 *   <li>{@code not-enough-places} — more members still need a turn than there are open places left;
 *   <li>{@code unavailable-for-remaining-sessions} — a member who still needs a turn has declared
 *       every remaining session unavailable;
 *   <li>{@code too-few-places} — a set of members who still need a turn can only present in sessions
 *       that together have fewer open places than there are members in the set.
 * </ul>
 *
 * @param code     lower-case hyphenated reason code, stable across releases
 * @param message  sentence naming the members and sessions, written for the group leader
 * @param members  the members who cannot all get a turn, in roster order
 * @param sessions the sessions involved, in order (empty when none remain open to them)
 */
public record RotationConflict(String code, String message, List<MemberId> members, List<SessionNumber> sessions) {

    public RotationConflict {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        members = List.copyOf(members);
        sessions = List.copyOf(sessions);
        if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("reason code must be lower-case and hyphenated: " + code);
        }
        if (message.isBlank() || members.isEmpty()) {
            throw new IllegalArgumentException("a conflict names its members and explains itself");
        }
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
