package io.insightx.keymanager.upstream;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClientResponse;

/**
 * Carries an upstream body to the caller under the idle timeout, without key material, and lets go of the upstream
 * connection and of the key however the body ends. A stream that stalls or breaks ends cleanly: with an OpenAI-style
 * {@code data: {"error": …}} event and then the end of the stream, never silence or a cut mid-line.
 */
final class BodyRelay {

    private final Duration idleTimeout;
    private final KeyScrubber scrubber;
    private final ObjectMapper json;

    BodyRelay(Duration idleTimeout, KeyScrubber scrubber, ObjectMapper json) {
        this.idleTimeout = idleTimeout;
        this.scrubber = scrubber;
        this.json = json;
    }

    /** A whole body (a non-streamed answer); fails with {@link UpstreamTimeoutException} when the provider stalls. */
    Uni<Buffer> whole(HttpClientResponse response) {
        return guarded(response).collect().in(Buffer::buffer, Buffer::appendBuffer).map(scrubber::scrub)
                .onFailure().invoke(e -> response.request().reset())
                .onCancellation().invoke(() -> response.request().reset());
    }

    /** A stream, relayed chunk by chunk; the key is in flight until it ends, is cut, or the caller drops it. */
    Multi<Buffer> stream(HttpClientResponse response, KeyUse use) {
        AtomicBoolean finished = new AtomicBoolean();
        Multi<Buffer> chunks = guarded(response).onCompletion().invoke(() -> finished.set(true));
        return scrubber.scrubLines(chunks)
                .onFailure().recoverWithItem(this::errorEvent)
                .onTermination().invoke(() -> {
                    if (!finished.get()) {
                        response.request().reset();
                    }
                    use.release();
                });
    }

    private Multi<Buffer> guarded(HttpClientResponse response) {
        return response.toMulti().ifNoItem().after(idleTimeout)
                .failWith(() -> new UpstreamTimeoutException("next chunk", idleTimeout));
    }

    /** Starts on a fresh line, so that it never joins the event the provider left unfinished. */
    private Buffer errorEvent(Throwable cause) {
        boolean timeout = cause instanceof UpstreamTimeoutException;
        Map<String, Object> error = Map.of("error", Map.of(
                "code", timeout ? "upstream-timeout" : "upstream-error",
                "type", timeout ? "timeout" : "upstream_error",
                "message", timeout ? cause.getMessage() : "The LLM provider's stream broke off."));
        try {
            return Buffer.buffer("\ndata: " + json.writeValueAsString(error) + "\n\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
