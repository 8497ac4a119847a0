package org.balint.core.group;

import java.util.Objects;
import java.util.Optional;

/**
 * A member's profession: the discipline, plus the specialty for physicians (e.g. "family medicine")
 * or a description for other professions (e.g. "chaplain").
 */
public final class Profession {

    private final Discipline discipline;
    private final String detail;

    private Profession(Discipline discipline, String detail) {
        this.discipline = Objects.requireNonNull(discipline, "discipline");
        this.detail = Objects.requireNonNull(detail, "detail").strip();
    }

    /** A physician with a specialty, e.g. {@code physician("family medicine")}. */
    public static Profession physician(String specialty) {
        if (specialty.isBlank()) {
            throw new IllegalArgumentException("a physician's specialty cannot be blank");
        }
        return new Profession(Discipline.PHYSICIAN, specialty);
    }

    public static Profession nursePractitioner() {
        return new Profession(Discipline.NURSE_PRACTITIONER, "");
    }

    public static Profession psychologist() {
        return new Profession(Discipline.PSYCHOLOGIST, "");
    }

    public static Profession socialWorker() {
        return new Profession(Discipline.SOCIAL_WORKER, "");
    }

    /** Any other clinical profession, described in a few words (e.g. "chaplain", "pharmacist"). */
    public static Profession other(String description) {
        if (description.isBlank()) {
            throw new IllegalArgumentException("describe the profession");
        }
        return new Profession(Discipline.OTHER, description);
    }

    /**
     * The profession with {@code discipline} and its {@code detail}: the specialty of a physician or the
     * description of another profession, and empty for every other discipline. This is the form in which
     * adapters store a profession; {@link #detail()} gives the detail back.
     *
     * @throws IllegalArgumentException when a physician or other profession has no detail, or another
     *     discipline has one
     */
    public static Profession of(Discipline discipline, String detail) {
        Objects.requireNonNull(discipline, "discipline");
        Objects.requireNonNull(detail, "detail");
        switch (discipline) {
            case PHYSICIAN:
                return physician(detail);
            case OTHER:
                return other(detail);
            default:
                if (!detail.isBlank()) {
                    throw new IllegalArgumentException("a " + discipline.label() + " has no specialty or description: "
                            + detail);
                }
                return new Profession(discipline, "");
        }
    }

    public Discipline discipline() {
        return discipline;
    }

    /** The physician's specialty; empty for every other discipline. */
    public Optional<String> specialty() {
        return discipline == Discipline.PHYSICIAN ? Optional.of(detail) : Optional.empty();
    }

    /** The description given for {@link Discipline#OTHER}; empty for every named discipline. */
    public Optional<String> description() {
        return discipline == Discipline.OTHER ? Optional.of(detail) : Optional.empty();
    }

    /** The physician's specialty or the other profession's description; empty for every named discipline. */
    public Optional<String> detail() {
        return detail.isEmpty() ? Optional.empty() : Optional.of(detail);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Profession other && discipline == other.discipline && detail.equals(other.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(discipline, detail);
    }

    @Override
    public String toString() {
        return detail.isEmpty() ? discipline.label() : discipline.label() + " (" + detail + ")";
    }
}
