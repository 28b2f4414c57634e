import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;

/**
 * Starts an upstream that answers at once, then the gateway jar in front of it, and sends requests at a fixed rate
 * (an open model: a slow answer does not slow the sender) first straight to the upstream, then through the gateway;
 * then the same for streamed answers, at a fifth of the rate.
 */
public class GatewayBench {

    static final byte[] ANSWER = "{\"id\":\"c\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"ok\"}}]}"
            .getBytes(StandardCharsets.UTF_8);
    static final String CHAT = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    static final String STREAM = "{\"model\":\"m\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    static final int STREAM_CHUNKS = 20;
    static final String CHUNK = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"token \"}}]}\n\n";

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        // The upstream runs on Vert.x (the gateway's own HTTP stack, from its jar's libraries): the JDK's HttpServer
        // drops connections at a few hundred requests per second and would measure itself, not the gateway.
        Vertx vertx = Vertx.vertx();
        Buffer answer = Buffer.buffer(ANSWER);
        HttpServer upstream = vertx.createHttpServer().requestHandler(request -> request.body().onComplete(body -> {
            if (body.result().toString().contains("\"stream\":true")) {
                // A streamed answer: its chunks go out one by one, as a model's tokens would.
                request.response().setChunked(true).putHeader("Content-Type", "text/event-stream");
                for (int i = 0; i < STREAM_CHUNKS; i++) {
                    request.response().write(CHUNK);
                }
                request.response().end("data: [DONE]\n\n");
            } else {
                request.response().putHeader("Content-Type", "application/json").end(answer);
            }
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get();
        String upstreamUrl = "http://127.0.0.1:" + upstream.actualPort();
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-jar", jar)
                .redirectErrorStream(true).redirectOutput(new java.io.File("/tmp/bench-key-manager.log"));
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("INSIGHTX_LLM_BASE_URL", upstreamUrl + "/v1");
        builder.environment().put("INSIGHTX_LLM_API_KEYS", "bench-key-0001,bench-key-0002,bench-key-0003,bench-key-0004");
        builder.environment().put("QUARKUS_LOG_LEVEL", "WARN");
        Process gateway = builder.start();
        try {
            String gatewayUrl = "http://127.0.0.1:" + port;
            awaitReady(gatewayUrl + "/q/health/ready");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            run("warm-up", client, gatewayUrl, CHAT, rate, 5);
            run("warm-up", client, upstreamUrl, CHAT, rate, 3);
            double[] direct = run("upstream directly", client, upstreamUrl, CHAT, rate, seconds);
            double[] through = run("through the gateway", client, gatewayUrl, CHAT, rate, seconds);
            System.out.printf("added by the gateway: p50 %.2f ms, p99 %.2f ms  (target < 1 ms and < 5 ms at 500 req/s)%n",
                    p(through, 50) - p(direct, 50), p(through, 99) - p(direct, 99));
            // Streams pay for the relay's idle timer and key scrubbing on every chunk.
            int streamRate = Math.max(1, rate / 5);
            run("warm-up", client, gatewayUrl, STREAM, streamRate, 3);
            double[] directStream = run("stream directly", client, upstreamUrl, STREAM, streamRate, seconds);
            double[] throughStream = run("stream via gateway", client, gatewayUrl, STREAM, streamRate, seconds);
            System.out.printf("added to a %d-chunk stream: p50 %.2f ms, p99 %.2f ms%n", STREAM_CHUNKS + 1,
                    p(throughStream, 50) - p(directStream, 50), p(throughStream, 99) - p(directStream, 99));
        } finally {
            gateway.destroy();
            gateway.waitFor(10, TimeUnit.SECONDS);
            vertx.close();
            System.exit(0);
        }
    }

    static double[] run(String label, HttpClient client, String base, String body, int rate, int seconds)
            throws Exception {
        int total = rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        double[] ms = new double[total];
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<Void>> calls = new ArrayList<>(total);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/chat/completions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = i;
            calls.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).handle((response, error) -> {
                // Latency counts from when the request was due, so that a stalled sender is not hidden.
                ms[index] = (System.nanoTime() - due) / 1e6;
                if (error != null || response.statusCode() != 200) {
                    if (failures.incrementAndGet() <= 3) {
                        System.out.println("  failure: " + (error != null ? error : response.statusCode() + " " + response.body().length));
                    }
                }
                return null;
            }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        Arrays.sort(ms);
        if (!label.equals("warm-up")) {
            System.out.printf("%-22s %6d requests at %d/s: %.0f req/s achieved, p50 %.2f ms, p99 %.2f ms, max %.2f ms, "
                    + "errors %d%n", label, total, rate, total / elapsed, p(ms, 50), p(ms, 99), ms[ms.length - 1],
                    failures.get());
        }
        return ms;
    }

    static void awaitReady(String url) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the gateway did not start: see /tmp/bench-key-manager.log");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
