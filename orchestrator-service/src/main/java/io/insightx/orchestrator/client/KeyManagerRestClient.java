package io.insightx.orchestrator.client;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1")
@RegisterRestClient(configKey = "key-manager")
@RegisterClientHeaders(InternalTokenHeaders.class)
interface KeyManagerRestClient {

    @POST
    @Path("/chat/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<JsonNode> complete(JsonNode request);

    @GET
    @Path("/keys")
    JsonNode keys();
}
