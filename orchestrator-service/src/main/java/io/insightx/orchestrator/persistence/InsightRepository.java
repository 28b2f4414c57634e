package io.insightx.orchestrator.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InsightRepository {

    private final Jdbc jdbc;

    public InsightRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Insight add(UUID sessionId, UUID chatId, String text) {
        Insight insight = new Insight(UUID.randomUUID(), sessionId, chatId, text, Instant.now());
        jdbc.update("INSERT INTO insights (id, session_id, chat_id, text, created_at) VALUES (?, ?, ?, ?, ?)",
                insight.id(), sessionId, chatId, text, insight.createdAt());
        return insight;
    }

    public List<Insight> bySession(UUID sessionId) {
        return jdbc.list("SELECT id, session_id, chat_id, text, created_at FROM insights WHERE session_id = ? "
                + "ORDER BY created_at", rs -> new Insight(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getTimestamp(5).toInstant()), sessionId);
    }
}
