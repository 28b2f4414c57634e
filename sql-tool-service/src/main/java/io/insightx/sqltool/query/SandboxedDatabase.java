package io.insightx.sqltool.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import io.insightx.sqltool.work.WorkRoot;
import org.duckdb.DuckDBConnection;

/**
 * A private in-memory DuckDB database locked down to one set of dataset files, with its own spill directory.
 * Each query runs on a connection of its own ({@link #newConnection}), so that cancelling one interrupts no other.
 * Closing it closes the database and removes everything it wrote.
 */
public final class SandboxedDatabase implements AutoCloseable {

    private final Connection connection;
    private final Path workDir;

    SandboxedDatabase(Connection connection, Path workDir) {
        this.connection = connection;
        this.workDir = workDir;
    }

    public Connection connection() {
        return connection;
    }

    /** A new connection to the same locked database, sharing its settings and its views. */
    public Connection newConnection() throws SQLException {
        return ((DuckDBConnection) connection).duplicate();
    }

    /** The only directory this database may write to (spill files and exports). */
    public Path workDir() {
        return workDir;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a database that has been interrupted can fail; it is gone either way.
        } finally {
            WorkRoot.delete(workDir);
        }
    }
}
