package org.balint.lti.protocol.message;

import java.util.Objects;

/** Argument checks shared by the message records. */
final class Texts {

    private Texts() {
    }

    static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
