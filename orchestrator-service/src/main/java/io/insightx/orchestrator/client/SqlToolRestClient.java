package io.insightx.orchestrator.client;

import java.io.InputStream;

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
import org.jboss.resteasy.reactive.RestQuery;

@Path("/v1")
@RegisterRestClient(configKey = "sql-tool")
@RegisterClientHeaders(InternalTokenHeaders.class)
@RegisterProvider(ToolErrors.class)
interface SqlToolRestClient {

    @POST
    @Path("/query")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode query(JsonNode request);

    /** The whole result as a file, streamed (the client reads it as it arrives). */
    @POST
    @Path("/query/export")
    @Consumes(MediaType.APPLICATION_JSON)
    InputStream export(JsonNode request, @RestQuery String format);

    @DELETE
    @Path("/datasets/{id}")
    void delete(@RestPath String id);
}
