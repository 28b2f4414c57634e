package io.insightx.keymanager.upstream;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.insightx.keymanager.config.KeyManagerConfig;
import io.insightx.keymanager.key.ApiKey;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Non-blocking HTTP to the OpenAI-compatible upstream, with one key's credentials in the provider's scheme. A failure
 * to connect fails as it comes (the gateway tries the next key); no answer's head within the first-byte timeout fails
 * with {@link UpstreamTimeoutException}.
 */
@ApplicationScoped
public class UpstreamClient {

    private final HttpClient client;
    private final String baseUrl;
    private final String authScheme;
    private final long connectTimeoutMs;
    private final Duration firstByteTimeout;

    public UpstreamClient(Vertx vertx, KeyManagerConfig config) {
        KeyManagerConfig.Llm llm = config.llm();
        this.baseUrl = llm.baseUrl().replaceAll("/+$", "");
        this.authScheme = llm.authScheme();
        this.connectTimeoutMs = config.upstream().connectTimeout().toMillis();
        this.firstByteTimeout = config.upstream().firstByteTimeout();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) connectTimeoutMs)
                .setKeepAlive(true)
                .setMaxPoolSize(256)
                .setTryUseCompression(false));
    }

    /** Sends the request; the response's body is left unread (and paused) for the caller to read or relay. */
    public Uni<HttpClientResponse> send(HttpMethod method, String path, ApiKey key, Buffer body) {
        RequestOptions options = new RequestOptions().setMethod(method).setAbsoluteURI(baseUrl + path)
                .setConnectTimeout(connectTimeoutMs)
                // Vert.x stops this timer when the answer's head arrives: it bounds the wait for the first byte only.
                .setIdleTimeout(firstByteTimeout.toMillis())
                .putHeader("Authorization", authorization(key))
                .putHeader("Accept", "application/json, text/event-stream")
                // Bodies are relayed and searched for echoed keys as they come: never compressed.
                .putHeader("Accept-Encoding", "identity");
        if (body != null) {
            options.putHeader("Content-Type", "application/json");
        }
        return client.request(options).onItem().transformToUni(request -> (body == null ? request.send() : request.send(body))
                .onItem().invoke(HttpClientResponse::pause)
                .onFailure(TimeoutException.class).transform(e -> new UpstreamTimeoutException("answer", firstByteTimeout))
                // A caller who gives up frees the connection, and the provider stops generating for nobody.
                .onCancellation().invoke(() -> request.reset()));
    }

    private String authorization(ApiKey key) {
        return switch (authScheme) {
            case "key" -> "Key " + key.secret();
            case "raw" -> key.secret();
            default -> "Bearer " + key.secret();
        };
    }

    @PreDestroy
    void close() {
        client.closeAndAwait();
    }
}
