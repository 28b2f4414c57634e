package io.insightx.orchestrator.client;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@Path("/v1")
@RegisterRestClient(configKey = "key-manager")
@RegisterClientHeaders(InternalTokenHeaders.class)
interface KeyManagerRestClient {

    @GET
    @Path("/keys")
    JsonNode keys();
}
