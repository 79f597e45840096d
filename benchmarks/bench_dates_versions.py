#!/usr/bin/env python3
"""extract_periods of two versions of xuncha in the same run: the speed of the date scanner before and after a
change, on varied inputs with cold caches.

Run from the repository root:

    PYTHONPATH=src python benchmarks/bench_dates_versions.py [--old DIR] [--new DIR] [--rounds N]

``--old`` is a directory holding a ``xuncha`` package; by default the commit before the dates package
(2bbea19, the single-module scanner) is exported with ``git archive`` into a temporary directory. ``--new``
defaults to ./src. Each version runs in subprocesses of its own, old and new alternating (so that the
machine's load falls on both alike); the figure kept for each is the median of the rounds.

Inputs: the real notices in ../shared/corpus (when present), every passage of tests/corpus/observed (at its
gold reference date) and every passage of tests/_passages: varied texts, each scanned once per round.
Cold caches: before each round every bounded cache (functools.lru_cache with a maxsize) in the xuncha
modules is cleared, so that no text is served from what an earlier round left; the compiled grammar (an
unbounded cache, built once) is kept, and its first build is timed apart as "first call".
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import tempfile
from pathlib import Path

from _versions import BOUNDED_CACHES, run_child

ROOT = Path(__file__).resolve().parents[1]
OLD_COMMIT = "2bbea19"
NOTICE_REFERENCE = "2023-12-25"


def inputs() -> list[tuple[str, str | None]]:
    """(text, ISO reference or None) for every input, in a fixed order."""
    found: list[tuple[str, str | None]] = []
    shared = ROOT.parent / "shared" / "corpus"
    if shared.is_dir():
        found += [
            (path.read_text(encoding="utf-8"), NOTICE_REFERENCE) for path in sorted(shared.glob("*.txt"))
        ]
    for path in sorted((ROOT / "tests" / "corpus" / "observed").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        passage = raw.split("\n---\n", 1)[1]
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        found.append((passage, gold.get("reference")))
    passages = ROOT / "tests" / "_passages"
    if passages.is_dir():
        found += [
            (path.read_text(encoding="utf-8"), NOTICE_REFERENCE) for path in sorted(passages.rglob("*.txt"))
        ]
    return found


# The child: import the version on its path, time the first call, then the rounds. Prints one JSON line.
CHILD = (
    r"""
import datetime as dt, functools, json, sys, time
texts = json.loads(sys.stdin.read())
cases = [(text, None if ref is None else dt.date.fromisoformat(ref)) for text, ref in texts]
started = time.perf_counter()
from xuncha import extract_periods
extract_periods(cases[0][0], reference=cases[0][1])
first = time.perf_counter() - started
"""
    + BOUNDED_CACHES
    + r"""
caches = bounded_caches()
rounds = int(sys.argv[1])
times = []
found = 0
for _ in range(rounds):
    for cache in caches:
        cache.cache_clear()
    began = time.process_time()
    for text, ref in cases:
        found += len(extract_periods(text, reference=ref))
    times.append(time.process_time() - began)
print(json.dumps({"first": first, "times": times, "found": found // rounds}))
"""
)


def run(source: Path, payload: str, rounds: int) -> dict[str, object]:
    return run_child(source, CHILD, payload, str(rounds))


def export_old(into: Path) -> Path:
    archive = subprocess.run(["git", "archive", OLD_COMMIT, "src"], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into / "src"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--old", type=Path, help=f"directory with the old xuncha (default: {OLD_COMMIT} exported)"
    )
    parser.add_argument("--new", type=Path, default=ROOT / "src")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per subprocess")
    parser.add_argument("--processes", type=int, default=3, help="subprocesses per version")
    args = parser.parse_args()
    cases = inputs()
    payload = json.dumps(cases)
    characters = sum(len(text) for text, _ in cases)
    with tempfile.TemporaryDirectory() as scratch:
        old = args.old if args.old is not None else export_old(Path(scratch))
        results: dict[str, list[dict[str, object]]] = {"old": [], "new": []}
        for _ in range(args.processes):  # alternate, so that load on the machine falls on both alike
            results["old"].append(run(old, payload, args.rounds))
            results["new"].append(run(args.new, payload, args.rounds))
    print(f"{len(cases)} texts, {characters:,} characters, {dt.date.today():%Y-%m-%d}")
    medians, minima = {}, {}
    for name, runs in results.items():
        times = [t for one in runs for t in one["times"]]  # type: ignore[attr-defined]
        first = statistics.median(float(one["first"]) for one in runs)  # type: ignore[arg-type]
        medians[name], minima[name] = statistics.median(times), min(times)
        print(
            f"{name}: {medians[name] * 1000:8.1f} ms per round (median of {len(times)}; min {min(times) * 1000:.1f}),"
            f" first call {first * 1000:.0f} ms, {runs[0]['found']} periods"
        )
    # (on a loaded machine the minimum, the run least disturbed, is the steadier figure)
    print(
        f"new / old: {medians['new'] / medians['old']:.3f} (medians), {minima['new'] / minima['old']:.3f} (minima)"
    )


if __name__ == "__main__":
    main()
