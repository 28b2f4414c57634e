package io.insightx.sqltool.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.insightx.sqltool.config.SqlToolConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the locked-down databases of recently queried dataset sets open, so that a query pays for a connection
 * rather than for a new database, its settings and its views. Sharing is safe: a database sees only its own
 * datasets, its configuration is locked, and the statement guard lets nothing but reads run, so no query can
 * leave anything behind for the next. Least recently used databases are closed beyond the configured number.
 * A database is opened outside the cache's lock: queries of other dataset sets do not wait for it.
 */
@ApplicationScoped
public class DatabaseCache {

    private final DuckDbSandbox sandbox;
    private final int capacity;
    private final Map<String, OpeningDatabase> open = new LinkedHashMap<>(16, 0.75f, true);
    private final Counter opened;

    public DatabaseCache(DuckDbSandbox sandbox, SqlToolConfig config, MeterRegistry metrics) {
        this.sandbox = sandbox;
        this.capacity = config.query().openDatabases();
        this.opened = Counter.builder("insightx.sql.databases.opened")
                .description("Locked-down query databases opened (a query whose dataset set had none open)")
                .register(metrics);
        metrics.gauge("insightx.sql.databases.open", open, this::size);
    }

    /** A connection of its own to the database of these tables; close it when the query is done. */
    public final class Lease implements AutoCloseable {
        private final OpeningDatabase entry;
        private final Connection connection;

        private Lease(OpeningDatabase entry, Connection connection) {
            this.entry = entry;
            this.connection = connection;
        }

        public Connection connection() {
            return connection;
        }

        /** The database's own directory, the only place it may write (exports). */
        public Path workDir() {
            return entry.database().workDir();
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                // An interrupted connection may fail to close; the database stays usable.
            }
            release(entry);
        }
    }

    public Lease lease(Map<String, Path> tables) throws SQLException {
        String key = key(tables);
        OpeningDatabase entry;
        boolean opener;
        synchronized (this) {
            entry = open.get(key);
            opener = entry == null;
            if (opener) {
                entry = new OpeningDatabase(Map.copyOf(tables));
                open.put(key, entry);
            }
            // Leased before anything is evicted: with every older database in use, the new one was the only one
            // idle, and was closed before its first query ("Connection was closed" under 20 users at once).
            entry.leases++;
            if (opener) {
                evictBeyondCapacity();
            }
        }
        try {
            if (opener) {
                opened.increment();
                entry.opened(sandbox.open(tables));
            }
            return new Lease(entry, entry.await().newConnection());
        } catch (SQLException | RuntimeException e) {
            if (opener) {
                entry.failed(e);
                synchronized (this) {
                    open.remove(key, entry);
                }
            }
            release(entry);
            throw e;
        }
    }

    /** Closes every database that can see this file, as soon as its running queries are done. */
    public void forget(Path file) {
        List<OpeningDatabase> retired = new ArrayList<>();
        synchronized (this) {
            open.values().removeIf(e -> {
                if (e.tables.containsValue(file)) {
                    retired.add(e);
                    return true;
                }
                return false;
            });
            retired.forEach(e -> e.retired = true);
        }
        retired.forEach(this::closeIfIdle);
    }

    private void release(OpeningDatabase entry) {
        synchronized (this) {
            entry.leases--;
        }
        closeIfIdle(entry);
    }

    // An entry without leases has finished opening (its opener holds one until then), so closing it is safe.
    private void evictBeyondCapacity() {
        Iterator<OpeningDatabase> oldest = open.values().iterator();
        while (open.size() > capacity && oldest.hasNext()) {
            OpeningDatabase e = oldest.next();
            if (e.leases == 0) {
                oldest.remove();
                e.close();
            }
        }
    }

    private void closeIfIdle(OpeningDatabase entry) {
        boolean close;
        synchronized (this) {
            close = entry.retired && entry.leases == 0;
        }
        if (close) {
            entry.close();
        }
    }

    private synchronized int size(Map<String, OpeningDatabase> databases) {
        return databases.size();
    }

    private static String key(Map<String, Path> tables) {
        return tables.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
                .collect(Collectors.joining("\n"));
    }

    @PreDestroy
    synchronized void closeAll() {
        open.values().forEach(OpeningDatabase::close);
        open.clear();
    }
}
