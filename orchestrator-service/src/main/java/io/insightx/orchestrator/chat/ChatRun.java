package io.insightx.orchestrator.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.insightx.orchestrator.persistence.EventRepository;
import io.quarkus.logging.Log;

/**
 * One question being answered: numbers its events, stores each before anyone sees it, and hands it to every
 * listener, live or late (a late listener first gets what it missed).
 */
public final class ChatRun {

    private final UUID chatId;
    private final UUID sessionId;
    private final EventRepository store;
    private final ObjectMapper json;
    private final List<ChatEvent> events = new ArrayList<>();
    private final List<Consumer<ChatEvent>> listeners = new ArrayList<>();
    private long sequence;
    private boolean finished;
    private volatile boolean cancelled;

    ChatRun(UUID chatId, UUID sessionId, long lastSequence, EventRepository store, ObjectMapper json) {
        this.chatId = chatId;
        this.sessionId = sessionId;
        this.sequence = lastSequence;
        this.store = store;
        this.json = json;
    }

    public UUID chatId() {
        return chatId;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public ObjectNode payload() {
        return json.createObjectNode();
    }

    /** Stores and delivers one event; its data gains the chat's id. */
    public synchronized ChatEvent emit(String type, ObjectNode data) {
        return emitAll(type, List.of(data)).get(0);
    }

    /**
     * Stores several events of one type in one round trip to the database, then delivers them in order: an answer
     * written at once reaches the reader as many {@code token} events, and one statement each cost more than the
     * rest of the answer's storage.
     */
    public synchronized List<ChatEvent> emitAll(String type, List<ObjectNode> data) {
        if (data.isEmpty()) {
            return List.of();
        }
        List<ChatEvent> batch = new ArrayList<>(data.size());
        for (ObjectNode payload : data) {
            payload.put("chatId", chatId.toString());
            try {
                batch.add(new ChatEvent(++sequence, type, json.writeValueAsString(payload)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            store.append(chatId, batch.stream()
                    .map(e -> new EventRepository.StoredEvent(e.sequence(), e.type(), e.json())).toList());
        } catch (RuntimeException e) {
            // The live stream still ends properly; only a later replay would miss these events.
            Log.warnf("Could not store events %d-%d of chat %s: %s", batch.get(0).sequence(), sequence, chatId,
                    e.getMessage());
        }
        for (ChatEvent event : batch) {
            events.add(event);
            List.copyOf(listeners).forEach(l -> l.accept(event));
            if (event.isDone()) {
                finished = true;
                listeners.clear();
            }
        }
        return batch;
    }

    /** Delivers the events after {@code after} now, then each new one until {@code done}. */
    public synchronized void listen(long after, Consumer<ChatEvent> listener) {
        events.stream().filter(e -> e.sequence() > after).forEach(listener);
        if (!finished) {
            listeners.add(listener);
        }
    }

    public synchronized void unlisten(Consumer<ChatEvent> listener) {
        listeners.remove(listener);
    }

    /** Whether the run has emitted {@code done}: its answer is stored, whatever its thread still has to return. */
    public synchronized boolean finished() {
        return finished;
    }

    public synchronized boolean hasListeners() {
        return !listeners.isEmpty();
    }

    /**
     * Nobody follows the answer any more: the run stops before its next step. The call under way is left to finish
     * (each has a timeout), because interrupting a thread in the middle of a JDBC write could leave the chat half
     * stored.
     */
    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }
}
