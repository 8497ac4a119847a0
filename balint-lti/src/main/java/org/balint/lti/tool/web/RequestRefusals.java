package org.balint.lti.tool.web;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Requests the tool's addresses cannot take at all (wrong method, wrong content type, no such address)
 * are refused like every other refusal: status, reason code and what to do next, as a page or JSON.
 */
@Provider
public class RequestRefusals implements ExceptionMapper<ClientErrorException> {

    private static final String HEADING = "This request was refused";

    @Context
    HttpHeaders headers;

    /** The refusal for the runtime's own rejection of a request. */
    @Override
    public Response toResponse(ClientErrorException exception) {
        int status = exception.getResponse().getStatus();
        Response.ResponseBuilder answer = Answers.refusal(headers, HEADING, problem(status));
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if ("Allow".equalsIgnoreCase(name)) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.build();
    }

    static Problem problem(int status) {
        switch (status) {
            case 404:
                return new Problem("not-found", 404, "The tool has nothing at this address. Open the activity from "
                        + "the course page.");
            case 405:
                return new Problem("method-not-allowed", 405, "This address does not take this kind of request. "
                        + "Platforms send the launch as a form POST; open the activity from the course page.");
            case 406:
                return new Problem("not-acceptable", 406, "The tool answers this address with HTML or JSON only. "
                        + "Ask for text/html or application/json.");
            case 415:
                return new Problem("content-type-unsupported", 415, "This address takes an HTML form "
                        + "(application/x-www-form-urlencoded). Open the activity from the course page.");
            default:
                return new Problem("request-invalid", status >= 400 && status < 500 ? status : 400,
                        "The tool cannot read this request. Open the activity from the course page.");
        }
    }
}
