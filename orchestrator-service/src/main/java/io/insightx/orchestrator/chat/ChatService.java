package io.insightx.orchestrator.chat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.orchestrator.agent.BrainSelector;
import io.insightx.orchestrator.agent.Question;
import io.insightx.orchestrator.api.ProblemException;
import io.insightx.orchestrator.config.OrchestratorConfig;
import io.insightx.orchestrator.persistence.ChatRepository;
import io.insightx.orchestrator.persistence.DatasetRepository;
import io.insightx.orchestrator.persistence.EventRepository;
import io.insightx.orchestrator.persistence.InsightRepository;
import io.insightx.orchestrator.persistence.Session;
import io.insightx.orchestrator.persistence.SessionRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Starts answers and serves their events: live from the run when it is on this instance, from PostgreSQL when a
 * client comes back (to any replica) with the last event it saw. Heartbeats keep idle streams open; the asking
 * client leaving cancels the run.
 */
@ApplicationScoped
public class ChatService {

    private static final Duration REPLICA_POLL = Duration.ofMillis(500);

    private final SessionRepository sessions;
    private final ChatRepository chats;
    private final DatasetRepository datasets;
    private final InsightRepository insights;
    private final EventRepository events;
    private final ChatPipeline pipeline;
    private final BrainSelector brains;
    private final ObjectMapper json;
    private final Heartbeats heartbeats;
    private final OrchestratorConfig.Limits limits;
    private final Map<UUID, ChatRun> live = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> streamsByUser = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "chat-run");
        t.setDaemon(true);
        return t;
    });

    public ChatService(SessionRepository sessions, ChatRepository chats, DatasetRepository datasets,
            InsightRepository insights, EventRepository events, ChatPipeline pipeline, BrainSelector brains,
            ObjectMapper json, Heartbeats heartbeats, OrchestratorConfig config, MeterRegistry metrics) {
        this.sessions = sessions;
        this.chats = chats;
        this.datasets = datasets;
        this.insights = insights;
        this.events = events;
        this.pipeline = pipeline;
        this.brains = brains;
        this.json = json;
        this.heartbeats = heartbeats;
        this.limits = config.limits();
        // What the HorizontalPodAutoscaler scales the orchestrator on (deploy/k8s), beside CPU.
        metrics.gauge("insightx.chat.streams.active", live, Map::size);
    }

    /** Checks the request before any byte is streamed, so that a bad one is a problem+json, not a broken stream. */
    public Session validate(ChatRequest request, String userId) {
        if (request == null || request.message() == null || request.message().isBlank()) {
            throw new ProblemException(400, "invalid-request", "Invalid request", "'message' is required.");
        }
        if (request.message().length() > limits.messageChars()) {
            throw new ProblemException(400, "message-too-long", "Message too long",
                    "A question may be at most " + limits.messageChars() + " characters.");
        }
        if (request.sessionId() == null || request.sessionId().isBlank()) {
            throw new ProblemException(400, "invalid-request", "Invalid request",
                    "'sessionId' is required: create a session with POST /api/sessions.");
        }
        Session session = parse(request.sessionId()).flatMap(id -> sessions.find(id, userId))
                .orElseThrow(() -> new ProblemException(404, "session-not-found", "Session not found",
                        "No session has the id '" + request.sessionId() + "'."));
        if (request.chatId() != null) {
            UUID chatId = parse(request.chatId()).flatMap(id -> chats.find(id, userId))
                    .filter(chat -> chat.sessionId().equals(session.id()))
                    .orElseThrow(() -> new ProblemException(404, "chat-not-found", "Chat not found",
                            "No chat of this session has the id '" + request.chatId() + "'.")).id();
            ChatRun running = live.get(chatId);
            if (running != null && !running.finished()) {
                // One answer at a time per chat: its events are numbered in one sequence. A run that has sent its
                // done is over for the client, who may ask again at once, while its thread is still returning.
                throw new ProblemException(409, "chat-busy", "Chat busy",
                        "This chat is still answering the previous question; wait for it to finish.");
            }
        }
        if (streamsByUser.computeIfAbsent(userId, u -> new AtomicInteger()).get() >= limits.streamsPerUser()) {
            throw new ProblemException(429, "too-many-streams", "Too many streams",
                    "At most " + limits.streamsPerUser() + " questions may be answered at once; wait for one to finish.");
        }
        return session;
    }

    public Multi<ChatEvent> ask(ChatRequest request, String userId) {
        Session session = validate(request, userId);
        UUID chatId = request.chatId() == null ? chats.create(session.id(), title(request.message())).id()
                : UUID.fromString(request.chatId());
        Question question = new Question(request.message().strip(), datasets.current(session.id()),
                insights.bySession(session.id()), chats.messages(chatId));
        chats.addMessage(chatId, "user", question.text(), null);
        long seen = events.lastSequence(chatId);
        ChatRun run = new ChatRun(chatId, session.id(), seen, events, json);
        live.put(chatId, run);
        AtomicInteger streams = streamsByUser.computeIfAbsent(userId, u -> new AtomicInteger());
        streams.incrementAndGet();
        workers.execute(() -> {
            try {
                pipeline.answer(run, question, brains.select());
            } finally {
                live.remove(chatId, run);
                streams.decrementAndGet();
            }
        });
        return heartbeats.around(follow(run, seen)).onCancellation().invoke(() -> cancelUnlessRejoined(run));
    }

    /** A dropped connection is not a change of mind: the run goes on while its client may still reconnect. */
    private void cancelUnlessRejoined(ChatRun run) {
        if (limits.reconnectGraceSeconds() == 0) {
            run.cancel();
            return;
        }
        Infrastructure.getDefaultWorkerPool().schedule(() -> {
            if (!run.hasListeners()) {
                run.cancel();
            }
        }, limits.reconnectGraceSeconds(), TimeUnit.SECONDS);
    }

    /** The chat's events after {@code after}, then the live ones until {@code done}, wherever the run is. */
    public Multi<ChatEvent> replay(UUID chatId, long after, String userId) {
        chats.find(chatId, userId).orElseThrow(() -> new ProblemException(404, "chat-not-found", "Chat not found",
                "No chat has the id '" + chatId + "'."));
        ChatRun run = live.get(chatId);
        Multi<ChatEvent> stream = run != null ? follow(run, after) : fromDatabase(chatId, after);
        return heartbeats.around(stream);
    }

    private Multi<ChatEvent> follow(ChatRun run, long after) {
        return Multi.createFrom().emitter(emitter -> {
            Consumer<ChatEvent> listener = event -> {
                emitter.emit(event);
                if (event.isDone()) {
                    emitter.complete();
                }
            };
            emitter.onTermination(() -> run.unlisten(listener));
            run.listen(after, listener);
        });
    }

    /** Another replica runs (or ran) this chat: read what it stored, until its {@code done}. */
    private Multi<ChatEvent> fromDatabase(UUID chatId, long after) {
        return Multi.createFrom().emitter(emitter -> poll(emitter, chatId, after));
    }

    private void poll(MultiEmitter<? super ChatEvent> emitter, UUID chatId, long after) {
        if (emitter.isCancelled()) {
            return;
        }
        long last = after;
        for (EventRepository.StoredEvent stored : events.after(chatId, after)) {
            ChatEvent event = new ChatEvent(stored.sequence(), stored.type(), stored.data());
            emitter.emit(event);
            last = event.sequence();
            if (event.isDone()) {
                emitter.complete();
                return;
            }
        }
        if (last == after && events.lastSequence(chatId) == 0) {
            emitter.complete();
            return;
        }
        long next = last;
        Infrastructure.getDefaultWorkerPool().schedule(() -> poll(emitter, chatId, next), REPLICA_POLL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String title(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }
}
