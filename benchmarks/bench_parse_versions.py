"""parse_notice against jionlp.ner.extract_time, for this code and an older commit, on varied inputs.

    PYTHONPATH=src python benchmarks/bench_parse_versions.py [--old COMMIT] [--rounds 5]

Each measurement runs in a fresh interpreter (nothing cached from an earlier round) over the same varied texts:
the observed corpus's passages (tests/corpus/observed) and 100 generated notices, after one warm-up read of
examples/sample_notice.md, after which every pattern still uncompiled is compiled, and every grammar a cached
function of no argument builds is built (imports and grammars compiled on first use are not measured; older
versions compiled them at import). Nothing else is warmed: the small caches of values read (numbers, units,
markers) start empty and fill during the measured loop, in both versions. Each round times the three tools one
after another in the same conditions: jionlp.ner.extract_time, then parse_notice of this tree and parse_notice of
OLD (default 2bbea19, before the refactor, exported with `git archive`), in turn first and second. It prints
the median of the rounds and the ratio of each parse_notice to jionlp: issue "One grammar per concept" asks that
this ratio not fall. Needs `pip install jionlp` (a benchmark-only peer). On a shared machine CPU time drifts
from round to round; ``--instructions`` counts instead the machine instructions of one pass of each parse_notice
with valgrind (callgrind), a deterministic figure for the same comparison (needs valgrind; takes minutes).
``--caches`` runs the same pass under valgrind's cache and branch simulation instead (cachegrind, with a last level
the size of one core's L2, ``--l2``), over every ``--every``-th text: besides the instructions it counts the
misses of the first-level data cache and of the L2 and the branches mispredicted, where two versions that run as
many instructions part in time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from generate_notices import write_notices

ROOT = Path(__file__).resolve().parents[1]

_WORKER = r"""
import json, sys, time, datetime as dt, logging
texts = json.load(open(sys.argv[2], encoding="utf-8"))
tool = sys.argv[1]
if tool == "jionlp":
    logging.disable(logging.CRITICAL)
    import jionlp
    run = lambda text: jionlp.ner.extract_time(text, time_base=dt.datetime(2023, 12, 25).timestamp())
else:
    from xuncha import parse_notice
    run = parse_notice
# Imports and first-use grammars are not the work measured: every tool first reads a whole notice (the
# grammars are compiled on first use, and a short warm-up text leaves most of them for the measured loop).
run(open(sys.argv[3], encoding="utf-8").read())
# Patterns the warm-up did not reach are compiled here, as older versions compiled every pattern at import: a
# one-time cost is not the parse speed measured. Grammars built by a cached function of no argument
# (functools.cache) are built here for the same reason; caches of values read are left as the warm-up left them.
import inspect
for name, module in list(sys.modules.items()):
    if name.startswith("xuncha"):
        for value in list(vars(module).values()):
            if type(value).__name__ == "LazyPattern":
                value.compiled
            elif (
                hasattr(value, "cache_info")
                and getattr(value, "__module__", "").startswith("xuncha")
                and not inspect.signature(value).parameters
            ):
                value()
start = time.process_time()
for _ in range(int(sys.argv[4]) if len(sys.argv) > 4 else 1):
    for text in texts:
        run(text)
print(time.process_time() - start)
"""


def _texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "corpus" / "observed").glob("[0-9]*.txt")):
        texts.append(path.read_text(encoding="utf-8").partition("\n---\n")[2])
    with tempfile.TemporaryDirectory() as scratch:
        write_notices(Path(scratch), 100, seed=7)
        texts += [p.read_text(encoding="utf-8") for p in sorted(Path(scratch).iterdir())]
    return texts


#: The text every tool reads before the measurement (not one of the texts measured).
WARM_UP = ROOT / "examples" / "sample_notice.md"


def _time(tool: str, source: Path, texts_file: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(source)}
    result = subprocess.run(
        [sys.executable, "-c", _WORKER, tool, str(texts_file), str(WARM_UP)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return float(result.stdout.strip().splitlines()[-1])


def _valgrind_passes(tool: list[str], source: Path, texts_file: Path) -> tuple[str, str]:
    """What valgrind with ``tool``'s options prints (its stderr) for a run of parse_notice of ``source`` with no
    pass over the texts, then with one: the caller subtracts the first (imports, the warm-up and the grammars'
    building) from the second."""
    outputs = []
    for passes in ("0", "1"):
        result = subprocess.run(
            [
                "valgrind",
                *tool,
                sys.executable,
                "-c",
                _WORKER,
                "xuncha",
                str(texts_file),
                str(WARM_UP),
                passes,
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(source)},
            check=True,
        )
        outputs.append(result.stderr)
    return outputs[0], outputs[1]


def _instructions(source: Path, texts_file: Path) -> int:
    """The machine instructions one pass of parse_notice over the texts takes, counted by valgrind's callgrind.
    Deterministic where CPU time on a shared machine is not."""
    counts = []
    for stderr in _valgrind_passes(
        ["--tool=callgrind", "--callgrind-out-file=/dev/null"], source, texts_file
    ):
        collected = next(line for line in stderr.splitlines() if "Collected" in line)
        counts.append(int(collected.split()[-1]))
    return counts[1] - counts[0]


#: What ``--caches`` reads off cachegrind's summary, with the name it prints.
_CACHE_EVENTS: Final = {
    "I   refs": "instructions",
    "D1  misses": "L1 data misses",
    "LL misses": "L2 misses",
    "Mispredicts": "branches mispredicted",
}


def _cache_events(source: Path, texts_file: Path, l2_bytes: int) -> dict[str, int]:
    """The events of :data:`_CACHE_EVENTS` in one pass of parse_notice over the texts, simulated by cachegrind
    with a last-level cache of ``l2_bytes`` (8-way, 64-byte lines)."""
    tool = [
        "--tool=cachegrind", "--cache-sim=yes", "--branch-sim=yes", f"--LL={l2_bytes},8,64",
        "--cachegrind-out-file=/dev/null",
    ]  # fmt: skip
    counts: list[dict[str, int]] = []
    for stderr in _valgrind_passes(tool, source, texts_file):
        found: dict[str, int] = {}
        for line in stderr.splitlines():
            for event in _CACHE_EVENTS:
                head = f"== {event}:"
                if head in line:
                    found[event] = int(line.split(head)[1].split()[0].replace(",", ""))
        counts.append(found)
    return {event: counts[1][event] - counts[0][event] for event in _CACHE_EVENTS}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--old", default="2bbea19")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="count the instructions of one pass of each parse_notice with valgrind instead of timing (minutes)",
    )
    parser.add_argument(
        "--caches",
        action="store_true",
        help="simulate the caches and branches of one pass of each parse_notice with valgrind (minutes)",
    )
    parser.add_argument(
        "--every", type=int, default=8, help="with --caches: read every N-th text (default 8)"
    )
    parser.add_argument(
        "--l2", type=int, default=1 << 20, help="with --caches: the L2's size in bytes (default 1 MiB)"
    )
    args = parser.parse_args(argv)
    texts = _texts()
    if args.caches:
        texts = texts[:: args.every]
    with tempfile.TemporaryDirectory() as scratch:
        old = Path(scratch) / "old"
        old.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.old, "src"], capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive.stdout, check=True)
        texts_file = Path(scratch) / "texts.json"
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        if args.instructions:
            new, old_count = _instructions(ROOT / "src", texts_file), _instructions(old / "src", texts_file)
            print(f"{len(texts)} texts; instructions of one pass of parse_notice, counted by callgrind")
            print(f"parse_notice at {args.old}: {old_count:,}")
            print(f"parse_notice now: {new:,} ({new / old_count:.3f} of {args.old}'s)")
            return 0
        if args.caches:
            now, then = (
                _cache_events(ROOT / "src", texts_file, args.l2),
                _cache_events(old / "src", texts_file, args.l2),
            )
            print(
                f"{len(texts)} texts; one pass of parse_notice under cachegrind, last level {args.l2:,} bytes"
            )
            for event, label in _CACHE_EVENTS.items():
                print(
                    f"{label}: {then[event]:,} at {args.old}, {now[event]:,} now ({now[event] / then[event]:.2f}x)"
                )
            return 0
        rounds: dict[str, list[float]] = {"jionlp": [], "new": [], "old": []}
        sources = {"new": ROOT / "src", "old": old / "src"}
        for number in range(args.rounds):
            rounds["jionlp"].append(_time("jionlp", ROOT / "src", texts_file))
            # The process timed right after jionlp's runs slower: the same code timed there and then next measured
            # a median 1.05 of itself over 22 rounds. The two parse_notice take that place in turn (this tree's
            # first, so that an odd number of rounds leaves the extra one against it).
            for name in ("new", "old") if number % 2 == 0 else ("old", "new"):
                rounds[name].append(_time("xuncha", sources[name], texts_file))
    size = sum(len(text) for text in texts)
    median = {name: statistics.median(values) for name, values in rounds.items()}
    print(
        f"{len(texts)} texts, {size:,} characters; median of {args.rounds} rounds, CPU time, each a fresh process"
    )
    print(f"jionlp.ner.extract_time: {median['jionlp']:.2f} s")
    for name, label in (("old", f"parse_notice at {args.old}"), ("new", "parse_notice now")):
        print(f"{label}: {median[name]:.2f} s, {median['jionlp'] / median[name]:.1f}x jionlp's speed")
    # The machine's speed drifts between rounds (shared hosts): the three tools of one round ran back to back, so
    # the ratio within each round is steadier than a ratio of medians.
    paired = sorted(new / old for new, old in zip(rounds["new"], rounds["old"], strict=True))
    print(
        f"now / {args.old}, round by round: median {statistics.median(paired):.2f}"
        f" (from {paired[0]:.2f} to {paired[-1]:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
