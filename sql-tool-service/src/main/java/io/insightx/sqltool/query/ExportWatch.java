package io.insightx.sqltool.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Watches the file an export is writing and interrupts the statement once the file passes the byte cap: DuckDB's
 * COPY has no size limit of its own. Closing it stops the watch.
 */
final class ExportWatch implements AutoCloseable {

    private static final long PERIOD_MS = 50;

    private final AtomicBoolean overCap = new AtomicBoolean();
    private final ScheduledFuture<?> watch;

    ExportWatch(Statement statement, Path file, long maxBytes, ScheduledExecutorService timer) {
        this.watch = timer.scheduleAtFixedRate(() -> {
            if (!overCap.get() && size(file) > maxBytes) {
                overCap.set(true);
                try {
                    statement.cancel();
                } catch (SQLException e) {
                    // The statement finished or closed meanwhile: the size is checked once more after it.
                }
            }
        }, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    boolean overCap() {
        return overCap.get();
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        watch.cancel(false);
    }
}
