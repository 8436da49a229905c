"""What the benchmarks print about the machine, and pinning to one core (figures mean little without them)."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def machine() -> str:
    """CPU model, core count, Python version and load."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = ", load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    return (
        f"{model}, {os.cpu_count()} CPUs{load}; "
        f"{platform.python_implementation()} {platform.python_version()} on {platform.system()}"
    )


def pin_to_one_cpu() -> str:
    """Pin the process to one CPU where the OS allows it; says which."""
    if hasattr(os, "sched_setaffinity"):
        cpu = sorted(os.sched_getaffinity(0))[0]
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"
