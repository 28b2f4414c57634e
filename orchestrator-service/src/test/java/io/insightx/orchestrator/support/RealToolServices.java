package io.insightx.orchestrator.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real sql-tool and python-tool services, started from their packaged jars (the reactor builds them before
 * this module) as separate processes on free ports, as deploy/local starts them.
 */
public class RealToolServices implements QuarkusTestResourceLifecycleManager {

    static final String TOKEN = "suite-internal-token";

    private final List<Process> processes = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            Path storage = Files.createTempDirectory("suite-datasets");
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.rest-client.sql-tool.url", launch("sql-tool-service", Map.of("INSIGHTX_STORAGE_DIR",
                    storage.toString())));
            config.put("quarkus.rest-client.python-tool.url", launch("python-tool-service", Map.of()));
            config.put("quarkus.rest-client.key-manager.url", "http://127.0.0.1:" + freePort());
            config.put("insightx.internal-token", TOKEN);
            config.put("insightx.agents.mode", "offline");
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String launch(String service, Map<String, String> env) throws IOException {
        Path jar = Path.of("..", service, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn -B package -DskipTests -pl " + service + ")");
        }
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString()).redirectErrorStream(true)
                .redirectOutput(Path.of("target", service + "-suite.log").toFile());
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("INSIGHTX_INTERNAL_TOKEN", TOKEN);
        Process process = builder.start();
        processes.add(process);
        String url = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " died: see target/" + service + "-suite.log");
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        return url;
    }

    @Override
    public void stop() {
        processes.forEach(Process::destroy);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
