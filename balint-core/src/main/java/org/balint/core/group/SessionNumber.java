package org.balint.core.group;

/**
 * The position of a session in its series, counted from 1 ("session 3").
 */
public record SessionNumber(int value) implements Comparable<SessionNumber> {

    public SessionNumber {
        if (value < 1) {
            throw new IllegalArgumentException("sessions are numbered from 1, got " + value);
        }
    }

    public static SessionNumber of(int value) {
        return new SessionNumber(value);
    }

    /** The session after this one. */
    public SessionNumber next() {
        return new SessionNumber(value + 1);
    }

    public boolean isBefore(SessionNumber other) {
        return value < other.value;
    }

    public boolean isAfter(SessionNumber other) {
        return value > other.value;
    }

    @Override
    public int compareTo(SessionNumber other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "session " + value;
    }
}
