package io.insightx.orchestrator.client;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@Path("/v1")
@RegisterRestClient(configKey = "python-tool")
@RegisterClientHeaders(InternalTokenHeaders.class)
@RegisterProvider(ToolErrors.class)
interface PythonToolRestClient {

    @POST
    @Path("/execute")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode execute(JsonNode request);
}
