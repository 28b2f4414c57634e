package io.insightx.keymanager.api;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.keymanager.config.KeyManagerConfig;
import io.insightx.keymanager.upstream.GatewayResponse;
import io.insightx.keymanager.upstream.RotatingGateway;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestMulti;

/**
 * The OpenAI-compatible face of the gateway. Bodies pass through as they are (tools, response_format,
 * temperature…), with the model defaulted when missing; answers, streamed or whole, come back as the provider
 * sent them, plus {@code X-InsightX-Key} and {@code X-InsightX-Rotations}.
 */
@Path("/v1")
public class ChatCompletionsResource {

    private final RotatingGateway gateway;
    private final ObjectMapper json;
    private final String defaultModel;

    public ChatCompletionsResource(RotatingGateway gateway, ObjectMapper json, KeyManagerConfig config) {
        this.gateway = gateway;
        this.json = json;
        this.defaultModel = config.llm().model();
    }

    @POST
    @Path("/chat/completions")
    public RestMulti<Buffer> complete(byte[] body) throws IOException {
        JsonNode request = body == null || body.length == 0 ? null : json.readTree(body);
        if (!(request instanceof ObjectNode object) || !object.path("messages").isArray()) {
            throw new ProblemException(400, "invalid-request", "Invalid request",
                    "The body must be a chat completion request: a JSON object with a 'messages' array.");
        }
        if (!object.hasNonNull("model")) {
            object.put("model", defaultModel);
        }
        boolean stream = object.path("stream").asBoolean(false);
        return relay(gateway.forward(HttpMethod.POST, "/chat/completions", Buffer.buffer(json.writeValueAsBytes(object)),
                stream));
    }

    @GET
    @Path("/models")
    public RestMulti<Buffer> models() {
        return relay(gateway.forward(HttpMethod.GET, "/models", null, false));
    }

    private static RestMulti<Buffer> relay(io.smallrye.mutiny.Uni<GatewayResponse> response) {
        return RestMulti.fromUniResponse(response, GatewayResponse::body, GatewayResponse::headers,
                GatewayResponse::status);
    }
}
