"""The date grammar's tables and the scan the checker reads (xuncha.dates._grammar and its _pieces,
xuncha.dates.scan_periods)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import subprocess
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from xuncha import Precision, Relation, XunchaError, extract_periods, parse_period
from xuncha._regex import optional_groups_as_branches
from xuncha.dates import _around, _grammar, _pieces, _words, scan_periods
from xuncha.dates._calendar import LUNAR_NEW_YEAR_DAYS, holiday
from xuncha.dates._events import since_events

REF = dt.date(2023, 12, 25)
D = dt.date.fromisoformat


@pytest.mark.parametrize("word", sorted(_words.YEAR_WORDS))
def test_every_year_word_is_read_after_a_year_and_alone(word: str) -> None:
    row = _words.YEAR_WORDS[word]
    first, last = dt.date(2024, *row.first), dt.date(2024, *row.last)
    period = parse_period(f"2024年{word[1:]}" if word.startswith("年") else f"2024年{word}")
    assert (period.start, period.end, period.precision) == (first, last, row.precision)
    if row.needs_year:  # 伊始 alone (新年伊始) names no year; 半年前 is half a year ago, not the first half
        try:
            alone = parse_period(f"{word}前", reference=dt.date(2024, 1, 1))
        except XunchaError:
            return
        assert (alone.start, alone.end) != (first, last)
        assert alone.precision is not row.precision
        return
    deadline = parse_period(f"{word}前", reference=dt.date(2024, 1, 1))  # not yet passed
    assert (deadline.end, deadline.relation) == (last, Relation.BEFORE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年中前完成整改", [("2024年中前", None, "2024-06-30")]),
        ("力争今年年中基本完成", [("今年年中", "2023-06-30", "2023-06-30")]),
        ("年中，召开推进会", [("年中", "2023-06-30", "2023-06-30")]),
        # not mid-year: 中秋, 中央, 中国, and 年中 as "in the course of (the) years"
        ("今年中秋节前", [("今年中秋节前", None, "2023-09-28")]),
        ("2023年中央巡视", [("2023年", "2023-01-01", "2023-12-31")]),
        ("2023年中国经济", [("2023年", "2023-01-01", "2023-12-31")]),
        ("过去三年中，", [("过去三年", "2020-12-25", "2023-12-25")]),
        ("全年中，", [("全年", "2023-01-01", "2023-12-31")]),
        ("多年中积累", []),
    ],
)
def test_mid_year(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    found = [(p.text, p.start, p.end) for p in extract_periods(text, reference=REF)]
    assert found == [(t, s and D(s), e and D(e)) for t, s, e in expected]


def test_mid_year_is_a_day_at_the_end_of_june() -> None:
    period = parse_period("2024年中")
    assert (period.start, period.end, period.precision) == (D("2024-06-30"), D("2024-06-30"), Precision.DAY)


def test_scan_names_what_it_refuses_and_where() -> None:
    text = "2023年4月31日前完成；2023年12月至2023年3月，2023年3月13日至4月28日；2023年第3号，2101年底，2023年5月26日至4月10日"
    scan = scan_periods(text, reference=REF)
    assert [p.text for p in scan.periods] == ["2023年3月13日至4月28日"]
    rejected = [(r.text, r.kind) for r in scan.rejected]
    assert rejected == [
        ("2023年4月31日前", "no-such-date"),
        ("2023年12月至2023年3月", "backwards"),
        ("2023年", "document-number"),
        ("2101年底", "out-of-range"),
        ("2023年5月26日至4月10日", "backwards"),  # would cross a year end for more than six months
    ]
    assert all(text[r.span.start : r.span.end] == r.text for r in scan.rejected)
    assert "2023-04-31 is not a date" in scan.rejected[0].reason
    assert "before it starts" in scan.rejected[1].reason


_PIECES = ("2023年", "4月", "31日", "12月", "至", "3月", "13日", "前", "，", "年底", "第3号", "2101年", "每年", "今年以来")  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_scan_periods_are_extract_periods_and_never_overlap_a_refusal(text: str) -> None:
    scan = scan_periods(text, reference=REF)
    assert scan.periods == extract_periods(text, reference=REF)
    taken = sorted(
        [(p.span.start, p.span.end) for p in scan.periods if p.span is not None]
        + [(r.span.start, r.span.end) for r in scan.rejected]
    )
    assert all(before[1] <= after[0] for before, after in itertools.pairwise(taken))


def test_the_grammar_is_compiled_on_first_use() -> None:
    # importing xuncha must not build the date expression (tens of milliseconds)
    code = (
        "import xuncha, xuncha.dates._grammar as g; assert g.grammar.cache_info().currsize == 0;"
        "xuncha.parse_period('2023年'); assert g.grammar.cache_info().currsize == 1"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_models_import_no_date_module_at_load() -> None:
    # Period.format and Period.iso import xuncha.dates._format when called; at load the models know no grammar
    import ast
    from pathlib import Path

    import xuncha.models

    tree = ast.parse(Path(xuncha.models.__file__).read_text(encoding="utf-8"))
    loaded = [node.module for node in tree.body if isinstance(node, ast.ImportFrom)]
    assert loaded
    assert not [name for name in loaded if name and name.startswith("xuncha.dates")]


@pytest.mark.parametrize("word", sorted(set(_words.HOLIDAY_WORDS) - set(LUNAR_NEW_YEAR_DAYS)))
def test_every_holiday_spelling_is_read_after_a_year(word: str) -> None:
    written = f"“{word}”" if word == "十一" else word  # “十一” only in quotes
    period = parse_period(f"2024年{written}前")
    day = holiday(_words.HOLIDAY_WORDS[word].name, 2024)
    assert (period.start, period.end, period.relation) == (None, day - dt.timedelta(days=1), Relation.BEFORE)


@pytest.mark.parametrize("word", sorted(LUNAR_NEW_YEAR_DAYS))
def test_a_bare_day_of_the_lunar_new_year_is_read_in_a_range(word: str) -> None:
    # (alone, 初三 is also a school's grade: a bare day is a range's end or start, or a start with 起)
    day = holiday(word, 2024)
    assert day == holiday("春节", 2024) + dt.timedelta(days=LUNAR_NEW_YEAR_DAYS[word])
    period = parse_period(f"2024年除夕至{word}")
    assert (period.start, period.end, period.relation) == (holiday("除夕", 2024), day, Relation.RANGE)
    since = parse_period(f"{word}起", reference=dt.date(2024, 1, 20))
    assert (since.start, since.relation) == (day, Relation.SINCE)
    assert extract_periods(f"{word}学生") == []


# Patterns with optional groups of every kind the rewrite handles or leaves: capturing and not, nested, after
# a class holding brackets and a "#", escaped brackets, a verbose comment, lazy and possessive ones.
_OPTIONAL_PATTERNS = (
    r"(?:a(?P<b>b)?)?c",
    r"(a)?(?:b|c)?(?P<d>d(?:e)?)?\Z",
    r"[(#)]?(?:\((?P<x>x)\))?y?",
    "(?:a # a comment (with a bracket\n b)?(?:c)??(?:d)?+",
    r"(?:(?P<p>a)?(?(p)b|c))?(?P=p)?",
)


@pytest.mark.parametrize("source", _OPTIONAL_PATTERNS)
@given(text=st.text(alphabet="abcdexy()# ", max_size=8))
def test_optional_groups_as_branches_match_as_written(source: str, text: str) -> None:
    written = re.compile(source, re.VERBOSE)
    rewritten = re.compile(optional_groups_as_branches(source), re.VERBOSE)
    assert rewritten.groupindex == written.groupindex
    for at in range(len(text) + 1):
        expected, found = written.match(text, at), rewritten.match(text, at)
        assert (found and (found.span(), found.groups())) == (
            expected and (expected.span(), expected.groups())
        )


def test_optional_groups_as_branches_leaves_lazy_possessive_and_lookarounds() -> None:
    assert optional_groups_as_branches(r"(?:a)?(b)?") == r"(?:a|)(?:(b)|)"
    for source in (r"(?:a)??", r"(?:a)?+", r"(?=a)?b", r"[(?:a)?]", r"\(?:a\)?"):
        assert optional_groups_as_branches(source) == source
    # the compiled date expression is the rewritten one: no "?" left on a group outside the lazy and possessive
    assert _grammar.grammar().expression.pattern == optional_groups_as_branches(_grammar.expression_source())


@given(
    text=st.text(
        alphabet=[
            "1",
            "2",
            "0",
            "9",
            "十",
            "年",
            "月",
            "与",
            "和",
            "代",
            "世",
            "纪",
            " ",
            "\u3000",
            "个",
            "余",
            "多",
            "来",
            "日",
            "内",
            "—",
            "学",
        ],
        max_size=12,
    )
)
@example(text="1990年代，2007年与2009年之间，2010 年 和 2012年间")
@example(text="3个月后，10日内，12月，2023年，2019—2020学年，20世纪90年代")
def test_the_special_forms_are_refused_only_where_none_can_start(text: str) -> None:
    # _NOT_SPECIAL only saves time: without it the special forms match exactly the same
    guarded = re.compile(optional_groups_as_branches(_grammar._SPECIAL), re.VERBOSE)
    bare = _grammar._SPECIAL.replace(_grammar._NOT_SPECIAL, "")
    assert bare != _grammar._SPECIAL
    unguarded = re.compile(optional_groups_as_branches(bare), re.VERBOSE)
    for at in range(len(text) + 1):
        expected, found = unguarded.match(text, at), guarded.match(text, at)
        assert (found and (found.span(), found.groups())) == (
            expected and (expected.span(), expected.groups())
        )


@given(text=st.text(alphabet="以来期间x", max_size=12))
def test_the_since_events_are_those_of_since_event(text: str) -> None:
    assert [m.span() for m in since_events(text)] == [m.span() for m in _around.SINCE_EVENT.finditer(text)]


def _unguarded_expression() -> re.Pattern[str]:
    """The date expression without the lookaheads that only refuse a form early."""
    source = _grammar.expression_source()
    guards = (
        _grammar._NOT_SPECIAL,
        _pieces.SEPARATED_GUARD,
        _pieces.GLUED_GUARD,
        _pieces.part_of_year_guard(),
        "(?=[自从截到至直])",
        _pieces.CHROME_GUARD,
        _pieces.SUFFIX_GUARD,
        _pieces.FROM_THEN_GUARD,
        _pieces.CONNECTOR_GUARD,
        _grammar._BARE_NOT_SEPARATED,
    )
    for guard in guards:
        assert guard in source
        source = source.replace(guard, "")
    return re.compile(optional_groups_as_branches(source), re.VERBOSE)


# (no deadline: the first example compiles both expressions, tens of milliseconds each, and a busy machine doubles
# that; the property is about matches, not time)
@settings(deadline=None)
@example(text="自2023.3.13至2023-03-15，2019318日，815日，2023年底前，2024年“五一”期间，上年同期，前10个月")
@example(text="2022 11 23\n本季度末，年内，截至2023年，到3月，秋冬季，元旦春节期间，2023年伊始，暑假")
@example(text="09-17 / 2025\n今年来，3月起至5月，3日4月5日，2023年以来，10月—12月止")
@given(
    text=st.text(
        alphabet="12390./- 日年月季度本上下前第一二三四两首春秋冬暑假同期内“”五清明自从截至到直元旦底初伊中、以来起开后之为止—~\n",
        max_size=14,
    )
)
def test_the_guards_change_no_match_of_the_expression(text: str) -> None:
    guarded, unguarded = _grammar.grammar().expression, _unguarded_expression()
    for at in range(len(text) + 1):
        expected, found = unguarded.match(text, at), guarded.match(text, at)
        assert (found and (found.span(), found.groups())) == (
            expected and (expected.span(), expected.groups())
        )


# The numbers of the grammar as first written, with the lookbehinds on what comes before them first; the grammar
# tests the first character before them (faster), which must match the same.
_NUMBERS_AS_WRITTEN = {
    "YEAR_NUM": (
        r"(?:(?<![0-9.])|(?<=(?<![0-9.])[0-9]\.)(?=[0-9]{4}年)|(?<=(?<![0-9.])[0-9]{2}\.)(?=[0-9]{4}年))"
        r"[12][0-9]{3}(?![0-9])|[〇○零一二三四五六七八九]{4}"
        r"|[一二](?=[〇○零一二三四五六七八九]{0,2}0)[〇○零一二三四五六七八九0]{3}(?![0-9])"  # (二00八年)
    ),
    "FIGURE_YEAR": "(?:(?<=[图圖表][0-9])|(?<=[图圖表][0-9]{2})|(?<![^\n][0-9])(?<=[0-9]))(?:19|20)[0-9]{2}(?![0-9])",
    "CN_SHORT_YEAR": "(?<![〇○零一二三四五六七八九十百千万亿两第几])[〇○零一二三四五六七八九]{2}",
    "MINGUO_YEAR": (
        r"(?<![0-9.])1[0-9]{2}(?=年(?:度|[ \u3000\xa0]{0,2}[0-9]{1,2}[ \u3000\xa0]{0,2}月|[上下]半年|第?[一二三四1-4]个?季度))"
    ),
    "SMALL_NUM": (
        r"(?<![0-9.])[0-9]{1,2}(?![0-9])|(?<![一二三四五六七八九十百千万亿零〇两第])[一二三四五六七八九十两]{1,3}"
    ),
}


@pytest.mark.parametrize("name", sorted(_NUMBERS_AS_WRITTEN))
@given(text=st.text(alphabet="0129.\n图表一二十百第年度月半季〇零 x", max_size=12))
def test_the_numbers_match_as_first_written(name: str, text: str) -> None:
    written, grammar = re.compile(_NUMBERS_AS_WRITTEN[name]), re.compile(getattr(_pieces, name), re.VERBOSE)
    for at in range(len(text) + 1):
        expected, found = written.match(text, at), grammar.match(text, at)
        assert (found and found.span()) == (expected and expected.span())
