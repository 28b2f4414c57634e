package io.insightx.sqltool.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import io.insightx.sqltool.config.SqlToolConfig;
import io.insightx.sqltool.query.DatabaseCache;
import io.insightx.sqltool.work.WorkRoot;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/** Accepts an upload (detects its format, converts it to Parquet, profiles it, stores both) and deletes datasets. */
@ApplicationScoped
public class DatasetService {

    static final String DEFAULT_SCOPE = "default";

    private final DatasetStore store;
    private final DatabaseCache databases;
    private final ConversionSupervisor converter;
    private final SqlToolConfig config;
    private final WorkRoot workRoot;

    public DatasetService(DatasetStore store, DatabaseCache databases, ConversionSupervisor converter,
            SqlToolConfig config, WorkRoot workRoot) {
        this.store = store;
        this.databases = databases;
        this.converter = converter;
        this.config = config;
        this.workRoot = workRoot;
    }

    /**
     * Stores an upload as a dataset, or refuses it with a problem and keeps nothing of it. Names arrive from a
     * multipart header and are cleaned of control characters (a NUL byte, a newline) before anything uses them.
     */
    public Dataset upload(Path file, String fileName, String name, String scope) throws IOException {
        long size = Files.size(file);
        if (size > config.upload().maxBytes()) {
            throw DatasetException.tooLarge(config.upload().maxBytes());
        }
        String cleanFileName = clean(fileName);
        DatasetFormat format = FormatSniffer.detect(file, cleanFileName);
        Path scratch = workRoot.newDirectory("inspect");
        try {
            UploadInspection.Inspected inspected = UploadInspection.inspect(file, format, config.upload(), scratch);
            String displayName = clean(name).isBlank() ? (cleanFileName.isBlank() ? "dataset" : cleanFileName)
                    : clean(name).strip();
            String datasetScope = clean(scope).isBlank() ? DEFAULT_SCOPE : clean(scope).strip();
            return store(inspected, format, size, displayName, datasetScope, cleanFileName);
        } finally {
            WorkRoot.delete(scratch);
        }
    }

    private Dataset store(UploadInspection.Inspected inspected, DatasetFormat format, long size, String displayName,
            String datasetScope, String fileName) throws IOException {
        String id = UUID.randomUUID().toString();
        String tableName = store.reserveTableName(displayName, datasetScope);
        Path target = store.dataFile(id);
        long start = System.nanoTime();
        try {
            Instant createdAt = Instant.now();
            DataDna profile = converter.convert(inspected.file(), format, target, new DataDnaProfiler.Identity(id,
                    tableName, displayName, format.label(), size, createdAt));
            if (profile.rowCount() == 0) {
                throw DatasetException.unreadable("The file has no data rows.");
            }
            DataDna dna = profile.withSource(inspected.encoding(), SourceWarnings.of(inspected.encoding(),
                    inspected.header(), profile.columns().stream().map(ColumnProfile::name).toList(),
                    inspected.repeatedHeaders()));
            Dataset dataset = new Dataset(id, displayName, tableName, format.label(), datasetScope, dna.rowCount(),
                    dna.columnCount(), size, createdAt, dna);
            store.save(dataset);
            Log.infof("Stored dataset %s (%s, %d rows, %d columns) in %d ms", id, format.label(), dna.rowCount(),
                    dna.columnCount(), (System.nanoTime() - start) / 1_000_000);
            return dataset;
        } catch (SQLException e) {
            Files.deleteIfExists(target);
            throw DatasetException.unreadable(readable(e.getMessage(), inspected.file(), fileName, format));
        } catch (RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        } finally {
            store.release(tableName, datasetScope);
        }
    }

    /** Removes the dataset's files, and closes the query databases that could see it. */
    public void delete(String id) {
        store.delete(id);
        databases.forget(store.dataFile(id));
    }

    // DuckDB's reader errors name the temporary upload path and run to many lines: keep what helps a person.
    private static String readable(String message, Path file, String fileName, DatasetFormat format) {
        String text = message == null ? "" : message.replace(file.toString(), fileName.isBlank() ? "the upload" : fileName);
        String firstLines = String.join(" ", text.lines().limit(3).toList()).strip();
        return "The file could not be read as " + format.label().toUpperCase() + ": " + firstLines;
    }

    // Control characters have no place in a name, and a NUL byte breaks every store downstream (PostgreSQL text).
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", "");
    }
}
