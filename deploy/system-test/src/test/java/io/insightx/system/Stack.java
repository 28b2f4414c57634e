package io.insightx.system;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL and the packaged services as separate processes, started as deploy/local/up.sh starts them: the
 * launcher module's embedded PostgreSQL, then {@code java -jar <service>/target/quarkus-app/quarkus-run.jar} with
 * its configuration in environment variables. Logs go to target/system-test/.
 */
final class Stack implements AutoCloseable {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Path LOGS = Path.of("target", "system-test").toAbsolutePath();
    static final String TOKEN = "system-test-token";

    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    /** Starts PostgreSQL in a fresh data directory and returns its JDBC URL. */
    String startPostgres() throws IOException {
        Files.createDirectories(LOGS);
        Path launcher = ROOT.resolve("deploy/local/postgres-launcher/target");
        int port = freePort();
        Path log = LOGS.resolve("postgres.log");
        Process p = new ProcessBuilder(java(), "-cp", launcher.resolve("local-postgres-0.1.0-SNAPSHOT.jar") + ":"
                + launcher.resolve("lib") + "/*", "io.insightx.launcher.LocalPostgres",
                Files.createTempDirectory("system-test-pg").toString(), Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.put("postgres", p);
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            if (!p.isAlive()) {
                throw new IllegalStateException("PostgreSQL did not start: " + Files.readString(log));
            }
            return Files.readString(log).lines().anyMatch(l -> l.startsWith("READY "));
        });
        return "jdbc:postgresql://localhost:" + port + "/insightx";
    }

    /** Starts a service's packaged jar under {@code name} on a free port with these variables, and waits until ready. */
    String start(String name, String module, Map<String, String> env) {
        environments.put(name, Map.copyOf(env));
        ports.put(name, freePort());
        processes.put(name, launch(name, module));
        return url(name);
    }

    /** Starts {@code name} again, on the same port with the same variables (after {@link #kill}). */
    void restart(String name, String module) {
        processes.put(name, launch(name, module));
    }

    /** Kills a service at once, as a crashed pod or a lost node would. */
    void kill(String name) throws InterruptedException {
        Process p = processes.get(name);
        p.destroyForcibly();
        p.waitFor();
    }

    String url(String name) {
        return "http://localhost:" + ports.get(name);
    }

    private Process launch(String name, String module) {
        Path jar = ROOT.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the reactor builds the services before this module");
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx512m", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(LOGS.resolve(name + ".log").toFile()));
            builder.environment().putAll(environments.get(name));
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(name)));
            builder.environment().put("INSIGHTX_INTERNAL_TOKEN", TOKEN);
            Process p = builder.start();
            await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() -> {
                if (!p.isAlive()) {
                    throw new IllegalStateException(name + " exited: see " + LOGS.resolve(name + ".log"));
                }
                return http.send(HttpRequest.newBuilder(URI.create(url(name) + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            });
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        processes.values().forEach(p -> {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
