package io.insightx.orchestrator.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One WireMock standing in for the three services the orchestrator calls: sql-tool ({@code /v1/query},
 * {@code /v1/datasets}), python-tool ({@code /v1/execute}) and key-manager ({@code /v1/chat/completions}),
 * scripted per test.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        return Map.of(
                "quarkus.rest-client.sql-tool.url", server.baseUrl(),
                "quarkus.rest-client.python-tool.url", server.baseUrl(),
                "quarkus.rest-client.key-manager.url", server.baseUrl(),
                "insightx.internal-token", "internal-test-token",
                "insightx.agents.mode", "llm",
                "insightx.limits.heartbeat-seconds", "1",
                // A client that leaves is gone at once here; WorkspaceBrowserTest covers coming back in time.
                "insightx.limits.reconnect-grace-seconds", "0");
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
