package io.insightx.keymanager.support;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;
import java.util.Random;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A provider having a bad day: 10 % of calls are 429 (Retry-After: 1), 20 % are 500, and the fourth key is
 * revoked (401). Seeded, so that a failure can be replayed.
 */
public class ChaosUpstream implements QuarkusTestResourceLifecycleManager {

    public static final String[] KEYS = {"sk-chaos-one-0001", "sk-chaos-two-0002", "sk-chaos-three-0003",
        "sk-chaos-revoked-0004"};

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().extensions(new RandomFaults(42)));
        server.start();
        server.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(Gateway.ok()));
        return Map.of(
                "insightx.llm.base-url", server.baseUrl() + "/v1",
                "insightx.llm.api-keys", String.join(",", KEYS),
                "insightx.keys.max-attempts", "16",
                "insightx.keys.max-wait", "5s",
                "insightx.keys.circuit-cooldown", "1s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static final class RandomFaults implements ResponseDefinitionTransformerV2 {
        private final Random random;

        RandomFaults(long seed) {
            this.random = new Random(seed);
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            if (event.getRequest().getHeader("Authorization").endsWith(KEYS[3])) {
                return ResponseDefinition.notAuthorised();
            }
            double roll;
            synchronized (random) {
                roll = random.nextDouble();
            }
            if (roll < 0.10) {
                return ResponseDefinitionBuilder.responseDefinition().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"error\": \"rate limited\"}").build();
            }
            if (roll < 0.30) {
                return ResponseDefinitionBuilder.responseDefinition().withStatus(500)
                        .withBody("{\"error\": \"upstream broke\"}").build();
            }
            return event.getResponseDefinition();
        }

        @Override
        public boolean applyGlobally() {
            return true;
        }

        @Override
        public String getName() {
            return "random-faults";
        }
    }
}
