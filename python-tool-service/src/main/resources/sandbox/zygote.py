"""InsightX zygote: imports pandas, numpy, matplotlib and scipy once, never runs user code, and forks one kernel
per connection on its socket.

The zygote runs inside bubblewrap (read-only system, no network, its own namespaces) as uid 65534 of a user
namespace of its own; it holds CAP_SYS_ADMIN there only to free /proc for the kernels' own, then drops it: a kernel
gets what it needs to build its isolation in the user namespace it creates. Before any user code,
each kernel: enters a new user namespace (where it is uid 65534 and the only id mapped), mount, pid, network, IPC
and UTS namespaces; mounts its own /proc, private size-capped tmpfs /work, /tmp, /dev/shm and matplotlib cache,
and hides the zygote's socket; brings up a loopback of its own; drops every capability, sets no_new_privs and its
rlimits; and loads the seccomp filter compiled from the project's one profile. Two kernels share no file, process,
memory or network: each sees only itself.

Protocol on a kernel's connection, one line each: the kernel says `KERNEL <pid>` (its pid as the zygote sees it)
and `READY`; then each request line (JSON) gets one answer line (JSON). The kernel ends when the connection closes.
"""
import ctypes
import fcntl
import json
import os
import resource
import shutil
import signal
import socket
import struct
import sys
import tempfile
import traceback

CONFIG = json.loads(sys.argv[1])
SANDBOXED = CONFIG["sandboxed"]
HERE = os.path.dirname(os.path.abspath(__file__))
MPL = "/mpl" if SANDBOXED else tempfile.mkdtemp(prefix="insightx-mpl-")
libc = ctypes.CDLL(None, use_errno=True)

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x00020000, 0x04000000, 0x08000000
CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x10000000, 0x20000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = \
    1, 2, 4, 8, 32, 4096, 0x4000, 1 << 18
MNT_DETACH = 2
PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS, PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 24, 38, 47, 4
SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1
SANDBOX_ID = 65534


def check(result, what):
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, "%s: %s" % (what, os.strerror(code)))


def mount(source, target, fstype, flags, options=None):
    enc = (lambda v: v.encode() if v is not None else None)
    check(libc.mount(enc(source), enc(target), enc(fstype), flags, enc(options)), "mount " + target)


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def prepare_zygote():
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    if SANDBOXED:
        # bubblewrap covers parts of /proc; a kernel may mount its own /proc only where /proc is wholly visible.
        for sub in ("/proc/sys", "/proc/sysrq-trigger", "/proc/irq", "/proc/bus", "/proc/fs"):
            libc.umount2(sub.encode(), MNT_DETACH)
        drop_privileges()  # what a kernel needs it gets in its own user namespace


def seed_font_cache():
    """A font cache built once by the service, so that no kernel spends a second building its own."""
    seed = os.environ.get("INSIGHTX_MPL_SEED")
    if seed and os.path.isdir(seed):
        shutil.copytree(seed, MPL, dirs_exist_ok=True)
    os.environ["MPLCONFIGDIR"] = MPL


def isolate():
    """In the kernel's first process: new namespaces, where the only id is 65534."""
    check(libc.unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS),
          "unshare")
    write("/proc/self/setgroups", "deny")
    # The zygote is 65534 too: mapping the parent's root instead would need CAP_SETFCAP, which the zygote lacks.
    write("/proc/self/uid_map", "%d %d 1" % (SANDBOX_ID, SANDBOX_ID))
    write("/proc/self/gid_map", "%d %d 1" % (SANDBOX_ID, SANDBOX_ID))


def private_filesystems():
    """In the kernel (pid 1 of its namespace): its own /proc and empty, capped, writable directories."""
    mount(None, "/", None, MS_REC | MS_PRIVATE)
    mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    mount("/proc/sys", "/proc/sys", None, MS_BIND | MS_REC)
    mount(None, "/proc/sys", None, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC)
    for path, size in (("/work", CONFIG["tmpfsBytes"]), ("/tmp", CONFIG["tmpfsBytes"]),
                       ("/dev/shm", CONFIG["shmBytes"]), (MPL, 64 * 1024 * 1024)):
        mount("tmpfs", path, "tmpfs", MS_NOSUID | MS_NODEV, "size=%d,mode=1777" % size)
    mount("tmpfs", CONFIG["socketDir"], "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=4k,mode=0555")
    seed_font_cache()
    os.chdir("/work")
    socket.sethostname("sandbox")
    loopback_up()


def loopback_up():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        flags = struct.unpack("16sH", fcntl.ioctl(s, SIOCGIFFLAGS, struct.pack("16sH", b"lo", 0)))[1]
        fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sH", b"lo", flags | IFF_UP))


class CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def drop_privileges():
    for cap in range(64):
        libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0)  # EINVAL past the last capability: nothing to drop
    check(libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0), "ambient capabilities")
    check(libc.capset(ctypes.byref(CapHeader(0x20080522, 0)), (CapData * 2)()), "capset")
    check(libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")


def set_limits():
    for limit, value in ((resource.RLIMIT_AS, CONFIG["memoryBytes"]), (resource.RLIMIT_NPROC, CONFIG["maxProcesses"]),
                         (resource.RLIMIT_FSIZE, CONFIG["maxFileBytes"]), (resource.RLIMIT_NOFILE, 256),
                         (resource.RLIMIT_CORE, 0)):
        resource.setrlimit(limit, (value, value))


def send(conn, line):
    conn.sendall(line.encode("utf-8") + b"\n")


def kernel(conn, seccomp_filter):
    """The forked child: becomes a kernel, serves its connection, and never returns."""
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        if SANDBOXED:
            isolate()
            said, say = os.pipe()  # the kernel speaks only after its pid has been told
            pid = os.fork()
            if pid:
                send(conn, "KERNEL %d" % pid)
                os.write(say, b"!")
                os._exit(0)
            os.close(say)
            os.read(said, 1)
            os.close(said)
            private_filesystems()
            drop_privileges()
        else:
            send(conn, "KERNEL %d" % os.getpid())
            os.chdir(tempfile.mkdtemp(prefix="insightx-unsandboxed-"))
            runner.CAPTURE = os.path.join(os.getcwd(), ".insightx")
            os.environ["HOME"] = os.environ["INSIGHTX_WORKDIR"] = os.getcwd()
        set_limits()
        if seccomp_filter is not None:
            seccomp_filter.load()
        serve(conn)
    except BaseException as e:  # the kernel could not be made: say why, and end
        try:
            where = traceback.extract_tb(e.__traceback__)[-1]
            send(conn, "FAILED %s: %s (zygote.py line %d)" % (type(e).__name__, e, where.lineno))
        finally:
            os._exit(70)
    os._exit(0)


def serve(conn):
    namespace = runner.new_namespace()
    requests = conn.makefile("rb")
    send(conn, "READY")
    for line in requests:
        conn.sendall(runner.execute(json.loads(line), namespace).encode("utf-8") + b"\n")


def main():
    prepare_zygote()
    seccomp_filter = None
    if SANDBOXED:
        import seccomp_filter as compiler
        with open(os.path.join(HERE, "insightx-bwrap.json"), encoding="utf-8") as f:
            seccomp_filter = compiler.build(json.load(f))
    # Kernels are reaped by bubblewrap's init (sandboxed) or by this setting (unsandboxed); never zombies here.
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    path = os.path.join(CONFIG["socketDir"], "zygote.sock")
    if os.path.exists(path):
        os.unlink(path)  # left by a zygote that ended
    listener.bind(path)
    listener.listen(128)
    print("READY", flush=True)
    while True:
        conn, _ = listener.accept()
        if os.fork() == 0:
            listener.close()
            kernel(conn, seccomp_filter)
        conn.close()


sys.path.insert(0, HERE)
seed_font_cache()
import runner  # noqa: E402  (pandas, numpy, matplotlib: once, here)
import scipy.stats  # noqa: E402,F401


def warm_up():
    """Loads what pandas and matplotlib load lazily (groupby, fonts, the PNG writer) once, here, for every kernel."""
    frame = runner.pd.DataFrame({"k": [1, 2, 1], "v": [1.0, 2.0, 3.0]})
    summary = frame.groupby("k")["v"].agg(["sum", "mean"]).reset_index()
    runner.plt.bar(summary["k"], summary["sum"])
    runner.plt.title("warm")
    runner.figures()


warm_up()

if __name__ == "__main__":
    main()
