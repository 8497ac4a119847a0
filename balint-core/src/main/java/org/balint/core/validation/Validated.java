package org.balint.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of checking input against rules: either {@link Valid} with the accepted value, or
 * {@link Invalid} with every rule the input broke.
 *
 * @param <T> the type of the accepted value
 */
public sealed interface Validated<T> permits Validated.Valid, Validated.Invalid {

    /** Input that satisfied every rule. */
    record Valid<T>(T value) implements Validated<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Input that broke at least one rule; {@code violations} lists all of them, in rule order. */
    record Invalid<T>(List<Violation> violations) implements Validated<T> {
        public Invalid {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid outcome needs at least one violation");
            }
        }
    }

    static <T> Validated<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Validated<T> invalid(List<Violation> violations) {
        return new Invalid<>(violations);
    }

    static <T> Validated<T> invalid(Violation first, Violation... more) {
        return new Invalid<>(concat(first, more));
    }

    /**
     * Valid {@code value} when {@code violations} is empty, otherwise invalid with those violations.
     * The value is only computed when there is nothing to report.
     */
    static <T> Validated<T> of(List<Violation> violations, java.util.function.Supplier<T> value) {
        return violations.isEmpty() ? valid(value.get()) : invalid(violations);
    }

    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The violations; empty when valid. */
    default List<Violation> violations() {
        return this instanceof Invalid<T> invalid ? invalid.violations() : List.of();
    }

    /** Transforms the accepted value, keeping violations as they are. */
    default <R> Validated<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Valid<T> valid) {
            return new Valid<>(mapper.apply(valid.value()));
        }
        return new Invalid<>(violations());
    }

    /** Chains a further check that only runs on a valid value. */
    default <R> Validated<R> flatMap(Function<? super T, Validated<R>> next) {
        if (this instanceof Valid<T> valid) {
            return next.apply(valid.value());
        }
        return new Invalid<>(violations());
    }

    /**
     * The accepted value, or an {@link InvalidInputException} listing every violation. Meant for
     * callers that already know the input is valid (tests, fixed sample data); user input should be
     * handled through {@link #violations()}.
     */
    default T orElseThrow() {
        if (this instanceof Valid<T> valid) {
            return valid.value();
        }
        throw new InvalidInputException(violations());
    }

    private static List<Violation> concat(Violation first, Violation... more) {
        var all = new java.util.ArrayList<Violation>(1 + more.length);
        all.add(first);
        all.addAll(List.of(more));
        return all;
    }
}
