"""Guard for speed work: parse_notice's output must not change.

Run from the repository root:

    PYTHONPATH=src python benchmarks/parse_snapshot.py save DIR    # before a change (or on main)
    PYTHONPATH=src python benchmarks/parse_snapshot.py check DIR   # after it; exit 1 on any difference

It parses the real notice in ../shared/corpus (when present), examples/sample_notice.md and every passage in
tests/_passages, each with no reference and with reference 2023-12-25, and writes (or compares) their
``to_json`` output, one file per input. Parse errors are recorded as output too, so a changed error counts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
from collections.abc import Iterator
from pathlib import Path

from xuncha import XunchaError, parse_notice, to_json

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = dt.date(2023, 12, 25)


def inputs() -> Iterator[Path]:
    for shared in (ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        corpus = shared / "corpus"
        if corpus.is_dir():
            yield from sorted(corpus.glob("*.txt"))
            break
    yield ROOT / "examples" / "sample_notice.md"
    yield from sorted(path for path in (ROOT / "tests" / "_passages").iterdir() if path.name != "README.md")


def outputs() -> Iterator[tuple[str, str]]:
    for path in inputs():
        text = path.read_text(encoding="utf-8")
        for reference in (None, REFERENCE):
            try:
                result = to_json(parse_notice(text, reference=reference))
            except XunchaError as error:
                result = f"{type(error).__name__}: {error}"
            yield f"{path.name}.{reference or 'noref'}.json", result + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("directory", type=Path)
    args = parser.parse_args(argv)
    directory: Path = args.directory
    if args.action == "save":
        directory.mkdir(parents=True, exist_ok=True)
        count = 0
        for name, result in outputs():
            (directory / name).write_text(result, encoding="utf-8")
            count += 1
        print(f"saved {count} outputs in {directory}")
        return 0
    differences = 0
    count = 0
    for name, result in outputs():
        count += 1
        saved_path = directory / name
        saved = saved_path.read_text(encoding="utf-8") if saved_path.exists() else ""
        if saved != result:
            differences += 1
            diff = difflib.unified_diff(
                saved.splitlines(), result.splitlines(), f"saved/{name}", f"now/{name}", lineterm="", n=2
            )
            print("\n".join(list(diff)[:40]))
    print(f"{count} outputs compared, {differences} differ")
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
