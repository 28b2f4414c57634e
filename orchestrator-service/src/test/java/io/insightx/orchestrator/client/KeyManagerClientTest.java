package io.insightx.orchestrator.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** auto mode reads key-manager's pool once per refresh interval, not once per question. */
class KeyManagerClientTest {

    /** key-manager with one healthy key, counting the reads. */
    static final class CountingKeys implements KeyManagerRestClient {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public JsonNode keys() {
            reads.incrementAndGet();
            return new ObjectMapper().createArrayNode().add(new ObjectMapper().createObjectNode().put("state", "healthy"));
        }
    }

    final CountingKeys keys = new CountingKeys();

    @Test
    void questionsWithinTheRefreshIntervalShareOneReading() {
        KeyManagerClient client = new KeyManagerClient(keys, Duration.ofHours(1));
        for (int question = 0; question < 20; question++) {
            assertThat(client.pool().usable()).isTrue();
        }
        assertThat(keys.reads).hasValue(1);
    }

    @Test
    void aZeroIntervalReadsThePoolForEveryQuestion() {
        KeyManagerClient client = new KeyManagerClient(keys, Duration.ZERO);
        client.pool();
        client.pool();
        assertThat(keys.reads).hasValue(2);
    }
}
