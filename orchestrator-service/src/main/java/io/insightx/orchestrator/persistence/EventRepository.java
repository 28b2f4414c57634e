package io.insightx.orchestrator.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** Every SSE event of every chat, in order, so that a client that reconnects to any replica misses nothing. */
@ApplicationScoped
public class EventRepository {

    private final Jdbc jdbc;

    public EventRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored event: its sequence in the chat, its SSE name and its JSON data. */
    public record StoredEvent(long sequence, String type, String data) {
    }

    public void append(UUID chatId, long sequence, String type, String json) {
        append(chatId, List.of(new StoredEvent(sequence, type, json)));
    }

    /** Stores the events in one round trip. */
    public void append(UUID chatId, List<StoredEvent> events) {
        jdbc.batch("INSERT INTO chat_events (chat_id, seq, type, data) VALUES (?, ?, ?, ?)", events.stream()
                .map(e -> new Object[] {chatId, e.sequence(), e.type(), Jdbc.jsonb(e.data())}).toList());
    }

    public List<StoredEvent> after(UUID chatId, long sequence) {
        return jdbc.list("SELECT seq, type, data::text FROM chat_events WHERE chat_id = ? AND seq > ? ORDER BY seq",
                rs -> new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3)), chatId, sequence);
    }

    /** The data of the chat's newest successful {@code tool_result} of {@code tool}, if any (a JSON object). */
    public Optional<String> lastResult(UUID chatId, String tool) {
        return jdbc.one("SELECT data::text FROM chat_events WHERE chat_id = ? AND type = 'tool_result' "
                + "AND data->>'tool' = ? AND data->>'ok' = 'true' ORDER BY seq DESC LIMIT 1", rs -> rs.getString(1),
                chatId, tool);
    }

    public long lastSequence(UUID chatId) {
        return jdbc.one("SELECT coalesce(max(seq), 0) FROM chat_events WHERE chat_id = ?", rs -> rs.getLong(1), chatId)
                .orElse(0L);
    }
}
