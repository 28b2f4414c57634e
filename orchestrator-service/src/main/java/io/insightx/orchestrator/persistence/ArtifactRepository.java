package io.insightx.orchestrator.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ArtifactRepository {

    private final Jdbc jdbc;

    public ArtifactRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Artifact save(UUID sessionId, UUID chatId, String kind, String title, String mediaType, byte[] body) {
        Artifact artifact = new Artifact(UUID.randomUUID(), sessionId, chatId, null, kind, title, mediaType, body, Instant.now());
        jdbc.update("INSERT INTO artifacts (id, session_id, chat_id, kind, title, media_type, body, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", artifact.id(), sessionId, chatId, kind, title, mediaType, body,
                artifact.createdAt());
        return artifact;
    }

    /** Links the artifacts of one answer to the message that presents them. */
    public void attach(List<UUID> artifactIds, UUID messageId) {
        for (UUID id : artifactIds) {
            jdbc.update("UPDATE artifacts SET message_id = ? WHERE id = ?", messageId, id);
        }
    }

    public List<Artifact> bySession(UUID sessionId) {
        return jdbc.list("SELECT id, session_id, chat_id, message_id, kind, title, media_type, created_at FROM artifacts "
                + "WHERE session_id = ? ORDER BY created_at", rs -> new Artifact(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                        rs.getString(5), rs.getString(6), rs.getString(7), null, rs.getTimestamp(8).toInstant()), sessionId);
    }

    public Optional<Artifact> find(UUID id, String userId) {
        return jdbc.one("SELECT a.id, a.session_id, a.chat_id, a.message_id, a.kind, a.title, a.media_type, a.body, "
                + "a.created_at FROM artifacts a JOIN sessions s ON s.id = a.session_id WHERE a.id = ? AND s.user_id = ?",
                rs -> new Artifact(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8),
                        rs.getTimestamp(9).toInstant()),
                id, userId);
    }
}
