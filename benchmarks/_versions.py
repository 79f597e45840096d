"""What the benchmarks that time two trees of xuncha in one run share (bench_quantities_versions.py,
bench_dates_versions.py): each version is timed in child processes of its own, with that tree first on the path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

#: Child source (after ``import sys``) for ``bounded_caches()``: every bounded cache (``functools.lru_cache`` with a
#: maxsize) of the loaded xuncha modules; these hold per-input results, so a cold measurement clears them, while
#: the unbounded caches hold compiled grammars and stay warm.
BOUNDED_CACHES = r"""
def bounded_caches():
    found = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("xuncha"):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_parameters", None)
            if info is not None and info().get("maxsize") is not None:
                found.append(value)
    return found
"""


def run_child(source: Path, child: str, payload: str, *arguments: str) -> dict[str, Any]:
    """Run the Python source ``child`` with ``source`` (a directory holding a ``xuncha`` package) on its path and
    ``payload`` on its standard input; the JSON object it prints."""
    done = subprocess.run(
        [sys.executable, "-c", child, *arguments],
        input=payload,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(source)},
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result
