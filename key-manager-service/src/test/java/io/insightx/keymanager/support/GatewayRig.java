package io.insightx.keymanager.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.insightx.keymanager.config.KeyManagerConfig;
import io.insightx.keymanager.key.ApiKey;
import io.insightx.keymanager.key.CooldownPolicy;
import io.insightx.keymanager.key.KeyEvents;
import io.insightx.keymanager.key.KeyMetrics;
import io.insightx.keymanager.key.KeyPool;
import io.insightx.keymanager.key.KeySnapshot;
import io.insightx.keymanager.upstream.GatewayResponse;
import io.insightx.keymanager.upstream.RotatingGateway;
import io.insightx.keymanager.upstream.UpstreamClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.Vertx;

/**
 * The gateway put together by hand, without Quarkus: the real pool, the real HTTP client and a WireMock provider,
 * with the clocks and settings a test chooses. Keys are named k1, k2… in the order given.
 */
public final class GatewayRig implements AutoCloseable {

    public final WireMockServer upstream = new WireMockServer(wireMockConfig().dynamicPort());
    public final KeyPool pool;
    public final RotatingGateway gateway;
    private final Vertx vertx = Vertx.vertx();

    public GatewayRig(Clock poolClock, Clock gatewayClock, Map<String, String> settings, String... secrets) {
        upstream.start();
        Map<String, String> properties = new HashMap<>(settings);
        properties.put("insightx.llm.base-url", upstream.baseUrl() + "/v1");
        KeyManagerConfig config = TestConfig.with(properties);
        List<ApiKey> keys = Arrays.stream(secrets).map(s -> new ApiKey("k" + (Arrays.asList(secrets).indexOf(s) + 1), s))
                .toList();
        pool = new KeyPool(keys, new CooldownPolicy(config.keys(), () -> 0.5), poolClock, new KeyEvents(),
                new KeyMetrics(new SimpleMeterRegistry()));
        gateway = new RotatingGateway(pool, new UpstreamClient(vertx, config), gatewayClock, new ObjectMapper(), config);
    }

    /** Sends a chat completion request, streamed or not, and waits for the answer's head. */
    public GatewayResponse chat(boolean stream) {
        String body = stream ? "{\"stream\": true, \"messages\": []}" : Gateway.CHAT;
        return gateway.forward(HttpMethod.POST, "/chat/completions", Buffer.buffer(body), stream)
                .await().atMost(Duration.ofSeconds(20));
    }

    /** The whole body of an answer, as text. */
    public static String text(GatewayResponse response) {
        return response.body().collect().in(Buffer::buffer, Buffer::appendBuffer).await().atMost(Duration.ofSeconds(20))
                .toString();
    }

    /** Requests the pool counts as in flight, over every key. */
    public int inFlight() {
        return pool.snapshot().stream().mapToInt(KeySnapshot::inFlight).sum();
    }

    @Override
    public void close() {
        upstream.stop();
        vertx.closeAndAwait();
    }
}
