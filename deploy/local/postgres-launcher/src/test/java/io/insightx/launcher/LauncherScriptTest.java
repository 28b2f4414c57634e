package io.insightx.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decisions deploy/local/lib.sh makes for up.sh, run through bash as up.sh runs them. */
class LauncherScriptTest {

    static final Path LIB = Path.of("../lib.sh").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void buildsWhenTheJarIsMissingOrOlderThanASource() throws Exception {
        Path jar = dir.resolve("app.jar");
        Path source = Files.createDirectories(dir.resolve("src")).resolve("A.java");
        Files.writeString(source, "class A {}");
        assertThat(bash("needs_build " + jar + " " + dir.resolve("src"))).isZero();

        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().minusSeconds(60)));
        assertThat(bash("needs_build " + jar + " " + dir.resolve("src"))).isEqualTo(1);

        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(bash("needs_build " + jar + " " + dir.resolve("src"))).isZero();
    }

    @Test
    void knowsWhetherAPortIsTaken() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            assertThat(bash("port_busy " + socket.getLocalPort())).isZero();
        }
        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        assertThat(bash("port_busy " + free)).isEqualTo(1);
    }

    @Test
    void theInternalTokenIsPrivateAndReused() throws Exception {
        Path file = dir.resolve("token");
        assertThat(bash("a=$(internal_token " + file + ") && b=$(internal_token " + file + ") && [[ ${#a} -ge 32 && $a == \"$b\" ]]"))
                .isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void servicesHaveTheirPorts() throws Exception {
        assertThat(bash("[[ $(service_port orchestrator-service) == 8080 && $(service_port sql-tool-service) == 8081"
                + " && $(service_port python-tool-service) == 8082 && $(service_port key-manager-service) == 8083 ]]"))
                .isZero();
        assertThat(bash("service_port nothing")).isEqualTo(1);
    }

    private static int bash(String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("bash", "-c", "source " + LIB + " && " + script))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("bash did not finish: " + script);
        }
        return process.exitValue();
    }
}
