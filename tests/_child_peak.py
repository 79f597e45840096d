"""Run a program in a child process with this tree's xuncha and read what it prints: the memory tests'
one runner (tests/test_parse_memory.py, tests/test_check_memory.py).

A program measures its own peak resident set (VmHWM, read from /proc) with :data:`PEAK_MB`, defined before
the program's own lines, so that nothing the test process holds counts.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Whether this system reports the peak resident set (Linux /proc); the memory tests skip where it does not.
HAS_PEAK = Path("/proc/self/status").exists()

PEAK_MB = """
def peak_mb():
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024
"""


def printed_lines(program: str, *, timeout: float = 120) -> list[str]:
    """The lines ``program`` prints (after :data:`PEAK_MB` and ``import xuncha``), run in a child process."""
    result = subprocess.run(
        [sys.executable, "-c", "import xuncha\n" + PEAK_MB + program],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.split("\n")[:-1]
