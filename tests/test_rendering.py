"""render_markdown / render_text: canonical layout, and parse(render(n)) == n for what the text carries."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xuncha import strategies
from xuncha._text import SourceText
from xuncha.building import section_marker
from xuncha.models import Contact, ContactKind, Finding, Measure, Notice, Section
from xuncha.parsing import parse_notice, text_fields
from xuncha.rendering import format_date, render_markdown, render_text

ROOT = Path(__file__).resolve().parents[1]
SHARED = next(
    (path for path in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if path.exists()),
    ROOT.parent / "shared",
)
REAL_NOTICE = SHARED / "corpus" / "000_b565cbef8bc7a4b1.txt"
SAMPLE = ROOT / "examples" / "sample_notice.md"


def carried(value: Any) -> Any:
    """A model with only what a rendered text carries by itself.

    Dropped: every ``span`` (positions in a text that no longer exists); the fields the parser *reads from*
    the text fields — ``Finding.problem``/``status``, ``Measure.lead``/``modality``/``deadline``/``documents``,
    ``Notice.issuer``/``inspection``/``contacts``/``progress`` and every ``quantities``/``periods`` — since a generated
    notice may set them independently of its text, which a text cannot express.
    """
    derived = {
        Finding: {"problem", "status", "quantities", "periods", "span"},
        Measure: {"lead", "modality", "deadline", "documents", "quantities", "periods", "span"},
        Section: {"quantities", "periods", "span"},
        Notice: {"issuer", "inspection", "contacts", "quantities", "periods", "progress"},
    }
    kind = type(value)
    if kind not in derived:
        return value
    changes: dict[str, Any] = {}
    for field in attrs.fields(kind):
        current = getattr(value, field.name)
        if field.name in derived[kind]:
            changes[field.name] = field.default
        elif isinstance(current, tuple):
            changes[field.name] = tuple(carried(item) for item in current)
    return attrs.evolve(value, **changes)


# --------------------------------------------------------------------------- exact layout


def small_notice() -> Notice:
    finding = Finding(
        "学习不深入问题整改情况。",
        number=1,
        marker="1.",
        text="深入开展专题学习。",
        measures=(Measure(1, "建立制度。", marker="一是"), Measure(2, "下一步，持续巩固。")),
    )
    section = Section(1, 1, "“学习不够”方面", marker="一、", findings=(finding,))
    return Notice(
        "中共某县委关于巡察整改情况的通报",
        opening="现将整改情况予以公布。",
        sections=(section,),
        closing="欢迎监督。\n联系电话：0391-1234567。",
        signature="中共某县委",
        date=dt.date(2023, 12, 25),
    )


def test_render_markdown_layout() -> None:
    assert render_markdown(small_notice()) == (
        "# 中共某县委关于巡察整改情况的通报\n\n现将整改情况予以公布。\n\n## 一、“学习不够”方面\n\n"
        "1. 学习不深入问题整改情况。\n\n深入开展专题学习。\n\n一是建立制度。\n\n下一步，持续巩固。\n\n"
        "欢迎监督。\n\n联系电话：0391-1234567。\n\n中共某县委\n\n2023年12月25日\n"
    )


def test_render_text_layout() -> None:
    assert render_text(small_notice()) == (
        "中共某县委关于巡察整改情况的通报\n\n　　现将整改情况予以公布。\n\n　　一、“学习不够”方面\n\n"
        "　　1. 学习不深入问题整改情况。\n\n　　深入开展专题学习。\n\n　　一是建立制度。\n\n　　下一步，持续巩固。\n\n"
        "　　欢迎监督。\n\n　　联系电话：0391-1234567。\n\n中共某县委\n\n2023年12月25日\n"
    )


def test_canonical_markers_and_dates() -> None:
    assert [section_marker(1, n) for n in (1, 10, 11, 20, 99, 100, 105, 110)] == [
        "一、", "十、", "十一、", "二十、", "九十九、", "一百、", "一百零五、", "一百一十、",
    ]  # fmt: skip
    assert [section_marker(2, 3), section_marker(3, 3), section_marker(4, 3)] == [
        "（三）",
        "3.",
        "（3）",
    ]
    assert format_date(dt.date(2024, 2, 5)) == "2024年2月5日"


def test_contacts_are_listed_when_there_is_no_closing_text() -> None:
    notice = Notice(
        "通报",
        contacts=(Contact(ContactKind.EMAIL, "a@b.cn"), Contact(ContactKind.PHONE, "12345", "监督电话")),
    )
    assert render_text(notice) == "通报\n\n　　电子邮箱：a@b.cn\n\n　　监督电话：12345\n"


def test_the_small_notice_survives_a_round_trip() -> None:
    notice = small_notice()
    for render in (render_markdown, render_text):
        parsed = parse_notice(render(notice))
        assert carried(parsed) == carried(notice)


# --------------------------------------------------------------------------- generated notices

_SENTENCES = [
    "加强制度建设。",
    "落实监督责任，规范管理机制。",
    "推进党员干部学习。",
    "完善工作机制。强化责任落实。",
    "规范财务管理，加强审核把关。",
    "深化理论学习，推动工作落实。",
]
_PROBLEMS = ["理论学习不深入", "财务管理不规范", "监督责任落实不到位", "制度建设滞后", "干部队伍结构不优"]
_ASPECTS = ["“学习贯彻不够深入”方面", "“全面从严治党不够有力”方面", "“基层党建较为薄弱”方面"]
_NAMES = ["青禾县委", "某某市林业局党组", "某某区卫生健康委党委", "某某镇党委"]


def _measures(rng: random.Random) -> tuple[Measure, ...]:
    count = rng.randint(0, 3)
    numbered = tuple(
        Measure(index, rng.choice(_SENTENCES), marker=f"{'一二三'[index - 1]}是")
        for index in range(1, count + 1)
    )
    if rng.random() < 0.5:
        return (*numbered, Measure(count + 1, "下一步，" + rng.choice(_SENTENCES)))
    return numbered


def _findings(rng: random.Random, first: int) -> tuple[Finding, ...]:
    return tuple(
        Finding(
            f"{rng.choice(_PROBLEMS)}问题整改情况。",
            number=number,
            marker=f"{number}.",
            text=rng.choice(["", *_SENTENCES]),
            measures=_measures(rng),
        )
        for number in range(first, first + rng.randint(1, 3))
    )


@st.composite
def notices(draw: st.DrawFn) -> Notice:
    """A small style-A notice whose derived fields are left at their defaults (see ``carried``).

    The shape comes from hypothesis, the wording from a seeded generator: one draw per notice instead of
    dozens keeps each example well under the suite's 5 ms budget.
    """
    rng = random.Random(draw(st.integers(0, 2**32)))
    name = rng.choice(_NAMES)
    number = 1
    tops = []
    for ordinal in range(1, draw(st.integers(0, 3)) + 1):
        title = rng.choice(_ASPECTS)
        intro = rng.choice(["", *_SENTENCES])
        if draw(st.booleans()):
            children = []
            for child in range(1, rng.randint(1, 2) + 1):
                found = _findings(rng, number)
                number += len(found)
                child_title = f"着力解决{rng.choice(_PROBLEMS)}的问题"
                children.append(
                    Section(2, child, child_title, marker=section_marker(2, child), findings=found)
                )
            tops.append(
                Section(
                    1,
                    ordinal,
                    title,
                    marker=section_marker(1, ordinal),
                    intro=intro,
                    sections=tuple(children),
                )
            )
        else:
            found = _findings(rng, number)
            number += len(found)
            tops.append(
                Section(1, ordinal, title, marker=section_marker(1, ordinal), intro=intro, findings=found)
            )
    closing = rng.choice(["", "欢迎广大干部群众监督。", "欢迎广大干部群众监督。\n联系电话：0391-1234567；"])
    dated = rng.random() < 0.5
    return Notice(
        f"中共{name}关于巡察整改情况的通报",
        opening=rng.choice(_SENTENCES),
        sections=tuple(tops),
        closing=closing,
        signature=f"中共{name}" if dated else None,
        date=dt.date(2023, 12, rng.randint(1, 28)) if dated else None,
        preamble=rng.choice(["", "首页 > 通知公告"]),
    )


@given(notices())
def test_generated_notices_survive_markdown_and_text(notice: Notice) -> None:
    assert carried(parse_notice(render_markdown(notice))) == carried(notice)
    assert carried(parse_notice(render_text(notice))) == carried(notice)


@given(notices())
def test_rendering_a_parsed_notice_is_a_fixed_point(notice: Notice) -> None:
    once = parse_notice(render_markdown(notice))
    assert render_markdown(once) == render_markdown(notice)
    assert parse_notice(render_markdown(once)) == once


# --------------------------------------------------------------------------- real and bundled notices


def without_markup_and_space(text: str) -> str:
    return re.sub(r"\s", "", SourceText(text).text)


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(SAMPLE, id="sample_notice"),
        pytest.param(
            REAL_NOTICE,
            id="real_notice",
            marks=pytest.mark.skipif(
                not REAL_NOTICE.exists(), reason=f"{REAL_NOTICE} is absent (no ../shared)"
            ),
        ),
    ],
)
def test_rendering_a_parsed_notice_changes_only_whitespace_and_markup(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    notice = parse_notice(text)
    for rendered in (render_markdown(notice), render_text(notice)):
        assert without_markup_and_space(rendered) == without_markup_and_space(text)
        assert carried(parse_notice(rendered)) == carried(notice)


# --------------------------------------------------------------------------- any notice the models allow


@settings(max_examples=200)  # xuncha.strategies.notices() costs ~7 ms an example to draw; keep the suite fast
@given(strategies.notices())
def test_any_notice_renders_to_text_that_parses_without_loss(notice: Notice) -> None:
    for rendered in (render_markdown(notice), render_text(notice)):
        parsed = parse_notice(rendered)
        # The parsed fields are cleaned text already: cleaning them again would take a leading "- " for markup.
        assert re.sub(r"\s", "", "".join(text_fields(parsed))) == without_markup_and_space(rendered)


@pytest.mark.parametrize("opening", ["- 0", "> 引用", "# 一", "* 星", "+ 加"])
def test_a_line_that_starts_like_markup_survives_markdown(opening: str) -> None:
    # Hypothesis found an opening "- 0" that Markdown rendered as a bullet, which the cleaner then took away.
    notice = Notice("关于巡察整改情况的通报", opening=opening)
    assert parse_notice(render_markdown(notice)).opening == opening
    assert parse_notice(render_text(notice)).opening == opening
