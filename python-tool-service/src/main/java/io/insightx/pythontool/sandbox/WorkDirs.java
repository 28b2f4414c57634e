package io.insightx.pythontool.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Host directories this service makes and must remove: work directories when unsandboxed, and its own files. */
final class WorkDirs {

    private WorkDirs() {
    }

    static Path create() throws IOException {
        return Files.createTempDirectory("insightx-unsandboxed-");
    }

    static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Already gone, or half gone: nothing in it is needed any more.
        }
    }
}
