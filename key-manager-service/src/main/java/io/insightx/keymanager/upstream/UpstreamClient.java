package io.insightx.keymanager.upstream;

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

/** Non-blocking HTTP to the OpenAI-compatible upstream, with one key's credentials in the provider's scheme. */
@ApplicationScoped
public class UpstreamClient {

    private final HttpClient client;
    private final String baseUrl;
    private final String authScheme;
    private final long idleTimeoutMs;

    public UpstreamClient(Vertx vertx, KeyManagerConfig config) {
        KeyManagerConfig.Llm llm = config.llm();
        this.baseUrl = llm.baseUrl().replaceAll("/+$", "");
        this.authScheme = llm.authScheme();
        this.idleTimeoutMs = llm.idleTimeout().toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) llm.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(256)
                .setTryUseCompression(false));
    }

    /** Sends the request; the response's body is left unread for the caller to read or relay. */
    public Uni<HttpClientResponse> send(HttpMethod method, String path, ApiKey key, Buffer body) {
        RequestOptions options = new RequestOptions().setMethod(method).setAbsoluteURI(baseUrl + path)
                .setIdleTimeout(idleTimeoutMs)
                .putHeader("Authorization", authorization(key))
                .putHeader("Accept", "application/json, text/event-stream");
        if (body != null) {
            options.putHeader("Content-Type", "application/json");
        }
        return client.request(options).onItem().transformToUni(request -> body == null ? request.send() : request.send(body));
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
