package io.insightx.orchestrator.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Sessions in PostgreSQL, always looked up together with their owner so that nobody sees another's. */
@ApplicationScoped
public class SessionRepository {

    private final DataSource db;

    public SessionRepository(DataSource db) {
        this.db = db;
    }

    public Session create(String userId, String title) {
        Session session = new Session(UUID.randomUUID(), userId, title, Instant.now());
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO sessions (id, user_id, title, created_at) VALUES (?, ?, ?, ?)")) {
            ps.setObject(1, session.id());
            ps.setString(2, userId);
            ps.setString(3, title);
            ps.setTimestamp(4, Timestamp.from(session.createdAt()));
            ps.executeUpdate();
            return session;
        } catch (SQLException e) {
            throw new PersistenceException("Could not create a session", e);
        }
    }

    public Optional<Session> find(UUID id, String userId) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT id, user_id, title, created_at FROM sessions WHERE id = ? AND user_id = ?")) {
            ps.setObject(1, id);
            ps.setString(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Session(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read a session", e);
        }
    }
}
