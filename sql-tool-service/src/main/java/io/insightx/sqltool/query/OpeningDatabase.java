package io.insightx.sqltool.query;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A cached database that one query opens while the queries arriving meanwhile for the same dataset set wait for
 * it; {@link DatabaseCache} counts its leases under its own lock.
 */
final class OpeningDatabase {

    final Map<String, Path> tables;
    int leases;
    boolean retired;
    private final CompletableFuture<SandboxedDatabase> database = new CompletableFuture<>();

    OpeningDatabase(Map<String, Path> tables) {
        this.tables = tables;
    }

    void opened(SandboxedDatabase db) {
        database.complete(db);
    }

    void failed(Throwable e) {
        database.completeExceptionally(e);
    }

    /** The database once open; the opener's failure, when it failed. */
    SandboxedDatabase await() throws SQLException {
        try {
            return database.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while the query's database was being opened", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** The open database; only called with a lease held, so it has finished opening. */
    SandboxedDatabase database() {
        return database.join();
    }

    /** Closes the database if it opened; a failed one has nothing to close. */
    void close() {
        if (database.isDone() && !database.isCompletedExceptionally()) {
            database.join().close();
        }
    }
}
