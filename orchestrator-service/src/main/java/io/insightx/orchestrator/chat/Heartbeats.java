package io.insightx.orchestrator.chat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.insightx.orchestrator.config.OrchestratorConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One clock for the heartbeats of every open stream: a single timer ticks and beats into each open stream's
 * emitter, so that ten thousand idle streams cost ten thousand set entries rather than ten thousand timers or
 * subscriptions.
 */
@ApplicationScoped
public class Heartbeats {

    private final Set<MultiEmitter<? super ChatEvent>> open = ConcurrentHashMap.newKeySet();
    private final Cancellable clock;

    public Heartbeats(OrchestratorConfig config) {
        this.clock = Multi.createFrom().ticks().every(Duration.ofSeconds(config.limits().heartbeatSeconds()))
                .subscribe().with(tick -> open.forEach(stream -> stream.emit(ChatEvent.HEARTBEAT_EVENT)));
    }

    /** The events, with a heartbeat at every tick of the shared clock, until the events end. */
    public Multi<ChatEvent> around(Multi<ChatEvent> events) {
        return Multi.createFrom().emitter(emitter -> {
            open.add(emitter);
            Cancellable main = events.subscribe().with(emitter::emit, emitter::fail, emitter::complete);
            emitter.onTermination(() -> {
                open.remove(emitter);
                main.cancel();
            });
        });
    }

    @PreDestroy
    void stop() {
        clock.cancel();
    }
}
