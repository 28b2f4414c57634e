package io.insightx.orchestrator.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** Chats and their messages; a chat is found only through a session its user owns. */
@ApplicationScoped
public class ChatRepository {

    private final Jdbc jdbc;

    public ChatRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A chat of the user's, with the session it belongs to. */
    public record Chat(UUID id, UUID sessionId) {
    }

    public Chat create(UUID sessionId, String title) {
        Chat chat = new Chat(UUID.randomUUID(), sessionId);
        jdbc.update("INSERT INTO chats (id, session_id, title) VALUES (?, ?, ?)", chat.id(), sessionId, title);
        return chat;
    }

    public Optional<Chat> find(UUID chatId, String userId) {
        return jdbc.one("SELECT c.id, c.session_id FROM chats c JOIN sessions s ON s.id = c.session_id "
                + "WHERE c.id = ? AND s.user_id = ?", rs -> new Chat(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class)), chatId, userId);
    }

    /** A session's chats, the most recently used first, with how many questions each holds. */
    public List<ChatSummary> bySession(UUID sessionId) {
        return jdbc.list("""
                SELECT c.id, c.title, c.created_at, c.updated_at,
                       (SELECT count(*) FROM messages m WHERE m.chat_id = c.id AND m.role = 'user')
                  FROM chats c WHERE c.session_id = ? ORDER BY c.updated_at DESC, c.id""",
                rs -> new ChatSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(5),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant()), sessionId);
    }

    public Message addMessage(UUID chatId, String role, String content, String intent) {
        Message message = new Message(UUID.randomUUID(), chatId, role, content, intent, Instant.now());
        jdbc.update("INSERT INTO messages (id, chat_id, role, content, intent, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                message.id(), chatId, role, content, intent, message.createdAt());
        jdbc.update("UPDATE chats SET updated_at = now() WHERE id = ?", chatId);
        return message;
    }

    public List<Message> messages(UUID chatId) {
        return jdbc.list("SELECT id, chat_id, role, content, intent, created_at FROM messages WHERE chat_id = ? "
                + "ORDER BY created_at, id", rs -> new Message(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()), chatId);
    }
}
