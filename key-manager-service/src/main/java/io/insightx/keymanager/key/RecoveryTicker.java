package io.insightx.keymanager.key;

import io.quarkus.runtime.Startup;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** Looks at cooling keys twice a second, so that a recovery is announced when it happens, not on next use. */
@Startup
@ApplicationScoped
public class RecoveryTicker {

    private final Vertx vertx;
    private final long timer;

    public RecoveryTicker(Vertx vertx, KeyPool pool) {
        this.vertx = vertx;
        this.timer = vertx.setPeriodic(500, id -> pool.recoverExpired());
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(timer);
    }
}
