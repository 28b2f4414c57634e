package io.insightx.orchestrator.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** Sessions in PostgreSQL, always looked up together with their owner so that nobody sees another's. */
@ApplicationScoped
public class SessionRepository {

    private final Jdbc jdbc;

    public SessionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Session create(String userId, String title) {
        Session session = new Session(UUID.randomUUID(), userId, title, Instant.now());
        jdbc.update("INSERT INTO sessions (id, user_id, title, created_at) VALUES (?, ?, ?, ?)", session.id(), userId,
                title, session.createdAt());
        return session;
    }

    /** The user's sessions, the most recently used first. */
    public List<SessionSummary> recent(String userId, int limit) {
        return jdbc.list("""
                SELECT s.id, coalesce(s.title, (SELECT f.title FROM chats f WHERE f.session_id = s.id
                                                 ORDER BY f.created_at, f.id LIMIT 1),
                                  (SELECT d.name FROM datasets d WHERE d.session_id = s.id ORDER BY d.created_at LIMIT 1)),
                       s.created_at, c.id, greatest(s.created_at, c.updated_at),
                       (SELECT coalesce(array_agg(d.name ORDER BY d.created_at), '{}') FROM datasets d
                         WHERE d.session_id = s.id)
                  FROM sessions s
                  LEFT JOIN LATERAL (SELECT id, updated_at FROM chats WHERE session_id = s.id
                                      ORDER BY updated_at DESC LIMIT 1) c ON true
                 WHERE s.user_id = ?
                 ORDER BY greatest(s.created_at, c.updated_at) DESC
                 LIMIT ?""", rs -> new SessionSummary(rs.getObject(1, UUID.class), rs.getString(2),
                List.of((String[]) rs.getArray(6).getArray()), rs.getObject(4, UUID.class),
                rs.getTimestamp(3).toInstant(), rs.getTimestamp(5).toInstant()), userId, limit);
    }

    public Optional<Session> find(UUID id, String userId) {
        return jdbc.one("SELECT id, user_id, title, created_at FROM sessions WHERE id = ? AND user_id = ?",
                rs -> new Session(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()), id, userId);
    }
}
