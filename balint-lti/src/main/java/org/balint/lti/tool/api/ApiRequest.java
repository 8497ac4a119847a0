package org.balint.lti.tool.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The current API request's admission, set by {@link ApiFilter} once the gate let the request in, and
 * read by the endpoints.
 */
@RequestScoped
public class ApiRequest {

    private ApiGate.Admitted admitted;

    /** Records the admission of this request. */
    void admit(ApiGate.Admitted admission) {
        this.admitted = admission;
    }

    /** The admission; an endpoint reached without one is a wiring error. */
    public ApiGate.Admitted admitted() {
        return Optional.ofNullable(admitted).orElseThrow(() -> new IllegalStateException(
                "an API endpoint ran without passing the API filter"));
    }

    /** Who calls. */
    public Caller caller() {
        return admitted().caller();
    }
}
