"""The cleaned view of an input: markup removed, page breaks rejoined, offsets mapped back exactly."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xuncha._glued import AFTER_SENTENCE
from xuncha._lines import (
    FINAL_MARKS_BUT_DOT,
    ends_sentence,
    is_date_line,
    is_label_line,
    is_letter_spaced,
    lines_join,
)
from xuncha._markers import heading_shape_at
from xuncha._text import SourceText


def paragraphs(source: SourceText) -> list[str]:
    return [source.text[p.start : p.end] for p in source.paragraphs]


def test_markdown_markup_is_removed_and_headings_are_flagged() -> None:
    source = SourceText(
        "# 中共某县委 关于巡察整改情况的通报\n\n**一、“学习”方面**\n\n### （一）着力解决问题 ###\n正文。"
    )
    assert paragraphs(source) == [
        "中共某县委 关于巡察整改情况的通报",
        "一、“学习”方面",
        "（一）着力解决问题",
        "正文。",
    ]
    assert [p.heading for p in source.paragraphs] == [True, True, True, False]


def test_html_tags_entities_and_escapes_are_removed_but_their_text_kept() -> None:
    source = SourceText("PM<sub>2.5</sub>浓度下降&nbsp;3%。\n\n1\\. 问题整改情况。")
    assert paragraphs(source) == ["PM2.5浓度下降3%。", "1. 问题整改情况。"]


def test_block_level_html_tags_separate_paragraphs_on_one_line() -> None:
    source = SourceText(
        "<h1>关于整改情况的通报</h1><p>一、总体情况</p><p>1. 甲问题整改情况。PM<sub>2.5</sub>下降。</p>"
    )
    assert paragraphs(source) == ["关于整改情况的通报", "一、总体情况", "1. 甲问题整改情况。PM2.5下降。"]


def test_a_document_sites_paragraph_marks_separate_paragraphs() -> None:
    # a document-sharing site prints a converted document's ¶ as the Cyrillic Р, running an excerpt into one line
    source = SourceText("严禁占道停放。Р四、实施步骤Р本次行动分三个阶段。Р (一)加强领导。")
    assert paragraphs(source) == ["严禁占道停放。", "四、实施步骤", "本次行动分三个阶段。", "(一)加强领导。"]
    assert source.to_original(*_span_of(source, "四、实施步骤")) == (8, 14)


def test_a_numbered_paragraph_may_follow_a_paragraph_mark() -> None:
    assert paragraphs(SourceText("会议由镇长主持。Р3、研究工作。Р4、审议事项。")) == [
        "会议由镇长主持。",
        "3、研究工作。",
        "4、审议事项。",
    ]


@pytest.mark.parametrize("text", ["Р. Иванов выступил", "СРБ 2023", "型号AР3", "编号3Р7号"])
def test_an_er_inside_a_word_or_a_number_is_no_paragraph_mark(text: str) -> None:
    assert paragraphs(SourceText(text)) == [text]


def _span_of(source: SourceText, part: str) -> tuple[int, int]:
    start = source.text.index(part)
    return start, start + len(part)


def test_a_page_break_inside_a_word_is_rejoined() -> None:
    source = SourceText("二是加强党\n\n员干部理论学习。\n\n3. 下一条。")
    assert paragraphs(source) == ["二是加强党员干部理论学习。", "3. 下一条。"]


def test_a_sharing_sites_chunk_numbers_go_and_the_words_they_cut_are_whole_again() -> None:
    # A preview shows the file as numbered chunks cut where the viewer's page ended, even inside a word.
    first = "1、河口镇2023年政府工作报告各位代表：现在，我代表镇人民政府向大会报告工作，请予审议，并请列席人员提出意见。过去一年，全镇完成投资9.3亿"
    second = "2、元，同比增长5.8%；新建产业园区两个，引进项目十二个，带动就业一千余人，财政收入稳步增长，教育医疗养老等民生支出占比提高到20"
    source = SourceText(
        f"{first}\n\n{second}\n3、23年的七成以上，{'群众满意度持续提升，' * 5}工作成效明显。\n4、二、主要做法"
    )
    text = source.text
    assert "9.3亿元，同比" in text
    assert "提高到2023年的七成" in text
    assert not re.search(r"(?m)^[1-4]、", text)
    assert (
        source.original[slice(*source.to_original(text.index("9.3亿元"), text.index("，同比")))]
        == "9.3亿\n\n2、元"
    )
    # A chunk that starts a heading starts a paragraph, as the document has it.
    assert paragraphs(source)[-1] == "二、主要做法"


def test_chunks_cut_after_a_comma_are_a_previews_too() -> None:
    # A viewer's page may end in mid-sentence after a comma, as no list item does.
    first = "1、" + "接到巡察反馈意见后，园党支部第一时间召开支部委员会，" * 3
    second = "2、" + "传达学习巡察反馈意见，成立整改工作领导小组，" * 3
    source = SourceText(f"{first}\n{second}\n3、")
    assert not re.search(r"(?m)^[1-3]、", source.text)
    assert "委员会，传达学习" in source.text


@pytest.mark.parametrize(
    "text",
    [
        # a list of short headings, which end without punctuation
        "1、加强组织领导\n2、压实整改责任\n3、健全长效机制",
        # long items that each end their sentence
        "1、" + "强化理论武装，" * 9 + "推动学习走深走实。\n2、" + "压实主体责任，" * 9 + "层层传导压力。",
        # a list that does not start at 1
        "2、" + "强化理论武装，" * 9 + "推动学习走深走实\n3、" + "压实主体责任，" * 9 + "层层传导压力",
    ],
)
def test_a_documents_own_numbered_lines_are_no_chunks(text: str) -> None:
    assert SourceText(text).text == text


def test_paragraphs_that_legitimately_end_without_punctuation_stay_apart() -> None:
    text = (
        "首页 > 通知公告\n中共某县委关于巡察整改情况的通报\n根据县委部署开展巡察。\n"
        "一、“责任落实”方面\n加强管理。\n（一）着力解决问题\n1. 甲问题整改情况\n"
        "联系电话：0391-1234567\n邮政地址：某县人民路1号\n中共某县委\n2023年12月25日"
    )
    assert paragraphs(SourceText(text)) == text.split("\n")


def test_page_numbers_are_page_furniture() -> None:
    source = SourceText("加强党\n\n- 3 -\n\n员干部学习。\n— 12 —")
    assert paragraphs(source) == ["加强党员干部学习。"]


def test_hard_wrapped_lines_are_one_paragraph() -> None:
    source = SourceText("今年以来，全县新建高标准\n农田2.6万亩，完成年度\n任务。")
    assert paragraphs(source) == ["今年以来，全县新建高标准农田2.6万亩，完成年度任务。"]


LEAD = (
    "按照区委统一安排,八届区委于2020年10月至2021年1月开展第六轮常规巡察,分六组对区委统战部等18个单位开展集中巡察。"
    "巡察情况经书记专题会议研究后,于2021年2月2日至4日向各单位反馈。"
)


@pytest.mark.parametrize(
    "lead", [LEAD, "近日,区委第一巡察组向区教育局党委反馈了巡察情况,并提出整改意见和建议。" * 2]
)
def test_a_headline_over_a_lead_that_opens_as_an_opening_is_its_own_paragraph(lead: str) -> None:
    # a news page's headline alone on its line: a wrap breaks at the page's width, and the lead is many times
    # longer and opens as an opening does (按照…, 近日…)
    source = SourceText("青禾区集中开展第六轮巡察反馈工作\n" + lead)
    assert paragraphs(source) == ["青禾区集中开展第六轮巡察反馈工作", lead]


def test_a_short_line_before_a_long_one_that_opens_otherwise_is_still_a_wrap() -> None:
    # a PDF's line cut at a page break in the middle of a word ("…习近平总" / "书记关于…") is rejoined
    tail = "书记关于打好“四张牌”的重要论述,以第三产业的有效突破促进产城融合进程。" * 2
    source = SourceText("深入学习贯彻习近平总\n" + tail)
    assert paragraphs(source) == ["深入学习贯彻习近平总" + tail]


def test_indented_values_under_a_pages_bullets_are_no_first_line_indents() -> None:
    # a disclosure page's metadata (set BU: 2982): its values indented under bullets, dates with a time among
    # them, say nothing about paragraphs, so the unindented headings below still start theirs
    source = SourceText(
        "  • 发文日期:\n\n    2024年04月06日 16:40\n  • 发布日期:\n\n    2024年04月06日 16:34\n"
        "  • 索引号:\n\n    6107990000/2024-001012\n\n某县人民政府工作规则\n\n第一章总则\n\n"
        "一、为规范县政府工作运行,提高行政效能,制定本规则。\n\n二、县政府工作坚持依法行政。\n"
    )
    assert "一、为规范县政府工作运行,提高行政效能,制定本规则。" in paragraphs(source)
    # nor do numbered items indented under unindented paragraphs (set CD: 3334)
    listed = SourceText(
        "某幼儿园2024年部门预算情况说明\n\n一、单位基本情况\n\n(一)职能职责\n\n面向适龄儿童开展保育和教育工作。\n"
        "    1.保护幼儿生命安全,促进幼儿身体健康成长。\n    2.激发幼儿的求知欲和探究兴趣,发展语言能力。\n"
    )
    assert paragraphs(listed)[1:3] == ["一、单位基本情况", "(一)职能职责"]
    # where indented lines of prose start the paragraphs, an unindented line still continues one
    wrapped = SourceText(
        "　　全县新建高标准农田2.6万亩，完成年度\n任务的百分之九十。\n　　各项工作稳步推进，成效明显。"
    )
    assert paragraphs(wrapped)[0] == "全县新建高标准农田2.6万亩，完成年度任务的百分之九十。"


@pytest.mark.parametrize(
    ("line", "title", "heading"),
    [
        ("首轮巡察反馈工作方案一、巡察反馈的背景与意义", "首轮巡察反馈工作方案", "一、巡察反馈的背景与意义"),
        ("督查整改工作方案参考模板一、背景分析", "督查整改工作方案参考模板", "一、背景分析"),
        ("2024年镇委建设项目推进工作方案一、总体目标随着城镇化的推进,", "推进工作方案", "一、总体目标随着"),
        ("1、某局2023年工作汇报一、2023年重点指标完成情况", "工作汇报", "一、2023年重点指标"),
        # (sets CN, CP: 3750, 3825) a how-to site's 怎么写 before the template words; a rule book's 规范
        ("村级组织补短板工作方案怎么写参考范文一、背景分析", "怎么写参考范文", "一、背景分析"),
        ("整改问题销号台账管理规范一、台账的基本构成", "管理规范", "一、台账的基本构成"),
        ("整改問題銷號臺賬管理規範一、臺賬的基本構成", "管理規範", "一、臺賬的基本構成"),
        # a year's summary and the next year's arrangements or lines of work; a company's rules
        (
            "1、市文化和旅游局2023年工作总结及2024年重点工作安排一、2023年工作完成情况",
            "工作安排",
            "一、2023年",
        ),
        ("县教育局2024年工作总结及2025年工作思路一、2024年教育工作总结", "工作思路", "一、2024年"),
        ("集团公司下属公司管理制度一、治理结构管理", "管理制度", "一、治理结构管理"),
    ],
)
def test_a_title_glued_to_its_first_heading_is_parted_from_it(line: str, title: str, heading: str) -> None:
    # a document-sharing site's blurb and a flattened page (sets AC, AL, BL, BU: 1137, 1254, 2621, 2647, 2962)
    found = paragraphs(SourceText(line + "\n正文。"))
    assert found[0].endswith(title)
    assert found[1].startswith(heading)


def test_the_bodys_first_heading_glued_to_the_last_entry_of_the_contents_is_parted_from_it() -> None:
    # a preview's contents, one heading a line, run into the body, which repeats the first heading
    contents = "工作方案\n\n一、背景分析\n\n1.1政策依据\n\n二、目标设定\n\n2.1总体目标\n\n"
    found = paragraphs(SourceText(contents + "2.2阶段目标一、背景分析1.1政策依据 国家层面要求及时整改。"))
    assert found[-2].endswith("2.2阶段目标")
    assert found[-1] == "一、背景分析1.1政策依据 国家层面要求及时整改。"
    # not where the words after 一、 repeat no entry above, nor a count in prose (一、二季度)
    other = paragraphs(SourceText(contents + "2.2阶段目标一、总体要求1.1政策依据"))
    assert other[-1].endswith("2.2阶段目标一、总体要求1.1政策依据")
    prose = paragraphs(SourceText("一、二季度\n计划在一、二季度完成。"))
    assert prose[-1] == "计划在一、二季度完成。"


def test_a_notes_label_opens_a_numbered_list_of_its_own() -> None:
    # 注:1.…。2.… under a table; a colon elsewhere opens a list run into the paragraph only when its item 2
    # follows (xuncha._glued._run_in_list_starts)
    assert paragraphs(SourceText("注:1.本表由督学填写。2.分项数合计略有出入。")) == [
        "注:",
        "1.本表由督学填写。",
        "2.分项数合计略有出入。",
    ]
    assert paragraphs(SourceText("主要问题:1.制度不健全。2.落实不到位。")) == [
        "主要问题:",
        "1.制度不健全。",
        "2.落实不到位。",
    ]
    assert paragraphs(SourceText("主要问题:1.制度不健全。另有落实不到位的问题。")) == [
        "主要问题:1.制度不健全。另有落实不到位的问题。"
    ]


def test_a_count_after_a_plan_named_in_a_sentence_is_no_heading() -> None:
    # 一、二季度 continues a list in prose; a clause break in the words before is no title
    assert paragraphs(SourceText("制定了工作方案一、二季度完成")) == ["制定了工作方案一、二季度完成"]
    assert paragraphs(SourceText("按照方案,工作方案一、总体要求")) == ["按照方案,工作方案一、总体要求"]


def test_cleaned_spans_map_back_to_the_original_characters() -> None:
    original = "**1. 完成**\n\n投资5.6 亿\n\n余元。PM<sub>2.5</sub>"
    source = SourceText(original)
    assert source.text == "1. 完成\n\n投资5.6 亿余元。PM2.5"
    start = source.text.index("5.6")
    mapped = source.to_original(start, start + len("5.6 亿余元"))
    assert original[mapped[0] : mapped[1]] == "5.6 亿\n\n余元"
    tail = source.text.index("PM2.5")
    assert source.map_spans([(tail, tail + 5)]) == [(original.index("PM<sub>"), original.index("</sub>"))]
    assert source.to_original(3, 3) == (5, 5)


def test_line_classifiers() -> None:
    assert ends_sentence("完成。”")
    assert ends_sentence("如下：")
    assert not ends_sentence("加强党")
    assert is_date_line("2023年12月25日")
    assert is_date_line("二〇二三年十二月二十五日")
    assert not is_date_line("2023年12月")
    assert is_date_line("20251021日")  # 月 and 年 dropped by a scraper
    assert not is_date_line("1021日")
    assert is_label_line("联系电话：0393-7775123")
    assert not is_label_line("电话很多")


_ALPHABET = st.sampled_from(
    [*list("一二是1.、（）()#*<>/ab \n\n。，党员干部问题整改情况关于\u3000"), "<sub>", "**", "\\."]
)


@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_the_cleaned_view_only_deletes_and_maps_every_character_back(original: str) -> None:
    source = SourceText(original)
    for index, char in enumerate(source.text):
        start, end = source.to_original(index, index + 1)
        assert end == start + 1
        assert original[start] == char
    removed = re.sub(r"\s", "", original)
    kept = re.sub(r"\s", "", source.text)
    assert len(kept) <= len(removed)


# The sentence-end grammar as one pattern; ends_sentence reads the same thing from the end of the text.
_SENTENCE_END_PATTERN = re.compile(r"[。！？；：.!?;:…][”’\"'）)】」』》]*[ \t\u3000]*$")


@given(st.text(alphabet="。！？；：.!?;:…”’\"'）)】」』》 \t\u3000\n字a（", max_size=8))
def test_ends_sentence_agrees_with_its_pattern(text: str) -> None:
    assert ends_sentence(text) == (_SENTENCE_END_PATTERN.search(text) is not None)


@given(st.lists(st.sampled_from(["**", "<b>", "</b>", "\n", "\n\n", "字", "。", "  ", "\\"]), max_size=12))
def test_mapped_spans_cover_the_same_characters(pieces: list[str]) -> None:
    source = SourceText("".join(pieces))
    text = source.text
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 4) + 1):
            original_start, original_end = source.to_original(start, end)
            assert source.original[original_start] == text[start]
            assert source.original[original_end - 1] == text[end - 1]


def test_web_chrome_lines_are_recognised_and_never_joined_to_a_title() -> None:
    from xuncha._text import is_chrome

    for line in [
        "时间: 2020-10-24 01:49 来源: 某某日报 访问量:",
        "发布时间：2023-11-20 10:30　　来源：县委巡察办　　浏览次数：1286",
        "【字体：大 中 小】 【打印本页】 【关闭窗口】",
        "当前位置: 首页 > 新闻中心 > 巡察工作",
        "首页 > 巡视巡察 > 整改公开",
        "分享到:",
        "扫一扫在手机打开当前页",
        "2023-11-20",
        "【2023-09-18】",
    ]:
        assert is_chrome(line), line
    for line in [
        "根据县委统一部署，县委第一巡察组对县水利局党组开展了常规巡察。",
        "一、总体情况",
        "2023年11月20日通报",
    ]:
        assert not is_chrome(line), line
    source = SourceText("关于巡察整改情况的通报 2023-11-20 来源:县委巡察办\n根据县委统一部署,开展了常规巡察")
    assert paragraphs(source) == [
        "关于巡察整改情况的通报 2023-11-20 来源:县委巡察办",
        "根据县委统一部署,开展了常规巡察",
    ]


def test_pinyin_a_converter_wrote_after_characters_is_deleted() -> None:
    # Some traditional-character pages carry each character's pinyin in half-width brackets: 區(qū)委.
    source = SourceText("根據(jù)區(qū)委統(tǒng)一部署,設(shè)置舉報信箱(a)和(一)")
    assert source.text == "根據區委統一部署,設置舉報信箱(a)和(一)"
    start, end = source.to_original(2, 4)
    assert source.original[start:end] == "區(qū)委"


@pytest.mark.parametrize(
    ("written", "clean"),
    [
        ("根據（jù）區（qū）委部署", "根據區委部署"),  # full-width brackets
        ("投入資金80萬(wan4)元", "投入資金80萬元"),  # a tone digit
        ("整改(GDP)與(a)和（一）", "整改(GDP)與(a)和（一）"),  # no syllable with a tone: text
    ],
)
def test_the_cleaner_reads_glosses_with_the_one_gloss_grammar(written: str, clean: str) -> None:
    from xuncha._fold import without_glosses

    assert SourceText(written).text == clean
    unglossed = without_glosses(written)
    assert (unglossed[0] if unglossed else written) == clean


def test_a_title_spaced_out_character_by_character_stays_on_its_own_line() -> None:
    text = "公 示 通 告\n根据县委统一安排,县委第二巡察组将对县水务局党组开展常规巡察\n"
    source = SourceText(text)
    assert [source.text[p.start : p.end] for p in source.paragraphs] == [
        "公 示 通 告",
        "根据县委统一安排,县委第二巡察组将对县水务局党组开展常规巡察",
    ]
    assert is_letter_spaced("公 示 通 告")
    assert not is_letter_spaced("公示 通告")


def test_a_spaced_out_title_is_the_notices_title() -> None:
    from xuncha import parse_notice

    notice = parse_notice(
        "巡 察 公 告\n根据县委统一安排,县委第二巡察组于2024年4月1日至5月31日对县水务局党组开展常规巡察\n"
    )
    assert notice.title == "巡 察 公 告"
    assert notice.inspection is not None
    assert notice.inspection.target == "县水务局党组"


_LINE_PIECES = [
    "。",
    "！",
    "?",
    " ",
    "\u3000",
    "一、",
    "（二）",
    "3.",
    "二是",
    "综合",
    "情况",
    "，",
    "#",
    "- ",
    "•",
    "—",
]


@given(pieces=st.lists(st.sampled_from(_LINE_PIECES), max_size=10))
def test_glued_heading_search_stops_after_every_sentence_a_heading_shape_follows(pieces: list[str]) -> None:
    # AFTER_SENTENCE holds the heading's shape so that the engine skips the sentences no heading follows: it
    # must stop exactly after those a heading shape follows (what a loop over every sentence end and every run
    # of spaces would test)
    raw = "".join(pieces)
    expected = [
        end.end()
        for end in re.finditer(r"(?:(?<=[。！？!?])[ \t\u3000]*|[ \t\u3000]+)(?=[^ \t\u3000])", raw)
        if heading_shape_at(raw, end.end()) is not None
    ]
    assert [gap.end() for gap in AFTER_SENTENCE.finditer(raw)] == expected


@given(
    head=st.text(alphabet="一、关于通报情况巡 察2023年月日联系电话：中共委员会", max_size=12),
    last=st.text(alphabet="加强党员干部学习二是http.cn", max_size=8),
    mark=st.sampled_from(sorted(FINAL_MARKS_BUT_DOT)),
    following=st.text(alphabet="员干部学习一、（1）abc2023年中共委|", max_size=8),
)
def test_a_line_that_ends_its_sentence_joins_nothing(head: str, last: str, mark: str, following: str) -> None:
    # page_break_joins does not ask lines_join about such a line: lines_join must say no to it, whatever follows
    for headings_end in (True, False):
        assert not lines_join(head, last + mark, following, headings_end=headings_end)


@given(st.text(alphabet=st.sampled_from("国國区區萬万１1 \n*<b>。")))
def test_foldable_says_whether_fold_changes_the_text(text: str) -> None:
    from xuncha._fold import fold, has_foldable

    # fold and the parser skip the fold of a text without a foldable character (SourceText.foldable)
    assert has_foldable(text) == (fold(text) != text)
    source = SourceText(text)
    assert source.foldable == has_foldable(text)
    if not source.foldable:
        assert fold(source.text) == source.text


def test_the_chrome_line_of_an_offset_is_looked_for_near_it() -> None:
    from xuncha._chrome import on_a_chrome_line

    page = "标题\n发布时间：2023-11-20 10:30　来源：县委巡察办　浏览次数：1286\n正文"
    assert on_a_chrome_line(page, page.index("1286"))
    assert not on_a_chrome_line(page, page.index("正文"))
    # a line longer than any chrome line is none, wherever the offset stands in it (its ends are not looked for
    # beyond a chrome line's length: a paragraph of many figures stays linear)
    paragraph = "浏览次数：1286" + "，完成投资12万元" * 400
    for at in (paragraph.index("1286"), len(paragraph) // 2, len(paragraph) - 3):
        assert not on_a_chrome_line(paragraph, at)
