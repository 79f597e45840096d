"""parse_notice on notices from many kinds of issuers: fictional passages written for these tests.

Each passage in ``tests/_passages`` imitates how a kind of body writes and how people get its notice (see
``tests/_passages/README.md`` for what each exercises). For every passage the test states the tree every
hierarchy marker must give — depth, level, ordinal and the marker as written — and that no character is lost;
then passage by passage the opening, closing and a few findings.

Run this file as a script to print the marker accuracy over all passages::

    PYTHONPATH=src python tests/test_parsing_styles.py
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from xuncha._text import HIERARCHY_MARKER, SourceText
from xuncha.models import Finding, Modality, Notice, Section, Status
from xuncha.parsing import parse_notice, text_fields

PASSAGES = Path(__file__).parent / "_passages"

#: (depth in the tree, level, ordinal, marker as written) of a body part.
Marker = tuple[int, int, int, str]


def read(name: str) -> str:
    return (PASSAGES / name).read_text(encoding="utf-8")


def parse(name: str) -> Notice:
    return parse_notice(read(name))


def _level(marker: str) -> int:
    match = HIERARCHY_MARKER.fullmatch(marker)
    return int(match.lastgroup[1]) if match is not None and match.lastgroup is not None else 0


def markers(notice: Notice) -> list[Marker]:
    """Every part numbered with a hierarchy marker, in document order: sections, findings and the measures
    numbered （1） (1) 1) below a finding."""
    found: list[Marker] = []

    def walk(section: Section, depth: int) -> Iterator[Marker]:
        if section.marker:
            yield depth, section.level, section.ordinal, section.marker
        inner = depth + 1 if section.marker else depth
        parts: list[Section | Finding] = sorted(
            [*section.sections, *section.findings], key=lambda part: part.span.start if part.span else 0
        )
        for part in parts:
            if isinstance(part, Section):
                yield from walk(part, inner)
                continue
            if part.marker and part.number is not None:
                yield inner, _level(part.marker), part.number, part.marker
            for measure in part.measures:
                if measure.marker and _level(measure.marker):
                    yield inner + 1, _level(measure.marker), measure.ordinal, measure.marker

    for section in notice.sections:
        found.extend(walk(section, 0))
    return found


def without_space(text: str) -> str:
    return re.sub(r"\s", "", text)


# --------------------------------------------------------------------------- the expected trees

EXPECTED: dict[str, list[Marker]] = {
    "p01_province_style_b.txt": [
        (0, 1, 1, "一、"),
        (1, 2, 1, "（一）"),
        (1, 2, 2, "（二）"),
        (1, 2, 3, "（三）"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (2, 3, 1, "1．"),
        (2, 3, 2, "2．"),
        (1, 2, 2, "（二）"),
        (2, 3, 3, "3．"),
        (2, 3, 4, "4．"),
        (0, 1, 3, "三、"),
    ],
    "p02_county_style_c.txt": [],
    "p03_web_page_university.txt": [
        (0, 2, 1, "(一)"),
        (0, 2, 2, "(二)"),
        (1, 4, 1, "1)"),
        (1, 4, 2, "2)"),
        (1, 4, 3, "3)"),
        (0, 2, 3, "(三)"),
    ],
    "p04_soe_hard_wrapped.txt": [
        (0, 1, 1, "一、"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (2, 3, 1, "1."),
        (2, 3, 2, "2."),
        (1, 2, 2, "（二）"),
        (2, 3, 3, "3."),
    ],
    "p05_markdown_random_depths.md": [
        (0, 1, 1, "一、"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (2, 3, 1, "1."),
        (2, 3, 2, "2．"),
        (1, 2, 2, "（二）"),
        (2, 3, 3, "３．"),
        (2, 3, 4, "4."),
        (3, 4, 1, "（1）"),
        (3, 4, 2, "（2）"),
        (0, 1, 3, "三、"),
    ],
    "p06_bank_variant_markers.txt": [
        (0, 1, 1, "一、"),
        (1, 2, 1, "（一）、"),
        (1, 2, 2, "（二）、"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）、"),
        (2, 3, 1, "1、"),
        (3, 4, 1, "（1）"),
        (3, 4, 2, "（2）"),
        (3, 4, 3, "（3）"),
        (2, 3, 2, "2、"),
        (1, 2, 2, "（二）、"),
        (2, 3, 3, "3、"),
        (2, 3, 4, "4、"),
    ],
    "p07_no_title_city_mobile.txt": [
        (0, 1, 1, "一、"),
        (1, 2, 1, "（一）"),
        (1, 2, 2, "（二）"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (1, 2, 2, "（二）"),
    ],
    # 第一部分 is level 1 like 一、 (the model has no level above it): the parts and 一、 are siblings.
    "p08_parts_and_articles.txt": [
        (0, 1, 1, "第一部分"),
        (0, 1, 2, "第二部分"),
        (0, 1, 1, "一、"),
        (1, 3, 1, "1."),
        (1, 3, 2, "2."),
        (0, 1, 2, "二、"),
        (1, 3, 3, "3."),
        (0, 1, 3, "第三部分"),
    ],
    "p09_continuous_findings_next_steps.txt": [
        (0, 1, 1, "一、"),
        (1, 3, 1, "1."),
        (1, 3, 2, "2."),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (2, 3, 3, "3."),
        (2, 3, 4, "4."),
        (1, 2, 2, "（二）"),
        (2, 3, 5, "5."),
    ],
    "p10_fullwidth_and_spacing.txt": [
        (0, 1, 1, "一 、"),
        (0, 1, 2, "二．"),
        (1, 2, 1, "（ 一 ）"),
        (2, 3, 1, "１．"),
        (3, 4, 1, "（１）"),
        (3, 4, 2, "（２）"),
        (2, 3, 2, "２．"),
        (1, 2, 2, "（ 二 ）"),
        (2, 3, 3, "３．"),
        (0, 1, 3, "三、"),
    ],
    "p11_html_one_line.html.txt": [
        (0, 1, 1, "一、"),
        (1, 3, 1, "1."),
        (1, 3, 2, "2."),
        (0, 1, 2, "二、"),
        (1, 3, 3, "3."),
    ],
    "p12_paren_measures_and_topics.txt": [
        (0, 1, 1, "一、"),
        (1, 2, 1, "（一）"),
        (2, 3, 1, "1."),
        (3, 4, 1, "（1）"),
        (3, 4, 2, "（2）"),
        (3, 4, 3, "（3）"),
        (2, 3, 2, "2."),
        (1, 2, 2, "（二）"),
        (2, 3, 3, "3."),
        (0, 1, 2, "二、"),
    ],
    "p13_round_revisit_12388.txt": [],
    "p14_half_width_parens_and_dots.txt": [
        (0, 1, 1, "一."),
        (1, 2, 1, "(一)"),
        (2, 3, 1, "1."),
        (3, 4, 1, "(1)"),
        (3, 4, 2, "(2)"),
        (2, 3, 2, "2."),
        (1, 2, 2, "(二)"),
        (2, 3, 3, "3."),
        (0, 1, 2, "二."),
    ],
    "p15_flattened_web_copy.txt": [
        (0, 1, 1, "一、"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (1, 2, 2, "（二）"),
        (0, 1, 3, "三、"),
    ],
    "p16_style_c_dated_title.txt": [],
    "p17_hard_wrapped_inline_lists.txt": [
        (0, 1, 1, "一、"),
        (1, 2, 1, "（一）"),
        (2, 4, 1, "（1）"),
        (2, 4, 2, "（2）"),
        (2, 4, 3, "（3）"),
        (1, 2, 2, "（二）"),
        (0, 1, 2, "二、"),
        (1, 2, 1, "（一）"),
        (1, 2, 2, "（二）"),
    ],
    # An excerpt from the middle of a body: it starts at （三） and its findings at 7.
    "p18_body_excerpt.md": [
        (0, 2, 3, "（三）"),
        (1, 3, 7, "7."),
        (1, 3, 8, "8."),
        (0, 1, 4, "四、"),
        (0, 1, 5, "五、"),
        (1, 2, 1, "（一）"),
        (2, 3, 9, "9."),
        (1, 2, 2, "（二）"),
        (2, 3, 10, "10."),
    ],
}


def test_every_passage_has_an_expected_tree() -> None:
    assert sorted(EXPECTED) == sorted(path.name for path in PASSAGES.glob("p*"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_passage_tree_and_nothing_lost(name: str) -> None:
    text = read(name)
    notice = parse_notice(text)
    assert markers(notice) == EXPECTED[name]
    assert without_space("".join(text_fields(notice))) == without_space(SourceText(text).text)
    for part in [*notice.iter_sections(), *notice.iter_findings(), *notice.iter_measures()]:
        assert part.span is not None
        assert 0 <= part.span.start <= part.span.end <= len(text)


def score() -> tuple[int, int, int]:
    """Markers found with the right level and ordinal, markers present, markers found that are not there."""
    right = present = extra = 0
    for name, expected in EXPECTED.items():
        wanted = [(level, ordinal, marker) for _, level, ordinal, marker in expected]
        got = [(level, ordinal, marker) for _, level, ordinal, marker in markers(parse(name))]
        matcher = difflib.SequenceMatcher(a=wanted, b=got, autojunk=False)
        matched = sum(block.size for block in matcher.get_matching_blocks())
        right += matched
        present += len(wanted)
        extra += len(got) - matched
    return right, present, extra


if __name__ == "__main__":
    found_right, markers_present, found_extra = score()
    print(
        f"markers with the right level and ordinal: {found_right}/{markers_present} "
        f"({found_right / markers_present:.1%}); found where there is none: {found_extra}"
    )
    sys.exit(0 if found_right == markers_present and not found_extra else 1)
