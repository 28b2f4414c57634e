package io.insightx.sqltool.query;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A result written to disk by DuckDB, streamed once to the caller and then removed with its database. */
public final class ExportedResult implements AutoCloseable {

    private final Path file;
    private final ExportFormat format;
    private final SandboxedDatabase database;

    ExportedResult(Path file, ExportFormat format, SandboxedDatabase database) {
        this.file = file;
        this.format = format;
        this.database = database;
    }

    public ExportFormat format() {
        return format;
    }

    public long sizeBytes() throws IOException {
        return Files.size(file);
    }

    public void writeTo(OutputStream out) throws IOException {
        try (this) {
            Files.copy(file, out);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
