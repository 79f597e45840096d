"""Start-up cost of xuncha: ``import xuncha`` against ``python -c pass``, measured in the same run.

Run from the repository root:  PYTHONPATH=src python benchmarks/bench_import.py [--runs N] [--importtime]

Each sample is a fresh interpreter (a cold import: nothing of xuncha is loaded yet, though the operating system's
file cache is warm after the first run). The two commands alternate so that a change in the machine's load hits
both alike; the report gives the median wall time of each and their difference, the cost of the import itself.
Goal: ``import xuncha`` at most 0.1 s of wall time. The first use of the heavy modules (the parser, the checker,
JSON) is reported too, for information: those are imported on first use, not by ``import xuncha``.

``--importtime`` also prints the ten slowest modules of ``python -X importtime`` for each command.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

GOAL_SECONDS = 0.1

COMMANDS: dict[str, str] = {
    "python -c pass": "pass",
    "import xuncha": "import xuncha",
    "first use: xuncha.from_json": "import xuncha; xuncha.from_json",
    "first use: xuncha.parse_notice": "import xuncha; xuncha.parse_notice",
    "first use: xuncha.check": "import xuncha; xuncha.check",
}


def _wall(code: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    return time.perf_counter() - started


def _importtime(code: str, env: dict[str, str], top: int = 10) -> list[tuple[int, str]]:
    """The ``top`` modules with the largest cumulative import time (microseconds), outermost first."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], env=env, capture_output=True, text=True, check=True
    )
    rows: list[tuple[int, str]] = []
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line.removeprefix("import time:").split("|")
        rows.append((int(cumulative), name.rstrip()))
    return sorted(rows, reverse=True)[:top]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=21, help="fresh interpreters per command (default 21)")
    parser.add_argument(
        "--importtime", action="store_true", help="also show python -X importtime's top modules"
    )
    args = parser.parse_args(argv)

    env = dict(os.environ)
    samples: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, code in COMMANDS.items():  # interleaved: load changes hit every command alike
            samples[name].append(_wall(code, env))

    baseline = statistics.median(samples["python -c pass"])
    print(
        f"{'command':34} {'median':>9} {'min':>9} {'over pass':>10}   ({args.runs} runs, {sys.version.split()[0]})"
    )
    for name, times in samples.items():
        median = statistics.median(times)
        print(f"{name:34} {median:8.3f}s {min(times):8.3f}s {median - baseline:+9.3f}s")
    cost = statistics.median(samples["import xuncha"]) - baseline
    verdict = "ok" if cost <= GOAL_SECONDS else "OVER"
    print(f"\nimport xuncha costs {cost:.3f} s over python -c pass (goal <= {GOAL_SECONDS} s): {verdict}")

    if args.importtime:
        for name, code in COMMANDS.items():
            print(f"\n-X importtime, {name}: cumulative ms, module")
            for micros, module in _importtime(code, env):
                print(f"  {micros / 1000:8.1f}  {module}")
    return 0 if cost <= GOAL_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
