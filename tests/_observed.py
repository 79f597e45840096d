"""Score xuncha against the observed corpus (tests/corpus/observed/, conventions in its CONVENTIONS.md).

Run it to print the scores per dimension, or with ``--details`` to list every miss and every false item:

    PYTHONPATH=src python tests/_observed.py [--details] [--only quantities|periods|markers|facts]

Matching is by position: a gold item and a found item are paired when their spans overlap, and the pair is right
when every normalised value agrees:
- quantities: the value in base units, the base unit, the qualifier class and the upper bound (full-right);
- periods: the relation and the bounds that relation fixes (start and end for on/range, start for since/after,
  end for until/before); a found period with no bound at all (an event-relative 巡察期间) asserts nothing and is
  not counted as found;
- markers: the level and the ordinal;
- facts: each fact the gold states, compared exactly (contacts as a set of kind and value).
Recall counts the gold items read right; precision counts the found items that are right.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import xuncha
from xuncha.units import PREFIXES

CORPUS = Path(__file__).resolve().parent / "corpus" / "observed"
DIMENSIONS = ("quantities", "periods", "markers", "facts")
# The bounds each relation fixes: the others are open or depend on when the text is read.
_FIXED_BOUNDS = {
    "on": ("start", "end"),
    "range": ("start", "end"),
    "since": ("start",),
    "after": ("start",),
    "until": ("end",),
    "before": ("end",),
}
_FACT_KEYS = (
    "title",
    "issuer",
    "inspector",
    "dispatcher",
    "target",
    "mode",
    "round",
    "period_start",
    "period_end",
    "feedback_date",
    "contacts",
)


@dataclass(frozen=True)
class Passage:
    """One corpus file: its header fields, its passage text and its gold annotations."""

    path: Path
    header: dict[str, str]
    text: str
    gold: dict[str, Any]

    @property
    def reference(self) -> dt.date | None:
        value = self.gold.get("reference")
        return dt.date.fromisoformat(value) if value else None


def read_passage(path: Path) -> Passage:
    """A corpus file and its gold; the passage is everything after the first line that is exactly ``---``."""
    raw = path.read_text(encoding="utf-8")
    head, separator, text = raw.partition("\n---\n")
    if not separator:
        raise ValueError(f"{path.name}: no '---' line after the header")
    header: dict[str, str] = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        header[key.strip()] = value.strip()
    gold_path = path.with_name(path.name.removesuffix(".txt") + ".gold.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return Passage(path, header, text, gold)


def passages(folder: Path = CORPUS) -> list[Passage]:
    return [read_passage(path) for path in sorted(folder.glob("[0-9]*.txt"))]


# What may stand before a marker on its line: indentation and the markup of a heading (#, **).
_LINE_LEAD = re.compile(r"(?:^|\n)[ \t\u3000#*>]*\Z")


def _opens_a_line(text: str, start: int) -> bool:
    return _LINE_LEAD.search(text, max(0, start - 12), start) is not None


def locate(
    text: str, items: Sequence[dict[str, Any]], name: str, *, line_starts: bool = False
) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Each gold item with its span: the next occurrence of its text after the previous item of its list, or
    the offset its ``at`` gives (where an earlier occurrence of the same text is not annotated: a quoted
    “四个落实” before the count 四个巡察组).

    ``line_starts``: only occurrences that open a line count (hierarchy markers open a heading or a paragraph,
    so 一、 inside 第一、 or 3. inside an e-mail address is not the marker annotated).
    """
    cursor = 0
    for item in items:
        needle = item["text"]
        if "at" in item:
            start = item["at"]
            if text[start : start + len(needle)] != needle:
                raise ValueError(f"{name}: gold text {needle!r} is not at its offset {start}")
            yield start, start + len(needle), item
            cursor = start + len(needle)
            continue
        start = _find(text, needle, cursor, line_starts)
        if start < 0:
            start = _find(
                text, needle, max(0, cursor - len(needle)), line_starts
            )  # overlapping the one before
        if start < 0 and line_starts:
            start = _find(text, needle, cursor, False)  # a marker run into a line, as some pages print them
        if start < 0:
            raise ValueError(f"{name}: gold text {needle!r} not found in document order")
        yield start, start + len(needle), item
        cursor = start + len(needle)


def _find(text: str, needle: str, start: int, line_starts: bool) -> int:
    at = text.find(needle, start)
    while line_starts and at >= 0 and not _opens_a_line(text, at):
        at = text.find(needle, at + 1)
    return at


# --------------------------------------------------------------------------- normalised values


def _number(text: str | None) -> Fraction | None:
    if text is None:
        return None
    return Fraction(text) if "/" in text else Fraction(Decimal(text))


def _close(a: Fraction | None, b: Fraction | None) -> bool:
    """Equal, allowing for a fraction that one side wrote as a rounded decimal (1/3 as 0.3333…)."""
    if a is None or b is None:
        return a is b
    return a == b or abs(a - b) <= abs(a) * Fraction(1, 10**6)


def _base(value: Fraction, unit: str | None) -> tuple[Fraction, str | None]:
    """``value`` in ``unit`` expressed in the unit's base unit (万元 → 元), by xuncha's unit table. A magnitude
    alone (a bare 万: 任务162万) multiplies a number that has no unit: 162 万 is the number 1,620,000."""
    if unit is None:
        return value, None
    if unit in PREFIXES:
        return value * PREFIXES[unit], None
    try:
        known = xuncha.get_unit(unit)
    except xuncha.XunchaError:
        return value, unit  # a unit xuncha does not know: compared as written
    return value * known.factor, known.base


def quantity_key(
    value: Fraction, unit: str | None, qualifier: str | None, upper: Fraction | None
) -> tuple[Any, ...]:
    base_value, base_unit = _base(value, unit)
    base_upper = _base(upper, unit)[0] if upper is not None else None
    return base_value, base_unit, qualifier, base_upper


def _quantity_right(gold: dict[str, Any], found: xuncha.Quantity) -> bool:
    expected = quantity_key(
        _number(gold["value"]) or Fraction(0),
        gold.get("unit"),
        gold.get("qualifier"),
        _number(gold.get("upper")),
    )
    qualifier = found.qualifier.value if found.qualifier is not None else None
    upper = Fraction(found.upper) if found.upper is not None else None
    actual = quantity_key(Fraction(found.value), found.unit, qualifier, upper)
    return (
        _close(expected[0], actual[0])
        and expected[1] == actual[1]
        and expected[2] == actual[2]
        and _close(expected[3], actual[3])
    )


def _period_right(gold: dict[str, Any], found: xuncha.Period) -> bool:
    relation = gold["relation"]
    if found.relation.value != relation:
        return False
    for bound in _FIXED_BOUNDS[relation]:
        expected = gold.get(bound)
        actual = getattr(found, bound)
        if (actual.isoformat() if actual else None) != expected:
            return False
    return True


# --------------------------------------------------------------------------- scoring


@dataclass
class Tally:
    gold: int = 0
    right: int = 0  # gold items read right
    found: int = 0
    found_right: int = 0  # found items that are right
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.found_right / self.found if self.found else 1.0

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.right += other.right
        self.found += other.found
        self.found_right += other.found_right
        self.misses += other.misses
        self.false += other.false


def _pair(
    name: str,
    gold: list[tuple[int, int, dict[str, Any]]],
    found: list[tuple[int, int, Any]],
    right: Any,
    show: Any,
) -> Tally:
    tally = Tally(gold=len(gold), found=len(found))
    used: set[int] = set()
    for start, end, item in gold:
        candidates = [i for i, (s, e, _) in enumerate(found) if s < end and start < e and i not in used]
        match = next((i for i in candidates if right(item, found[i][2])), None)
        if match is not None:
            used.add(match)
            tally.right += 1
        else:
            got = ", ".join(show(found[i][2]) for i in candidates) or "nothing"
            tally.misses.append(f"{name}: {item['text']!r} @{start}: expected {_gold_show(item)}; got {got}")
    for i, (start, _end, thing) in enumerate(found):
        if i in used:
            tally.found_right += 1
        elif not any(s < found[i][1] and start < e for s, e, _ in gold):
            tally.false.append(f"{name}: false {show(thing)} @{start}")
    return tally


def _gold_show(item: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in item.items() if k != "text"}, ensure_ascii=False)


def _show_quantity(q: xuncha.Quantity) -> str:
    qualifier = q.qualifier.value if q.qualifier else None
    return f"{q.text!r}={q.value} {q.unit} {qualifier} upper={q.upper}"


def _show_period(p: xuncha.Period) -> str:
    return f"{p.text!r}={p.relation.value} {p.start}..{p.end}"


def score_quantities(passage: Passage) -> Tally:
    gold = list(locate(passage.text, passage.gold.get("quantities", []), passage.path.name))
    found = [(q.span.start, q.span.end, q) for q in xuncha.extract_quantities(passage.text) if q.span]
    return _pair(passage.path.name, gold, found, _quantity_right, _show_quantity)


def score_periods(passage: Passage) -> Tally:
    """Dates: a found period that fixes no calendar bound at all (巡察期间, 进驻以来, a bare 7月13日 on a page
    with no date) asserts no value; it is left out of the found items, and a gold item it meets is a miss."""
    gold = list(locate(passage.text, passage.gold.get("periods", []), passage.path.name))
    periods = xuncha.extract_periods(passage.text, reference=passage.reference)
    found = [(p.span.start, p.span.end, p) for p in periods if p.span and (p.start or p.end)]
    return _pair(passage.path.name, gold, found, _period_right, _show_period)


def _notice_markers(text: str, notice: xuncha.Notice) -> Iterator[tuple[int, int, xuncha.Marker]]:
    """Every hierarchy marker (levels 1–4) the parser placed, at its position in ``text``."""

    def at(marker_text: str | None, span: xuncha.Span | None) -> Iterator[tuple[int, int, xuncha.Marker]]:
        if not marker_text or span is None:
            return
        try:
            marker = xuncha.parse_marker(marker_text)
        except xuncha.XunchaError:
            return
        if marker.level is None or not 1 <= marker.level <= 4:
            return
        start = text.find(marker_text, span.start, span.end)
        if start >= 0:
            yield start, start + len(marker_text), marker

    def walk(section: xuncha.Section) -> Iterator[tuple[int, int, xuncha.Marker]]:
        yield from at(section.marker, section.span)
        for child in section.sections:
            yield from walk(child)
        for finding in section.findings:
            yield from at(finding.marker, finding.span)
            for measure in finding.measures:
                yield from at(measure.marker, measure.span)

    for section in notice.sections:
        yield from walk(section)


def score_markers(passage: Passage, notice: xuncha.Notice | None) -> Tally:
    gold = list(locate(passage.text, passage.gold.get("markers", []), passage.path.name, line_starts=True))
    found = sorted(_notice_markers(passage.text, notice), key=lambda item: item[0]) if notice else []

    def right(item: dict[str, Any], marker: xuncha.Marker) -> bool:
        return bool(marker.level == item["level"] and marker.ordinal == item["ordinal"])

    def show(marker: xuncha.Marker) -> str:
        return f"{marker.text!r} level {marker.level} ordinal {marker.ordinal}"

    return _pair(passage.path.name, gold, found, right, show)


def notice_facts(notice: xuncha.Notice | None) -> dict[str, Any]:
    if notice is None:
        return {}
    inspection = notice.inspection
    period = inspection.period if inspection else None

    def iso(day: dt.date | None) -> str | None:
        return day.isoformat() if day else None

    return {
        "title": notice.title or None,
        "issuer": notice.issuer,
        "inspector": inspection.inspector if inspection else None,
        "dispatcher": inspection.dispatcher if inspection else None,
        "target": inspection.target if inspection else None,
        "mode": inspection.mode if inspection else None,
        "round": inspection.round if inspection else None,
        "period_start": iso(period.start) if period else None,
        "period_end": iso(period.end) if period else None,
        "feedback_date": iso(inspection.feedback_date) if inspection else None,
        "contacts": sorted([c.kind.value, c.value] for c in notice.contacts),
    }


# Contact kinds as annotators may name them, to the model's names (CONVENTIONS.md lists the latter).
_CONTACT_KINDS = {"address": "postal_address", "postal": "postal_address", "mail": "email", "e-mail": "email",
                  "url": "website", "web": "website", "tel": "phone", "zip": "postcode"}  # fmt: skip


def score_facts(passage: Passage, notice: xuncha.Notice | None) -> Tally:
    gold_facts: dict[str, Any] = passage.gold.get("facts") or {}
    found = notice_facts(notice)
    tally = Tally()
    for key in _FACT_KEYS:
        if key not in gold_facts:
            continue
        expected = gold_facts[key]
        if key == "contacts":
            expected = sorted([_CONTACT_KINDS.get(c["kind"], c["kind"]), c["value"]] for c in expected or [])
        tally.gold += 1
        tally.found += 1
        if found.get(key) == expected:
            tally.right += 1
            tally.found_right += 1
        else:
            tally.misses.append(f"{passage.path.name}: {key} expected {expected!r}, got {found.get(key)!r}")
    return tally


def parse(passage: Passage) -> xuncha.Notice | None:
    """The passage as a notice, or None when the parser refuses it (every gold item then counts as missed)."""
    return _parse(passage.text, passage.reference)


# The corpus test asks for every notice twice (nothing lost, then the scores): each text is parsed once, a notice
# being an immutable value. Bounded to the corpus's size, so that the metamorphic measurement's rewritten texts
# (tens of thousands) do not stay held.
@functools.lru_cache(maxsize=6000)
def _parse(text: str, reference: dt.date | None) -> xuncha.Notice | None:
    try:
        return xuncha.parse_notice(text, reference=reference)
    except xuncha.XunchaError:
        return None


def score(corpus: Sequence[Passage]) -> dict[str, Tally]:
    totals = {name: Tally() for name in DIMENSIONS}
    for passage in corpus:
        notice = parse(passage)
        totals["quantities"].add(score_quantities(passage))
        totals["periods"].add(score_periods(passage))
        totals["markers"].add(score_markers(passage, notice))
        totals["facts"].add(score_facts(passage, notice))
    return totals


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--details", action="store_true", help="list every miss and false item")
    parser.add_argument("--only", choices=DIMENSIONS, help="one dimension")
    parser.add_argument("folder", nargs="?", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    corpus = passages(args.folder)
    totals = score(corpus)
    print(f"{len(corpus)} passages, {len({p.header.get('issuer') for p in corpus})} issuers")
    for name, tally in totals.items():
        if args.only and name != args.only:
            continue
        print(
            f"{name:10} recall {tally.right}/{tally.gold} = {tally.recall:.1%}   "
            f"precision {tally.found_right}/{tally.found} = {tally.precision:.1%}"
        )
        if args.details:
            for line in tally.misses + tally.false:
                print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
