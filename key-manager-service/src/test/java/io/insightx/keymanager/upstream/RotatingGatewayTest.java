package io.insightx.keymanager.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.insightx.keymanager.support.Gateway.CHAT;
import static io.insightx.keymanager.support.Gateway.completions;
import static io.insightx.keymanager.support.Gateway.ok;
import static io.insightx.keymanager.support.Gateway.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.insightx.keymanager.key.KeySnapshot;
import io.insightx.keymanager.support.GatewayRig;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

/** The gateway's own decisions, on clocks the tests choose, against a scripted provider. */
class RotatingGatewayTest {

    private static final String KEY = "sk-rig-only-0001";
    private static final String EVENTS = "data: {\"choices\":[{\"delta\":{\"content\":\"one\"}}]}\n\n"
            + "data: {\"choices\":[{\"delta\":{\"content\":\"two\"}}]}\n\n"
            + "data: {\"choices\":[{\"delta\":{\"content\":\"three\"}}]}\n\ndata: [DONE]\n\n";
    /** WireMock sends the head with the first of its dribbled chunks: the first byte may take its time, not the next. */
    private static final Map<String, String> STALLS = Map.of("insightx.upstream.first-byte-timeout", "10s",
            "insightx.upstream.idle-timeout", "500ms");
    private static final Map<String, String> SHORT_TIMEOUTS = Map.of("insightx.upstream.first-byte-timeout", "500ms",
            "insightx.upstream.idle-timeout", "500ms");

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

    @Test
    void theWaitBudgetCountsOnlyTimeSpentWaitingNotTheProvidersTime() {
        // A slow first answer (300 ms) must not eat the budget for waiting on a cooldown (200 ms): on a loaded
        // machine, slow attempts used to turn a 50 ms cooldown into 503 keys-exhausted (ChaosTest, 1 in 2,000).
        try (GatewayRig rig = new GatewayRig(Clock.systemUTC(), Clock.systemUTC(),
                Map.of("insightx.keys.max-wait", "200ms"), KEY)) {
            rig.upstream.stubFor(completions(KEY).inScenario("slow").whenScenarioStateIs("Started")
                    .willReturn(status(429).withHeader("Retry-After", "0.05").withFixedDelay(300))
                    .willSetStateTo("recovered"));
            rig.upstream.stubFor(completions(KEY).inScenario("slow").whenScenarioStateIs("recovered").willReturn(ok()));

            GatewayResponse response = rig.chat(false);

            assertThat(response.status()).isEqualTo(200);
            rig.upstream.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
        }
    }

    @Test
    void aCallerWhoCancelsBeforeTheAnswerReleasesTheKey() {
        try (GatewayRig rig = new GatewayRig(Clock.systemUTC(), Clock.systemUTC(), Map.of(), KEY)) {
            rig.upstream.stubFor(completions(KEY).willReturn(ok().withFixedDelay(10_000)));
            UniAssertSubscriber<GatewayResponse> caller = rig.gateway.forward(HttpMethod.POST, "/chat/completions",
                    Buffer.buffer(CHAT), false).subscribe().withSubscriber(UniAssertSubscriber.create());
            await().atMost(Duration.ofSeconds(20)).until(() -> rig.upstream.getAllServeEvents().size() == 1);
            assertThat(rig.inFlight()).isEqualTo(1);

            caller.cancel();

            await().atMost(Duration.ofSeconds(10)).until(() -> rig.inFlight() == 0);
            assertThat(rig.pool.snapshot().get(0).failures()).isEmpty();
        }
    }

    @Test
    void aStreamCountsAsInFlightUntilTheCallerDropsIt() {
        try (GatewayRig rig = new GatewayRig(Clock.systemUTC(), Clock.systemUTC(), Map.of(), KEY)) {
            rig.upstream.stubFor(completions(KEY).willReturn(stream(EVENTS).withChunkedDribbleDelay(8, 8_000)));
            GatewayResponse response = rig.chat(true);
            assertThat(rig.inFlight()).isEqualTo(1);
            AssertSubscriber<Buffer> caller = response.body().subscribe().withSubscriber(AssertSubscriber.create(10));
            caller.awaitNextItem(Duration.ofSeconds(20));

            caller.cancel();

            await().atMost(Duration.ofSeconds(10)).until(() -> rig.inFlight() == 0);
        }
    }

    @Test
    void aStreamThatStallsMidwayEndsWithAnErrorEventAndTheKeyStaysHealthy() {
        try (GatewayRig rig = new GatewayRig(Clock.systemUTC(), Clock.systemUTC(), STALLS, KEY)) {
            rig.upstream.stubFor(completions(KEY).willReturn(stream(EVENTS).withChunkedDribbleDelay(3, 6_000)));

            String relayed = GatewayRig.text(rig.chat(true));

            assertThat(relayed).doesNotContain("[DONE]").endsWith("\n\n");
            String last = relayed.substring(relayed.stripTrailing().lastIndexOf("\ndata: ") + 1).strip();
            assertThat(last).startsWith("data: {").contains("\"code\":\"upstream-timeout\"");
            assertThat(EVENTS).startsWith(relayed.substring(0, relayed.length() - last.length() - 3));
            assertThat(rig.inFlight()).isZero();
            assertThat(rig.pool.snapshot().get(0).state()).isEqualTo("healthy");
        }
    }

    @Test
    void aSlowAnswerIs504AndNeverCoolsTheKey() {
        try (GatewayRig rig = new GatewayRig(Clock.systemUTC(), Clock.systemUTC(), SHORT_TIMEOUTS, KEY)) {
            rig.upstream.stubFor(completions(KEY).willReturn(ok().withFixedDelay(3_000)));
            for (int i = 0; i < 4; i++) {
                GatewayResponse response = rig.chat(false);
                assertThat(response.status()).isEqualTo(504);
                assertThat(GatewayRig.text(response)).contains("\"code\":\"upstream-timeout\"");
            }
            rig.upstream.verify(4, postRequestedFor(urlEqualTo("/v1/chat/completions")));
            assertThat(rig.pool.snapshot().get(0).state()).isEqualTo("healthy");
            assertThat(rig.inFlight()).isZero();
        }
    }

    @Test
    void aWholeAnswerThatStallsAfterItsHeadIs504() {
        try (GatewayRig rig = new GatewayRig(Clock.systemUTC(), Clock.systemUTC(), STALLS, KEY)) {
            rig.upstream.stubFor(completions(KEY).willReturn(ok().withChunkedDribbleDelay(3, 6_000)));

            GatewayResponse response = rig.chat(false);

            assertThat(response.status()).isEqualTo(504);
            assertThat(GatewayRig.text(response)).contains("upstream-timeout");
            assertThat(rig.inFlight()).isZero();
        }
    }

    private static ResponseDefinitionBuilder stream(String events) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(events);
    }
}
