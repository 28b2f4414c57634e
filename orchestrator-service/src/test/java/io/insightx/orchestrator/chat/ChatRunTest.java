package io.insightx.orchestrator.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.persistence.EventRepository;
import org.junit.jupiter.api.Test;

/** An answer written at once reaches the database as one batch of token events, each stored before it is seen. */
class ChatRunTest {

    /** Records each round trip to the database instead of making it. */
    static final class RecordingEvents extends EventRepository {
        final List<List<StoredEvent>> batches = new ArrayList<>();

        RecordingEvents() {
            super(null);
        }

        @Override
        public void append(UUID chatId, List<StoredEvent> events) {
            batches.add(List.copyOf(events));
        }

        int stored() {
            return batches.stream().mapToInt(List::size).sum();
        }
    }

    final ObjectMapper json = new ObjectMapper();
    final RecordingEvents store = new RecordingEvents();
    final ChatRun run = new ChatRun(UUID.randomUUID(), UUID.randomUUID(), 4, store, json);

    @Test
    void tokensEmittedTogetherAreStoredInOneRoundTripAndDeliveredInOrder() {
        List<Long> seen = new ArrayList<>();
        run.listen(4, event -> {
            assertThat(store.stored()).as("stored before delivered").isGreaterThanOrEqualTo((int) (event.sequence() - 4));
            seen.add(event.sequence());
        });
        List<ObjectNode> pieces = IntStream.range(0, 28).mapToObj(i -> run.payload().put("text", "word" + i + " "))
                .toList();

        run.emitAll("token", pieces);

        assertThat(store.batches).hasSize(1);
        assertThat(store.batches.get(0)).extracting(EventRepository.StoredEvent::sequence)
                .containsExactlyElementsOf(IntStream.rangeClosed(5, 32).asLongStream().boxed().toList());
        assertThat(store.batches.get(0).get(0).data()).contains("\"text\":\"word0 \"").contains(run.chatId().toString());
        assertThat(seen).containsExactlyElementsOf(IntStream.rangeClosed(5, 32).asLongStream().boxed().toList());
    }

    @Test
    void aLateListenerGetsTheBatchAndTheEventsAfterIt() {
        run.emitAll("token", List.of(run.payload().put("text", "a "), run.payload().put("text", "b")));
        run.emit("done", run.payload().put("elapsedMs", 1));
        List<String> types = new ArrayList<>();

        run.listen(5, event -> types.add(event.type() + event.sequence()));

        assertThat(types).containsExactly("token6", "done7");
        assertThat(store.batches).hasSize(2);
    }

    @Test
    void aRunIsFinishedOnceItsDoneIsSentSoTheChatTakesTheNextQuestion() {
        run.emit("classification", run.payload().put("intent", "SQL_ONLY"));
        assertThat(run.finished()).isFalse();

        run.emit("done", run.payload().put("elapsedMs", 1));

        assertThat(run.finished()).isTrue();
    }
}
