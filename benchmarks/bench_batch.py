"""Files per second of ``xuncha parse`` over a generated corpus, with one worker and with every core.

    python benchmarks/bench_batch.py [--count 2000] [--repeat 3]

Generates COUNT varied notices (benchmarks/generate_notices.py), then runs ``python -m xuncha parse DIR --format
jsonl -o /dev/null`` in a fresh process with ``--jobs 1`` and with ``--jobs N`` (N = the usable cores), each run
cold (a new interpreter, nothing cached), best of REPEAT. Goal: at least 1.7× the files per second on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from generate_notices import write_notices

ROOT = Path(__file__).resolve().parents[1]


def _seconds(folder: Path, jobs: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "xuncha",
            "parse",
            str(folder),
            "--format",
            "jsonl",
            "--jobs",
            str(jobs),
            "-o",
            os.devnull,
        ],
        check=True,
        env=env,
    )
    return time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    cores = len(os.sched_getaffinity(0))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        write_notices(folder, args.count)
        one = min(_seconds(folder, 1) for _ in range(args.repeat))
        every = min(_seconds(folder, cores) for _ in range(args.repeat))
    print(f"{args.count} notices, best of {args.repeat}, each run a fresh process")
    print(f"--jobs 1: {one:.1f} s, {args.count / one:.0f} files/s")
    print(f"--jobs {cores}: {every:.1f} s, {args.count / every:.0f} files/s")
    print(f"speed-up on {cores} cores: {one / every:.2f}x (goal: at least 1.7x on 2 cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
