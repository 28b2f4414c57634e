package io.insightx.keymanager.upstream;

import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.core.buffer.Buffer;

/** What the gateway answers: a status, headers, and a body that may still be arriving from the upstream. */
public record GatewayResponse(int status, Map<String, List<String>> headers, Multi<Buffer> body) {
}
