package io.insightx.orchestrator.chat;

/**
 * One event of a chat's stream: its sequence in the chat (the SSE id), its name and its JSON data. Heartbeats
 * are not stored and carry no sequence.
 */
public record ChatEvent(long sequence, String type, String json) {

    public static final String HEARTBEAT = "heartbeat";

    /** Every heartbeat is the same event: one instance serves all streams. */
    static final ChatEvent HEARTBEAT_EVENT = new ChatEvent(-1, HEARTBEAT, "");

    public boolean isHeartbeat() {
        return HEARTBEAT.equals(type);
    }

    public boolean isDone() {
        return "done".equals(type);
    }
}
