package io.insightx.pythontool.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.insightx.pythontool.config.PythonToolConfig;

/**
 * The command line that starts the zygote: a process cap (prlimit), an unprivileged host uid of this instance's own
 * when the service is root (setpriv), then bubblewrap with every namespace unshared, no network, a cleared
 * environment, the seccomp filter of the pod (kernels add the stricter one of sandboxed code), only the read-only
 * system paths Python needs, and placeholders for the private directories each kernel mounts for itself. The
 * zygote is uid 65534 of its own user namespace with CAP_SYS_ADMIN there, which it needs once to free /proc for the
 * kernels' own and then drops.
 */
final class SandboxCommand {

    static final String MOUNT = "/opt/insightx";
    static final String WORK = "/work";
    static final String SOCKET_DIR = "/zygote";
    private static final String ID = "65534";
    private static final List<String> SYSTEM_LINKS = List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");
    private static final List<String> SYSTEM_FILES = List.of("/etc/alternatives", "/etc/ld.so.cache",
            "/etc/matplotlibrc", "/etc/fonts", "/etc/localtime", "/etc/mime.types");
    /** Older OpenBLAS builds need these on some processors (see the machine notes); pass them on when set. */
    private static final List<String> PASSED_ENV = List.of("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PythonToolConfig config;
    private final Path hostFiles;

    SandboxCommand(PythonToolConfig config, Path hostFiles) {
        this.config = config;
        this.hostFiles = hostFiles;
    }

    List<String> zygote(OptionalInt hostUid, Path socketDir, Map<String, String> hostEnv) {
        List<String> cmd = new ArrayList<>(limits());
        hostUid.ifPresent(uid -> cmd.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups",
                "--")));
        PythonToolConfig.Sandbox s = config.sandbox();
        // bubblewrap loads the seccomp filter from a file descriptor, the last step before it runs Python.
        cmd.addAll(List.of("/bin/sh", "-c", "exec \"$@\" 3<\"$0\"", hostFiles.resolve(HostFiles.POD_FILTER).toString()));
        cmd.addAll(List.of(s.bwrap(), "--seccomp", "3", "--unshare-all", "--unshare-user", "--uid", ID, "--gid", ID,
                "--hostname", "sandbox", "--die-with-parent", "--new-session", "--clearenv", "--cap-drop", "ALL",
                "--cap-add", "CAP_SYS_ADMIN", "--ro-bind", "/usr", "/usr"));
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
        cmd.addAll(List.of("--ro-bind", hostFiles.toString(), MOUNT, "--bind", socketDir.toString(), SOCKET_DIR,
                "--proc", "/proc", "--dev", "/dev", "--size", "4096", "--tmpfs", "/dev/shm", "--size", "4096", "--tmpfs", "/tmp",
                "--size", "4096", "--tmpfs", WORK, "--tmpfs", "/mpl", "--remount-ro", "/", "--chdir", WORK));
        environment(WORK, MOUNT + "/mpl", hostEnv).forEach((k, v) -> cmd.addAll(List.of("--setenv", k, v)));
        cmd.addAll(List.of(config.python().interpreter(), "-I", MOUNT + "/zygote.py", zygoteConfig(true, SOCKET_DIR)));
        return cmd;
    }

    /** Development only: the same limits and environment, without isolation. */
    List<String> unsandboxedZygote(Path socketDir) {
        List<String> cmd = new ArrayList<>(limits());
        cmd.addAll(List.of(config.python().interpreter(), "-I", hostFiles.resolve("zygote.py").toString(),
                zygoteConfig(false, socketDir.toString())));
        return cmd;
    }

    /** What each kernel applies to itself before any user code (a JSON argument: data, never code). */
    private String zygoteConfig(boolean sandboxed, String socketDir) {
        PythonToolConfig.Sandbox s = config.sandbox();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("sandboxed", sandboxed);
        c.put("socketDir", socketDir);
        c.put("memoryBytes", (long) s.memoryMb() * 1024 * 1024);
        c.put("maxProcesses", s.maxProcesses());
        c.put("maxFileBytes", (long) s.maxFileMb() * 1024 * 1024);
        c.put("tmpfsBytes", (long) s.tmpfsMb() * 1024 * 1024);
        c.put("shmBytes", (long) s.devShmMb() * 1024 * 1024);
        try {
            return JSON.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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

    /**
     * The zygote's own caps: processes for all its kernels together (each kernel caps its own in its user
     * namespace), no core files. Memory and CPU are set by each kernel for itself, and counted per kernel here.
     */
    private List<String> limits() {
        PythonToolConfig.Sandbox s = config.sandbox();
        return List.of("prlimit", "--nproc=" + (long) s.maxProcesses() * (s.maxKernels() + s.poolSize() + 4), "--core=0",
                "--");
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + link, e);
        }
    }
}
