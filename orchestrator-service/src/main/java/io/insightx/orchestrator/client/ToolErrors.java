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
        String code = "tool-error";
        String detail = "The tool refused the request (" + response.getStatus() + ").";
        try {
            JsonNode problem = JSON.readTree(response.readEntity(String.class));
            code = problem.path("code").asText(code);
            detail = problem.path("detail").asText(detail);
        } catch (Exception e) {
            // Not a problem document: keep the generic wording.
        }
        return new ToolRejectedException(response.getStatus(), code, detail);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
