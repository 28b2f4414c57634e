package io.insightx.orchestrator.chat;

import java.time.Duration;

import io.insightx.orchestrator.config.OrchestratorConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One clock for the heartbeats of every open stream: a single timer ticks, and each stream merely listens, so that
 * ten thousand idle streams cost ten thousand listeners rather than ten thousand timers.
 */
@ApplicationScoped
public class Heartbeats {

    private final BroadcastProcessor<Long> ticks = BroadcastProcessor.create();
    private final Cancellable clock;

    public Heartbeats(OrchestratorConfig config) {
        this.clock = Multi.createFrom().ticks().every(Duration.ofSeconds(config.limits().heartbeatSeconds()))
                .subscribe().with(ticks::onNext);
    }

    /** The events, with a heartbeat at every tick of the shared clock, until the events end. */
    public Multi<ChatEvent> around(Multi<ChatEvent> events) {
        return Multi.createFrom().emitter(emitter -> {
            Cancellable beats = ticks.onOverflow().drop().subscribe().with(tick -> emitter.emit(ChatEvent.heartbeat()));
            Cancellable main = events.subscribe().with(emitter::emit, failure -> {
                beats.cancel();
                emitter.fail(failure);
            }, () -> {
                beats.cancel();
                emitter.complete();
            });
            emitter.onTermination(() -> {
                beats.cancel();
                main.cancel();
            });
        });
    }

    @PreDestroy
    void stop() {
        clock.cancel();
        ticks.onComplete();
    }
}
