package io.insightx.orchestrator.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Maps a tool's 4xx problem+json to {@link ToolRejectedException}; 5xx stays an ordinary failure (an outage). */
public class ToolErrors implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public RuntimeException toThrowable(Response response) {
        if (response.getStatus() >= 500) {
            return new jakarta.ws.rs.WebApplicationException("Tool failed with " + response.getStatus(), response.getStatus());
        }
        return rejected(response.getStatus(), response.readEntity(String.class));
    }

    /** A tool's 4xx answer as the exception agents and resources read: its problem's code and detail. */
    static ToolRejectedException rejected(int status, String body) {
        String code = "tool-error";
        String detail = "The tool refused the request (" + status + ").";
        try {
            JsonNode problem = JSON.readTree(body);
            code = problem.path("code").asText(code);
            detail = problem.path("detail").asText(detail);
        } catch (Exception e) {
            // Not a problem document: keep the generic wording.
        }
        return new ToolRejectedException(status, code, detail);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
