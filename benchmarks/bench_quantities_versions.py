"""extract_quantities and parse_notice of this tree against an older tree, measured in the same run.

Run from the repository root:

    git archive 2bbea19 src | tar -x -C /tmp/old      # the tree before the one-lexicon refactor
    PYTHONPATH=src python benchmarks/bench_quantities_versions.py /tmp/old/src

Each measurement runs in a fresh process (the two versions take turns, so that load from other processes hits
both alike); inside it, the bounded per-input caches (``functools.lru_cache`` with a maxsize) are cleared before
every timed call (process time, so that waiting for a shared CPU is not counted), so no call is served from the previous one's results, while the unbounded caches that hold
compiled grammars stay warm after one untimed call. The fastest call of all processes counts, as timeit advises.
Inputs: the example notice of ../shared/corpus at 4x its size, examples/sample_notice.md, and every passage of
tests/corpus/observed (one call per passage, summed).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from _versions import BOUNDED_CACHES, run_child

ROOT = Path(__file__).resolve().parents[1]
NOTICE = next(
    (
        folder / "shared" / "corpus" / "000_b565cbef8bc7a4b1.txt"
        for folder in ROOT.parents[:3]
        if (folder / "shared" / "corpus" / "000_b565cbef8bc7a4b1.txt").exists()
    ),
    None,
)

WORKER = (
    r"""
import functools, gc, json, sys, time

import xuncha
from xuncha import extract_quantities, parse_notice
"""
    + BOUNDED_CACHES
    + r"""

inputs = json.loads(sys.stdin.read())
rounds = inputs.pop("rounds")
results = {}
for name, (function_name, texts) in inputs.items():
    function = {"extract_quantities": extract_quantities, "parse_notice": parse_notice}[function_name]
    for text in texts:  # compile the grammars (unbounded caches) before timing
        function(text)
    caches = bounded_caches()
    best = float("inf")
    gc.disable()
    for _ in range(rounds):
        total = 0.0
        for text in texts:
            for cache in caches:
                cache.cache_clear()
            start = time.process_time()
            function(text)
            total += time.process_time() - start
        best = min(best, total)
    gc.enable()
    results[name] = best
print(json.dumps(results))
"""
)


def inputs() -> dict[str, tuple[str, list[str]]]:
    passages = [
        path.read_text(encoding="utf-8") for path in sorted((ROOT / "tests/corpus/observed").glob("*.txt"))
    ]
    sample = (ROOT / "examples" / "sample_notice.md").read_text(encoding="utf-8")
    found: dict[str, tuple[str, list[str]]] = {}
    if NOTICE is not None:
        notice = NOTICE.read_text(encoding="utf-8")
        found["extract_quantities, corpus notice x4"] = ("extract_quantities", [notice * 4])
    found["extract_quantities, sample_notice.md"] = ("extract_quantities", [sample])
    found[f"extract_quantities, {len(passages)} observed passages"] = ("extract_quantities", passages)
    if NOTICE is not None:
        found["parse_notice, corpus notice"] = ("parse_notice", [NOTICE.read_text(encoding="utf-8")])
    found["parse_notice, sample_notice.md"] = ("parse_notice", [sample])
    return found


def measure(source: Path, payload: str) -> dict[str, float]:
    return run_child(source, WORKER, payload)


def main() -> int:
    old = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/old/src").resolve()
    if not (old / "xuncha").is_dir():
        print(f"no xuncha package under {old}: export one with  git archive REV src | tar -x -C DIR")
        return 2
    new = ROOT / "src"
    processes = int(os.environ.get("BENCH_PROCESSES", "5"))
    payload_inputs: dict[str, object] = dict(inputs())
    payload_inputs["rounds"] = int(os.environ.get("BENCH_ROUNDS", "15"))
    payload = json.dumps(payload_inputs)
    best: dict[str, dict[str, float]] = {"old": {}, "new": {}}
    for _ in range(processes):
        for label, source in (("old", old), ("new", new)):
            for name, seconds in measure(source, payload).items():
                best[label][name] = min(best[label].get(name, float("inf")), seconds)
    print(
        f"old: {old}\nnew: {new}\nbest of {processes} processes x {payload_inputs['rounds']} rounds, cold per-input caches"
    )
    worst = 0.0
    for name in best["new"]:
        before, after = best["old"][name], best["new"][name]
        worst = max(worst, after / before)
        print(
            f"  {name:45} old {before * 1000:8.2f} ms   new {after * 1000:8.2f} ms   new/old {after / before:.2f}"
        )
    return 0 if worst <= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
