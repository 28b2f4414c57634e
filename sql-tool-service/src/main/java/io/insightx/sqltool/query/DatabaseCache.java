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
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the locked-down databases of recently queried dataset sets open, so that a query pays for a connection
 * rather than for a new database, its settings and its views. Sharing is safe: a database sees only its own
 * datasets, its configuration is locked, and the statement guard lets nothing but reads run, so no query can
 * leave anything behind for the next. Least recently used databases are closed beyond the configured number.
 */
@ApplicationScoped
public class DatabaseCache {

    private final DuckDbSandbox sandbox;
    private final int capacity;
    private final Map<String, Entry> open = new LinkedHashMap<>(16, 0.75f, true);

    public DatabaseCache(DuckDbSandbox sandbox, SqlToolConfig config) {
        this.sandbox = sandbox;
        this.capacity = config.query().openDatabases();
    }

    private static final class Entry {
        final SandboxedDatabase database;
        final Map<String, Path> tables;
        int leases;
        boolean retired;

        Entry(SandboxedDatabase database, Map<String, Path> tables) {
            this.database = database;
            this.tables = tables;
        }
    }

    /** A connection of its own to the database of these tables; close it when the query is done. */
    public final class Lease implements AutoCloseable {
        private final Entry entry;
        private final Connection connection;

        private Lease(Entry entry, Connection connection) {
            this.entry = entry;
            this.connection = connection;
        }

        public Connection connection() {
            return connection;
        }

        /** The database's own directory, the only place it may write (exports). */
        public Path workDir() {
            return entry.database.workDir();
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
        Entry entry;
        synchronized (this) {
            entry = open.get(key(tables));
            boolean opened = entry == null;
            if (opened) {
                entry = new Entry(sandbox.open(tables), Map.copyOf(tables));
                open.put(key(tables), entry);
            }
            // Leased before anything is evicted: with every older database in use, the new one was the only one
            // idle, and was closed before its first query ("Connection was closed" under 20 users at once).
            entry.leases++;
            if (opened) {
                evictBeyondCapacity();
            }
        }
        try {
            return new Lease(entry, entry.database.newConnection());
        } catch (SQLException e) {
            release(entry);
            throw e;
        }
    }

    /** Closes every database that can see this file, as soon as its running queries are done. */
    public void forget(Path file) {
        List<Entry> retired = new ArrayList<>();
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

    private void release(Entry entry) {
        synchronized (this) {
            entry.leases--;
        }
        closeIfIdle(entry);
    }

    private void evictBeyondCapacity() {
        Iterator<Entry> oldest = open.values().iterator();
        while (open.size() > capacity && oldest.hasNext()) {
            Entry e = oldest.next();
            if (e.leases == 0) {
                oldest.remove();
                e.database.close();
            }
        }
    }

    private void closeIfIdle(Entry entry) {
        boolean close;
        synchronized (this) {
            close = entry.retired && entry.leases == 0;
        }
        if (close) {
            entry.database.close();
        }
    }

    private static String key(Map<String, Path> tables) {
        return tables.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
                .collect(Collectors.joining("\n"));
    }

    @PreDestroy
    synchronized void closeAll() {
        open.values().forEach(e -> e.database.close());
        open.clear();
    }
}
