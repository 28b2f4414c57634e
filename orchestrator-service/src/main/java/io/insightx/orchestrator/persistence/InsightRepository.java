package io.insightx.orchestrator.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.insightx.orchestrator.config.OrchestratorConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What sessions have learned. Each session keeps its newest {@code insightx.llm.max-insights}, and the same
 * insight (whatever its case, spacing or final full stop) is stored once: every later prompt of the session quotes
 * them, so they stay few and distinct.
 */
@ApplicationScoped
public class InsightRepository {

    private final Jdbc jdbc;
    private final int max;

    public InsightRepository(Jdbc jdbc, OrchestratorConfig config) {
        this.jdbc = jdbc;
        this.max = config.llm().maxInsights();
    }

    /** The new insight, or empty when the session already knows it. */
    public Optional<Insight> add(UUID sessionId, UUID chatId, String text) {
        String key = normalised(text);
        if (key.isEmpty() || bySession(sessionId).stream().anyMatch(i -> normalised(i.text()).equals(key))) {
            return Optional.empty();
        }
        Insight insight = new Insight(UUID.randomUUID(), sessionId, chatId, text.strip(), Instant.now());
        jdbc.update("INSERT INTO insights (id, session_id, chat_id, text, created_at) VALUES (?, ?, ?, ?, ?)",
                insight.id(), sessionId, chatId, insight.text(), insight.createdAt());
        return Optional.of(insight);
    }

    /** The session's newest insights, oldest first. */
    public List<Insight> bySession(UUID sessionId) {
        return jdbc.list("SELECT id, session_id, chat_id, text, created_at FROM (SELECT * FROM insights "
                + "WHERE session_id = ? ORDER BY created_at DESC LIMIT ?) newest ORDER BY created_at",
                rs -> new Insight(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getTimestamp(5).toInstant()), sessionId, max);
    }

    private static String normalised(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.!;:]+$", "");
    }
}
