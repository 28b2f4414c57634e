package io.insightx.pythontool.execution;

import static io.insightx.pythontool.support.Executions.run;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.insightx.pythontool.support.Executions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Programs an attacker (or a confused model) might send. Each must be contained, and each test asserts what the
 * program observed from inside, not only that it ended. After every test the service is healthy, the pool is
 * whole again and no process of a finished sandbox is left.
 */
@QuarkusTest
class HostileCodeTest {

    static final String CANARY = "canary-5f1d2c";
    static final Set<String> SANDBOX_ROOT = Set.of("usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32", "etc",
            "opt", "proc", "dev", "tmp", "work");

    @AfterEach
    void serviceIsHealthyAndNothingIsLeftBehind() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/q/health/ready").then().statusCode(200);
            JsonPath health = given().get("/q/health/ready").then().extract().jsonPath();
            assertThat(health.getInt("checks[0].data.spareKernels")).isEqualTo(2);
            // The zygote's sandbox (bubblewrap, its init, the zygote), the spare kernels and the chats' kernels (one
            // process each when idle): nothing else may live under this JVM.
            assertThat(ProcessHandle.current().descendants().count())
                    .isLessThanOrEqualTo(3 + 2 + health.getInt("checks[0].data.liveKernels"));
        });
        assertThat(run("1 + 1").getInt("result")).isEqualTo(2);
    }

    @Test
    void noNetworkAtAll() {
        JsonPath answer = run("""
                import socket
                for target in [("1.1.1.1", 80), ("127.0.0.1", %d)]:
                    try:
                        socket.create_connection(target, timeout=2)
                        print("CONNECTED", target)
                    except OSError as e:
                        print("blocked", type(e).__name__)
                try:
                    socket.getaddrinfo("example.com", 80)
                    print("RESOLVED")
                except OSError as e:
                    print("dns", type(e).__name__)
                print(sorted(name for _, name in socket.if_nameindex()))
                """.formatted(RestAssured.port));
        assertThat(answer.getString("stdout")).doesNotContain("CONNECTED", "RESOLVED")
                .contains("blocked OSError", "blocked ConnectionRefusedError", "dns gaierror", "['lo']");
    }

    @Test
    void systemSecretsAreNotThere() {
        JsonPath answer = run("""
                import os
                for path in ["/etc/shadow", "/etc/passwd", "/root/.bashrc", "/proc/1/environ"]:
                    try:
                        print(path, open(path, "rb").read()[:200])
                    except OSError as e:
                        print(path, type(e).__name__)
                """);
        assertThat(answer.getString("stdout")).contains("/etc/shadow FileNotFoundError", "/etc/passwd FileNotFoundError",
                "/root/.bashrc FileNotFoundError").doesNotContain(CANARY, "root:x:");
    }

    @Test
    void theEnvironmentIsClean() {
        JsonPath answer = run("import os\nresult = sorted(os.environ)");
        assertThat(answer.getList("result", String.class)).allMatch(name -> Set.of("PATH", "HOME", "LANG",
                "MPLBACKEND", "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "PYTHONDONTWRITEBYTECODE",
                "MPLCONFIGDIR", "PWD", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE").contains(name) || name.startsWith("INSIGHTX_")
                && !name.equals("INSIGHTX_LEAK_CANARY") && !name.equals("INSIGHTX_INTERNAL_TOKEN"));
        assertThat(run("import os\nprint(os.environ)").getString("stdout")).doesNotContain(CANARY);
    }

    @Test
    void theHostFileSystemIsInvisible() throws Exception {
        Path hostFile = Files.writeString(Files.createTempFile("host-canary", ".txt"), CANARY);
        JsonPath answer = run("""
                import os
                print(sorted(os.listdir("/")))
                print(sorted(os.listdir("/tmp")))
                for path in [%s, %s]:
                    print(path, os.path.exists(path))
                print(len([p for p in os.listdir("/proc") if p.isdigit()]))
                """.formatted(pyString(hostFile.toString()), pyString(Path.of("pom.xml").toAbsolutePath().toString())));
        List<String> lines = answer.getString("stdout").lines().toList();
        assertThat(lines.get(0)).doesNotContain("'root'", "'home'", "'var'", "'srv'");
        assertThat(lines.get(1)).isEqualTo("[]");
        assertThat(lines.get(2)).endsWith("False");
        assertThat(lines.get(3)).endsWith("False");
        assertThat(Integer.parseInt(lines.get(4))).isLessThanOrEqualTo(4);
        assertThat(answer.getString("stdout")).doesNotContain(CANARY);
    }

    @Test
    void oneExecutionCannotSeeAnothersFiles() {
        assertThat(run("open('/work/secret.txt', 'w').write('s1')\nopen('/tmp/secret.txt', 'w').write('s2')\n"
                + "import os\nos.path.exists('/work/secret.txt')").getBoolean("result")).isTrue();
        assertThat(run("import os\n[os.path.exists(p) for p in ['/work/secret.txt', '/tmp/secret.txt']]")
                .getList("result")).containsExactly(false, false);
    }

    @Test
    void theSystemIsReadOnly() {
        JsonPath answer = run("""
                import os
                for action, path in [("write", "/usr/evil"), ("write", "/opt/insightx/runner.py"),
                                     ("remove", "/usr/bin/python3"), ("write", "/etc/evil")]:
                    try:
                        open(path, "a").close() if action == "write" else os.remove(path)
                        print("CHANGED", path)
                    except OSError as e:
                        print("refused", path, e.strerror)
                """);
        assertThat(answer.getString("stdout")).doesNotContain("CHANGED").contains("refused /usr/evil Read-only file system");
    }

    @Test
    void forkBombIsContained() {
        JsonPath answer = run("import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass",
                Map.of("timeoutMs", 3000));
        assertThat(answer.getString("status")).isIn("timeout", "killed");
    }

    @Test
    void threadBombHitsTheProcessLimit() {
        JsonPath answer = run("""
                import threading, time
                threads = []
                try:
                    while True:
                        t = threading.Thread(target=time.sleep, args=(30,), daemon=True)
                        t.start()
                        threads.append(t)
                except RuntimeError as e:
                    print("stopped at", len(threads), e)
                """, Map.of("timeoutMs", 5000));
        assertThat(answer.getString("stdout")).contains("stopped at", "can't start new thread");
    }

    @Test
    void memoryBombsAreKilled() {
        JsonPath big = run("x = bytearray(8 * 1024 ** 3)");
        assertThat(big.getString("status")).isEqualTo("killed");
        assertThat(big.getString("error.type")).isEqualTo("MemoryError");
        // Filling a gigabyte takes seconds on a loaded machine: the wall clock must not end it first.
        JsonPath growing = run("chunks = []\nwhile True:\n    chunks.append(bytearray(50 * 1024 ** 2))",
                Map.of("timeoutMs", 60000));
        assertThat(growing.getString("status")).isEqualTo("killed");
    }

    @Test
    void infiniteLoopsAndSleepsTimeOut() {
        JsonPath loop = run("while True:\n    pass", Map.of("timeoutMs", 800));
        assertThat(loop.getString("status")).isEqualTo("timeout");
        assertThat(loop.getString("error.message")).contains("800 ms");
        JsonPath sleep = run("import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\ntime.sleep(60)",
                Map.of("timeoutMs", 500));
        assertThat(sleep.getString("status")).isEqualTo("timeout");
    }

    @Test
    void cpuTimeIsLimited() {
        JsonPath answer = run("while True:\n    pass", Map.of("timeoutMs", 30000));
        assertThat(answer.getString("status")).isEqualTo("killed");
        assertThat(answer.getString("error.type")).isEqualTo("CpuLimit");
    }

    @Test
    void otherProcessesCannotBeSignalled() {
        JsonPath answer = run("""
                import os
                try:
                    os.kill(%d, 9)
                    print("SIGNALLED")
                except OSError as e:
                    print("kill", type(e).__name__)
                os.kill(-1, 9)
                """.formatted(ProcessHandle.current().pid()));
        assertThat(answer.getString("stdout")).doesNotContain("SIGNALLED");
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void hugeFilesAreRefused() {
        JsonPath answer = run("""
                try:
                    with open("/work/big", "wb") as f:
                        for _ in range(200):
                            f.write(b"0" * 1024 * 1024)
                    print("WROTE")
                except OSError as e:
                    print("refused", e.strerror)
                """);
        assertThat(answer.getString("stdout")).doesNotContain("WROTE").containsAnyOf("File too large", "No space left");
    }

    static Stream<Arguments> privilegeEscalations() {
        return Stream.of(
                observed("import ctypes, os\nprint(ctypes.CDLL(None).setuid(0), os.getuid(), os.geteuid())",
                        "-1 65534 65534"),
                observed("import ctypes\nprint(ctypes.CDLL(None).ptrace(16, %d, 0, 0))"
                        .formatted(ProcessHandle.current().pid()), "^-1$"),
                refused("import os\nos.setuid(0)", "(PermissionError|OSError)"),
                refused("import os\nos.setgid(0)", "(PermissionError|OSError)"),
                refused("import os\nos.chroot('/tmp')", "PermissionError"),
                refused("import socket\nsocket.sethostname('owned')", "PermissionError"),
                refused("import resource\nresource.setrlimit(resource.RLIMIT_NPROC, (10**6, 10**6))", "ValueError"),
                refused("import resource\nresource.setrlimit(resource.RLIMIT_AS, (-1, -1))", "ValueError"),
                refused("open('/dev/mem', 'rb').read(1)", "FileNotFoundError"),
                refused("import os\nos.listdir('/sys')", "FileNotFoundError"),
                observed(command("id"), "0 uid=65534(nobody)|0 uid=65534 gid=65534"),
                observed(command("cat", "/etc/passwd"), "^1( |$)"),
                observed(command("mount", "-t", "tmpfs", "x", "/tmp"), "^(1|32)( |$)"),
                observed(command("unshare", "-U", "true"), "^1( |$)"),
                observed("import os\nprint(sorted(os.listdir('/dev')))", "^\\['core', 'fd', 'full', 'null', 'ptmx', "
                        + "'pts', 'random', 'shm', 'stderr', 'stdin', 'stdout', 'tty', 'urandom', 'zero'\\]$"));
    }

    @ParameterizedTest
    @MethodSource("privilegeEscalations")
    void privilegesCannotBeGained(String code, String expected) {
        JsonPath answer = run(code);
        String seen = "ok".equals(answer.getString("status")) ? answer.getString("stdout").strip()
                : answer.getString("error.type");
        assertThat(seen).containsPattern(expected);
    }

    static Arguments observed(String code, String stdoutPattern) {
        return Arguments.of(code, stdoutPattern);
    }

    static Arguments refused(String code, String errorType) {
        return Arguments.of(code, "^" + errorType + "$");
    }

    static String command(String... argv) {
        return "import subprocess\nr = subprocess.run(%s, capture_output=True, text=True)\nprint(r.returncode, r.stdout.strip())"
                .formatted(List.of(argv).stream().map(HostileCodeTest::pyString).toList());
    }

    @Test
    void theParentInsideTheSandboxCannotBeTraced() {
        JsonPath answer = run("""
                import ctypes, os
                libc = ctypes.CDLL(None, use_errno=True)
                print(libc.ptrace(16, os.getppid(), 0, 0), os.strerror(ctypes.get_errno()))
                """);
        assertThat(answer.getString("stdout").strip()).isEqualTo("-1 Operation not permitted");
    }

    /** x86_64 numbers of the calls the seccomp filter refuses; each is tried with harmless arguments. */
    @ParameterizedTest
    @CsvSource({"ptrace,101", "process_vm_readv,310", "process_vm_writev,311", "perf_event_open,298", "bpf,321",
            "userfaultfd,323", "keyctl,250", "add_key,248", "request_key,249", "kexec_load,246", "kexec_file_load,320",
            "mount,165", "umount2,166", "unshare,272", "setns,308", "personality,135", "pivot_root,155", "chroot,161",
            "init_module,175", "open_by_handle_at,304", "io_uring_setup,425"})
    void dangerousCallsAreRefusedBySeccomp(String name, int number) {
        JsonPath answer = run("""
                import ctypes, os
                libc = ctypes.CDLL(None, use_errno=True)
                libc.syscall.restype = ctypes.c_long
                args = [0xffffffff] if %d == 135 else [0, 0, 0, 0, 0]
                print(libc.syscall(%d, *args), os.strerror(ctypes.get_errno()))
                """.formatted(number, number));
        assertThat(answer.getString("stdout").strip()).as(name).isEqualTo("-1 Operation not permitted");
    }

    @Test
    void sharedMemoryIsSmall() {
        JsonPath answer = run("""
                import os
                try:
                    for i in range(4):
                        with open("/dev/shm/big%d" % i, "wb") as f:
                            for _ in range(50):
                                f.write(b"0" * 1024 * 1024)
                    print("WROTE")
                except OSError as e:
                    print("refused", e.strerror)
                """);
        assertThat(answer.getString("stdout").strip()).isEqualTo("refused No space left on device");
    }

    @Test
    void memoryIsCountedForTheWholeProcessTree() {
        JsonPath answer = run(Executions.TREE_MEMORY_BOMB, Map.of("timeoutMs", 30000));
        assertThat(answer.getString("status")).isEqualTo("killed");
        assertThat(answer.getString("error.type")).isEqualTo("MemoryLimit");
    }

    @Test
    void noSandboxProcessIsLeftToPidOne() {
        List<Long> sandboxes = ProcessHandle.current().descendants().map(ProcessHandle::pid).toList();
        assertThat(sandboxes).isNotEmpty();
        run("1");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Set<Long> ours = ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
            // A process of a finished sandbox is gone, not a zombie waiting for PID 1.
            assertThat(sandboxes).allMatch(pid -> ours.contains(pid) || !Files.exists(Path.of("/proc", pid.toString())));
        });
    }

    @Test
    void theRunnerSurvivesItsOwnStreamsBeingClosed() {
        JsonPath answer = run("import sys\nsys.stdout.close()\nsys.stderr.close()\nresult = 42");
        assertThat(answer.getString("status")).isEqualTo("ok");
        assertThat(answer.getInt("result")).isEqualTo(42);
    }

    @Test
    void exitingEarlyIsAnError() {
        assertThat(run("import os\nos._exit(3)").getString("status")).isEqualTo("error");
        JsonPath exit = run("raise SystemExit(3)");
        assertThat(exit.getString("status")).isEqualTo("error");
        assertThat(exit.getString("error.type")).isEqualTo("SystemExit");
    }

    @Test
    void obfuscatedImportsMeetTheSameWalls() {
        JsonPath answer = run("""
                s = getattr(__import__("so" + "cket"), "socket")()
                try:
                    s.connect(("8.8.8.8", 53))
                    print("CONNECTED")
                except OSError as e:
                    print("blocked", e.strerror)
                exec("import subprocess; print(subprocess.run(['ls', '/root'], capture_output=True).returncode)")
                """);
        assertThat(answer.getString("stdout")).contains("blocked Network is unreachable").doesNotContain("CONNECTED")
                .containsPattern("\n[1-9]\\d*\n");
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
