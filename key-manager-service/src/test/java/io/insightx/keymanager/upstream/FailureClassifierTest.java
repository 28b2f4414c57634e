package io.insightx.keymanager.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.keymanager.key.Failure;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {

    final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    final FailureClassifier classifier = new FailureClassifier("error", new ObjectMapper(), clock);

    @Test
    void statusesMapToKinds() {
        assertThat(kind(429, Map.of(), "")).contains(Failure.Kind.RATE_LIMITED);
        assertThat(kind(429, Map.of(), "{\"error\": \"insufficient credits\"}")).contains(Failure.Kind.QUOTA);
        assertThat(kind(402, Map.of(), "")).contains(Failure.Kind.QUOTA);
        assertThat(kind(401, Map.of(), "")).contains(Failure.Kind.REJECTED);
        assertThat(kind(403, Map.of(), "")).contains(Failure.Kind.REJECTED);
        assertThat(kind(503, Map.of(), "")).contains(Failure.Kind.SERVER_ERROR);
        assertThat(kind(400, Map.of(), "{\"error\": \"bad\"}")).isEmpty();
        assertThat(kind(404, Map.of(), "")).isEmpty();
        assertThat(kind(422, Map.of(), "")).isEmpty();
        assertThat(kind(200, Map.of(), "{\"choices\": []}")).isEmpty();
    }

    @Test
    void errorsInsideA200BodyAreReadByTheirMessage() {
        assertThat(kind(200, Map.of(), "{\"error\": \"Rate limit exceeded\", \"output\": null}"))
                .contains(Failure.Kind.RATE_LIMITED);
        assertThat(kind(200, Map.of(), "{\"error\": \"Not enough credits\", \"output\": null}")).contains(Failure.Kind.QUOTA);
        assertThat(kind(200, Map.of(), "{\"error\": \"Invalid API key\", \"output\": null}")).contains(Failure.Kind.REJECTED);
        assertThat(kind(200, Map.of(), "{\"error\": null, \"output\": \"fine\"}")).isEmpty();
    }

    @Test
    void waitHintsFromHeadersAndBodies() {
        assertThat(wait(Map.of("Retry-After", "12"), "")).contains(Duration.ofSeconds(12));
        assertThat(wait(Map.of("Retry-After", "Thu, 01 Jan 2026 00:00:30 GMT"), "")).contains(Duration.ofSeconds(30));
        assertThat(wait(Map.of("ratelimit-reset", "4"), "")).contains(Duration.ofSeconds(4));
        assertThat(wait(Map.of("x-ratelimit-reset-requests", "6m0s"), "")).contains(Duration.ofMinutes(6));
        assertThat(wait(Map.of("x-ratelimit-reset-tokens", "250ms"), "")).contains(Duration.ofMillis(250));
        assertThat(wait(Map.of(), "{\"error\": {\"details\": [{\"retryDelay\": \"37s\"}]}}")).contains(Duration.ofSeconds(37));
        assertThat(wait(Map.of(), "{}")).isEmpty();
    }

    private Optional<Failure.Kind> kind(int status, Map<String, String> headers, String body) {
        return classifier.classify(status, headers::get, body).map(Failure::kind);
    }

    private Optional<Duration> wait(Map<String, String> headers, String body) {
        return classifier.classify(429, headers::get, body).flatMap(Failure::retryAfter);
    }
}
