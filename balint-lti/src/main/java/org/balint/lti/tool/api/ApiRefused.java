package org.balint.lti.tool.api;

import java.util.Objects;

/** Thrown by an endpoint to answer with a refusal; {@link ApiRefusedMapper} writes it as JSON. */
public final class ApiRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ApiRefusal refusal;

    /** The request is refused with {@code refusal}. */
    public ApiRefused(ApiRefusal refusal) {
        super(Objects.requireNonNull(refusal, "refusal").problem().code(), null, false, false);
        this.refusal = refusal;
    }

    /** The refusal to answer with. */
    public ApiRefusal refusal() {
        return refusal;
    }
}
