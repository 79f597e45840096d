"""Metamorphic robustness: xuncha on the observed corpus after layout changes real pages make, meaning kept.

Each transformation rewrites every passage of tests/corpus/observed/ the way some real page prints the same text
(punctuation widths, full-width digits, numbers set apart by spaces, a template site running the body into one
paragraph, traditional characters, indentation and blank lines, CRLF line ends, page chrome above the title).
The corpus prints its punctuation half-width, so full→half is the identity here: ``full-width`` and
``mixed-width`` stand for both directions. The gold is carried through each rewrite exactly:
a transformation is a list of edits (replace the characters ``[start, end)`` with a string), so every gold span
has its new position, and each dimension is scored as ``tests/_observed.py`` scores the untransformed corpus.

    PYTHONPATH=src python tests/_metamorphic.py [--details] [--only NAME] [--every N]

prints recall and precision per dimension and transformation. ``--every N`` scores every Nth passage only.

Where a rewrite changes what the text means by the conventions (CONVENTIONS.md), that case leaves the gold:
- ``join`` runs the lines of the body into one paragraph. A marker that then follows a sentence end (。！？),
  or a colon when it opens an outline (如下：一、), still opens a heading (the corpus annotates such glued
  headings: 419, 512, 522); a marker that then follows text directly (a heading line without punctuation run
  into the next heading: 一、总体情况（一）…), a semicolon (an item of a list run into a sentence: …；2.举报电话) or
  a colon before anything but an outline's start (反映:(1)…, as 103 is annotated) reads as part of a sentence
  by the conventions, so it is left out of the gold, and a marker found there is not counted either.
- ``chrome`` adds a 发布时间 line: its date is a page-chrome date, an ``on`` period by the conventions, so it is
  added to the gold.
- ``spaced-numbers`` leaves a date a scraper fused (2019318日, 2025年1027日) as it is: that damage comes from pages
  that do not space their numbers.
- indentation and doubled blank lines go at paragraph starts, not at a hard wrap inside a gold item (a wrap
  inside 2025年6月18日⏎至8月18日 is no paragraph a page would indent).
- a fact that is a slice of the passage is carried as the rewritten slice; a phone or a postcode is compared in
  ASCII digits, as the model holds them; dates of facts are ISO dates and do not change.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import xuncha
from _observed import (
    DIMENSIONS,
    Passage,
    Tally,
    _notice_markers,
    _opens_a_line,
    _pair,
    _period_right,
    _quantity_right,
    _show_period,
    _show_quantity,
    locate,
    passages,
    score_facts,
)
from xuncha._fold import _SIMPLIFIED, _TRADITIONAL, fold

Edit = tuple[int, int, str]  # replace text[start:end] with the string


@dataclass(frozen=True)
class Rewritten:
    """A passage after a transformation, with the map of the original offsets into it."""

    text: str
    edits: tuple[Edit, ...]  # sorted, not overlapping
    _ends: tuple[int, ...]
    _shift: tuple[int, ...]  # cumulative length change after each edit

    @classmethod
    def of(cls, text: str, edits: Sequence[Edit]) -> Rewritten:
        ordered = sorted(edits, key=lambda e: (e[0], e[1]))
        pieces: list[str] = []
        at = 0
        shift = 0
        ends: list[int] = []
        shifts: list[int] = []
        for start, end, new in ordered:
            if start < at:
                raise ValueError(f"overlapping edits at {start}")
            pieces.append(text[at:start])
            pieces.append(new)
            at = end
            shift += len(new) - (end - start)
            ends.append(end)
            shifts.append(shift)
        pieces.append(text[at:])
        return cls("".join(pieces), tuple(ordered), tuple(ends), tuple(shifts))

    def _moved(self, offset: int, edits_before: int) -> int:
        return offset + (self._shift[edits_before - 1] if edits_before else 0)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The new span of ``[start, end)``: it starts after an insertion at ``start`` and ends before one at
        ``end``; None when an edit cuts across a boundary (no exact image)."""
        for edit_start, edit_end, _ in self.edits:
            if edit_start < start < edit_end or edit_start < end < edit_end:
                return None
        # edits that end at or before start (insertions at start included)
        new_start = self._moved(start, bisect.bisect_right(self._ends, start))
        # edits that end before end, and replacements (not insertions) that end at end
        count = bisect.bisect_left(self._ends, end)
        while count < len(self.edits) and self.edits[count][1] == end and self.edits[count][0] < end:
            count += 1
        new_end = self._moved(end, count)
        return new_start, new_end


# --------------------------------------------------------------------------- transformations

Transform = Callable[[Passage], list[Edit]]

_SENTENCE_END = frozenset("。：；！？:;!?")

_WIDE_PUNCTUATION = "，：；（）！？"
_NARROW_PUNCTUATION = ",:;()!?"


def _ascii_word(char: str) -> bool:
    return char.isascii() and not char.isspace()


def mixed_width(passage: Passage) -> list[Edit]:
    """Every other mark of ，：；（）！？ in the other width, as pages that paste text from several sources print
    them (the corpus prints them half-width: the full-width transformation widens them all)."""
    text = passage.text
    narrow = dict(zip(_WIDE_PUNCTUATION, _NARROW_PUNCTUATION, strict=True))
    edits = []
    for count, (start, end, wide) in enumerate(to_full_width(passage)):
        if count % 2 == 0:
            edits.append((start, end, wide))
    edits += [(i, i + 1, narrow[c]) for i, c in enumerate(text) if c in narrow]
    return edits


def to_full_width(passage: Passage) -> list[Edit]:
    """Half-width , : ; ( ) ! ? printed full-width, except between ASCII characters on both sides (12,000, 9:30,
    http://, an e-mail address), which no page widens."""
    text = passage.text
    table = dict(zip(_NARROW_PUNCTUATION, _WIDE_PUNCTUATION, strict=True))
    edits = []
    for i, c in enumerate(text):
        if c in table:
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if not (_ascii_word(before) and _ascii_word(after)):
                edits.append((i, i + 1, table[c]))
    return edits


_WIDE_DIGITS = str.maketrans("0123456789%", "０１２３４５６７８９％")
_RUN_OF_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?%?")


def wide_digits(passage: Passage) -> list[Edit]:
    """Digits (with a decimal point and a percent sign) printed full-width, as some typesetting does (１２３．５％),
    except in a web or e-mail address or a Latin word (next to an ASCII letter, @, / or _)."""
    text = passage.text
    edits = []
    for run in _RUN_OF_DIGITS.finditer(text):
        before = text[run.start() - 1] if run.start() else " "
        after = text[run.end()] if run.end() < len(text) else " "
        if any(c.isascii() and (c.isalpha() or c in "@/_") for c in (before, after)):
            continue
        # one edit a character, so that no edit straddles the edge of a gold item (2017年 after 3.)
        for at in range(run.start(), run.end()):
            edits.append((at, at + 1, text[at].translate(_WIDE_DIGITS).replace(".", "．")))
    return edits


_NUMBER_RUN = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_FUSED_AFTER_YEAR = re.compile(r"[0-9]{4}年[0-9]{3,4}日")


def _cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def spaced_numbers(passage: Passage) -> list[Edit]:
    """A space on each side of a number between Chinese characters (共 12 个, 2023 年 9 月), as template sites and
    Word-converted pages print them."""
    text = passage.text
    edits: list[Edit] = []
    for run in _NUMBER_RUN.finditer(text):
        if (run.end() - run.start() > 2 and text.startswith("日", run.end())) or _FUSED_AFTER_YEAR.match(
            text, run.start()
        ):
            continue  # a date a scraper fused (2019318日, 2025年1027日) came from a page that did not space them
        if run.start() and _cjk(text[run.start() - 1]):
            edits.append((run.start(), run.start(), " "))
        if run.end() < len(text) and _cjk(text[run.end()]):
            edits.append((run.end(), run.end(), " "))
    return edits


def _one_to_one_traditional() -> dict[str, str]:
    """The inverse of the fold's traditional → simplified table, where a simplified character has one form."""
    forms: dict[str, list[str]] = {}
    for traditional, simplified in zip(_TRADITIONAL, _SIMPLIFIED, strict=True):
        if traditional != simplified:
            forms.setdefault(simplified, []).append(traditional)
    return {simplified: found[0] for simplified, found in forms.items() if len(found) == 1}


_TO_TRADITIONAL = _one_to_one_traditional()


def to_traditional(passage: Passage) -> list[Edit]:
    """Simplified characters the grammars read, printed traditional (a converter's output)."""
    return [(i, i + 1, _TO_TRADITIONAL[c]) for i, c in enumerate(passage.text) if c in _TO_TRADITIONAL]


def _wrapped(passage: Passage) -> set[int]:
    """The line breaks inside a gold item (2025年6月18日⏎至8月18日): a hard wrap in a sentence, not a paragraph
    end, which a page neither indents after nor doubles."""
    text = passage.text
    inside: set[int] = set()
    for name in ("quantities", "periods", "markers"):
        items = passage.gold.get(name, [])
        for start, end, _ in locate(text, items, passage.path.name, line_starts=name == "markers"):
            inside.update(at for at in range(start, end) if text[at] == "\n")
    return inside


def _paragraph_starts(passage: Passage) -> list[int]:
    text = passage.text
    wrapped = _wrapped(passage)
    starts = [0] + [m.end() for m in re.finditer("\n", text) if m.start() not in wrapped]
    return [start for start in starts if start < len(text)]


def indent_ideographic(passage: Passage) -> list[Edit]:
    """Every paragraph indented with two ideographic spaces, and every paragraph break doubled (a blank line
    between paragraphs). (Not a hard wrap inside a gold item: _wrapped.)"""
    wrapped = _wrapped(passage)
    edits: list[Edit] = [(start, start, "\u3000\u3000") for start in _paragraph_starts(passage)]
    edits += [
        (m.start(), m.end(), "\n\n") for m in re.finditer("\n", passage.text) if m.start() not in wrapped
    ]
    return edits


def indent_nbsp(passage: Passage) -> list[Edit]:
    """Every paragraph indented with no-break spaces, as a page's &nbsp; indent comes out of a scraper."""
    return [(start, start, "\u00a0" * 4) for start in _paragraph_starts(passage)]


def indent_entities(passage: Passage) -> list[Edit]:
    """Every paragraph indented with literal &nbsp; entities (a scraper that kept the HTML's entities)."""
    return [(start, start, "&nbsp;" * 4) for start in _paragraph_starts(passage)]


def crlf(passage: Passage) -> list[Edit]:
    """Windows line ends."""
    return [(m.start(), m.end(), "\r\n") for m in re.finditer("\n", passage.text)]


def _joined(passage: Passage, separator: str) -> list[Edit]:
    """The line breaks of the body (with blank lines and the next line's indentation) replaced by
    ``separator`` where a template site runs lines together: after a line that ends a sentence or a clause
    (。；：！？), before a line that opens with a gold marker (a heading glued to the paragraph before), and
    after a heading line (its text then runs into the next line's). The body is the lines from the first gold
    marker to the last; in a passage without markers, from its second line to its last finished sentence (the
    signature and date under it stay apart, as pages that run the body together still print them). Lines
    that end without punctuation elsewhere (a date, a name, chrome) stay apart: run together, they would read
    as one expression, which no page that keeps its sentences means."""
    text = passage.text
    markers = list(locate(text, passage.gold.get("markers", []), passage.path.name, line_starts=True))
    heads = {text.rfind("\n", 0, start) + 1 for start, _, _ in markers if _opens_a_line(text, start)}
    if markers:
        first = min(heads, default=text.rfind("\n", 0, markers[0][0]) + 1)
        last = text.find("\n", max(heads, default=markers[-1][0]))
        last = len(text) if last < 0 else last
    else:
        first = text.find("\n") + 1
        finished = [m.start() + 1 for m in re.finditer(r"[。！？!?]\n", text)]
        last = finished[-1] if finished else 0
        if first == 0 or last <= first:
            return []
    edits: list[Edit] = []
    for m in re.finditer(r"\n[\s\u3000\u00a0]*", text[first:last]):
        start, end = first + m.start(), first + m.end()
        if end >= last:
            break
        line_start = text.rfind("\n", 0, start) + 1
        ends_a_sentence = text[start - 1] in _SENTENCE_END if start else False
        if ends_a_sentence or end in heads or line_start in heads:
            edits.append((start, end, separator))
    return edits


def join_tight(passage: Passage) -> list[Edit]:
    """A template site's one paragraph: the body's lines run together with nothing between them."""
    return _joined(passage, "")


def join_indented(passage: Passage) -> list[Edit]:
    """A page copied without its line breaks that kept each paragraph's first-line indent."""
    return _joined(passage, "\u3000\u3000")


def chrome(passage: Passage) -> list[Edit]:
    """Page chrome above the title: a breadcrumb, the publication line, the font-size switch."""
    reference = passage.reference
    source = (passage.gold.get("facts") or {}).get("issuer") or "本站"
    lines = ["当前位置：首页 > 信息公开 > 工作动态"]
    published = f"发布时间：{reference.isoformat()}  " if reference else ""
    lines.append(f"{published}来源：{source}  浏览次数：1286")
    lines.append("【大 中 小】 【打印】 【关闭】")
    return [(0, 0, "\n".join(lines) + "\n")]


TRANSFORMS: dict[str, Transform] = {
    "full-width": to_full_width,
    "mixed-width": mixed_width,
    "wide-digits": wide_digits,
    "spaced-numbers": spaced_numbers,
    "join": join_tight,
    "join-indented": join_indented,
    "traditional": to_traditional,
    "indent-ideographic": indent_ideographic,
    "indent-nbsp": indent_nbsp,
    "indent-entities": indent_entities,
    "crlf": crlf,
    "chrome": chrome,
}

# Transformations that change characters one for one (the gold's fact strings change with them).
_CHARACTER_MAPS: dict[str, Transform] = {
    "full-width": to_full_width,
    "mixed-width": mixed_width,
    "wide-digits": wide_digits,
    "traditional": to_traditional,
}

# --------------------------------------------------------------------------- the gold carried over


def _carried(
    passage: Passage, rewritten: Rewritten, name: str, *, line_starts: bool = False
) -> tuple[list[tuple[int, int, dict[str, Any]]], list[tuple[int, int]]]:
    """The gold items of ``name`` at their new spans, and the spans left out of the gold."""
    kept: list[tuple[int, int, dict[str, Any]]] = []
    left_out: list[tuple[int, int]] = []
    for start, end, item in locate(
        passage.text, passage.gold.get(name, []), passage.path.name, line_starts=line_starts
    ):
        span = rewritten.span(start, end)
        if span is None:
            raise ValueError(f"{passage.path.name}: an edit cuts the gold {item['text']!r} @{start}")
        kept.append((span[0], span[1], item))
    return kept, left_out


def _marker_reads_as_prose(text: str, start: int) -> bool:
    """A marker run into the text where the conventions read it as part of a sentence: right after text (a
    heading line without punctuation joined to the next), after a semicolon (an item of a list run in:
    主要问题：一、制度不健全；二、…), or after a colon unless it opens an outline (报告如下：一、 is a heading, as
    the corpus annotates it; 反映:(1)… is a list in the sentence). A first-line indent of ideographic spaces
    still opens a paragraph."""
    at = start - 1
    while at >= 0 and text[at] in " \t\u00a0":
        at -= 1
    if at < 0 or text[at] in "\n\r\u3000。！？!?":
        return False
    if text[at] in "：:":
        return text[start] not in "一壹第"
    return True


_DATE_FACTS = frozenset({"period_start", "period_end", "feedback_date"})  # ISO dates, not text as written


def _fact_value(passage: Passage, rewritten: Rewritten, transform: str, key: str, value: Any) -> Any:
    """A gold fact as the rewritten passage writes it: the rewritten slice where the fact is a slice of the
    passage (the first place it stands), else, for a character map, the fact rewritten on its own."""
    if not isinstance(value, str) or key in _DATE_FACTS:
        return value
    at = passage.text.find(value)
    if at >= 0:
        span = rewritten.span(at, at + len(value))
        if span is not None:
            return rewritten.text[span[0] : span[1]]
    if transform not in _CHARACTER_MAPS:
        return value
    alone = Passage(passage.path, passage.header, value, {})
    return Rewritten.of(value, _CHARACTER_MAPS[transform](alone)).text


def _narrow_if(contact: dict[str, Any], value: str) -> str:
    return fold(value) if contact["kind"] in ("phone", "postcode") else value


def _carried_facts(passage: Passage, rewritten: Rewritten, transform: str) -> dict[str, Any]:
    facts = dict(passage.gold.get("facts") or {})
    for key, value in facts.items():
        if key == "contacts" and value:
            # (a phone or a postcode is digits in the model, ASCII whatever the page's width: its value folded)
            facts[key] = [
                {
                    **contact,
                    "value": _narrow_if(
                        contact, _fact_value(passage, rewritten, transform, key, contact["value"])
                    ),
                }
                for contact in value
            ]
        else:
            facts[key] = _fact_value(passage, rewritten, transform, key, value)
    return facts


def _without(
    found: list[tuple[int, int, Any]], left_out: list[tuple[int, int]]
) -> list[tuple[int, int, Any]]:
    return [f for f in found if not any(s < f[1] and f[0] < e for s, e in left_out)]


#: Gold markers left out per transformation (they read as prose once the lines are joined), for the report.
LEFT_OUT: Counter[str] = Counter()


def score_rewritten(passage: Passage, transform: str) -> dict[str, Tally]:
    """Every dimension of ``passage`` after ``transform``, against the gold carried through it."""
    rewritten = Rewritten.of(passage.text, TRANSFORMS[transform](passage))
    text = rewritten.text
    name = f"{passage.path.name} [{transform}]"
    reference = passage.reference
    tallies: dict[str, Tally] = {}

    gold, _ = _carried(passage, rewritten, "quantities")
    found = [(q.span.start, q.span.end, q) for q in xuncha.extract_quantities(text) if q.span]
    tallies["quantities"] = _pair(name, gold, found, _quantity_right, _show_quantity)

    periods_gold, _ = _carried(passage, rewritten, "periods")
    if transform == "chrome" and reference is not None:
        iso = reference.isoformat()
        at = text.index(iso)
        item = {"text": iso, "relation": "on", "start": iso, "end": iso}
        periods_gold.insert(0, (at, at + len(iso), item))
    periods = xuncha.extract_periods(text, reference=reference)
    found_periods = [(p.span.start, p.span.end, p) for p in periods if p.span and (p.start or p.end)]
    tallies["periods"] = _pair(name, periods_gold, found_periods, _period_right, _show_period)

    try:
        notice: xuncha.Notice | None = xuncha.parse_notice(text, reference=reference)
    except xuncha.XunchaError:
        notice = None
    markers_gold, left_out = _carried(passage, rewritten, "markers", line_starts=True)
    if transform.startswith("join"):
        prose = [(s, e) for s, e, _ in markers_gold if _marker_reads_as_prose(text, s)]
        markers_gold = [g for g in markers_gold if (g[0], g[1]) not in prose]
        left_out += prose
        LEFT_OUT[transform] += len(prose)
    found_markers = sorted(_notice_markers(text, notice), key=lambda item: item[0]) if notice else []
    found_markers = _without(found_markers, left_out)

    def right(item: dict[str, Any], marker: xuncha.Marker) -> bool:
        return bool(marker.level == item["level"] and marker.ordinal == item["ordinal"])

    def show(marker: xuncha.Marker) -> str:
        return f"{marker.text!r} level {marker.level} ordinal {marker.ordinal}"

    tallies["markers"] = _pair(name, markers_gold, found_markers, right, show)

    facts_gold = _carried_facts(passage, rewritten, transform)
    moved = Passage(passage.path, passage.header, text, {**passage.gold, "facts": facts_gold})
    tallies["facts"] = score_facts(moved, notice)
    tallies["facts"].misses = [f"[{transform}] {line}" for line in tallies["facts"].misses]
    return tallies


def score_all(corpus: Sequence[Passage], transforms: Sequence[str]) -> dict[str, dict[str, Tally]]:
    table: dict[str, dict[str, Tally]] = {}
    for transform in transforms:
        totals = {name: Tally() for name in DIMENSIONS}
        for passage in corpus:
            for name, tally in score_rewritten(passage, transform).items():
                totals[name].add(tally)
        table[transform] = totals
    return table


def baseline(corpus: Sequence[Passage]) -> dict[str, Tally]:
    from _observed import score

    return score(corpus)


def _plain(line: str) -> str:
    """A miss or false item without its transformation and offset, to compare with the untransformed ones."""
    plain = re.sub(r" ?\[[a-z-]+\] ?| ?@[0-9]+|\\u3000|\\r|\s", "", fold(line))
    return plain.translate(_NARROWER)


_NARROWER = str.maketrans(_WIDE_PUNCTUATION, _NARROW_PUNCTUATION)


def _cell(tally: Tally) -> str:
    return f"{tally.recall:6.1%} {tally.precision:6.1%}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--details", action="store_true", help="list every miss and false item")
    parser.add_argument("--only", choices=sorted(TRANSFORMS), action="append", help="one transformation")
    parser.add_argument("--every", type=int, default=1, help="score every Nth passage")
    args = parser.parse_args(argv)
    corpus = passages()[:: args.every]
    transforms = args.only or list(TRANSFORMS)
    table = {"(none)": baseline(corpus), **score_all(corpus, transforms)}
    print(f"{len(corpus)} passages; recall and precision per dimension")
    print(f"{'transformation':20}" + "".join(f"{name:>16}" for name in DIMENSIONS))
    for transform, totals in table.items():
        print(f"{transform:20}" + "".join(f"{_cell(totals[name]):>16}" for name in DIMENSIONS))
    for transform, count in sorted(LEFT_OUT.items()):
        print(
            f"{transform}: {count} gold markers left out (run into text, not after a sentence end or a colon)"
        )
    if args.details:
        for transform, totals in table.items():
            if transform == "(none)":
                continue
            for name in DIMENSIONS:
                known = Counter(
                    _plain(line) for line in table["(none)"][name].misses + table["(none)"][name].false
                )
                for line in totals[name].misses + totals[name].false:
                    if known[_plain(line)] > 0:
                        known[_plain(line)] -= 1  # missed or false untransformed too
                    else:
                        print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
