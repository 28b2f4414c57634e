package io.insightx.orchestrator.client;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;

@Path("/v1")
@RegisterRestClient(configKey = "sql-tool")
@RegisterClientHeaders(InternalTokenHeaders.class)
@RegisterProvider(ToolErrors.class)
interface SqlToolRestClient {

    @POST
    @Path("/query")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode query(JsonNode request);

    @DELETE
    @Path("/datasets/{id}")
    void delete(@RestPath String id);
}
