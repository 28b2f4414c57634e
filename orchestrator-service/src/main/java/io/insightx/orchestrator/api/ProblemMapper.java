package io.insightx.orchestrator.api;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.insightx.orchestrator.client.ToolUnavailableException;
import io.insightx.orchestrator.persistence.PersistenceException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into {@code application/problem+json}: no HTML page, no stack trace ever leaves. */
public class ProblemMapper {

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

    @ServerExceptionMapper
    public Response toolDown(ToolUnavailableException e) {
        return respond(Problem.of(503, "tool-unavailable", "Tool unavailable",
                e.tool() + " is not answering right now; try again in a moment."));
    }

    @ServerExceptionMapper
    public Response database(PersistenceException e) {
        Log.error("Database failure", e);
        return respond(Problem.of(503, "database-unavailable", "Database unavailable",
                "The database could not be reached; try again shortly."));
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
