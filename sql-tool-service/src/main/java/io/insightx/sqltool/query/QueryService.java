package io.insightx.sqltool.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.insightx.sqltool.config.SqlToolConfig;
import io.insightx.sqltool.dataset.Dataset;
import io.insightx.sqltool.dataset.DatasetStore;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs one read-only statement over some datasets, in a locked-down DuckDB of their own, within a time limit. */
@ApplicationScoped
public class QueryService {

    private final DatasetStore datasets;
    private final DatabaseCache databases;
    private final StatementGuard guard;
    private final SqlToolConfig.Query limits;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sql-timeout");
        t.setDaemon(true);
        return t;
    });

    public QueryService(DatasetStore datasets, DatabaseCache databases, StatementGuard guard, SqlToolConfig config) {
        this.datasets = datasets;
        this.databases = databases;
        this.guard = guard;
        this.limits = config.query();
    }

    public QueryResult query(QueryRequest request) {
        String sql = requireSql(request);
        int maxRows = maxRows(request.maxRows());
        long timeoutMs = timeoutMs(request.timeoutMs());
        long start = System.nanoTime();
        try (DatabaseCache.Lease db = databases.lease(tables(request.datasetIds()))) {
            guard.check(db.connection(), sql);
            String capped = ByteCap.wrap(sql, limits.maxResultBytes());
            try (PreparedStatement statement = db.connection().prepareStatement(capped)) {
                bind(statement, request.params());
                ResultReader reader = new ResultReader(maxRows, limits.maxResultBytes(), start, timeoutMs);
                return run(statement, timeoutMs, () -> reader.read(statement.executeQuery(), start));
            }
        } catch (SQLException e) {
            throw translate(e, timeoutMs);
        }
    }

    /** The first {@code limit} rows of one dataset, the same way a query would see them. */
    public QueryResult preview(String datasetId, int limit) {
        Dataset dataset = datasets.require(datasetId);
        String sql = "SELECT * FROM " + SqlText.identifier(dataset.tableName());
        return query(new QueryRequest(List.of(datasetId), sql, List.of(), limit, null));
    }

    /**
     * Writes the whole result of the statement (up to the export byte cap) to a file in the query's own directory;
     * the caller streams it. A file left by a failure, a timeout or the cap is deleted at once.
     */
    public ExportedResult export(QueryRequest request, ExportFormat format) {
        String sql = requireSql(request).strip().replaceAll(";+$", "");
        long timeoutMs = timeoutMs(request.timeoutMs());
        long maxBytes = limits.maxExportBytes();
        DatabaseCache.Lease db = null;
        Path file = null;
        try {
            db = databases.lease(tables(request.datasetIds()));
            guard.check(db.connection(), sql);
            file = db.workDir().resolve("export-" + UUID.randomUUID() + "." + format.extension());
            // The guard proved the text is exactly one SELECT, so on lines of its own it can only be a subquery.
            String copy = "COPY (\n" + sql + "\n) TO " + SqlText.literal(file.toString()) + " (" + format.copyOptions() + ")";
            try (PreparedStatement statement = db.connection().prepareStatement(copy);
                    ExportWatch watch = new ExportWatch(statement, file, maxBytes, timer)) {
                bind(statement, request.params());
                try {
                    run(statement, timeoutMs, statement::execute);
                } catch (SQLException | RuntimeException e) {
                    if (watch.overCap()) {
                        throw QueryException.exportTooLarge(maxBytes);
                    }
                    throw e;
                }
                if (watch.overCap() || Files.size(file) > maxBytes) {
                    throw QueryException.exportTooLarge(maxBytes);
                }
            }
            return new ExportedResult(file, format, db);
        } catch (SQLException | IOException | RuntimeException e) {
            deleteQuietly(file);
            if (db != null) {
                db.close();
            }
            if (e instanceof SQLException sqlException) {
                throw translate(sqlException, timeoutMs);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // The query's directory goes with its database in the end.
        }
    }

    private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    private <T> T run(Statement statement, long timeoutMs, StatementWork<T> work) throws SQLException {
        try (Cancellation cancellation = new Cancellation(statement, timeoutMs, timer)) {
            try {
                return work.apply();
            } catch (SQLException | RuntimeException e) {
                // An interrupted result can fail in the driver with anything, a NullPointerException included.
                if (cancellation.fired() && !(e instanceof QueryException)) {
                    throw QueryException.timeout(timeoutMs);
                }
                throw e;
            }
        }
    }

    private Map<String, Path> tables(List<String> ids) {
        Map<String, Path> tables = new LinkedHashMap<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            Dataset dataset = datasets.require(id);
            Path previous = tables.putIfAbsent(dataset.tableName(), datasets.dataFile(dataset.id()));
            if (previous != null && !previous.equals(datasets.dataFile(dataset.id()))) {
                throw QueryException.badRequest("Two of the requested datasets are both named '" + dataset.tableName()
                        + "'; query datasets of one scope together.");
            }
        }
        return tables;
    }

    private static String requireSql(QueryRequest request) {
        if (request == null || request.sql() == null || request.sql().isBlank()) {
            throw QueryException.badRequest("'sql' is required.");
        }
        return request.sql();
    }

    private int maxRows(Integer requested) {
        int value = requested == null ? limits.defaultMaxRows() : requested;
        if (value < 0 || value > limits.maxRowsLimit()) {
            throw QueryException.badRequest("'maxRows' must be between 0 and " + limits.maxRowsLimit() + ".");
        }
        return value;
    }

    private long timeoutMs(Long requested) {
        long value = requested == null ? limits.defaultTimeout().toMillis() : requested;
        if (value < 1 || value > limits.maxTimeout().toMillis()) {
            throw QueryException.badRequest("'timeoutMs' must be between 1 and " + limits.maxTimeout().toMillis() + ".");
        }
        return value;
    }

    private static RuntimeException translate(SQLException e, long timeoutMs) {
        String message = e.getMessage() == null ? "The query failed." : e.getMessage();
        if (message.startsWith("Permission Error")) {
            return QueryException.forbidden(message);
        }
        if (message.startsWith("INTERRUPT")) {
            return QueryException.timeout(timeoutMs);
        }
        return QueryException.sqlError(message);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    @FunctionalInterface
    private interface StatementWork<T> {
        T apply() throws SQLException;
    }
}
