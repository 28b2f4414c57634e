package io.insightx.pythontool.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * What the sandbox reads from the host, prepared once at start and bound read-only: the zygote and runner scripts,
 * a matplotlib font cache (built here by trusted code, so that no kernel pays a second to build its own), the
 * project's one seccomp profile (the Kubernetes pod's, {@code insightx-bwrap.json}), the compiler that turns it
 * into filters, and the pod's filter compiled for the zygote's bubblewrap.
 */
@ApplicationScoped
public class HostFiles {

    private static final String SECCOMP_COMPILER = "seccomp_filter.py";
    private static final String SECCOMP_PROFILE = "insightx-bwrap.json";
    static final String POD_FILTER = "pod-seccomp.bpf";

    private final Path root;

    public HostFiles(PythonToolConfig config) {
        try {
            this.root = Files.createTempDirectory("insightx-python-");
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            for (String name : List.of("runner.py", "zygote.py", SECCOMP_COMPILER, SECCOMP_PROFILE)) {
                try (InputStream resource = HostFiles.class.getResourceAsStream("/sandbox/" + name)) {
                    Files.copy(resource, root.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.createDirectories(fontCache());
            String python = config.python().interpreter();
            runPython(List.of(python, "-c", "import matplotlib; matplotlib.use('Agg'); import matplotlib.font_manager"),
                    "No matplotlib font cache: each execution that draws will build its own");
            runPython(List.of(python, "-I", root.resolve(SECCOMP_COMPILER).toString(), root.resolve(SECCOMP_PROFILE).toString(),
                    root.resolve(POD_FILTER).toString()), "No seccomp filter (Debian's python3-seccomp compiles it)");
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

    /** The pod's seccomp filter compiled for the zygote's {@code bwrap --seccomp}; absent when it could not be. */
    public Path podFilter() {
        return root.resolve(POD_FILTER);
    }

    /** The files go with the service: a restart prepares fresh ones. */
    @PreDestroy
    void delete() {
        WorkDirs.delete(root);
    }

    private void runPython(List<String> command, String failure) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MPLCONFIGDIR", fontCache().toString());
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readNBytes(4096), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            } else if (process.exitValue() != 0) {
                Log.warnf("%s: %s", failure, output);
            }
        } catch (IOException e) {
            Log.warnf("%s: %s", failure, e.getMessage());
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
