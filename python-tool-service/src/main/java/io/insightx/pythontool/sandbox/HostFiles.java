package io.insightx.pythontool.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.insightx.pythontool.config.PythonToolConfig;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the sandboxes read from the host, prepared once at start: the runner script and a matplotlib font cache
 * (built here by trusted code, so that no execution pays a second to build its own). Both are bound read-only.
 */
@ApplicationScoped
public class HostFiles {

    private final Path root;

    public HostFiles(PythonToolConfig config) {
        try {
            this.root = Files.createTempDirectory("insightx-python-");
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            try (InputStream runner = HostFiles.class.getResourceAsStream("/sandbox/runner.py")) {
                Files.copy(runner, runner(), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.createDirectories(fontCache());
            buildFontCache(config.python().interpreter());
            makeReadable(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory bound at {@code /opt/insightx} in every sandbox. */
    public Path root() {
        return root;
    }

    public Path runner() {
        return root.resolve("runner.py");
    }

    public Path fontCache() {
        return root.resolve("mpl");
    }

    /** The files go with the service: a restart prepares fresh ones. */
    @PreDestroy
    void delete() {
        WorkDirs.delete(root);
    }

    private void buildFontCache(String python) {
        ProcessBuilder builder = new ProcessBuilder(List.of(python, "-c",
                "import matplotlib; matplotlib.use('Agg'); import matplotlib.font_manager"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("MPLCONFIGDIR", fontCache().toString());
        try {
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            Log.warnf("No matplotlib font cache (%s): each execution that draws will build its own", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void makeReadable(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }
}
