"""Compiles the sandbox's seccomp filter from the one profile the project keeps (deploy/k8s/seccomp/insightx-bwrap.json).

The Kubernetes profile is an allow-list for the whole python-tool container. Sandboxed code gets the same list
minus what only bubblewrap needs to build the sandbox (the entry that allows pivot_root: namespaces, mounts, chroot)
and minus every call the profile names as refused. `clone` stays allowed without namespace flags (fork and threads
need it); `clone3` answers ENOSYS, as in the runtime's default profile, so that the C library falls back to
`clone`, whose flags a filter can read. Everything else fails with EPERM.

The zygote's own bubblewrap gets the pod's list as it is (it must build namespaces and mounts for its kernels):

    python3 seccomp_filter.py PROFILE OUT   writes that compiled BPF program, which `bwrap --seccomp FD` loads.

Each kernel then loads `build(profile)` on top, the last step before user code (filters only ever add up).
"""
import errno
import json
import sys

import seccomp

NAMESPACE_FLAGS = (0x00000080 | 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000
                   | 0x40000000)  # CLONE_NEWTIME, NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET


def allowed_calls(profile, for_code):
    allowed, refused = set(), set()
    for entry in profile.get("syscalls", []):
        names = set(entry.get("names", []))
        if entry.get("action") != "SCMP_ACT_ALLOW":
            refused |= names
        elif "pivot_root" in names and for_code:
            refused |= names  # bubblewrap's own setup: never the sandboxed program's
        else:
            allowed |= names
    return sorted(allowed - refused - {"clone", "clone3"})


def build(profile, for_code=True):
    f = seccomp.SyscallFilter(defaction=seccomp.ERRNO(errno.EPERM))
    for name in allowed_calls(profile, for_code):
        try:
            f.add_rule(seccomp.ALLOW, name)
        except (RuntimeError, ValueError):
            pass  # a name this kernel or architecture does not have
    if for_code:
        f.add_rule(seccomp.ALLOW, "clone", seccomp.Arg(0, seccomp.MASKED_EQ, NAMESPACE_FLAGS, 0))
    else:
        f.add_rule(seccomp.ALLOW, "clone")
    f.add_rule(seccomp.ERRNO(errno.ENOSYS), "clone3")
    return f


def main(profile_path, out_path):
    with open(profile_path, encoding="utf-8") as source:
        profile = json.load(source)
    with open(out_path, "wb") as out:
        build(profile, for_code=False).export_bpf(out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
