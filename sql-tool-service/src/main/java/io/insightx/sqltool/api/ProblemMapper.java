package io.insightx.sqltool.api;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into {@code application/problem+json}: no HTML page, no stack trace ever leaves. */
public class ProblemMapper {

    private static final String MULTIPART_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return respond(Problem.of(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON for this endpoint: " + e.getOriginalMessage()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String code = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        // JAX-RS's own messages are just "HTTP 404 Not Found": say something a person can act on instead.
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? defaultDetail(status) : e.getMessage();
        return respond(Problem.of(status, code, title, detail));
    }

    /**
     * A body that ends before its multipart form does (a Content-Length shorter than what was sent, a dropped
     * connection) is the client's fault, not the service's.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        StackTraceElement[] at = e.getStackTrace();
        if (at.length > 0 && at[0].getClassName().startsWith(MULTIPART_PARSER)) {
            return respond(Problem.of(400, "malformed-body", "Malformed request body",
                    "The request body ended before its multipart form did: check its Content-Length."));
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        Log.error("Unexpected failure", e);
        return respond(Problem.of(500, "internal-error", "Internal Server Error",
                "The service failed unexpectedly; the failure is logged."));
    }

    private static String defaultDetail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this path; see /q/openapi for the API.";
            case 405 -> "This path does not accept that HTTP method; see /q/openapi for the API.";
            case 406 -> "This path cannot answer in the media type asked for.";
            case 415 -> "This path does not accept that Content-Type; see /q/openapi for the API.";
            default -> "The request could not be processed.";
        };
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
