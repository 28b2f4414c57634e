package io.insightx.sqltool.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.sqltool.query.InMemoryDuckDb;
import io.insightx.sqltool.query.SqlText;

/**
 * The short-lived process that converts one upload to Parquet and profiles it ({@link ConversionSupervisor} starts
 * it). A crash or a runaway of DuckDB on a hostile file (its readers, or statistics over absurdly nested types) ends
 * this process, not the service. It needs only the JDK, DuckDB, Jackson and classes of this package: no Quarkus,
 * no CDI, no logging framework.
 *
 * <p>Argument: the {@link ConversionJob} file. Exit 0: the Parquet and DNA files are written; exit 1: DuckDB could
 * not read the file and the error file holds its message; anything else: a crash.
 */
public final class ConversionWorker {

    static final int UNREADABLE = 1;
    static final String CRASH_MARKER_PROPERTY = "insightx.worker.crash-marker";

    private ConversionWorker() {
    }

    public static void main(String[] args) throws IOException {
        // Orphaned by a service that died: stop rather than finish work nobody will collect.
        ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
        ObjectMapper json = ConversionJob.json();
        ConversionJob job = json.readValue(Path.of(args[0]).toFile(), ConversionJob.class);
        Path source = Path.of(job.source());
        Path target = Path.of(job.target());
        haltIfMarked(source);
        try (Connection connection = InMemoryDuckDb.open()) {
            try (Statement s = connection.createStatement()) {
                s.execute("SET autoinstall_known_extensions = false");
                s.execute("SET memory_limit = " + SqlText.literal(job.memoryLimit()));
                s.execute("SET threads = " + job.threads());
            }
            new DatasetConverter().convert(connection, source, job.format(), target);
            DataDna dna = new DataDnaProfiler().profile(connection, target, job.identity());
            json.writeValue(Path.of(job.dnaFile()).toFile(), dna);
        } catch (SQLException e) {
            Files.writeString(Path.of(job.errorFile()), e.getMessage() == null ? "" : e.getMessage(),
                    StandardCharsets.UTF_8);
            System.exit(UNREADABLE);
        }
        System.exit(0);
    }

    // The test hook that stands for a native crash; the property is only ever set by the test configuration.
    private static void haltIfMarked(Path source) throws IOException {
        String marker = System.getProperty(CRASH_MARKER_PROPERTY);
        if (marker == null || marker.isEmpty()) {
            return;
        }
        byte[] expected = marker.getBytes(StandardCharsets.UTF_8);
        try (InputStream in = Files.newInputStream(source)) {
            if (Arrays.equals(in.readNBytes(expected.length), expected)) {
                Runtime.getRuntime().halt(134);
            }
        }
    }
}
