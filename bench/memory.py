"""A process's own peak resident memory, measured inside it.

`ru_maxrss` from `wait4` or `RUSAGE_*` is not the child's own figure on Linux: the kernel records the
parent's resident size at fork (the copied address space) into the child's maximum, so every command the
bench starts after it has itself grown (AppTest drawing pages at national scale) reported the bench's
peak. VmHWM in /proc/self/status belongs to the current address space, which exec starts afresh.
"""

from __future__ import annotations

from pathlib import Path

# `python -c RUN_MODULE PEAK_FILE MODULE ARGS...`: run `python -m MODULE ARGS...` and write its VmHWM (kB)
# to PEAK_FILE when it exits, whatever its exit status.
RUN_MODULE = """
import atexit, runpy, sys
peak_file, module = sys.argv[1], sys.argv[2]
def _record():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                with open(peak_file, "w") as out:
                    out.write(line.split()[1])
atexit.register(_record)
sys.argv = [module, *sys.argv[3:]]
runpy.run_module(module, run_name="__main__", alter_sys=True)
"""


def own_peak_kb() -> int:
    """This process's peak resident memory in kB (VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def recorded_gb(peak_file: Path) -> float:
    return int(peak_file.read_text().strip()) / 2**20
