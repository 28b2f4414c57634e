package io.insightx.keymanager.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.insightx.keymanager.support.Gateway.CHAT;
import static io.insightx.keymanager.support.Gateway.completions;
import static io.insightx.keymanager.support.Gateway.ok;
import static io.insightx.keymanager.support.Gateway.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.insightx.keymanager.key.KeySnapshot;
import io.insightx.keymanager.support.GatewayRig;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

/** The gateway's own decisions, on clocks the tests choose, against a scripted provider. */
class RotatingGatewayTest {

    private static final String KEY = "sk-rig-only-0001";

    @Test
    void aRecoveryThatHasJustPassedIsRetriedNotAnError() {
        // The gateway's clock runs ahead of the pool's: whenever the gateway looks, the key's recovery is behind it,
        // as when the clock moves on between the pool's look and the gateway's (one request in 2,000 under load).
        Clock pool = Clock.systemUTC();
        Clock gateway = Clock.offset(pool, Duration.ofSeconds(2));
        try (GatewayRig rig = new GatewayRig(pool, gateway, Map.of(), KEY)) {
            rig.upstream.stubFor(completions(KEY).inScenario("recovers").whenScenarioStateIs("Started")
                    .willReturn(status(429).withHeader("Retry-After", "0.05")).willSetStateTo("recovered"));
            rig.upstream.stubFor(completions(KEY).inScenario("recovers").whenScenarioStateIs("recovered")
                    .willReturn(ok()));

            GatewayResponse response = rig.gateway.forward(HttpMethod.POST, "/chat/completions", Buffer.buffer(CHAT),
                    false).await().atMost(Duration.ofSeconds(10));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headers().get("X-InsightX-Rotations")).containsExactly("1");
            rig.upstream.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
            KeySnapshot key = rig.pool.snapshot().get(0);
            assertThat(key.failures()).isEqualTo(Map.of("429", 1L));
            assertThat(key.inFlight()).isZero();
        }
    }
}
