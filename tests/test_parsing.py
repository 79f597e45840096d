"""parse_notice: layout, marker hierarchy, findings, measures, opening and closing, nothing lost."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from xuncha import XunchaError
from xuncha._text import SourceText
from xuncha.dates import extract_periods
from xuncha.models import ContactKind, Modality, Notice, Period, Quantity, Section, Status
from xuncha.parsing import parse_notice, text_fields

ROOT = Path(__file__).resolve().parents[1]
# ../shared next to the repository; a git worktree one level deeper finds it one level up.
SHARED = next(
    (path for path in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if path.exists()),
    ROOT.parent / "shared",
)
REAL_NOTICE = SHARED / "corpus" / "000_b565cbef8bc7a4b1.txt"
SAMPLE = ROOT / "examples" / "sample_notice.md"
needs_real = pytest.mark.skipif(
    not REAL_NOTICE.exists(), reason=f"the real notice {REAL_NOTICE} is absent (../shared not checked out)"
)

# A style-B notice (central/provincial: narrative progress, run-in leads, a 下一步 part), written for these tests.
STYLE_B = """\
中共某某省交通运输厅党组关于十四届省委第二轮巡视整改进展情况的通报

根据省委统一部署，2023年4月至6月，省委第五巡视组对省交通运输厅党组开展了常规巡视。
2023年8月9日，省委巡视组向省交通运输厅党组反馈了巡视意见。按照《中国共产党巡视工作条例》有关规定，现将巡视整改进展情况予以公布。

一、把巡视整改作为重大政治任务抓紧抓实

（一）提高政治站位。厅党组把抓好巡视整改作为增强“四个意识”的实际行动，第一时间召开党组会议研究部署。

（二）加强组织领导。一是成立整改工作领导小组，党组书记任组长。二是建立台账，实行销号管理。

二、巡视反馈问题整改落实情况

（一）关于贯彻落实党中央决策部署有差距的问题

1．关于重大项目推进缓慢的问题。一是建立重点项目调度机制，已完成投资128亿元。二是正在推进剩余项目前期工作。

2．关于安全生产监管不到位的问题。开展隐患排查，整改隐患326处，已全部整改到位。

（二）关于全面从严治党不够有力的问题

3．关于“四风”问题禁而未绝的问题。修订公务接待管理办法，尚未获批。

三、下一步工作打算

下一步，厅党组将持续巩固整改成果，计划2024年6月底前完成全部整改任务。

欢迎广大干部群众对巡视整改落实情况进行监督。联系电话：0371-12345678；邮政信箱：某某市1234号信箱（450000）；电子邮箱：jtxszg@example.com；网站：http://jtt.example.gov.cn。

中共某某省交通运输厅党组

2023年12月8日
"""

# A style-C notice (a whole round, many units): one paragraph of statistics, no numbered parts.
STYLE_C = """\
中共某某县委关于十五届县委第三轮巡察整改情况的通报

根据县委统一部署，2023年3月至5月，县委3个巡察组对8个县直单位党组织开展了常规巡察。

截至2023年11月底，巡察反馈的697个问题，完成整改688个，基本完成4个，未完成5个，总体完成率98.71%；建立完善制度589项，清退违规资金66.57万元。

欢迎社会各界监督。监督电话：0397-8888888。

中共某某县委巡察工作领导小组办公室

2023年12月20日
"""

# Plain text from a PDF: hard-wrapped lines, full-width indents, a title over two lines, a centred signature.
HARD_WRAPPED = (Path(__file__).parent / "_hard_wrapped.txt").read_text(encoding="utf-8")

# Marker variants seen in real notices: 1、 (1) （1） and full-width 1．
VARIANTS = """\
一、主要问题整改情况
(一)着力解决学习不深入的问题
1、学习不深入问题整改情况。（1）建立学习制度。（2）开展专题学习。
2、作风不扎实问题整改情况。已完成整改。
(二)着力解决监督不到位的问题
3．监督不到位问题整改情况。第一，完善监督清单。第二，开展专项检查。
"""


def without_space(text: str) -> str:
    return re.sub(r"\s", "", text)


def assert_nothing_lost(text: str, notice: Notice) -> None:
    """Every character but markup and whitespace lands in exactly one text field, in order."""
    assert without_space("".join(text_fields(notice))) == without_space(SourceText(text).text)


def outline(notice: Notice) -> list[tuple[int, int, str]]:
    return [(s.level, s.ordinal, s.marker) for s in notice.iter_sections()]


# --------------------------------------------------------------------------- the bundled example


def test_sample_notice_layout_and_hierarchy() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    notice = parse_notice(text)
    assert notice.title == "中共青禾县农业农村局党组关于巡察整改情况的通报"
    assert notice.issuer == "中共青禾县农业农村局党组"
    assert outline(notice) == [
        (1, 1, "一、"),
        (2, 1, "（一）"),
        (2, 2, "（二）"),
        (1, 2, "二、"),
        (2, 1, "（一）"),
        (2, 2, "（二）"),
        (1, 3, "三、"),
    ]
    assert [f.number for f in notice.iter_findings()] == list(range(1, 10))
    assert [f.number for f in notice.sections[2].findings] == [8, 9]
    assert_nothing_lost(text, notice)


def test_sample_notice_findings_and_measures() -> None:
    notice = parse_notice(SAMPLE.read_text(encoding="utf-8"))
    findings = list(notice.iter_findings())
    first = findings[0]
    assert first.title == "高标准农田建设进度滞后问题整改情况。"
    assert first.problem == "高标准农田建设进度滞后"
    assert [(m.ordinal, m.marker, m.lead) for m in first.measures] == [
        (1, "一是", "压实建设责任。"),
        (2, "二是", "加快项目实施。"),
        (3, "三是", "强化质量监管。"),
        (4, None, None),
    ]
    assert first.measures[0].documents == ("《青禾县高标准农田建设三年行动方案（2023-2025年）》",)
    assert first.measures[3].text.startswith("下一步，计划于")
    assert first.measures[3].modality is Modality.PLANNED
    assert [m.text[:6] for m in findings[1].measures] == ["针对农产品精", "针对品牌建设"]
    assert [m.marker for m in findings[4].measures] == ["第一，", "第二，", "第三，"]
    assert findings[5].title == "关于惠农补贴发放不规范的问题。"
    assert findings[5].problem == "惠农补贴发放不规范"
    assert [f.status for f in findings] == [
        Status.UNKNOWN,
        Status.UNKNOWN,
        Status.COMPLETED,
        Status.COMPLETED,
        Status.UNKNOWN,
        Status.IN_PROGRESS,
        Status.UNKNOWN,
        Status.COMPLETED,
        Status.COMPLETED,
    ]


def test_sample_notice_opening_and_closing() -> None:
    notice = parse_notice(SAMPLE.read_text(encoding="utf-8"))
    assert notice.inspection is not None
    assert notice.inspection.inspector == "县委第三巡察组"
    assert notice.inspection.dispatcher == "县委"
    assert notice.inspection.target == "县农业农村局党组"
    assert notice.inspection.mode == "常规"
    assert notice.inspection.basis == ("《中国共产党巡视工作条例》",)
    assert [(c.kind, c.value, c.label) for c in notice.contacts] == [
        (ContactKind.PHONE, "0739-5862017", "联系电话"),
        (ContactKind.POSTAL_ADDRESS, "青禾县人民路88号县农业农村局办公室", "邮政地址"),
        (ContactKind.POSTCODE, "422900", "邮编"),
        (ContactKind.EMAIL, "qhnyxc2023@example.cn", "电子邮箱"),
    ]
    assert notice.closing.startswith("欢迎广大干部群众")


def test_sample_notice_dates() -> None:
    notice = parse_notice(SAMPLE.read_text(encoding="utf-8"))
    assert notice.date == dt.date(2023, 11, 30)
    assert notice.signature == "中共青禾县农业农村局党组"
    assert notice.inspection is not None
    assert notice.inspection.period is not None
    assert (notice.inspection.period.start, notice.inspection.period.end) == (
        dt.date(2023, 4, 10),
        dt.date(2023, 5, 26),
    )
    assert notice.inspection.feedback_date == dt.date(2023, 7, 18)
    plan = next(notice.iter_findings()).measures[3]
    assert plan.deadline is not None
    assert plan.deadline.end == dt.date(2024, 3, 31)


# --------------------------------------------------------------------------- the real notice (../shared)


@needs_real
def test_real_notice_hierarchy() -> None:
    text = REAL_NOTICE.read_text(encoding="utf-8")
    notice = parse_notice(text)
    assert len(notice.sections) == 5
    assert [s.marker for s in notice.sections] == ["一、", "二、", "三、", "四、", "五、"]
    assert sum(len(s.sections) for s in notice.sections) == 17
    assert [f.number for f in notice.iter_findings()] == list(range(1, 61))
    parents = {
        f.number: (top.ordinal, sub.ordinal)
        for top in notice.sections
        for sub in top.sections
        for f in sub.findings
    }
    assert parents[1] == (1, 1)
    assert parents[4] == (1, 2)
    assert parents[10] == (1, 3)
    assert parents[11] == (2, 1)
    assert parents[34] == (2, 6)
    assert parents[57] == (4, 3)
    assert [f.number for f in notice.sections[4].findings] == [58, 59, 60]
    assert_nothing_lost(text, notice)


@needs_real
def test_real_notice_repairs_page_breaks() -> None:
    notice = parse_notice(REAL_NOTICE.read_text(encoding="utf-8"))
    first = next(notice.iter_findings())
    assert first.measures[1].text.startswith("加强党员干部理论学习。")
    assert first.measures[0].lead == "严格落实“第一议题”和中心组学习制度。"
    assert first.problem == "理论学习不深入"


@needs_real
def test_real_notice_opening_and_closing() -> None:
    notice = parse_notice(REAL_NOTICE.read_text(encoding="utf-8"))
    assert notice.inspection is not None
    assert (notice.inspection.inspector, notice.inspection.dispatcher, notice.inspection.target) == (
        "市委第二巡察组",
        "市委",
        "园区党工委",
    )
    assert notice.inspection.mode == "常规"
    assert notice.inspection.basis == ("《中国共产党巡视工作条例》",)
    assert [c.value for c in notice.contacts] == [
        "0393-7775123",
        "濮阳工业园区党政办公室",
        "gyyqxc2023@163.com",
    ]
    assert notice.sections[4].findings[0].status is Status.COMPLETED


@needs_real
def test_real_notice_dates() -> None:
    notice = parse_notice(REAL_NOTICE.read_text(encoding="utf-8"))
    assert notice.date == dt.date(2023, 12, 25)
    assert notice.signature == "中共濮阳工业园区工委"
    inspection = notice.inspection
    assert inspection is not None
    assert inspection.period is not None
    assert (inspection.period.start, inspection.period.end) == (dt.date(2023, 3, 13), dt.date(2023, 4, 28))
    assert inspection.feedback_date == dt.date(2023, 6, 6)


@needs_real
def test_real_notice_spans_point_into_the_original() -> None:
    text = REAL_NOTICE.read_text(encoding="utf-8")
    notice = parse_notice(text)
    items: list[Quantity | Period] = [*notice.iter_quantities(), *notice.iter_periods()]
    assert len(items) > 100
    for item in items:
        assert item.span is not None
        assert item.text is not None
        assert text[item.span.start : item.span.end] == item.text
    # a figure that a page break split ("94" / "个") keeps its original text
    assert any("\n" in (q.text or "") for q in notice.iter_quantities())


# --------------------------------------------------------------------------- other styles


def test_style_b_gives_a_sensible_tree() -> None:
    notice = parse_notice(STYLE_B)
    assert notice.title.endswith("巡视整改进展情况的通报")
    assert outline(notice) == [
        (1, 1, "一、"),
        (2, 1, "（一）"),
        (2, 2, "（二）"),
        (1, 2, "二、"),
        (2, 1, "（一）"),
        (2, 2, "（二）"),
        (1, 3, "三、"),
    ]
    lead_section = notice.sections[0].sections[0]
    assert lead_section.title == "提高政治站位。"
    assert lead_section.intro.startswith("厅党组把抓好巡视整改")
    findings = list(notice.iter_findings())
    assert [(f.number, f.marker, f.problem) for f in findings] == [
        (1, "1．", "重大项目推进缓慢"),
        (2, "1．".replace("1", "2"), "安全生产监管不到位"),
        (3, "3．", "“四风”问题禁而未绝"),
    ]
    assert [f.status for f in findings] == [Status.UNKNOWN, Status.COMPLETED, Status.NOT_COMPLETED]
    assert [m.modality for m in findings[0].measures] == [Modality.DONE, Modality.ONGOING]
    assert notice.sections[2].intro.startswith("下一步")
    assert notice.inspection is not None
    assert notice.inspection.inspector == "省委第五巡视组"
    assert notice.inspection.round == "十四届省委第二轮"
    assert [(c.kind.value, c.value) for c in notice.contacts] == [
        ("phone", "0371-12345678"),
        ("postal_address", "某某市1234号信箱"),
        ("postcode", "450000"),
        ("email", "jtxszg@example.com"),
        ("website", "http://jtt.example.gov.cn"),
    ]
    assert_nothing_lost(STYLE_B, notice)


def test_style_c_has_no_sections_and_keeps_its_statistics_in_the_opening() -> None:
    notice = parse_notice(STYLE_C)
    assert notice.sections == ()
    assert "完成整改688个" in notice.opening
    assert notice.closing.startswith("欢迎社会各界监督")
    assert [c.value for c in notice.contacts] == ["0397-8888888"]
    assert notice.inspection is not None
    assert notice.inspection.dispatcher == "县委"
    assert_nothing_lost(STYLE_C, notice)


def test_marker_variants_get_their_level_and_ordinal() -> None:
    notice = parse_notice(VARIANTS)
    assert outline(notice) == [(1, 1, "一、"), (2, 1, "(一)"), (2, 2, "(二)")]
    findings = list(notice.iter_findings())
    assert [(f.number, f.marker) for f in findings] == [(1, "1、"), (2, "2、"), (3, "3．")]
    assert [(m.ordinal, m.marker) for m in findings[0].measures] == [(1, "（1）"), (2, "（2）")]
    assert findings[1].status is Status.COMPLETED
    assert [m.marker for m in findings[2].measures] == ["第一，", "第二，"]
    assert_nothing_lost(VARIANTS, notice)


def test_numbered_items_below_a_finding_heading_are_its_measures() -> None:
    text = "1. 制度不健全问题整改情况\n\n（1）修订财务制度。\n\n（2）开展培训。"
    finding = next(parse_notice(text).iter_findings())
    assert finding.title == "制度不健全问题整改情况"
    assert [(m.ordinal, m.marker, m.text) for m in finding.measures] == [
        (1, "（1）", "修订财务制度。"),
        (2, "（2）", "开展培训。"),
    ]


def test_findings_at_the_top_are_kept_in_an_unnumbered_section() -> None:
    notice = parse_notice("1. 甲问题整改情况。已完成。\n\n2. 乙问题整改情况。正在办理。")
    assert len(notice.sections) == 1
    wrapper = notice.sections[0]
    assert (wrapper.level, wrapper.ordinal, wrapper.marker, wrapper.title) == (1, 1, "", "")
    assert [(f.number, f.status) for f in wrapper.findings] == [
        (1, Status.COMPLETED),
        (2, Status.IN_PROGRESS),
    ]


def test_web_page_clutter_goes_to_preamble_and_postscript() -> None:
    text = "首页 > 通知公告\n\n来源：某县纪委监委\n\n中共某县委关于巡察整改情况的通报\n\n现将整改情况公布。\n\n一、总体情况\n\n整改有序推进。"
    notice = parse_notice(text)
    assert notice.preamble == "首页 > 通知公告\n来源：某县纪委监委"
    assert notice.title == "中共某县委关于巡察整改情况的通报"
    assert notice.opening == "现将整改情况公布。"
    assert_nothing_lost(text, notice)


def test_text_after_the_date_is_the_postscript() -> None:
    text = "中共某县委关于巡察整改情况的通报\n\n现将整改情况公布。\n\n中共某县委\n\n2023年12月25日\n\n【打印】【关闭】"
    notice = parse_notice(text)
    assert (notice.signature, notice.date, notice.postscript) == (
        "中共某县委",
        dt.date(2023, 12, 25),
        "【打印】【关闭】",
    )
    assert_nothing_lost(text, notice)


def test_hard_wrapped_plain_text() -> None:
    notice = parse_notice(HARD_WRAPPED)
    assert notice.title == "中共某某市生态环境局党组关于市委第四巡察组巡察反馈意见整改进展情况的通报"
    assert notice.preamble == ""
    assert notice.opening.endswith("现将整改进展情况予以公布。")
    inspection = notice.inspection
    assert inspection is not None
    assert (inspection.inspector, inspection.target, inspection.mode) == (
        "市委第四巡察组",
        "市生态环境局党组",
        "专项",
    )
    assert inspection.period is not None
    assert inspection.period.text == "2022年9月中旬至11月上旬"
    assert inspection.feedback_date == dt.date(2023, 1, 10)
    assert outline(notice) == [
        (1, 1, "一、"),
        (1, 2, "二、"),
        (2, 1, "（一）"),
        (2, 2, "（二）"),
        (1, 3, "三、"),
    ]
    findings = list(notice.iter_findings())
    assert [(f.number, f.problem, f.status) for f in findings] == [
        (1, "落实生态环境保护责任制不到位", Status.COMPLETED),
        (2, "信访问题办理不及时", Status.IN_PROGRESS),
        (3, "文山会海问题反弹", Status.UNKNOWN),
    ]
    assert findings[0].measures[0].text == "修订《生态环境保护工作责任规定》；"
    assert [c.value for c in notice.contacts] == ["0731-8888123", "sthjjxc@example.com"]
    assert (notice.signature, notice.date) == ("中共某某市生态环境局党组", dt.date(2023, 3, 31))
    assert_nothing_lost(HARD_WRAPPED, notice)


def test_a_title_split_over_two_lines() -> None:
    notice = parse_notice("中共某某县委员会\n关于巡察整改进展情况的通报\n\n正文。")
    assert notice.title == "中共某某县委员会关于巡察整改进展情况的通报"
    assert notice.issuer == "中共某某县委员会"


# --------------------------------------------------------------------------- robustness


def test_empty_text_gives_an_empty_notice() -> None:
    assert parse_notice("") == Notice(title="")
    assert parse_notice("\n \n") == Notice(title="")


def test_arguments_of_the_wrong_type_are_type_errors_with_short_messages() -> None:
    # A programming error, not bad content: not a ValueError, and the message never echoes the input.
    page = ("关于巡察整改情况的通报。" * 20_000).encode("utf-8")
    with pytest.raises(TypeError, match="text must be a str, not bytes") as bytes_error:
        parse_notice(page)  # type: ignore[arg-type]
    text = "正文。" * 5_000
    with pytest.raises(TypeError, match=r"reference must be a datetime\.date or None, not str") as str_error:
        parse_notice(text, reference="2023-12-25")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not a datetime"):
        parse_notice(text, reference=dt.datetime(2023, 12, 25))
    for error in (bytes_error.value, str_error.value):
        assert not isinstance(error, ValueError)
        assert len(str(error)) < 120


_PIECES = st.sampled_from(
    [
        "一、", "（一）", "(二)", "1.", "2、", "（1）", "一是", "二是", "第一，", "下一步，", "针对", "问题", "整改情况",
        "关于", "的通报", "。", "，", "：", "\n", "\n\n", "**", "## ", "<sub>", "</sub>", "2023年12月25日", "联系电话：",
        "0391-1234567", "欢迎", "党员", "干部", "完成", "正在办理", "《条例》", "“", "”", " and ", "\u3000", "5.6 亿余元",
    ]
)  # fmt: skip


@given(st.lists(_PIECES | st.text(max_size=3), max_size=30).map("".join))
def test_any_text_parses_without_losing_a_character(text: str) -> None:
    try:
        notice = parse_notice(text)
    except XunchaError:  # pragma: no cover - parse_notice does not raise on text today
        return
    assert_nothing_lost(text, notice)
    sections: list[Section] = list(notice.iter_sections())
    for section in sections:
        for finding in section.findings:
            assert finding.span is not None
            assert 0 <= finding.span.start <= finding.span.end <= len(text)


def test_relative_dates_resolve_against_the_notice_date_unless_a_reference_is_given() -> None:
    text = "1. 甲问题整改情况。今年以来，开展检查3次。\n\n中共某县委\n\n2023年12月25日"
    own = next(parse_notice(text).iter_findings()).periods[0]
    assert (own.text, own.start, own.end) == ("今年以来", dt.date(2023, 1, 1), dt.date(2023, 12, 25))
    given_reference = parse_notice(text, reference=dt.date(2024, 6, 30))
    other = next(given_reference.iter_findings()).periods[0]
    assert (other.start, other.end) == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))


def test_the_signed_date_is_preferred_to_a_later_publication_date() -> None:
    text = "关于巡察整改情况的通报\n\n欢迎监督。\n\n中共某县委\n\n二〇二三年十二月二十五日\n\n2023年12月26日"
    notice = parse_notice(text)
    assert (notice.signature, notice.date, notice.postscript) == (
        "中共某县委",
        dt.date(2023, 12, 25),
        "2023年12月26日",
    )
    assert_nothing_lost(text, notice)


def test_figures_sit_with_the_part_that_states_them() -> None:
    notice = parse_notice(SAMPLE.read_text(encoding="utf-8"))
    first = next(notice.iter_findings())
    assert [q.text for q in first.measures[1].quantities] == ["2.6万亩", "104%", "5200余万元"]
    assert first.quantities == ()
    assert [p.text for p in notice.periods][:2] == ["2023年4月10日至5月26日", "2023年7月18日"]


def test_a_problem_heading_inside_a_passage_is_not_taken_for_the_title() -> None:
    text = "（二）着力解决作风不实的问题\n\n3. 调研不深入问题整改情况。已完成整改。\n\n关于文风会风问题的整改情况\n\n精简文件。"
    notice = parse_notice(text)
    assert (notice.title, notice.preamble) == ("", "")
    assert outline(notice) == [(2, 2, "（二）")]
    assert [f.number for f in notice.iter_findings()] == [3]


def test_windows_line_endings_and_a_byte_order_mark_change_nothing() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    plain = parse_notice(text)
    windows_text = "\ufeff" + text.replace("\n", "\r\n")
    windows = parse_notice(windows_text)
    assert [(f.number, f.title, f.text, f.status) for f in windows.iter_findings()] == [
        (f.number, f.title, f.text, f.status) for f in plain.iter_findings()
    ]
    assert (windows.title, windows.date, windows.contacts) == (plain.title, plain.date, plain.contacts)
    for quantity in windows.iter_quantities():
        assert quantity.span is not None
        assert windows_text[quantity.span.start : quantity.span.end] == quantity.text
    assert_nothing_lost(windows_text, windows)


def test_periods_are_moved_to_the_original_with_every_field() -> None:
    # models._trusted_period (used by parsing._moved and the date extractor) sets every field by name.
    assert [field.name for field in attrs.fields(Period)] == [
        "start",
        "end",
        "relation",
        "precision",
        "text",
        "span",
    ]
    text = "**关于巡察整改情况的通报**\n\n一、总体情况\n\n2023年3月13日至4月28日开展巡察，年底前完成。"
    notice = parse_notice(text, reference=dt.date(2023, 12, 25))
    for period in notice.iter_periods():
        assert period.span is not None
        assert text[period.span.start : period.span.end] == period.text
    reference = dt.date(2023, 12, 25)
    found = extract_periods(SourceText(text).text, reference=reference)
    assert len(found) == 2
    assert [(p.start, p.end, p.relation, p.precision, p.text) for p in notice.iter_periods()] == [
        (p.start, p.end, p.relation, p.precision, p.text) for p in found
    ]


def test_a_disclaimer_and_its_numbered_items_stay_out_of_the_notice() -> None:
    page = (
        "县委第三轮巡察完成进驻\n"
        "按照县委统一部署,4个巡察组近日进驻被巡察单位,开展为期两个月的常规巡察。\n"
        "巡察期间,各巡察组设立值班电话和意见箱,受理群众来信来电来访。\n"
        "免责声明\n"
        "1.本网转载的稿件均注明来源;\n"
        "2.如对稿件有异议,请联系本网。\n"
    )
    notice = parse_notice(page)
    assert notice.sections == ()
    assert notice.postscript == "免责声明\n1.本网转载的稿件均注明来源;\n2.如对稿件有异议,请联系本网。"
    assert "巡察期间" in notice.opening
    assert "免责声明" not in notice.opening


def test_a_disclaimer_does_not_cut_a_notice_whose_parts_come_before_it() -> None:
    page = (
        "关于巡察整改情况的通报\n"
        "根据县委统一部署,县委第一巡察组对县林业局党组开展了常规巡察。\n"
        "一、整改工作情况\n"
        "（一）召开专题会议研究部署。\n"
        "（二）建立整改台账逐项销号。\n"
        "声明\n"
        "1.本站稿件均注明来源。\n"
    )
    notice = parse_notice(page)
    assert [section.marker for section in notice.sections] == ["一、"]
    assert notice.postscript.startswith("声明")


def test_a_document_sites_numbered_terms_over_its_preview_are_no_parts() -> None:
    page = (
        "温馨提示:\n"
        "1. 部分含有公式的文件,预览时可能显示异常,下载后即可正常查看。\n"
        "2. 本文档由网友上传,版权归上传者所有,本站仅提供存储服务。\n"
        "3. 因网络原因未能下载成功的,请联系客服补发。\n"
        "关于巡察整改情况的通报\n"
        "根据县委统一部署,县委第一巡察组对县林业局党组开展了常规巡察。\n"
        "一、整改工作情况\n"
        "（一）召开专题会议研究部署。\n"
    )
    notice = parse_notice(page)
    assert notice.title == "关于巡察整改情况的通报"
    assert notice.preamble.startswith("温馨提示:\n1. 部分含有公式")
    assert [section.marker for section in notice.sections] == ["一、"]
    # with no heading over them, and a first term that names one of the site's words alone: the list is one
    page = (
        "- 1、本文档共2页,可阅读全部内容。\n"
        "- 2、本站所有内容均由网友上传,本站不对文档的完整性做任何保证。\n"
        "村民代表会议议事制度\n"
        "第一条 为规范村民代表会议的议事程序,制定本制度。\n"
    )
    assert parse_notice(page).sections == ()


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        (  # a number in quotes after its label, a numbered box named in quotes
            "欢迎社会各界监督,县委巡察办设立“青石县66号邮政信箱”,并开通监督电话“0571-7654321”,接受群众监督。",
            [("phone", "0571-7654321"), ("postal_address", "青石县66号邮政信箱")],
        ),
        (  # the same, on a template site that sets numbers apart by spaces
            "欢迎社会各界监督,县委巡察办设立“青石县 66 号邮政信箱”,接受群众监督。",
            [("postal_address", "青石县 66 号邮政信箱")],
        ),
        (  # a list of contacts run into one paragraph: the address ends where the next item's marker starts
            "欢迎监督。(一)来访接待室:区卫健委北二楼205室(二)专门值班电话:15100000203",
            [("phone", "15100000203"), ("postal_address", "区卫健委北二楼205室")],
        ),
        (  # a bare number after 联系方式, with its hours in brackets
            "欢迎广大干部群众监督。联系方式:7654321(9:00-17:00);邮政编码:310000。",
            [("phone", "7654321"), ("postcode", "310000")],
        ),
    ],
)
def test_contacts_written_in_quotes_or_after_a_general_label(
    closing: str, expected: list[tuple[str, str]]
) -> None:
    notice = parse_notice(
        "关于巡察整改情况的通报\n根据县委统一部署,县委第一巡察组对县林业局党组开展了常规巡察。\n"
        "一、整改工作情况\n召开专题会议研究部署。\n" + closing + "\n"
    )
    assert sorted((c.kind.value, c.value) for c in notice.contacts) == sorted(expected)


@pytest.mark.parametrize("tail", ["", "\n2024年4月8"])
def test_an_announcement_signed_without_a_whole_date_names_its_issuer_there(tail: str) -> None:
    notice = parse_notice(
        "巡察公告\n根据县委统一部署,2024年4月8日至6月7日,县委第三巡察组对县交通运输局党组开展常规巡察。\n"
        "巡察期间,巡察组设立值班电话:0571-7654321,邮政信箱:青石县66号信箱。\n"
        "县委第三巡察组" + tail + "\n"
    )
    assert notice.signature == "县委第三巡察组"
    assert notice.issuer == "县委第三巡察组"
    assert notice.closing.startswith("巡察期间")
    assert "县委第三巡察组" not in notice.closing
    assert notice.postscript == tail.strip()


def test_a_last_line_naming_a_body_without_a_closing_is_not_a_signature() -> None:
    notice = parse_notice(
        "巡察公告\n根据县委统一部署,县委第三巡察组对县交通运输局党组开展常规巡察。\n县交通运输局\n"
    )
    assert notice.signature is None


@pytest.mark.parametrize("date_line", ["20251021日", "2025年1021日"])
def test_a_signature_above_a_date_a_scraper_fused_stays_a_signature(date_line: str) -> None:
    # The scraper dropped 月 (and 年): the last line is still the date line, not words of the signature.
    notice = parse_notice(
        "巡察公告\n根据市委统一部署,市委第巡察组对东沙镇党委开展专项巡察。\n"
        "巡察期间设值班电话:0756-86612309。\n中共青澜市委第巡察组\n" + date_line + "\n"
    )
    assert notice.signature == "中共青澜市委第巡察组"
    assert notice.issuer == "中共青澜市委第巡察组"


def test_an_announcement_run_into_one_paragraph_keeps_its_contacts_and_its_signature() -> None:
    # a template site ran the opening and the closing into one paragraph: no closing paragraph, yet the
    # contacts a label and a colon give are read, and the body's name over a date cut short still signs it
    notice = parse_notice(
        "巡视公告\n"
        "按照自治区党委统一部署,自治区党委第二巡视组对青城市开展专项巡视。巡视期间,巡视组设立专门值班电话:"
        "13900000000;电子邮箱:xszzz2@example.com。\n"
        "自治区党委第二巡视组\n2023年9月18\n"
    )
    assert notice.closing == ""
    assert sorted((c.kind.value, c.value) for c in notice.contacts) == [
        ("email", "xszzz2@example.com"),
        ("phone", "13900000000"),
    ]
    assert notice.signature == "自治区党委第二巡视组"
    assert notice.issuer == "自治区党委第二巡视组"


@pytest.mark.parametrize("dash", ["—", "–", "－", "-"])
def test_a_phone_whose_area_code_a_dash_of_any_width_sets_apart_is_one_number(dash: str) -> None:
    notice = parse_notice(
        "巡察公告\n根据县委统一部署,县委第一巡察组对县水务局党组开展常规巡察。\n"
        f"欢迎监督。联系电话:0871{dash}1234567,电子信箱:sx@example.com。\n"
    )
    assert [(c.kind.value, c.value) for c in notice.contacts] == [
        ("phone", "0871-1234567"),
        ("email", "sx@example.com"),
    ]


def test_phones_and_postcodes_typeset_in_full_width_digits_are_read_in_ascii() -> None:
    # a page typeset with full-width digits: the phone and the postcode are digits in the model (its schema
    # holds ASCII digits); the address stays as written
    notice = parse_notice(
        "巡察公告\n根据县委统一部署,县委第一巡察组对县水务局党组开展常规巡察。\n"
        "巡察期间设立专门值班电话：０５５３－２５９０００１，邮政地址：某某县１００号（２４５０００）。\n"
        "| 举报电话 | １３９００００００００ |\n"
    )
    assert sorted((c.kind.value, c.value) for c in notice.contacts) == [
        ("phone", "0553-2590001"),
        ("phone", "13900000000"),
        ("postal_address", "某某县１００号"),
        ("postcode", "245000"),
    ]
