package io.insightx.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How up.sh keeps the services alive: lib.sh's {@code supervise}, run through bash as up.sh runs it. */
class SuperviseScriptTest {

    static final Path LIB = Path.of("../lib.sh").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void everyServiceJvmExitsOnOutOfMemoryError() throws Exception {
        assertThat(bash("printf '%s\\n' \"${INSIGHTX_JVM_FLAGS[@]}\"").output()).contains("-XX:+ExitOnOutOfMemoryError");
        assertThat(Files.readString(LIB.resolveSibling("up.sh"))).contains("supervise \"$service\"")
                .contains("\"${INSIGHTX_JVM_FLAGS[@]}\"");
    }

    @Test
    void aServiceThatDiesIsRestartedAndTheTerminalSaysSo() throws Exception {
        Path runs = dir.resolve("runs");
        // Dies twice with 7 (as a JVM out of memory would exit), then keeps dying at once with 9.
        String service = "bash -c 'echo run >> " + runs + "; [[ $(wc -l < " + runs + ") -le 2 ]] && exit 7; exit 9'";
        Result result = bash("supervise fake " + dir.resolve("log") + " " + service);

        assertThat(result.output()).contains("fake stopped unexpectedly (exit 7); restarting it")
                .contains("fake stopped unexpectedly (exit 9); restarting it")
                .contains("fake died 5 times in a row soon after starting (exit 9); not restarting it");
        assertThat(Files.readAllLines(runs)).hasSize(5);
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void stoppingTheSupervisorStopsTheService() throws Exception {
        Path pid = dir.resolve("pid");
        Result result = bash("supervise fake " + dir.resolve("log") + " bash -c 'echo $$ > " + pid + ".tmp; mv "
                + pid + ".tmp " + pid + "; exec sleep 300' & sup=$!; until [[ -s " + pid + " ]]; do sleep 0.05; done; "
                + "kill $sup; wait $sup; ! kill -0 $(cat " + pid + ") 2>/dev/null");
        assertThat(result.exit()).as(result.output()).isZero();
    }

    private record Result(int exit, String output) {
    }

    private static Result bash(String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("bash", "-c", "source " + LIB + " && " + script))
                .redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("bash did not finish: " + script);
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
