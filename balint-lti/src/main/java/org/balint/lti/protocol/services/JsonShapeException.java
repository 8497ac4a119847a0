package org.balint.lti.protocol.services;

/** A JSON text that is not JSON, or a member that is missing or of the wrong type. */
public final class JsonShapeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the member */
    public JsonShapeException(String message) {
        super(message);
    }
}
