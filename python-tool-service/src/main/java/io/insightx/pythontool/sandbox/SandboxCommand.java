package io.insightx.pythontool.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import io.insightx.pythontool.config.PythonToolConfig;

/**
 * The command line that starts one sandboxed interpreter: hard rlimits (prlimit), an unprivileged host uid of its
 * own when the service is root (setpriv), then bubblewrap with every namespace unshared, no network, a cleared
 * environment, no capabilities, a seccomp filter, only the read-only system paths Python needs, and private
 * size-capped tmpfs directories for work, /tmp and /dev/shm.
 */
final class SandboxCommand {

    static final String MOUNT = "/opt/insightx";
    static final String WORK = "/work";
    static final int SANDBOX_UID = 65534;
    private static final List<String> SYSTEM_LINKS = List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");
    private static final List<String> SYSTEM_FILES = List.of("/etc/alternatives", "/etc/ld.so.cache",
            "/etc/matplotlibrc", "/etc/fonts", "/etc/localtime", "/etc/mime.types");
    /** Older OpenBLAS builds need these on some processors (see the machine notes); pass them on when set. */
    private static final List<String> PASSED_ENV = List.of("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE");

    private final PythonToolConfig config;
    private final Path hostFiles;

    SandboxCommand(PythonToolConfig config, Path hostFiles) {
        this.config = config;
        this.hostFiles = hostFiles;
    }

    List<String> sandboxed(OptionalInt hostUid, Map<String, String> hostEnv) {
        List<String> cmd = new ArrayList<>(limits());
        hostUid.ifPresent(uid -> cmd.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups",
                "--")));
        PythonToolConfig.Sandbox s = config.sandbox();
        // bubblewrap loads the seccomp filter from a file descriptor, the last step before it runs Python.
        cmd.addAll(List.of("/bin/sh", "-c", "exec \"$@\" 3<\"$0\"", hostFiles.resolve("seccomp.bpf").toString()));
        cmd.addAll(List.of(s.bwrap(), "--seccomp", "3", "--unshare-all", "--unshare-user", "--disable-userns", "--uid", Integer.toString(SANDBOX_UID),
                "--gid", Integer.toString(SANDBOX_UID), "--hostname", "sandbox", "--die-with-parent", "--new-session",
                "--clearenv", "--cap-drop", "ALL", "--ro-bind", "/usr", "/usr"));
        for (String path : SYSTEM_LINKS) {
            Path p = Path.of(path);
            if (Files.isSymbolicLink(p)) {
                cmd.addAll(List.of("--symlink", readLink(p), path));
            } else if (Files.isDirectory(p)) {
                cmd.addAll(List.of("--ro-bind", path, path));
            }
        }
        for (String path : SYSTEM_FILES) {
            cmd.addAll(List.of("--ro-bind-try", path, path));
        }
        String tmpfsBytes = Long.toString((long) s.tmpfsMb() * 1024 * 1024);
        // /dev is bubblewrap's minimal private one; its /dev/shm would be a tmpfs of half the host's memory.
        String shmBytes = Long.toString((long) s.devShmMb() * 1024 * 1024);
        cmd.addAll(List.of("--ro-bind", hostFiles.toString(), MOUNT, "--proc", "/proc", "--dev", "/dev",
                "--size", shmBytes, "--tmpfs", "/dev/shm", "--size", tmpfsBytes, "--tmpfs", "/tmp", "--size", tmpfsBytes, "--tmpfs", WORK, "--remount-ro", "/", "--chdir", WORK));
        environment(WORK, MOUNT + "/mpl", hostEnv).forEach((k, v) -> cmd.addAll(List.of("--setenv", k, v)));
        cmd.addAll(List.of(config.python().interpreter(), "-I", MOUNT + "/runner.py"));
        return cmd;
    }

    /** Development only: the same limits and environment, without isolation. */
    List<String> unsandboxed() {
        List<String> cmd = new ArrayList<>(limits());
        cmd.addAll(List.of(config.python().interpreter(), "-I", hostFiles.resolve("runner.py").toString()));
        return cmd;
    }

    Map<String, String> environment(String workDir, String fontCache, Map<String, String> hostEnv) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", workDir);
        env.put("LANG", "C.UTF-8");
        env.put("MPLBACKEND", "Agg");
        env.put("OPENBLAS_NUM_THREADS", "1");
        env.put("OMP_NUM_THREADS", "1");
        env.put("MKL_NUM_THREADS", "1");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.put("INSIGHTX_WORKDIR", workDir);
        env.put("INSIGHTX_MPL_SEED", fontCache);
        env.put("INSIGHTX_MAX_ROWS", Integer.toString(config.execution().maxRows()));
        env.put("INSIGHTX_OUTPUT_CAP", Integer.toString(config.execution().outputCapBytes()));
        for (String name : PASSED_ENV) {
            if (hostEnv.containsKey(name)) {
                env.put(name, hostEnv.get(name));
            }
        }
        return env;
    }

    private List<String> limits() {
        PythonToolConfig.Sandbox s = config.sandbox();
        // The soft CPU limit sends SIGXCPU, which says what happened; the hard one, a second later, SIGKILL.
        return List.of("prlimit", "--cpu=" + s.cpuSeconds() + ":" + (s.cpuSeconds() + 1), "--as=" + (long) s.memoryMb() * 1024 * 1024,
                "--nproc=" + s.maxProcesses(), "--fsize=" + (long) s.maxFileMb() * 1024 * 1024, "--nofile=256",
                "--core=0", "--");
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + link, e);
        }
    }
}
