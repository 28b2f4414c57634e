package io.insightx.orchestrator.persistence;

import java.time.Instant;
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

    public Optional<Session> find(UUID id, String userId) {
        return jdbc.one("SELECT id, user_id, title, created_at FROM sessions WHERE id = ? AND user_id = ?",
                rs -> new Session(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()), id, userId);
    }
}
