package io.insightx.keymanager.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.insightx.keymanager.support.FakeUpstream.ALPHA;
import static io.insightx.keymanager.support.FakeUpstream.BRAVO;
import static io.insightx.keymanager.support.FakeUpstream.CHARLIE;
import static io.insightx.keymanager.support.Gateway.CHAT;
import static io.insightx.keymanager.support.Gateway.api;
import static io.insightx.keymanager.support.Gateway.completions;
import static io.insightx.keymanager.support.Gateway.ok;
import static io.insightx.keymanager.support.Gateway.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.insightx.keymanager.support.FakeUpstream;
import io.insightx.keymanager.support.Gateway;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the gateway through success, rate limits, quota, revocation, failures and streams, and then searches
 * everything it emitted — responses, headers, events, metrics, key listings and its log file — for the keys.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeUpstream.class, restrictToAnnotatedClass = true)
class SecretsNeverLeakTest {

    WireMockServer upstream;

    @TestHTTPResource("/v1/keys/events")
    URI eventsUri;

    @BeforeEach
    void reset() {
        upstream.resetAll();
        Gateway.enableAllKeys();
    }

    @Test
    void noKeyInAnythingTheServiceEmits() throws Exception {
        List<String> emitted = new CopyOnWriteArrayList<>();
        CompletableFuture<?> events = listen(emitted);
        upstream.stubFor(completions(ALPHA).willReturn(status(429).withHeader("Retry-After", "30")));
        upstream.stubFor(completions(BRAVO).willReturn(status(401)));
        upstream.stubFor(completions(CHARLIE).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        keep(emitted, Gateway.chat(CHAT));
        upstream.stubFor(completions(CHARLIE).willReturn(ok()));
        keep(emitted, Gateway.chat(CHAT));
        keep(emitted, Gateway.chat("{\"stream\": true, \"messages\": []}"));
        keep(emitted, api().get("/v1/keys"));
        keep(emitted, api().get("/q/metrics"));
        keep(emitted, api().get("/q/health"));
        // The events stream may connect after the first events: provoke a revocation until one is seen.
        await().atMost(Duration.ofSeconds(10)).alias("a 'disabled' event in " + emitted).until(() -> {
            Gateway.enableAllKeys();
            keep(emitted, Gateway.chat(CHAT));
            return String.join("\n", emitted).matches("(?s).*event: ?disabled.*");
        });
        events.cancel(true);

        String log = Files.readString(Path.of("target/key-manager-test.log"));
        assertThat(log).contains("k1", "k2", "k3");
        for (String secret : List.of(ALPHA, BRAVO, CHARLIE)) {
            assertThat(String.join("\n", emitted)).doesNotContain(secret);
            assertThat(log).doesNotContain(secret);
        }
        assertThat(String.join("\n", emitted)).contains("X-InsightX-Key", "insightx_key_requests_total", "…0001");
    }

    /** Collects the key events stream, line by line, until cancelled. */
    private CompletableFuture<?> listen(List<String> lines) {
        HttpRequest request = HttpRequest.newBuilder(eventsUri).header("Authorization", Gateway.TOKEN).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(
                new Flow.Subscriber<String>() {
                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        subscription.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        lines.add(line);
                    }

                    @Override
                    public void onError(Throwable error) {
                        lines.add("stream error: " + error);
                    }

                    @Override
                    public void onComplete() {
                        lines.add("stream ended");
                    }
                }));
    }

    private static void keep(List<String> emitted, Response response) {
        emitted.add(response.headers().toString());
        emitted.add(response.asString());
    }
}
