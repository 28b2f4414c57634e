package io.insightx.keymanager.upstream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.keymanager.api.Problem;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.core.buffer.Buffer;

/** The answers the gateway makes itself: problems, and the headers that say which keys a request went through. */
final class GatewayAnswers {

    private final ObjectMapper json;

    GatewayAnswers(ObjectMapper json) {
        this.json = json;
    }

    GatewayResponse problem(int status, String code, String title, String detail, Long retryAfterSeconds,
            List<String> rotations) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of(Problem.MEDIA_TYPE));
        if (retryAfterSeconds != null) {
            headers.put("Retry-After", List.of(Long.toString(retryAfterSeconds)));
        }
        rotationHeaders(headers, rotations);
        try {
            byte[] body = json.writeValueAsBytes(Problem.of(status, code, title, detail));
            return new GatewayResponse(status, headers, Multi.createFrom().item(Buffer.buffer(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code rotations} lists {@code keyId=reason} for every key the request left. */
    static void rotationHeaders(Map<String, List<String>> headers, List<String> rotations) {
        headers.put("X-InsightX-Rotations", List.of(Integer.toString(rotations.size())));
        if (!rotations.isEmpty()) {
            headers.put("X-InsightX-Rotation-Reasons", List.of(String.join(",", rotations)));
        }
    }
}
