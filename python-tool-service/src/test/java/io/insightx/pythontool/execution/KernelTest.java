package io.insightx.pythontool.execution;

import static io.insightx.pythontool.support.Executions.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.insightx.pythontool.support.Executions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Kernels per chat: state persists within one, and nothing crosses from one to another. */
@QuarkusTest
class KernelTest {

    @Test
    void stateSurvivesAcrossThreeExecutionsOfOneChat() {
        String chat = UUID.randomUUID().toString();
        JsonPath first = run("x = 41\nsales = pd.DataFrame({'a': [1, 2, 3]})\nopen('/work/notes.txt', 'w').write('hi')",
                Map.of("kernel", chat));
        assertThat(first.getBoolean("kernelRestarted")).isFalse();
        run("x += 1", Map.of("kernel", chat));
        JsonPath third = run("[x, len(sales), open('/work/notes.txt').read()]", Map.of("kernel", chat));
        assertThat(third.getList("result")).containsExactly(42, 3, "hi");
        assertThat(third.getBoolean("kernelRestarted")).isFalse();
        assertThat(third.getList("variables.name")).contains("x", "sales");
        assertThat(third.getString("variables.find { it.name == 'sales' }.type")).isEqualTo("DataFrame");
        assertThat(third.getList("variables.find { it.name == 'sales' }.shape")).containsExactly(3, 1);
        // Without a kernel, nothing of the chat's is there.
        assertThat(run("'x' in globals(), __import__('os').path.exists('/work/notes.txt')").getList("result"))
                .containsExactly(false, false);
    }

    @Test
    void twoChatsCannotReachEachOther() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String plant = """
                import subprocess, os
                secret = "%s"
                for d in ("/work", "/tmp", "/dev/shm"):
                    open(d + "/secret-%s", "w").write(secret)
                child = subprocess.Popen(["sleep", "300"])
                sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
                """;
        CompletableFuture<JsonPath> plantA = CompletableFuture.supplyAsync(() -> run(plant.formatted("A", "a"),
                Map.of("kernel", a)));
        CompletableFuture<JsonPath> plantB = CompletableFuture.supplyAsync(() -> run(plant.formatted("B", "b"),
                Map.of("kernel", b)));
        assertThat(plantA.join().getList("result")).containsExactly(1, 2);
        assertThat(plantB.join().getList("result")).containsExactly(1, 2);
        String probe = """
                import os, signal, errno
                seen = {"secret": secret}
                seen["files"] = sorted(f for d in ("/work", "/tmp", "/dev/shm") for f in os.listdir(d) if f.startswith("secret"))
                seen["processes"] = sorted(open("/proc/%d/cmdline" % int(p), "rb").read().decode().replace("\\0", " ").strip()
                                           for p in os.listdir("/proc") if p.isdigit())
                refused = 0
                for pid in range(3, 1 << 16):
                    try:
                        os.kill(pid, signal.SIGKILL)
                        seen.setdefault("signalled", []).append(pid)
                    except OSError:
                        refused += 1
                seen["refused"] = refused
                seen
                """;
        CompletableFuture<JsonPath> probeA = CompletableFuture.supplyAsync(() -> run(probe, Map.of("kernel", a)));
        CompletableFuture<JsonPath> probeB = CompletableFuture.supplyAsync(() -> run(probe, Map.of("kernel", b)));
        for (var entry : Map.of("A", probeA.join(), "B", probeB.join()).entrySet()) {
            JsonPath seen = entry.getValue();
            String own = entry.getKey();
            String lower = own.toLowerCase();
            assertThat(seen.getString("result.secret")).isEqualTo(own);
            assertThat(seen.getList("result.files")).containsOnly("secret-" + lower);
            assertThat(seen.getList("result.processes", String.class)).hasSize(2).anyMatch(c -> c.startsWith("sleep 300"));
            assertThat(seen.getList("result.signalled")).isNull();
        }
        // Each chat's child is still alive: no signal from the other reached it.
        assertThat(run("child.poll()", Map.of("kernel", a)).getString("result")).isNull();
        assertThat(run("child.poll()", Map.of("kernel", b)).getString("result")).isNull();
        run("child.kill()", Map.of("kernel", a));
        run("child.kill()", Map.of("kernel", b));
    }

    @Test
    void aKernelKilledByALimitLeavesNothingBehindAndStartsAfresh() {
        String chat = UUID.randomUUID().toString();
        run("import subprocess\nmarker = subprocess.Popen(['sleep', '301'])", Map.of("kernel", chat));
        ProcessHandle sleeper = sleeping("301").orElseThrow();
        JsonPath killed = run(Executions.TREE_MEMORY_BOMB, Map.of("kernel", chat, "timeoutMs", 30000));
        assertThat(killed.getString("error.type")).isEqualTo("MemoryLimit");
        await().atMost(Duration.ofSeconds(10)).until(() -> !sleeper.isAlive());
        JsonPath after = run("'marker' in globals()", Map.of("kernel", chat));
        assertThat(after.getBoolean("result")).isFalse();
        assertThat(after.getBoolean("kernelRestarted")).isTrue();
    }

    @Test
    void kernelsForkedAllAtOnceAllStart() {
        List<CompletableFuture<JsonPath>> calls = java.util.stream.IntStream.range(0, 16)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> run(i + " * 2", i % 2 == 0 ? Map.of()
                        : Map.of("kernel", UUID.randomUUID().toString()))))
                .toList();
        for (int i = 0; i < calls.size(); i++) {
            assertThat(calls.get(i).join().getInt("result")).isEqualTo(i * 2);
        }
    }

    @Test
    void moreChatsAtOnceThanKernelsQueueInsteadOfFailing() {
        int chats = 20; // the default allows 16 live kernels
        ExecutorService callers = Executors.newFixedThreadPool(chats);
        try {
            List<CompletableFuture<JsonPath>> calls = java.util.stream.IntStream.range(0, chats)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> run("import time\ntime.sleep(0.5)\nresult = " + i,
                            Map.of("kernel", UUID.randomUUID().toString())), callers))
                    .toList();
            for (int i = 0; i < chats; i++) {
                JsonPath answer = calls.get(i).join();
                assertThat(answer.getString("status")).as("chat %d: %s", i, answer.prettify()).isEqualTo("ok");
                assertThat(answer.getInt("result")).isEqualTo(i);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private static Optional<ProcessHandle> sleeping(String seconds) {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").equals("/usr/bin/sleep " + seconds)
                        || p.info().arguments().map(List::of).orElse(List.of()).equals(List.of(seconds)))
                .findFirst();
    }
}
