package io.insightx.sqltool.query;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Interrupts a running DuckDB statement when its time is up; closing it before then disarms it. */
final class Cancellation implements AutoCloseable {

    private final AtomicBoolean fired = new AtomicBoolean();
    private final ScheduledFuture<?> alarm;

    Cancellation(Statement statement, long timeoutMs, ScheduledExecutorService timer) {
        this.alarm = timer.schedule(() -> {
            fired.set(true);
            try {
                statement.cancel();
            } catch (SQLException e) {
                // The statement finished or closed meanwhile: nothing left to interrupt.
            }
        }, timeoutMs, TimeUnit.MILLISECONDS);
    }

    boolean fired() {
        return fired.get();
    }

    @Override
    public void close() {
        alarm.cancel(false);
    }
}
