package org.balint.lti.tool.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a request body that is not JSON at all (or not of the shape a call reads) with
 * {@code 400 body-invalid} and what to send instead, rather than a server error.
 */
@Provider
public class UnreadableJsonMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException unreadable) {
        return ApiRefusedMapper.answer(ApiRefusal.of(400, "body-invalid", "The request body is not JSON this call can "
                + "read, so nothing was changed. Send a JSON object with the fields the API description (/openapi) "
                + "gives for this call."));
    }
}
