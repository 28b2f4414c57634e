package io.insightx.keymanager.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A scripted OpenAI-compatible provider (WireMock) on a free port, with three keys it knows, and rotation timings
 * short enough that tests never wait long.
 */
public class FakeUpstream implements QuarkusTestResourceLifecycleManager {

    public static final String ALPHA = "sk-test-alpha-0001";
    public static final String BRAVO = "sk-test-bravo-0002";
    public static final String CHARLIE = "sk-test-charlie-0003";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        return Map.of(
                "insightx.llm.base-url", server.baseUrl() + "/v1",
                "insightx.llm.api-keys", String.join(",", ALPHA, BRAVO, CHARLIE),
                "insightx.llm.model", "test-model",
                "insightx.keys.base-backoff", "200ms",
                "insightx.keys.max-wait", "2s",
                "insightx.keys.circuit-cooldown", "1s",
                "quarkus.log.category.\"io.insightx\".level", "DEBUG");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
