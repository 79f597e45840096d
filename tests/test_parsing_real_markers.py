"""The heading markers of real published pages: table rows, glued headings, page chunks.

Each document here is written for this file (never taken from the corpus): it states which markers open the
notice's parts, and that no character of it is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest

from _cpu_cost import grows_linearly
from xuncha._text import SourceText
from xuncha.models import Notice, Section
from xuncha.parsing import parse_notice, text_fields


def markers(notice: Notice) -> list[str]:
    """The marker of every numbered part (sections and findings), in document order."""

    def walk(section: Section) -> Iterator[tuple[int, str]]:
        if section.marker and section.span is not None:
            yield section.span.start, section.marker
        for child in section.sections:
            yield from walk(child)
        for finding in section.findings:
            if finding.marker and finding.span is not None:
                yield finding.span.start, finding.marker

    return [marker for _, marker in sorted(item for section in notice.sections for item in walk(section))]


def parsed(text: str) -> Notice:
    notice = parse_notice(text)
    kept = re.sub(r"\s+", "", "".join(text_fields(notice)))
    assert kept == re.sub(r"\s+", "", SourceText(text).text), "a character was lost"
    return notice


def test_row_labels_of_a_table_flattened_with_pipes_are_not_parts() -> None:
    notice = parsed(
        "某区2024年决算情况说明\n"
        "一、收支总体情况\n"
        "全区收入和支出均完成年度目标。\n"
        "项目 |\n金额 |\n合计 |\n98765 |\n一、税收收入 |\n54321 |\n二、非税收入 |\n44444 |\n"
        "二、主要做法\n"
        "严格预算执行，压减一般性支出。\n"
    )
    assert markers(notice) == ["一、", "二、"]


def test_a_task_tables_cells_of_prose_keep_their_markers() -> None:
    # a plan's task table flattened with pipes (the corpus's 3890, 3891, 4879, 5509): a cell whose text holds a
    # sentence or a clause is a heading or an item, as the same text outside a table is; a row label of a word or
    # two (一、税收收入 |) stays a cell
    notice = parsed(
        "某中心2024年政务公开工作任务分解\n"
        "工作任务 | 具体要求 | 责任部门 |\n"
        "一、做好财政信息公开。 |\n"
        "1.按规定公开本中心部门预算、决算和相关报表。 | 财务科 |\n"
        "二、紧扣宏观政策落地见效,深化政务公开 |\n"
        "2.及时更新网站专栏中的机构概况、职能等信息。 | 办公室 |\n"
        "项目 |\n金额 |\n一、税收收入 |\n54321 |\n"
    )
    assert markers(notice) == ["一、", "1.", "二、", "2."]


def test_row_labels_between_bare_figures_are_not_parts() -> None:
    notice = parsed(
        "某局2023年部门决算公开\n"
        "一、部门收支情况\n"
        "本年收入较上年有所增长。\n"
        "表2:收入决算表\n\n单位:万元\n\n合计\n\n1234.5\n\n一、财政拨款收入\n\n1000\n\n二、其他收入\n\n234.5\n\n"
        "二、三公经费情况\n"
        "本年度三公经费支出下降。\n"
    )
    assert markers(notice) == ["一、", "二、"]
    assert notice.sections[1].title == "三公经费情况"


def test_rows_of_a_table_flattened_with_spaces_are_not_parts() -> None:
    # a report's table flattened into lines whose cells spaces part (the corpus's 3459, 4647, 5221): a label of a
    # few words and two figures or more is a row; a heading or an item with one figure in its words stays a part
    notice = parsed(
        "某保险公司2023年第四季度偿付能力报告摘要\n"
        "一、主要指标\n"
        "指标 本季度 上季度\n"
        "1.综合成本率 106.83% 102.15%\n"
        "2.综合赔付率 75.11% 73.51%\n"
        "二、风险管理\n"
        "1.完成风险排查12项。\n"
        "2.整改率 100%\n"
    )
    assert markers(notice) == ["一、", "二、", "1.", "2."]


def test_a_heading_followed_by_words_after_a_number_stays_a_part() -> None:
    # The paragraph before ends with a figure, but words follow the heading: it is a part.
    notice = parsed(
        "某县巡察整改情况的通报\n一、总体情况\n联系电话：0571-12345678\n二、整改进展\n已完成整改12项。\n"
    )
    assert markers(notice) == ["一、", "二、"]


def test_a_first_level_heading_glued_after_a_sentence_at_the_end_of_a_line() -> None:
    notice = parsed(
        "某市2022年经济运行简况\n"
        "今年以来，全市经济总体平稳，主要指标好于预期。一、工业生产\n"
        "全市规模以上工业增加值增长5.1%\n"
        "二、消费市场\n"
        "社会消费品零售总额增长3.2%。\n"
    )
    assert markers(notice) == ["一、", "二、"]
    first = notice.sections[0]
    assert first.title == "工业生产"
    assert first.intro == "全市规模以上工业增加值增长5.1%"
    assert notice.opening.endswith("好于预期。")


def test_the_next_item_of_a_list_glued_after_a_sentence_starts_a_part() -> None:
    notice = parsed(
        "某局党组关于巡察整改进展情况的通报\n"
        "一、整改工作的组织领导\n"
        "一）成立整改领导小组。党组书记任组长，定期研究整改工作。二）压实分管责任。班子成员各负其责。"
        "三）强化督促检查。纪检组全程监督。\n"
    )
    assert markers(notice) == ["一、", "一）", "二）", "三）"]
    assert [part.title for part in notice.sections[0].sections] == [
        "成立整改领导小组。",
        "压实分管责任。",
        "强化督促检查。",
    ]


def test_markers_inside_running_text_stay_in_it() -> None:
    # Not a heading: the words after 一、 run on with punctuation; a lower marker that a hard wrap leaves at the
    # end of a line is a measure, not a part. (A list run in after a colon, 一、…；二、…, is read: below.)
    notice = parsed(
        "某县巡察整改情况的通报\n"
        "一、总体情况\n"
        "全年完成目标。一、二季度增长较快，三季度有所回落。\n"
        "二、具体问题\n"
        "（一）会议记录不规范问题整改情况。（1）修订\n"
        "会议制度；（2）补正记录。\n"
    )
    assert markers(notice) == ["一、", "二、", "（一）"]


def test_a_bullet_glyph_before_a_heading_is_decoration() -> None:
    notice = parsed(
        "环保动态\n\n一、中央督察\n\n• 督察组已完成进驻。\n\n• 二、地方动态\n\n各地召开推进会。\n"
    )
    assert markers(notice) == ["一、", "二、"]
    assert notice.sections[1].title == "地方动态"


def test_an_indent_lost_to_question_marks_is_an_indent() -> None:
    # a page saved in an encoding without full-width spaces: each became a question mark (set DL: 4713)
    notice = parsed(
        "森林督查整改情况\n一、总体情况\n????(一)案件查处。已完成3962个。\n????(二)整改销号。完成50个。\n"
    )
    assert markers(notice) == ["一、", "(一)", "(二)"]
    assert notice.sections[0].sections[1].title.startswith("整改销号")


def test_an_indent_of_no_break_spaces_hides_neither_a_bullet_nor_a_lines_opening_marker() -> None:
    # a scraped page indents each paragraph with &nbsp; (U+00A0): the bullet before 二、 is still decoration, and
    # the line's opening 一) still starts the list that 二) glued after a sentence continues
    nbsp = "\xa0" * 4
    notice = parsed(
        f"环保动态\n{nbsp}一、中央督察\n{nbsp}• 督察组已完成进驻。\n{nbsp}• 二、地方动态\n{nbsp}各地召开推进会。\n"
        f"{nbsp}一)主要负责人履行第一责任人职责。二)班子成员认真履行一岗双责。\n"
    )
    assert markers(notice) == ["一、", "二、", "一)", "二)"]


_PROSE = "全镇上下坚持稳中求进，统筹推进产业发展、基础设施建设和民生保障，各项事业取得新进展。" * 3


def test_a_document_viewers_page_numbers_are_not_parts() -> None:
    # Each chunk is a page of the document, cut in mid-word: "…农" / "2、民人均…".
    notice = parsed(
        "某镇2022年工作报告.doc\n"
        f"1、某镇2022年工作报告各位代表：{_PROSE}全镇农\n"
        f"2、民收入稳步增长。{_PROSE}道路\n"
        "3、建设列入计划；\n"
    )
    assert markers(notice) == []
    # The numbers are the viewer's: they go, and the word they cut is whole again.
    assert "全镇农民收入稳步增长" in notice.opening
    assert "2、" not in notice.opening


def test_long_list_items_that_end_their_sentences_stay_parts() -> None:
    notice = parsed(f"某乡整改方案\n1、{_PROSE}（牵头单位：乡党政办）\n2、{_PROSE}\n3、建立长效机制\n")
    assert markers(notice) == ["1、", "2、", "3、"]


def test_short_list_items_without_a_full_stop_stay_parts() -> None:
    notice = parsed("某村整改清单\n1、修订村务公开制度\n2、补建会议台账\n3、清理集体资产\n")
    assert markers(notice) == ["1、", "2、", "3、"]


def test_an_outline_run_into_one_paragraph_is_read_part_by_part() -> None:
    # A page's outline block: every heading ends in 。 and follows the one before on the same line, after a
    # bracketed label; the first of a lower level follows its parent, the next first-level heading follows it.
    notice = parsed(
        "某县巡察整改工作会议讲话\n"
        "【提纲】一、提高站位，认清责任。二、直面问题，看待成效。(一)实行清单管理，确保落实。"
        "(二)紧盯关键领域，解决问题。三、加强组织保障，形成合力。\n"
    )
    assert markers(notice) == ["一、", "二、", "(一)", "(二)", "三、"]
    assert notice.sections[1].sections[0].title.startswith("实行清单管理")


def test_an_outline_run_into_one_paragraph_may_mix_bracket_widths() -> None:
    # a page pasted from several sources: （一） full-width, (二) half-width, one outline all the same
    notice = parsed(
        "某县巡察整改工作会议讲话\n"
        "【提纲】一、提高站位，认清责任。（一）实行清单管理，确保落实。(二)紧盯关键领域，解决问题。"
        "（三）完善长效机制，巩固成果。\n"
    )
    assert markers(notice) == ["一、", "（一）", "(二)", "（三）"]


def test_a_first_heading_run_into_its_parent_heading_is_shown_by_the_next_one() -> None:
    # a template site ran the lines into one paragraph: the heading lines had no punctuation, so （一） and 1.
    # follow heading text directly; their next items, after a sentence end, show the outline
    notice = parsed(
        "某局关于巡察整改进展情况的通报\n"
        "一、压实整改责任（一）召开专题会议部署整改。会后逐条梳理问题。（二）制定整改方案。明确责任分工。"
        "二、推进问题整改1.关于学习不深入的问题。修订学习制度。2.关于台账不规范的问题。补建台账。\n"
    )
    assert markers(notice) == ["一、", "（一）", "（二）", "二、", "1.", "2."]


def test_a_first_heading_a_space_after_its_parent_heading_on_a_flattened_page_is_shown_by_the_next_one() -> (
    None
):
    # a page flattened into one line parts its paragraphs by a single space: (一) follows the heading line
    # "二、…走深走实" and a space; (二), after a sentence end, shows the outline
    notice = parsed(
        "某州关于督察整改落实情况的报告\n"
        "截至2025年6月底，17项整改任务已完成15项。 一、压实政治责任,扛牢督察整改任务 州党委统筹全州整改。 "
        "二、完善整改机制,推动整改走深走实 (一)制定整改方案。细化措施,明确时间表。 (二)健全工作机制。定期调度。\n"
    )
    assert markers(notice) == ["一、", "二、", "(一)", "(二)"]
    # a bracketed number after a space inside a sentence, with no successor after a sentence end, stays text
    notice = parsed("某县工作报告\n一、主要工作。今年完成投资 (一期工程)12亿元。继续推进。\n")
    assert markers(notice) == ["一、"]


def test_a_flattened_outline_may_go_from_its_first_level_to_its_third() -> None:
    # 一、做强产业 1.做大做优茶产业。 (set CF: 3416, 3424, 3431): many plans number the items under 一、 with 1. and
    # no (一) between; on a page flattened into one line, 1. after a space under 一、 starts a part, and so does 2.;
    # items numbered on across parts (3. under 二、) continue
    notice = parsed(
        "某乡2023年工作要点\n"
        "全年目标明确。 一、做强产业 1.做大做优茶产业。建好茶叶基地。 2.发展特色养殖。扩大规模。 "
        "二、做美环境 3.建设美丽乡村。完善设施。\n"
    )
    assert markers(notice) == ["一、", "1.", "2.", "二、", "3."]
    # a number after a space that is no item of the outline stays text (1.5万元 is a decimal)
    notice = parsed("某乡工作要点\n全年目标明确。 一、做强产业 投入 1.5万元。继续推进。\n")
    assert markers(notice) == ["一、"]
    # after a sentence end, a lower item skipping a level is a list inside its paragraph, not a part
    notice = parsed(
        "某院关于巡察整改情况的通报\n一、关于决策的问题\n（一）决策制度执行不严格问题整改情况。（1）修订办法；"
        "（2）梳理会议纪要；（3）建立审核机制。\n"
    )
    assert markers(notice) == ["一、", "（一）"]


def test_a_glued_headings_short_text_may_run_into_its_first_item() -> None:
    # 。二、主要工作开展情况(一)持续巩固… (sets AW, BO, CD, CO: 1707, 2601, 3165, 3766): a heading line without
    # punctuation joined to its first item; the item starts a part, and its list goes on after its sentences
    notice = parsed(
        "某县上半年工作总结\n"
        "全县卫生健康事业稳步发展。一、主要指标完成情况。各项指标完成良好。二、主要工作开展情况(一)持续巩固健康帮扶。"
        "落实各项政策。(二)深化医改。推进分级诊疗。\n"
    )
    assert markers(notice) == ["一、", "二、", "(一)", "(二)"]
    # a heading whose text has punctuation before the item is a sentence: the item stays in it
    notice = parsed("某县工作总结\n情况良好。一、问题整改，(一)号文件落实不到位。继续推进。\n")
    assert markers(notice) == ["一、"]


def test_a_glued_heading_may_be_spaced_from_its_text_and_its_sentence_may_hold_a_semicolon() -> None:
    # 2. followed by a space before its text; （一） whose first sentence goes on after a semicolon (no list item
    # follows it there): both head text. A list run in with semicolons (一、…；二、…) is a list of its own.
    notice = parsed(
        "某县一季度经济运行情况\n"
        "一、主要指标完成情况。全县生产总值增长4.3%。（一）工业增加值增长8.2%；其中当月增长9.4%。"
        "（二）固定资产投资增长5.1%。1. 项目投资增长6.0%。2. 民间投资增长3.2%。\n"
        "二、存在问题。需要关注。一、增速回落；二、动能不足。\n"
    )
    assert markers(notice) == ["一、", "（一）", "（二）", "1.", "2.", "二、", "一、", "二、"]


def test_a_glued_heading_may_open_with_a_word_that_starts_with_a_numeral() -> None:
    # 一般公共预算 is a word, not a list of numbers run on in prose (一、二季度 is: test_markers_inside_running_text)
    notice = parsed(
        "某市上半年预算执行情况\n"
        "一、全市预算收支情况。上半年收支平稳。（一）一般公共预算收入情况。收入增长5.4%。"
        "（二）一般公共预算支出情况。支出增长13.5%。\n"
    )
    assert markers(notice) == ["一、", "（一）", "（二）"]


def test_a_list_opened_by_a_colon_in_a_sentence_is_read_item_by_item() -> None:
    # (1) after a colon opens a list run into the paragraph, its (2) after the full stop of its sentence (the
    # corpus's 2416, 3962: run-in items are markers); the (1) of an earlier list on the line, run into its heading
    # with no punctuation, is not the first item of this one, since a (2) stands between them
    notice = parsed(
        "某县巡察公告\n"
        "一、巡察对象(1)常规巡察县医院、县水务局(2)巡察回头看县交通局。欢迎干部群众反映:"
        "(1)被巡察党组织贯彻落实决策部署方面的问题。(2)巡察回头看单位整改落实方面的问题。\n"
    )
    assert markers(notice) == ["一、", "(1)", "(2)"]


def test_a_report_glued_after_its_announcing_colon_starts_its_parts() -> None:
    notice = parsed(
        "某局关于专项整治工作开展情况的报告\n"
        "按照统一部署，我局扎实开展专项整治，现将有关情况报告如下：一、工作开展情况全县医保基金运行总体平稳，"
        "服务持续改善。(一)完善体制机制，监管体系逐步健全。县政府建立联席会议制度。\n"
    )
    assert markers(notice) == ["一、", "(一)"]


def test_numbers_in_prose_and_out_of_sequence_markers_stay_in_the_text() -> None:
    # 一、二、三 listing numbers, a second item with no first, and a lower-level marker skipping a level are not
    # headings.
    notice = parsed(
        "某县巡察整改情况的通报\n"
        "一、总体情况\n"
        "全年完成目标。一、二、三季度分别增长5%、6%和7%。\n"
        "整改有序推进。三、完善制度，加强监督。1.修订会议制度，规范记录。\n"
        "二、具体问题\n"
        "全镇完成整改。（二）会议记录不规范问题，正在整改。\n"
    )
    assert markers(notice) == ["一、", "二、"]


def test_a_plan_run_into_one_paragraph_may_open_at_its_first_section() -> None:
    # A plan with no parts run into one paragraph: its outline starts at (一), after a finished sentence.
    notice = parsed(
        "某街道2024年工作打算\n"
        "今年是关键之年，全街道上下要凝心聚力、真抓实干。(一)坚持党建统领，为基层治理聚力赋能。一是抓实班子建设。"
        "(二)坚持项目引领，拉开城市发展新格局。紧扣开发目标，倒排工期。\n"
    )
    assert markers(notice) == ["(一)", "(二)"]


def test_a_section_glued_after_a_colon_under_a_heading_of_the_line_starts_a_part() -> None:
    notice = parsed(
        "某县长在全县经济工作会议上的讲话\n"
        "讲三点意见：一、前三季度工作回顾今年以来，全县经济平稳。回顾前三季度工作，主要有以下几个特点： "
        "(一)交通建设大步推进今年是交通投入最多的一年。(二)产业发展提质增效全县新增企业12家。\n"
    )
    assert markers(notice) == ["一、", "(一)", "(二)"]


def test_a_marker_set_with_the_small_full_stop_is_read() -> None:
    notice = parsed("某区预算报告\n一、总体情况\n1﹒一般公共预算收入完成情况。\n2﹒支出情况。\n")
    assert markers(notice) == ["一、", "1﹒", "2﹒"]


def test_an_excerpt_cut_inside_a_part_keeps_its_next_first_level_headings() -> None:
    # a document viewer's chunks (sets AW, BL: 2022, 2610): the excerpt starts inside 一、, its lines open with the
    # chunk numbers 1、 2、, and 二、 and 三、 after a sentence end still start their parts
    page = (
        "1、会议听取和审议了政府工作报告和财政预决算报告,与会代表认真行使职权,提出了意见建议,通过了各项决议,"
        "依法补选了镇长1名,确保了组织意图的顺利实现。 二、抓好学习培训,提升代表履职能力 坚持以学促干,组织代表集中"
        "学习,代表们纷纷表示要依法\n"
        "2、履行代表职责,为乡村振兴多出力、多献策,镇人大全年举办代表培训班2期,培训代表86人次,着力建设学习型代表"
        "队伍。 三、丰富闭会期间活动,发挥代表桥梁作用 扎实组织代表小组开展活动,每季度向代表小组通报人大工作,听取小组活\n"
        "3、动情况汇报。\n"
    )
    assert markers(parsed(page)) == ["二、", "三、"]
    # an enumeration run into a sentence under such a line is a list of its own (its items are markers)
    assert markers(parsed("1、主要问题:一、制度不健全;二、执行不力。\n")) == ["1、", "一、", "二、"]


def test_indented_bullet_chrome_is_no_sign_of_indented_paragraphs() -> None:
    # "  • 发布时间:…" items (set BM: 2653): a page's bullets are no first-line indents, so the headings of its
    # table of contents, set apart by blank lines, still end their lines and are read
    page = (
        "某县自然资源局部门决算\n  • 发布时间:2022-08-18 18:01\n  • 来源: 某某县财政局\n  • 作者:\n\n"
        "第一部分 概况\n\n一、部门职责\n\n二、机构设置\n\n第二部分 决算表\n\n一、收入支出决算总表\n\n二、收入决算表\n"
    )
    assert markers(parsed(page)) == ["第一部分", "一、", "二、", "第二部分", "一、", "二、"]


def test_a_marker_in_tortoise_shell_brackets_is_read() -> None:
    # 〔一〕, as a converted document prints the level-2 marker (set BD: 2319); 〔2023〕12号 is a document number
    notice = parsed(
        "某县农业局半年工作总结\n一、主要工作\n〔一〕抓好粮食生产。\n〔二〕抓好农村改革，按〔2023〕12号文件执行。\n"
    )
    assert markers(notice) == ["一、", "〔一〕", "〔二〕"]


def test_a_list_numbered_with_keycap_digits_is_read() -> None:
    # blog and WeChat pages number a list with keycaps (1️⃣: a digit, a variation selector, the keycap mark)
    notice = parsed("某县工作报告\n一、主要工作\n1️⃣抓项目建设。\n2\u20e3抓民生保障。\n")
    assert markers(notice) == ["一、", "1️⃣", "2\u20e3"]


def test_a_first_part_glued_after_a_previews_chunk_number_is_read() -> None:
    # The viewer's chunk number opens the line when the glued headings are read: 一、 still starts the outline.
    prose = (
        "按照巡察工作有关要求，现将巡察整改进展情况予以公布，并请社会各界监督，广泛听取干部群众的意见建议。"
    )
    cut = "县委巡察组指出我园党支部存在12个问题，我们完全认同、诚恳接受，坚持高标准、严要求，细化整改任务，"
    notice = parsed(f"某园关于巡察整改进展情况的通报\n1、{prose}一、整改工作基本情况{cut}\n2、{prose}\n")
    assert markers(notice) == ["一、"]


def test_a_table_of_contents_glued_to_its_label_after_a_chunk_number_is_read() -> None:
    # 1、某县…汇编(12篇)目录1.2023年河口镇政府工作报告 2.… (set M: 546; BL: 2621): a document site's chunk number 1、
    # opens the line, the contents' label is glued to its first entry, and each entry names a year after its dot
    notice = parsed(
        "某县乡镇政府工作报告汇编\n"
        "1、某县乡镇2023年政府工作报告汇编(12篇)目录1.2023年河口镇政府工作报告 2.2023年石门镇政府工作报告 "
        "3.2023年柳塘镇政府工作报告 4.2023年青山镇政府工作报告\n"
    )
    assert markers(notice)[-4:] == ["1.", "2.", "3.", "4."]
    # a decimal after the entries' number is no list (2.5 is no entry)
    notice = parsed("某县工作报告\n1、收入情况:增长1.5 2.5 3.5个百分点\n")
    assert "2." not in markers(notice)


def test_a_numbered_list_flattened_into_a_line_after_a_colon_is_read() -> None:
    # the bodies a round inspects, each entry after a space (a forum's flattened page): a list of entries, as a
    # table of contents or an attachment list is (CONVENTIONS, sets H and M)
    notice = parsed(
        "二十届中央第五轮巡视对象\n"
        "巡视单位: 1、中央某某部、 2、中央某某办公室、 3、国家某某局、 4、中国某某学院等单位党组织。\n"
    )
    assert markers(notice) == ["1、", "2、", "3、", "4、"]
    # entries glued to the punctuation between them run in a sentence: a list run into the paragraph, read too
    notice = parsed("某县巡察整改情况的通报\n主要问题:1、制度不健全;2、执行不力;3、监督缺位。\n")
    assert markers(notice) == ["1、", "2、", "3、"]
    # a first entry whose second entry is not on the line starts nothing
    notice = parsed("某县巡察整改情况的通报\n附件: 1、问题清单\n")
    assert markers(notice) == []


def test_a_list_after_a_colon_on_a_flattened_page_is_read_and_each_colon_starts_its_own() -> None:
    # a document flattened into one line: its line breaks became spaces, after the semicolons too, and each list a
    # colon introduces starts again at (一)
    line = (
        "第三条 报告应当包括下列内容: (一)整改措施和结果; (二)执行情况; (三)采纳情况. "
        "第四条 采取下列方式检查: (一)书面审查; (二)实地核查."
    )
    notice = parsed(f"某局审计整改跟踪检查办法\n{line}\n")
    assert markers(notice) == ["(一)", "(二)", "(三)", "(一)", "(二)"]
    # the same list with its items glued to the semicolons is a list run into the paragraph
    glued = "报告应当包括下列内容:(一)整改措施和结果;(二)执行情况;(三)采纳情况."
    assert markers(parsed(f"某局审计整改跟踪检查办法\n{glued}\n")) == ["(一)", "(二)", "(三)"]


def test_a_list_run_into_a_paragraph_is_read_item_by_item() -> None:
    # a report's parts listed after a colon, glued to the semicolons between them (the corpus's 2550, 3021, 5033:
    # the items are markers), and a list of points after a colon whose items end their sentences (2416, 3962)
    notice = parsed(
        "某区人代会开幕\n"
        "区长作政府工作报告。报告共分三部分:一、2022年工作回顾;二、2023年重点工作;三、建设人民满意政府。\n"
    )
    assert markers(notice) == ["一、", "二、", "三、"]
    notice = parsed(
        "某县督查通知\n(二)督查方式:1.自查。各单位逐项自查,填写自查表。2.抽查。县政府办公室组织抽查。\n"
    )
    assert markers(notice) == ["(二)", "1.", "2."]
    # a list run in after the semicolon and a space of a flattened page, then the outline goes on: its items are
    # no part of the outline, under whose heading (一) still opens a section
    notice = parsed(
        "某县统计公报\n一、粮食生产 注:1.依据实际产量修订。 2.分项数合计略有出入。 (一)调查方法 全面调查。\n"
    )
    assert markers(notice) == ["一、", "1.", "2.", "(一)"]


def test_a_list_run_into_a_flattened_page_after_a_space_is_read_and_its_outline_goes_on() -> None:
    # a page flattened into one line: a list of (1) items after a space, under a heading two levels up, its items
    # glued to their semicolons and a space (the corpus's 4507, 3500); and a list of items in the outline goes on
    # after its sentences, so that the item after a page number still continues it (2340)
    line = (
        "三、体检时间 每两年体检一次。 四、体检项目 (一)一般检查 (1)身高、体重、血压、肺活量等; "
        "(2)内科检查(心、肺、肝、脾等); (3)外科检查; (二)辅助检查 (1)胸部X线; (2)肝功能; 五、结果反馈 体检结果及时反馈。"
    )
    notice = parsed(f"某中学教职工年度体检制度\n{line}\n")
    assert markers(notice) == ["三、", "四、", "(一)", "(1)", "(2)", "(3)", "(二)", "(1)", "(2)", "五、"]
    line = (
        "(一)部门职能 1. 负责城市管理;负责市容管理。 2. 负责道路维护。 - 1 - 3. 牵头组织综合整治工作。"
        " (二)机构设置 本部门内设6个科室。"
    )
    assert markers(parsed(f"某局2020年部门决算\n{line}\n")) == ["(一)", "1.", "2.", "3.", "(二)"]


def test_a_line_that_opens_with_a_lists_first_item_runs_the_list_on_after_its_semicolons() -> None:
    # a meeting's agenda, its items glued to the semicolons between them on the line the first opens (3672)
    line = "1.研究审定3月主题党日方案;2.分析一季度目标完成进度,制定攻坚清单;3.部署学雷锋志愿服务。"
    assert markers(parsed(f"某支部3月工作安排\n{line}\n")) == ["1.", "2.", "3."]
    # a semicolon and a number in prose after it start nothing: 1、2月 goes on as a number
    line = "1.研究审定方案;2月底前完成整改。"
    assert markers(parsed(f"某支部3月工作安排\n{line}\n")) == ["1."]


def test_a_lists_first_item_after_a_colon_may_have_its_second_on_the_next_line() -> None:
    # an attachment list whose item 1 is glued to 附件: and ends the line, item 2 opening the next line after a
    # blank one (the corpus's 3102, 3640, 5520: numbered attachment lists are markers)
    notice = parsed("某县关于整改工作的通知\n请认真贯彻落实。\n附件:1.问题整改台账\n\n2.整改任务分解表\n")
    assert markers(notice) == ["1.", "2."]
    # a next line that opens with another number or none starts no list
    notice = parsed("某县关于整改工作的通知\n请认真贯彻落实。\n附件:1.问题整改台账\n\n3.整改任务分解表\n")
    assert markers(notice) == ["3."]


def test_a_list_run_into_a_paragraph_needs_its_second_item_and_no_number_going_on() -> None:
    # a first item alone, numbers in prose (第1、2项, 1、2月, 1.5万元, 2023.1) and an item whose successor is of
    # another shape are no list
    for line in (
        "主要问题:1、制度不健全,执行不力。",
        "完成情况:第1、2项已完成;第3项正在推进。",
        "进度安排:1、2月完成调研;3、4月完成整改。",
        "资金安排:1.5万元用于培训;2.5万元用于宣传。",
        "时间节点:2023.1完成;2023.2验收。",
        "主要问题:1、制度不健全;2.执行不力。",
    ):
        assert markers(parsed(f"某县巡察整改情况的通报\n{line}\n")) == [], line


# Lists run into one line, each of about n characters: every first item looks ahead for its second, within one
# item's length, and every semicolon is a place where the list may go on.
_RUN_IN_LINES: dict[str, Callable[[int], str]] = {
    "one long list": lambda n: "主要问题:" + "".join(f"{i % 900 + 1}、制度不健全;" for i in range(n // 9)),
    "many first items": lambda n: "要求:1、制度不健全;" * (n // 11),
    "first items with no second": lambda n: "要求:1、制度不健全,执行不力。" * (n // 16),
}


@pytest.mark.scaling
@pytest.mark.parametrize("family", list(_RUN_IN_LINES))
def test_lists_run_into_a_line_cost_time_in_proportion(family: str) -> None:
    linear, small, large = grows_linearly(lambda text: SourceText(text).text, _RUN_IN_LINES[family], 10_000)
    assert linear, (family, small, large)
