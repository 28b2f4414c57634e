package io.insightx.sqltool.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * DuckDB as the upload workers load it. The driver unpacks its 50 MB native library from its jar on every JVM
 * start (3-4 s of a worker's start on a loaded machine, 0.3-0.6 s without it). So, once per instance, the library
 * for this platform is unpacked into a directory of its own, and the driver's classes are copied into a jar
 * without the native libraries: a worker given that jar and {@code -Djava.library.path} loads the unpacked library
 * as it is. Where the platform is not one DuckDB ships for Linux, workers get the driver's jar unchanged.
 */
final class WorkerDuckDb {

    private static final String LIBRARY_PREFIX = "libduckdb_java";

    private final List<String> classPath;
    private final Optional<Path> libraryDir;

    private WorkerDuckDb(List<String> classPath, Optional<Path> libraryDir) {
        this.classPath = classPath;
        this.libraryDir = libraryDir;
    }

    /** Prepares {@code dir} (empty, owned by the caller) from the driver's jar. */
    static WorkerDuckDb prepare(Path driverJar, Path dir) {
        Optional<String> library = linuxLibraryName();
        if (library.isEmpty() || !Files.isRegularFile(driverJar)) {
            return new WorkerDuckDb(List.of(driverJar.toString()), Optional.empty());
        }
        try (ZipFile jar = new ZipFile(driverJar.toFile())) {
            ZipEntry libraryEntry = jar.getEntry(library.get());
            if (libraryEntry == null) {
                return new WorkerDuckDb(List.of(driverJar.toString()), Optional.empty());
            }
            try (InputStream in = jar.getInputStream(libraryEntry)) {
                Files.copy(in, dir.resolve("libduckdb_java.so"));
            }
            Path classes = dir.resolve("duckdb-classes.jar");
            try (OutputStream file = Files.newOutputStream(classes); ZipOutputStream out = new ZipOutputStream(file)) {
                Enumeration<? extends ZipEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (!entry.getName().startsWith(LIBRARY_PREFIX) && !entry.getName().startsWith("duckdb_java")) {
                        out.putNextEntry(new ZipEntry(entry.getName()));
                        try (InputStream in = jar.getInputStream(entry)) {
                            in.transferTo(out);
                        }
                        out.closeEntry();
                    }
                }
            }
            return new WorkerDuckDb(List.of(classes.toString()), Optional.of(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> classPath() {
        return classPath;
    }

    /** The JVM flag that points a worker at the unpacked library, if there is one. */
    Optional<String> libraryPathFlag() {
        return libraryDir.map(d -> "-Djava.library.path=" + d);
    }

    // The entry names DuckDB's own loader looks for (DuckDBNative): libduckdb_java.so_linux_<amd64|arm64>.
    private static Optional<String> linuxLibraryName() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            return Optional.empty();
        }
        return switch (arch) {
            case "amd64", "x86_64" -> Optional.of(LIBRARY_PREFIX + ".so_linux_amd64");
            case "aarch64", "arm64" -> Optional.of(LIBRARY_PREFIX + ".so_linux_arm64");
            default -> Optional.empty();
        };
    }
}
