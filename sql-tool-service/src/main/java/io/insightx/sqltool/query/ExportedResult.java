package io.insightx.sqltool.query;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A result written to disk by DuckDB, streamed once to the caller and then removed. */
public final class ExportedResult implements AutoCloseable {

    private final Path file;
    private final ExportFormat format;
    private final DatabaseCache.Lease database;

    ExportedResult(Path file, ExportFormat format, DatabaseCache.Lease database) {
        this.file = file;
        this.format = format;
        this.database = database;
    }

    public ExportFormat format() {
        return format;
    }

    public void writeTo(OutputStream out) throws IOException {
        try (this) {
            Files.copy(file, out);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The database's directory is removed with the database in the end.
        } finally {
            database.close();
        }
    }
}
