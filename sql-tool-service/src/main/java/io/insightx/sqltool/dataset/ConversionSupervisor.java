package io.insightx.sqltool.dataset;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.insightx.sqltool.config.SqlToolConfig;
import io.insightx.sqltool.work.WorkRoot;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.duckdb.DuckDBDriver;

/**
 * Converts an upload to Parquet and profiles it in a {@link ConversionWorker} child JVM, waits for it within the
 * upload time limit, and turns its end into an answer: the Data DNA, DuckDB's reason for refusing the file, or a
 * clear problem when the worker crashed or overran. Each worker gets a directory of its own as
 * {@code java.io.tmpdir}, removed when the worker has ended however it ended; DuckDB's native library is unpacked
 * once for all workers ({@link WorkerDuckDb}).
 */
@ApplicationScoped
public class ConversionSupervisor {

    private final SqlToolConfig config;
    private final WorkRoot workRoot;
    private final String java;
    private final String classPath;
    private final WorkerDuckDb duckDb;
    private final ObjectMapper json = ConversionJob.json();

    public ConversionSupervisor(SqlToolConfig config, WorkRoot workRoot) {
        this.config = config;
        this.workRoot = workRoot;
        this.java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        this.duckDb = WorkerDuckDb.prepare(location(DuckDBDriver.class), workRoot.newDirectory("duckdb"));
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(ConversionWorker.class, ObjectMapper.class, JsonFactory.class, JsonInclude.class,
                JavaTimeModule.class)) {
            entries.add(location(type).toString());
        }
        entries.addAll(duckDb.classPath());
        this.classPath = String.join(File.pathSeparator, entries);
    }

    /**
     * Writes {@code target} and returns its profile; throws {@link SQLException} with DuckDB's message when the
     * file cannot be read.
     */
    public DataDna convert(Path source, DatasetFormat format, Path target, DataDnaProfiler.Identity identity)
            throws SQLException {
        Path dir = workRoot.newDirectory("upload");
        Path errorFile = dir.resolve("error.txt");
        Path dnaFile = dir.resolve("dna.json");
        Path jobFile = dir.resolve("job.json");
        try {
            json.writeValue(jobFile.toFile(), new ConversionJob(format, source.toString(), target.toString(),
                    dnaFile.toString(), errorFile.toString(), config.query().memoryLimit(), config.query().threads(),
                    identity));
            Process worker = new ProcessBuilder(command(dir, jobFile))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("worker.log").toFile()).start();
            if (!worker.waitFor(config.upload().timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                worker.destroyForcibly().waitFor();
                throw DatasetException.timedOut(config.upload().timeout());
            }
            int exit = worker.exitValue();
            if (exit == ConversionWorker.UNREADABLE && Files.exists(errorFile)) {
                throw new SQLException(Files.readString(errorFile, StandardCharsets.UTF_8));
            }
            if (exit != 0) {
                Log.warnf("The conversion worker ended with exit code %d; the upload was refused", exit);
                throw DatasetException.conversionCrashed(exit);
            }
            return json.readValue(dnaFile.toFile(), DataDna.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DatasetException.timedOut(config.upload().timeout());
        } finally {
            WorkRoot.delete(dir);
        }
    }

    private List<String> command(Path dir, Path jobFile) {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + config.upload().workerHeap(),
                "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + dir));
        duckDb.libraryPathFlag().ifPresent(command::add);
        config.upload().workerCrashMarker()
                .ifPresent(marker -> command.add("-D" + ConversionWorker.CRASH_MARKER_PROPERTY + "=" + marker));
        command.addAll(List.of("-cp", classPath, ConversionWorker.class.getName(), jobFile.toString()));
        return command;
    }

    // The worker needs this service's classes, Jackson and DuckDB: the jars (or directories) they were loaded from.
    private static Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("Cannot tell where " + type.getName() + " was loaded from");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
