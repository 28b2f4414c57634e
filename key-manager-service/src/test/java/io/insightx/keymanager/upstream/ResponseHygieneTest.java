package io.insightx.keymanager.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.insightx.keymanager.support.Gateway.completions;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;

import io.insightx.keymanager.support.GatewayRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A provider that echoes the key it was given, in headers and bodies: no caller ever sees it. */
class ResponseHygieneTest {

    private static final String KEY = "sk-echoed-secret-value-0001";
    private static final String OTHER = "sk-other-configured-key-0002";

    private final GatewayRig rig = new GatewayRig(Clock.systemUTC(), Clock.systemUTC(), Map.of(), KEY);

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void onlyTheHeadersACallerNeedsPassAndNoneCarriesAKey() {
        rig.upstream.stubFor(completions(KEY).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withHeader("Authorization", "Bearer " + KEY)
                .withHeader("X-Debug-Key", KEY)
                .withHeader("Set-Cookie", "session=abc")
                .withHeader("OpenAI-Organization", "acme-corp")
                .withHeader("x-request-id", "req-42")
                .withHeader("openai-processing-ms", "12")
                .withHeader("x-ratelimit-remaining-requests", "99")
                .withHeader("x-ratelimit-key", KEY)
                .withBody("{\"error\": {\"message\": \"Incorrect API key provided: Bearer " + KEY + "\"}}")));

        GatewayResponse response = rig.chat(false);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().keySet()).map(String::toLowerCase).containsExactlyInAnyOrder("content-type",
                "x-request-id", "openai-processing-ms", "x-ratelimit-remaining-requests", "x-insightx-key",
                "x-insightx-rotations");
        assertThat(response.headers().toString()).doesNotContain(KEY);
        assertThat(GatewayRig.text(response)).doesNotContain(KEY)
                .isEqualTo("{\"error\": {\"message\": \"Incorrect API key provided: Bearer [redacted]\"}}");
    }

    @Test
    void noConfiguredKeyPassesInAStreamEvenSplitAcrossChunks() {
        String events = "data: {\"choices\":[{\"delta\":{\"content\":\"your key is " + KEY + "\"}}]}\n\n"
                + "data: {\"choices\":[{\"delta\":{\"content\":\"and " + OTHER + " too\"}}]}\n\ndata: [DONE]\n\n";
        try (GatewayRig two = new GatewayRig(Clock.systemUTC(), Clock.systemUTC(), Map.of(), KEY, OTHER)) {
            two.upstream.stubFor(completions(KEY).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/event-stream").withBody(events).withChunkedDribbleDelay(17, 200)));
            two.upstream.stubFor(completions(OTHER).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/event-stream").withBody(events).withChunkedDribbleDelay(17, 200)));

            String relayed = GatewayRig.text(two.chat(true));

            assertThat(relayed).isEqualTo(events.replace(KEY, "[redacted]").replace(OTHER, "[redacted]"));
        }
    }
}
