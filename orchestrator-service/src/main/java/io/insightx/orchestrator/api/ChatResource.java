package io.insightx.orchestrator.api;

import java.util.List;
import java.util.UUID;

import io.insightx.orchestrator.chat.ChatEvent;
import io.insightx.orchestrator.chat.ChatRequest;
import io.insightx.orchestrator.chat.ChatService;
import io.insightx.orchestrator.persistence.ChatRepository;
import io.insightx.orchestrator.persistence.Message;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The chat: ask and watch the answer being made (SSE), come back to it, read it again. */
@Path("/api")
public class ChatResource {

    private final ChatService chats;
    private final ChatRepository chatStore;
    private final CurrentUser user;

    public ChatResource(ChatService chats, ChatRepository chatStore, CurrentUser user) {
        this.chats = chats;
        this.chatStore = chatStore;
        this.user = user;
    }

    @POST
    @Path("/chat/stream")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @ResponseHeader(name = "X-Accel-Buffering", value = "no")
    @ResponseHeader(name = "Cache-Control", value = "no-cache")
    public Multi<OutboundSseEvent> stream(ChatRequest request, @Context Sse sse) {
        return chats.ask(request, user.id()).map(e -> toSse(e, sse));
    }

    /** Replays what a client missed ({@code Last-Event-ID} or {@code ?after=N}) and follows a running answer. */
    @GET
    @Path("/chats/{chatId}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @ResponseHeader(name = "X-Accel-Buffering", value = "no")
    @ResponseHeader(name = "Cache-Control", value = "no-cache")
    public Multi<OutboundSseEvent> events(@RestPath UUID chatId, @RestHeader("Last-Event-ID") String lastEventId,
            @RestQuery Long after, @Context Sse sse) {
        long from = after != null ? after : lastEventId != null && lastEventId.matches("\\d+") ? Long.parseLong(lastEventId) : 0;
        return chats.replay(chatId, from, user.id()).map(e -> toSse(e, sse));
    }

    @GET
    @Path("/chats/{chatId}/messages")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Message> messages(@RestPath UUID chatId) {
        chatStore.find(chatId, user.id()).orElseThrow(() -> new ProblemException(404, "chat-not-found",
                "Chat not found", "No chat has the id '" + chatId + "'."));
        return chatStore.messages(chatId);
    }

    private static OutboundSseEvent toSse(ChatEvent event, Sse sse) {
        if (event.isHeartbeat()) {
            return sse.newEventBuilder().comment("heartbeat").build();
        }
        return sse.newEventBuilder().id(Long.toString(event.sequence())).name(event.type())
                .data(event.json()).build(); // already JSON text: no per-event content-type line
    }
}
