package io.insightx.sqltool.work;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * DuckDB's driver unpacks its 50 MB native library into {@code java.io.tmpdir} on every start and deletes it only
 * on a clean exit, so every crashed JVM leaves a copy. At startup the copies that are this user's, older than a
 * few minutes and mapped by no running process (read from {@code /proc/<pid>/maps}) are removed; where
 * {@code /proc} cannot be read nothing is removed.
 */
@ApplicationScoped
public class StaleNativeLibraries {

    static final String PREFIX = "libduckdb_java";
    private static final Duration MIN_AGE = Duration.ofMinutes(10);

    void onStart(@Observes StartupEvent event) {
        removeStale(Path.of(System.getProperty("java.io.tmpdir")), Path.of("/proc"));
    }

    static List<Path> removeStale(Path tmp, Path proc) {
        Set<String> mapped = mappedCopies(proc);
        if (mapped == null) {
            return List.of();
        }
        Instant cutoff = Instant.now().minus(MIN_AGE);
        String user = System.getProperty("user.name");
        try (Stream<Path> files = Files.list(tmp)) {
            List<Path> stale = files.filter(f -> f.getFileName().toString().startsWith(PREFIX))
                    .filter(f -> !mapped.contains(f.toAbsolutePath().toString()))
                    .filter(f -> ownedBy(f, user) && olderThan(f, cutoff)).toList();
            for (Path f : stale) {
                Log.infof("Removing %s, a DuckDB library copy left by a process that is gone", f);
                Files.deleteIfExists(f);
            }
            return stale;
        } catch (IOException e) {
            Log.debugf("Could not look for stale DuckDB library copies: %s", e.getMessage());
            return List.of();
        }
    }

    /** The DuckDB library copies some running process maps; null when that cannot be known. */
    private static Set<String> mappedCopies(Path proc) {
        if (!Files.isReadable(proc.resolve("self/maps"))) {
            return null;
        }
        Set<String> mapped = new HashSet<>();
        try (Stream<Path> processes = Files.list(proc)) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try (Stream<String> lines = Files.lines(p.resolve("maps"))) {
                    lines.filter(l -> l.contains(PREFIX)).map(l -> l.substring(l.indexOf('/'))).forEach(mapped::add);
                } catch (IOException | RuntimeException e) {
                    // A process that ended meanwhile, or one of another user: it cannot map this user's copies.
                }
            });
        } catch (IOException e) {
            return null;
        }
        return mapped;
    }

    private static boolean ownedBy(Path file, String user) {
        try {
            return Files.getOwner(file).getName().equals(user);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean olderThan(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }
}
