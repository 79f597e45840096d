"""The notice-level facts read from openings written in the styles real pages use.

Every opening below is written for these tests (no sentence is copied from a page); each reproduces a trait
seen on published notices: half-width punctuation (`,` `:` `(` `)` `;`), several inspection groups, rounds
numbered by term (十九届中央第七轮), by year (2023年第一轮) or alone (第三轮), targets followed by a
(以下简称…) clause, every mode (常规, 专项, 回头看, 机动, 提级, 联动), feedback dates before or after the
inspection period, and traditional characters.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from xuncha import parse_notice


class Facts(NamedTuple):
    inspector: str | None
    dispatcher: str | None
    target: str | None
    mode: str | None
    round: str | None
    period: tuple[dt.date, dt.date] | None
    feedback: dt.date | None


D = dt.date
BODY = "\n\n一、整改工作总体情况\n\n班子召开专题会议研究部署整改工作。\n"

OPENINGS: list[tuple[str, str, Facts]] = [
    (
        "half-width commas and brackets, (以下简称) after the target",
        (
            "根据市委统一部署,2023年3月13日至4月28日,市委第一巡察组对枫林区住房和城乡建设局党组(以下简称“局党组”)"
            "开展了常规巡察。6月9日,市委巡察组向局党组反馈了巡察意见。"
        ),
        Facts(
            "市委第一巡察组",
            "市委",
            "枫林区住房和城乡建设局党组",
            "常规",
            None,
            (D(2023, 3, 13), D(2023, 4, 28)),
            D(2023, 6, 9),
        ),
    ),
    (
        "central group, half-width commas, the feedback in its own sentence",
        (
            "根据党中央统一部署,2023年4月13日至6月30日,中央第四巡视组对青岚省进行了常规巡视。"
            "8月21日,中央巡视组向青岚省委反馈了巡视意见。"
        ),
        Facts(
            "中央第四巡视组",
            "中央",
            "青岚省",
            "常规",
            None,
            (D(2023, 4, 13), D(2023, 6, 30)),
            D(2023, 8, 21),
        ),
    ),
    (
        "round named by term in the dispatcher's sentence",
        (
            "根据二十届中央第一轮巡视工作统一部署，中央第十一巡视组于2023年4月17日至7月10日对华岭能源集团有限公司党组"
            "进行了常规巡视，并于2023年10月11日反馈了巡视意见。"
        ),
        Facts(
            "中央第十一巡视组",
            "中央",
            "华岭能源集团有限公司党组",
            "常规",
            "二十届中央第一轮",
            (D(2023, 4, 17), D(2023, 7, 10)),
            D(2023, 10, 11),
        ),
    ),
    (
        "the same in traditional characters with half-width commas",
        (
            "根據二十屆中央第一輪巡視工作統一部署,中央第十一巡視組於2023年4月17日至7月10日對華嶺能源集團有限公司黨組"
            "進行了常規巡視,並於2023年10月11日反饋了巡視意見。"
        ),
        Facts(
            "中央第十一巡視組",
            "中央",
            "華嶺能源集團有限公司黨組",
            "常規",
            "二十屆中央第一輪",
            (D(2023, 4, 17), D(2023, 7, 10)),
            D(2023, 10, 11),
        ),
    ),
    (
        "provincial round by term, special inspection, full-width (以下简称)",
        (
            "按照十四届省委第二轮巡视工作部署，2022年9月5日至11月10日，省委第三巡视组对省粮食和物资储备局党组"
            "（以下简称局党组）开展了专项巡视。2023年1月6日，省委第三巡视组向局党组反馈了巡视意见。"
        ),
        Facts(
            "省委第三巡视组",
            "省委",
            "省粮食和物资储备局党组",
            "专项",
            "十四届省委第二轮",
            (D(2022, 9, 5), D(2022, 11, 10)),
            D(2023, 1, 6),
        ),
    ),
    (
        "a year round, the group before the dates",
        (
            "根据县委2023年第一轮巡察工作安排，县委第二巡察组于2023年4月10日至5月26日对石门镇党委开展了常规巡察，"
            "7月4日向石门镇党委反馈了巡察意见。"
        ),
        Facts(
            "县委第二巡察组",
            "县委",
            "石门镇党委",
            "常规",
            "县委2023年第一轮",
            (D(2023, 4, 10), D(2023, 5, 26)),
            D(2023, 7, 4),
        ),
    ),
    (
        "two groups (the first named), a promoted and a linked inspection, months only",
        (
            "根据省委统一部署和省委巡视工作领导小组安排,2023年9月至11月,省委第五巡视组、第六巡视组分别对临川市、"
            "临川市所辖丰水县开展了提级巡视和联动巡视,2024年1月10日反馈了巡视意见。"
        ),
        Facts(
            "省委第五巡视组",
            "省委",
            "临川市",
            "提级",
            None,
            (D(2023, 9, 1), D(2023, 11, 30)),
            D(2024, 1, 10),
        ),
    ),
    (
        "a revisit in half-width quotes and a bare 第X轮 in the opening",
        (
            '根据区委第三轮巡察工作部署,区委第三巡察组于2023年5月8日至6月16日对南湖街道党工委开展了巡察"回头看",'
            "8月2日反馈了巡察意见。"
        ),
        Facts(
            "区委第三巡察组",
            "区委",
            "南湖街道党工委",
            "回头看",
            "区委第三轮",
            (D(2023, 5, 8), D(2023, 6, 16)),
            D(2023, 8, 2),
        ),
    ),
    (
        "a flexible (机动) inspection, semicolons of half width",
        (
            "按照市委部署,2023年10月9日至11月3日,市委第四巡察组对市中心医院党委进行了机动巡察;"
            "12月1日,市委第四巡察组向市中心医院党委反馈了巡察意见。"
        ),
        Facts(
            "市委第四巡察组",
            "市委",
            "市中心医院党委",
            "机动",
            None,
            (D(2023, 10, 9), D(2023, 11, 3)),
            D(2023, 12, 1),
        ),
    ),
    (
        "groups listed 第一、第二 (the first named) with the feedback first",
        (
            "2023年8月15日，县委第一、第二巡察组分别向县教育局党组反馈了巡察意见。此前，根据县委统一部署，"
            "2023年5月至6月，县委第一、第二巡察组对县教育局党组开展了常规巡察。"
        ),
        Facts(
            "县委第一巡察组",
            "县委",
            "县教育局党组",
            "常规",
            None,
            (D(2023, 5, 1), D(2023, 6, 30)),
            D(2023, 8, 15),
        ),
    ),
    (
        "a team stationed (进驻) rather than 对…开展",
        (
            "根据市委统一部署,2023年3月20日至5月12日,市委第六巡察组进驻市审计局开展了常规巡察,"
            "并于2023年6月26日反馈了巡察意见。"
        ),
        Facts(
            "市委第六巡察组",
            "市委",
            "市审计局",
            "常规",
            None,
            (D(2023, 3, 20), D(2023, 5, 12)),
            D(2023, 6, 26),
        ),
    ),
    (
        "towns listed under one 党委 named after the last of them",
        "按照县委统一部署,县委第一巡察组对白水镇、清河镇、柏林镇党委及其所辖村开展常规巡察。",
        Facts("县委第一巡察组", "县委", "白水镇党委", "常规", None, None, None),
    ),
    (
        "a count of groups whose number a template site set apart by spaces names no group",
        "按照市委统一安排,本轮巡察共派出 5 个巡察组,对市统计局开展常规巡察。",
        Facts(None, "市委", "市统计局", "常规", None, None, None),
    ),
    (
        "a list's count set apart by spaces ends the first target (等 13 个单位)",
        "按照县委统一安排,县委第一巡察组对县政协机关等 13 个单位开展常规巡察。",
        Facts("县委第一巡察组", "县委", "县政协机关", "常规", None, None, None),
    ),
    (
        "the shared 党委 kept as written on a traditional page",
        "按照縣委統一部署,縣委第一巡察組對白水鎮、清河鎮、柏林鎮黨委及其所轄村開展常規巡察。",
        Facts("縣委第一巡察組", "縣委", "白水鎮黨委", "常規", None, None, None),
    ),
    (
        "a second inspection extended in the next clause (并延伸巡察) gives the first no mode",
        (
            "按照县委统一部署,2024年3月4日至4月26日,县委第二巡察组对白沙乡党委开展巡察,并延伸巡察3所小学,"
            "5月20日反馈了巡察意见。"
        ),
        Facts(
            "县委第二巡察组",
            "县委",
            "白沙乡党委",
            None,
            None,
            (D(2024, 3, 4), D(2024, 4, 26)),
            D(2024, 5, 20),
        ),
    ),
]


@pytest.mark.parametrize(("trait", "opening", "expected"), OPENINGS, ids=[case[0] for case in OPENINGS])
def test_the_facts_of_an_opening(trait: str, opening: str, expected: Facts) -> None:
    notice = parse_notice(f"关于巡察整改情况的通报\n\n{opening}{BODY}")
    inspection = notice.inspection
    assert inspection is not None, trait
    period = inspection.period
    found = Facts(
        inspection.inspector,
        inspection.dispatcher,
        inspection.target,
        inspection.mode,
        inspection.round,
        (period.start, period.end) if period is not None and period.start and period.end else None,
        inspection.feedback_date,
    )
    assert found == expected, trait


def test_the_round_named_only_in_the_title_is_taken_from_the_title() -> None:
    notice = parse_notice(
        "中共某某县委员会关于十五届县委第二轮巡察整改进展情况的通报\n\n"
        "根据县委统一部署,县委第一巡察组对县水利局党组开展了常规巡察。" + BODY
    )
    assert notice.inspection is not None
    assert notice.inspection.round == "十五届县委第二轮"
    assert notice.inspection.inspector == "县委第一巡察组"


MORE_OPENINGS: list[tuple[str, str, Facts]] = [
    (
        "groups counted, not named, and a list of targets (the first named)",
        (
            "根据区委统一安排部署,2021年11月8日至12月20日,区委组建4个巡察组对区民政局等4家单位开展了上下联动专项巡察。"
            "2022年1月27日,区委4个巡察组向被巡察单位党组织反馈了巡察情况。"
        ),
        Facts(
            None,
            "区委",
            "区民政局",
            "上下联动专项",
            None,
            (D(2021, 11, 8), D(2021, 12, 20)),
            D(2022, 1, 27),
        ),
    ),
    (
        "a term with the province named, 展开 and a 机动式 inspection",
        (
            "根据十届青岚省委第4轮巡视工作安排,2018年3月5日至5月8日,省委第七巡视组对省盐业集团有限公司党委"
            '展开"机动式"巡视,7月2日反馈了巡视意见。'
        ),
        Facts(
            "省委第七巡视组",
            "省委",
            "省盐业集团有限公司党委",
            "机动",
            "十届青岚省委第4轮",
            (D(2018, 3, 5), D(2018, 5, 8)),
            D(2018, 7, 2),
        ),
    ),
    (
        "the target after the verb 巡视了",
        "根据省委统一部署,2023年3月至5月,省委第二巡视组巡视了丰水县,并于2023年6月20日反馈了巡视意见。",
        Facts(
            "省委第二巡视组", "省委", "丰水县", None, None, (D(2023, 3, 1), D(2023, 5, 31)), D(2023, 6, 20)
        ),
    ),
]


MORE_OPENINGS += [
    (
        "groups numbered 第一、二 and a group named 巡察第二组",
        "根据市委统一部署,2023年5月至7月,市委第一、二巡察组对市交通运输局党组开展了常规巡察,9月1日反馈了巡察意见。",
        Facts(
            "市委第一巡察组",
            "市委",
            "市交通运输局党组",
            "常规",
            None,
            (D(2023, 5, 1), D(2023, 7, 31)),
            D(2023, 9, 1),
        ),
    ),
    (
        "a group numbered after 巡察",
        "按照县委统一部署,县委巡察第二组于2023年4月3日至5月19日对城关镇党委开展了常规巡察,6月30日反馈了巡察意见。",
        Facts(
            "县委巡察第二组",
            "县委",
            "城关镇党委",
            "常规",
            None,
            (D(2023, 4, 3), D(2023, 5, 19)),
            D(2023, 6, 30),
        ),
    ),
    (
        "two groups joined by 与 with the body named twice",
        (
            "根据市委统一部署,市委第三巡察组与市委第五巡察组于2023年3月至4月对市城投集团党委开展了联动巡察,"
            "并于2023年6月2日反馈了巡察意见。"
        ),
        Facts(
            "市委第三巡察组",
            "市委",
            "市城投集团党委",
            "联动",
            None,
            (D(2023, 3, 1), D(2023, 4, 30)),
            D(2023, 6, 2),
        ),
    ),
]


MORE_OPENINGS += [
    (
        "a mode with its field (医疗卫生领域专项), traditional, a target with a 含… clause, kept in its name",
        (
            "按照市委巡察工作部署,市委第五巡察組於2023年7月10日至8月25日對市中醫院(含下屬分院)開展醫療衛生領域專項巡察,"
            "10月9日反饋了巡察意見。"
        ),
        Facts(
            "市委第五巡察組",
            "市委",
            "市中醫院(含下屬分院)",
            "醫療衛生領域專項",
            None,
            (D(2023, 7, 10), D(2023, 8, 25)),
            D(2023, 10, 9),
        ),
    ),
    (
        "a round before a numbered group, pinyin left by a converter after characters",
        (
            "根據(jù)區(qū)委統(tǒng)一部署,十四屆區(qū)委第十一輪巡察第二巡察組於2023年8月18日至10月20日對區(qū)衛健委黨組開展常規巡察,"
            "12月1日反饋了巡察意見。"
        ),
        Facts(
            "區委第二巡察組",  # the plain group, sent by the round's body (CONVENTIONS, set I)
            "區委",
            "區衛健委黨組",
            "常規",
            "十四屆區委第十一輪",
            (D(2023, 8, 18), D(2023, 10, 20)),
            D(2023, 12, 1),
        ),
    ),
]


MORE_OPENINGS += [
    (
        "a target with its former name and short name in brackets cut by a comma",
        (
            "按照市委巡察工作统一部署,2023年7月12日至2023年8月30日,市委第六巡察组对中共某市委金融委员会办公室"
            "(原某市地方金融工作局,以下简称市金融局)进行了巡察。2023年10月17日,市委第六巡察组向市金融局党组反馈巡察意见。"
        ),
        Facts(
            "市委第六巡察组",
            "市委",
            "中共某市委金融委员会办公室",
            None,
            None,
            (D(2023, 7, 12), D(2023, 8, 30)),
            D(2023, 10, 17),
        ),
    ),
]


MORE_OPENINGS += [
    (
        "groups formed (组建) by a round, which names none, and targets joined by 及",
        (
            "根据青川市委统一部署,五届青川市委第五轮巡察组建4个常规巡察组,对市委政研室及市教育局、民政局等"
            "8个部门机关党组织开展常规巡察。"
        ),
        Facts(None, "市委", "市委政研室", "常规", "五届青川市委第五轮", None, None),
    ),
    (
        "a prefecture's 党委 numbering its rounds after its term and place",
        (
            "根据州党委巡察工作统一部署,2023年9月4日至10月31日,十二届青原州党委第五轮巡察第三巡察组对东山县"
            "东城镇党委开展了常规巡察。"
        ),
        Facts(
            "第三巡察组",
            "州党委",
            "东山县东城镇党委",
            "常规",
            "十二届青原州党委第五轮",
            (D(2023, 9, 4), D(2023, 10, 31)),
            None,
        ),
    ),
    (
        "a zone's 党工委 numbering its rounds, and a target with what it includes in brackets",
        (
            "根据党工委统一部署,2024年4月8日至5月16日,二届园区党工委第三轮巡察第一巡察组对园区宣传部(含融媒体中心、"
            "文联)开展了巡察。"
        ),
        Facts(
            "园区党工委第一巡察组",
            "党工委",
            "园区宣传部(含融媒体中心、文联)",
            None,
            "二届园区党工委第三轮",
            (D(2024, 4, 8), D(2024, 5, 16)),
            None,
        ),
    ),
]


@pytest.mark.parametrize(
    ("trait", "opening", "expected"), MORE_OPENINGS, ids=[case[0] for case in MORE_OPENINGS]
)
def test_the_facts_of_more_openings(trait: str, opening: str, expected: Facts) -> None:
    test_the_facts_of_an_opening(trait, opening, expected)


def test_the_inspector_named_only_in_the_title_is_taken_from_the_title() -> None:
    notice = parse_notice(
        "关于省委第三巡视组巡视反馈意见整改进展情况的通报\n\n"
        "2023年3月至5月,省委巡视组对青岚市开展了常规巡视,6月9日反馈了巡视意见。" + BODY
    )
    assert notice.inspection is not None
    assert (notice.inspection.inspector, notice.inspection.target) == ("省委第三巡视组", "青岚市")


def test_a_group_split_in_sub_groups_is_named_with_its_sub_group() -> None:
    notice = parse_notice(
        "关于某中学党支部巡察整改情况的通报\n\n"
        "根据区委统一部署,2018年10月22日至12月14日,区委巡察一组二分组对某中学党支部开展了巡察。" + BODY
    )
    assert notice.inspection is not None
    assert (notice.inspection.inspector, notice.inspection.target) == ("区委巡察一组二分组", "某中学党支部")


@pytest.mark.parametrize(
    ("inspected", "target"),
    [
        ("青城市安全生产工作", "青城市"),
        ("某县乡村振兴工作", "某县"),
        ("某市某区党建工作", "某市某区"),  # the smaller place is the one inspected
        ("江海市委办公室工作", "江海市委办公室工作"),  # a body, not a field of the place: kept as written
        ("我局医保基金管理使用情况", "我局"),  # a bureau, even as a pronoun, and the matter inspected
        ("县水利局工作", "县水利局工作"),  # no matter named: kept as written
    ],
)
def test_a_special_inspection_of_a_field_of_a_place_targets_the_place(inspected: str, target: str) -> None:
    notice = parse_notice(
        "巡视公告\n\n按照统一部署,2023年9月18日至11月17日,自治区党委第二巡视组对"
        + inspected
        + "开展专项巡视。"
        + BODY
    )
    assert notice.inspection is not None
    assert notice.inspection.target == target


# --------------------------------------------------------------------------- titles among web chrome

OPENING = "根据县委统一部署,2023年3月至5月,县委第一巡察组对县水利局党组开展了常规巡察,6月9日反馈了巡察意见。"
TITLE = "中共某某县水利局党组关于县委第一巡察组巡察反馈意见整改情况的通报"

TITLE_LINES: list[tuple[str, str, str, str]] = [
    # (trait, the lines above the opening, the title, the preamble)
    ("a date glued after the title", f"{TITLE} 2023-11-20", TITLE, ""),
    ("a date and a source glued after it", f"{TITLE}  2023-11-20 09:12  来源:县委巡察办", TITLE, ""),
    ("a bracketed date glued after it", f"{TITLE}【2023-11-20】", TITLE, ""),
    ("a bracketed date glued before it", f"【2023-11-20】{TITLE}", TITLE, "【2023-11-20】"),
    (
        "a source and a date before it",
        f"来源:县委巡察办 发布时间:2023-11-20 {TITLE}",
        TITLE,
        "来源:县委巡察办 发布时间:2023-11-20",
    ),
    (
        "a breadcrumb, a header copy, a chrome line, the title again",
        f"首页 > 巡察工作 > 整改公开\n{TITLE}\n发布时间：2023-11-20  浏览次数：86\n{TITLE}",
        TITLE,
        f"首页 > 巡察工作 > 整改公开\n{TITLE}\n发布时间：2023-11-20  浏览次数：86",
    ),
    (
        "a header copy, then the title broken over two lines",
        f"当前位置: 首页 > 巡视巡察\n{TITLE}\n\n中共某某县水利局党组\n\n关于县委第一巡察组巡察反馈意见整改情况的通报",
        TITLE,
        f"当前位置: 首页 > 巡视巡察\n{TITLE}",
    ),
    ("a column label and its colon before 中共", f"上级巡视:{TITLE}", TITLE, "上级巡视:"),
    # The site's name after the title, as a browser's title bar prints it.
    ("a site name after an underscore", f"{TITLE}_某某县纪委监委", TITLE, ""),
    ("a site name after a bar", f"{TITLE} | 某某县人民政府", TITLE, ""),
    ("a site name after a dash", f"{TITLE}-某某县人民政府网", TITLE, ""),
    # A breadcrumb whose last crumb is the title: the crumb starts after the arrow, the issuer with it.
    ("a breadcrumb ending in the title", f"首页 > {TITLE}", TITLE, "首页 >"),
    ("a breadcrumb without spaces", f"首页>巡察工作>{TITLE}", TITLE, "首页>巡察工作>"),
    (
        "a labelled breadcrumb with a last crumb before the title",
        f"当前位置：首页 > 通知公告 > 正文 {TITLE}",
        TITLE,
        "当前位置：首页 > 通知公告 > 正文",
    ),
    (
        "font-size, print and share widgets",
        f"【字体：大 中 小】【打印本页】【关闭窗口】\n{TITLE}",
        TITLE,
        "【字体：大 中 小】【打印本页】【关闭窗口】",
    ),
    (
        "an empty date widget, a welcome bar and a labelled breadcrumb with an empty level",
        f"您好!今天是\n欢迎访问某某县纪检监察网 设为首页 加入收藏\n当前页面: 首页 > > 通知公告\n{TITLE}",
        TITLE,
        "您好!今天是\n欢迎访问某某县纪检监察网 设为首页 加入收藏\n当前页面: 首页 > > 通知公告",
    ),
]


@pytest.mark.parametrize(
    ("trait", "lines", "title", "preamble"), TITLE_LINES, ids=[case[0] for case in TITLE_LINES]
)
def test_chrome_never_enters_the_title_or_a_fact(trait: str, lines: str, title: str, preamble: str) -> None:
    notice = parse_notice(f"{lines}\n{OPENING}{BODY}")
    assert (notice.title, notice.preamble) == (title, preamble), trait
    assert notice.issuer == "中共某某县水利局党组"
    inspection = notice.inspection
    assert inspection is not None
    # The page's date (2023-11-20) is never taken for the feedback date, nor the title's words for a fact.
    assert inspection.feedback_date == dt.date(2023, 6, 9), trait
    assert (inspection.inspector, inspection.target) == ("县委第一巡察组", "县水利局党组"), trait


def test_a_masthead_with_its_issue_number_stays_out_of_the_title() -> None:
    notice = parse_notice(
        "督查工作专报\n第 3 期\n关于对城区“门前五包”\n责任单位评比情况的通报\n"
        "3月1日至3日,市督查组对126个责任单位开展了检查。\n一、总体情况\n多数单位落实较好。\n"
        "市创建文明城市指挥部办公室\n2022年3月4日\n"
    )
    assert notice.title == "关于对城区“门前五包”责任单位评比情况的通报"
    assert notice.preamble.replace("\n", "") == "督查工作专报第 3 期"
    assert notice.issuer == "市创建文明城市指挥部办公室"  # the signature, the masthead names no body


def test_a_title_below_a_long_site_menu_and_printed_again_split_after_the_issuer() -> None:
    menu = "\n|\n".join(["甲市", "乙市", "丙市", "丁市", "戊市", "己市", "庚市", "辛市", "壬市"])
    title = "中共某某省高级人民法院党组关于落实省委第五巡视组巡视反馈意见整改落实情况的通报"
    notice = parse_notice(
        f"{menu}\n您所在的位置:首页>法院在线>新闻详情\n{title}\n2022-09-02 08:57:04 来源:省高院 编辑:李文\n\n"
        "中共某某省高级人民法院党组\n\n关于落实省委第五巡视组巡视反馈意见整改落实情况的通报\n\n"
        "根据省委统一部署,省委第五巡视组对省法院党组开展了巡视,2021年12月28日,省委巡视组向省法院党组反馈了巡视意见。\n\n"
        "一、提高政治站位\n\n党组召开会议研究整改。\n"
    )
    assert notice.title == title
    assert notice.issuer == "中共某某省高级人民法院党组"
    assert notice.inspection is not None
    assert notice.inspection.inspector == "省委第五巡视组"
    assert notice.inspection.feedback_date == dt.date(2021, 12, 28)


def test_the_round_named_only_in_the_body_and_the_range_preferred_to_the_day_of_arrival() -> None:
    notice = parse_notice(
        "按照区委统一部署,2020年8月24日,区委第二巡察组进驻区政协机关党支部,开展为期60天的巡察。\n\n"
        "本次巡察在巡察期间(2020年8月24日至2020年10月23日)受理来信来访。\n\n"
        "一、整改工作情况\n\n班子学习了十四届区委第六轮巡察情况的通报。\n"
    )
    inspection = notice.inspection
    assert inspection is not None
    assert inspection.period is not None
    assert (inspection.period.start, inspection.period.end) == (dt.date(2020, 8, 24), dt.date(2020, 10, 23))
    assert inspection.round == "十四届区委第六轮"
    assert inspection.target == "区政协机关党支部"


def test_a_title_printed_twice_on_consecutive_lines_is_one_title() -> None:
    title = "某中学党委关于巡察集中整改进展情况的报告"
    notice = parse_notice(f"{title}\n{title}\n{OPENING}{BODY}")
    assert (notice.title, notice.preamble) == (title, title)


@pytest.mark.parametrize(
    ("page", "issuer"),
    [
        (  # the 来源 line under the title names the office that issued it
            (
                "关于河堤绿化整改情况的通报\n来源:青石县人民政府办公室 时间:2024-05-06\n"
                "4月8日,县督查室对河堤绿化整改情况开展复查,现将有关情况通报如下。\n"
            ),
            "青石县人民政府办公室",
        ),
        (  # or stands under the date, in traditional characters
            (
                "關於河堤綠化整改情況的通報\n4月8日,縣督查室對河堤綠化整改情況開展復查。\n2024年5月6日\n"
                "來源:青石縣委辦公室\n"
            ),
            "青石縣委辦公室",
        ),
        (  # a site or a newspaper is not an issuer
            (
                "关于河堤绿化整改情况的通报\n来源:青石新闻网 时间:2024-05-06\n"
                "4月8日,县督查室对河堤绿化整改情况开展复查。\n"
            ),
            None,
        ),
    ],
)
def test_a_source_line_names_the_issuer_when_no_title_or_signature_does(
    page: str, issuer: str | None
) -> None:
    assert parse_notice(page).issuer == issuer


_ANNOUNCEMENT = (
    "按照省委和市委工作部署,经市委研究同意,自3月5日起,至4月15日前,对市农机服务中心党组开展上下联动巡察。\n"
    "巡察期间,巡察组主要受理反映上述单位领导班子及其成员问题的来信来电来访。\n"
)


@pytest.mark.parametrize(
    ("page", "issuer"),
    [
        # an announcement's title that opens on its body names the issuer, when nothing signs it
        (f"中共松岭市委巡察公告\n\n{_ANNOUNCEMENT}", "中共松岭市委"),
        (f"中共松岭市委巡视公告(第1号)\n\n{_ANNOUNCEMENT}", "中共松岭市委"),
        # the signature names it more fully than the title (区委第一巡察组巡察公告, signed 某某区委第一巡察组)
        (
            f"区委第一巡察组巡察公告\n\n{_ANNOUNCEMENT}\n某某区委第一巡察组\n2024年3月1日\n",
            "某某区委第一巡察组",
        ),
        # a round or nothing before 巡察公告 names no body
        (f"十三届市委第九轮巡察公告\n\n{_ANNOUNCEMENT}", None),
        (f"巡察公告\n\n{_ANNOUNCEMENT}", None),
    ],
)
def test_an_announcement_title_names_its_issuer_before_the_announcement_word(
    page: str, issuer: str | None
) -> None:
    assert parse_notice(page).issuer == issuer


_COLLECTIVE = (
    "按照省委统一部署,2024年4月至7月,十四届省委第四轮巡视对青川市和城北区、城南区、青川县,白石市和白石区、"
    "景河县,以及省卫生健康委、省体育局党组(党委)开展了常规巡视。\n"
    "根据有关规定,现集中公布十四届省委第四轮巡视整改进展情况,接受干部群众监督。\n"
    "中共某某省委巡视工作领导小组办公室\n2025年7月31日\n"
    "{first}:青川市城北区城南区青川县\n"
    "省委第二巡视组:白石市白石区景河县\n"
)


@pytest.mark.parametrize("first", ["省委第一巡视组", "自治区党委第一巡视组"])
def test_a_collective_release_names_its_first_group_in_the_list_under_it(first: str) -> None:
    notice = parse_notice(_COLLECTIVE.format(first=first))
    assert notice.issuer == "中共某某省委巡视工作领导小组办公室"
    assert notice.inspection is not None
    # the opening names no group: the first line of the list of groups does
    assert notice.inspection.inspector == first
    # a city and its districts, each bare: the city is the first unit
    assert notice.inspection.target == "青川市"
    assert notice.inspection.mode == "常规"
    assert notice.inspection.round == "十四届省委第四轮"


@pytest.mark.parametrize(
    ("listed", "target"),
    [
        ("青川市和城北区", "青川市"),
        ("城北区和城南区、河口区", "城北区"),
        # a 和 inside a body's name is no list
        ("市住房和城乡建设局、市水务局", "市住房和城乡建设局"),
        ("区文化和旅游局党组", "区文化和旅游局党组"),
        ("江湾区发展和改革委员会", "江湾区发展和改革委员会"),
    ],
)
def test_a_place_joined_by_and_to_the_places_under_it_is_the_first_unit(listed: str, target: str) -> None:
    notice = parse_notice(
        f"根据市委统一部署,2024年3月1日至4月30日,市委第一巡察组对{listed}开展了常规巡察。\n"
    )
    assert notice.inspection is not None
    assert notice.inspection.target == target


def test_a_range_in_the_closing_from_the_day_of_entry_completes_the_period() -> None:
    notice = parse_notice(
        "按照县委统一部署,2024年3月4日,县委第一巡察组进驻县统计局党组,开展为期两个月的常规巡察。\n"
        "巡察期间(2024年3月4日至5月3日),巡察组设有举报电话:0571-7654321,受理信访举报。\n"
    )
    assert notice.inspection is not None
    period = notice.inspection.period
    assert period is not None
    assert (period.start, period.end) == (D(2024, 3, 4), D(2024, 5, 3))


def test_a_range_in_the_closing_from_another_day_leaves_the_day_of_entry() -> None:
    notice = parse_notice(
        "按照县委统一部署,2024年3月4日,县委第一巡察组进驻县统计局党组,开展常规巡察。\n"
        "请于2024年3月10日至4月10日通过举报电话:0571-7654321反映巡察范围内的问题。\n"
    )
    assert notice.inspection is not None
    period = notice.inspection.period
    assert period is not None
    # (the day of entry starts the period, which has no end stated: set H's conventions)
    assert (period.start, period.end) == (D(2024, 3, 4), None)


def test_a_masked_month_leaves_no_feedback_date() -> None:
    notice = parse_notice(
        "关于巡察整改情况的通报\n\n根据县委统一部署,县委第三巡察组于2024年X月上旬至X月下旬对某小学党支部开展了巡察,"
        "并于X月15日反馈了巡察意见。" + BODY
    )
    assert notice.inspection is not None
    assert notice.inspection.target == "某小学党支部"
    assert notice.inspection.feedback_date is None


@pytest.mark.parametrize("plus", ["+", "＋"])
def test_an_autonomous_regions_group_and_modes_joined_by_a_plus(plus: str) -> None:
    notice = parse_notice(
        "关于巡视整改进展情况的通报\n\n根据自治区党委统一安排,2023年4月17日至6月29日,十一届自治区党委第二轮巡视第十一巡视组"
        f"对某某市开展了“专项{plus}常规”巡视。" + BODY
    )
    assert notice.inspection is not None
    assert notice.inspection.inspector == "自治区党委第十一巡视组"
    assert notice.inspection.mode == f"专项{plus}常规"
    assert notice.inspection.round == "十一届自治区党委第二轮"


def test_an_ecological_inspection_group_is_read_as_an_inspection_group() -> None:
    notice = parse_notice(
        "关于督察整改落实情况的通报\n\n2022年10月26日至11月9日,某某省第五生态环境保护督察组对某某市开展了生态环境保护督察,"
        "并于2023年4月11日向某某市反馈了督察意见。" + BODY
    )
    assert notice.inspection is not None
    assert notice.inspection.inspector == "某某省第五生态环境保护督察组"
    assert notice.inspection.target == "某某市"
    assert notice.inspection.feedback_date == dt.date(2023, 4, 11)


def test_a_lookback_written_after_the_rectification_it_checks_is_the_mode() -> None:
    notice = parse_notice(
        "关于巡察整改情况的通报\n\n根据市委统一部署,2024年9月23日至11月29日,市委第二巡察组对区教育局党组开展了为期"
        "两个多月的巡察整改回头看。" + BODY
    )
    assert notice.inspection is not None
    assert notice.inspection.mode == "回头看"


def test_digits_glued_before_the_committee_are_not_the_groups_name() -> None:
    # a date that lost its 月 and 日 (12月25日 → 1225) glued before 县委巡察组: the group is named later
    notice = parse_notice(
        "关于巡察整改情况的通报\n\n根据县委统一部署,1225县委巡察组对某小学党支部开展了巡察。次日,"
        "县委第三巡察组召开反馈会。" + BODY
    )
    assert notice.inspection is not None
    assert notice.inspection.inspector == "县委第三巡察组"


@pytest.mark.parametrize("gap", ["\n", ""], ids=["heading-alone", "text-run-into-the-heading"])
def test_an_announcement_laid_out_by_headings_gives_its_period_under_one(gap: str) -> None:
    notice = parse_notice(
        "巡察公告\n根据县委统一安排,县委第二巡察组将对县水务局党组开展常规巡察。\n"
        f"一、巡察时间{gap}2024年4月8日至6月7日。\n二、受理范围\n主要受理反映领导班子及其成员问题的来信来电来访。\n"
    )
    assert notice.inspection is not None
    period = notice.inspection.period
    assert period is not None
    assert (period.start, period.end) == (D(2024, 4, 8), D(2024, 6, 7))


def test_a_range_under_another_heading_is_not_the_inspection_period() -> None:
    notice = parse_notice(
        "巡察公告\n根据县委统一安排,县委第二巡察组将对县水务局党组开展常规巡察。\n"
        "一、受理时间\n2024年4月8日至6月7日。\n二、受理范围\n主要受理反映领导班子及其成员问题的来信来电来访。\n"
    )
    assert notice.inspection is not None
    assert notice.inspection.period is None


@pytest.mark.parametrize("count", ["3个", "3 个"], ids=["count", "count-spaced"])
def test_a_count_of_bodies_in_the_opening_gives_way_to_the_list_under_its_heading(count: str) -> None:
    notice = parse_notice(
        f"县委第五轮巡察公告\n按照县委巡察工作安排,县委第五轮巡察将对全县{count}单位党组织开展常规巡察。现公告如下:\n"
        "一、巡察对象\n(一)常规巡察\n县水务局、县统计局、县档案馆\n二、受理范围\n主要受理反映领导班子问题的来信。\n"
    )
    assert notice.inspection is not None
    assert notice.inspection.target == "县水务局"


def test_the_group_and_bodies_named_under_the_targets_heading_complete_an_opening_of_dates() -> None:
    # the opening states the round and its dates only; 一、巡察对象 names the group, the bodies and the mode
    notice = parse_notice(
        "根据区委巡察工作统一部署,十一届区委第六轮巡察于2023年9月11日开始,至11月24日结束。现公告如下:\n"
        "一、巡察对象\n区委第三巡察组负责对区财政局、区医保局等2家单位开展常规巡察。\n"
        "二、受理范围\n主要受理反映领导班子问题的来信。\n"
    )
    assert notice.inspection is not None
    assert (notice.inspection.inspector, notice.inspection.target, notice.inspection.mode) == (
        "区委第三巡察组",
        "区财政局",
        "常规",
    )
    assert notice.inspection.period is not None
    assert (str(notice.inspection.period.start), str(notice.inspection.period.end)) == (
        "2023-09-11",
        "2023-11-24",
    )


def test_a_named_target_is_kept_whatever_the_headings_list() -> None:
    notice = parse_notice(
        "县委第五轮巡察公告\n按照县委巡察工作安排,县委第一巡察组将对县水务局党组开展常规巡察。现公告如下:\n"
        "一、巡察对象\n县水务局机关及所属单位\n二、受理范围\n主要受理反映领导班子问题的来信。\n"
    )
    assert notice.inspection is not None
    assert notice.inspection.target == "县水务局党组"


@pytest.mark.parametrize(
    ("opening", "mode"),
    [
        # The opening's sentences state no mode: the group's name carries it.
        ("根据市委统一部署，2024年5月6日至6月20日，市委耕地保护机动巡察组对某某县委进行了巡察。", "机动"),
        ("根据县委统一部署，县委第二提级交叉巡察组于2024年3月对某某镇党委开展了巡察。", "提级交叉"),
        # A mode the sentences state wins over the name's.
        ("根据市委统一部署，市委第一机动巡察组对某某县委开展了乡村振兴领域专项巡察。", "乡村振兴领域专项"),
        # A name without a mode word gives none.
        ("根据市委统一部署，市委第三巡察组对某某县委进行了巡察。", None),
    ],
)
def test_the_mode_a_group_is_named_for_when_the_opening_states_none(opening: str, mode: str | None) -> None:
    notice = parse_notice(
        f"中共某某县委关于巡察整改进展情况的通报\n{opening}\n一、总体情况\n整改有序推进。\n"
    )
    assert notice.inspection is not None
    assert notice.inspection.mode == mode


@pytest.mark.parametrize(
    ("opening", "dispatcher"),
    [
        # The 根据 clause names a place; the group's name says which committee sent it.
        ("根据某某高新区巡察工作统一部署，党工委第二巡察组于2023年4月对区财政局开展了巡察。", "党工委"),
        ("根据某某经开区统一部署，2023年5月，党工委第一巡察组对区建设局开展了巡察。", "党工委"),
        # A clause that names the committee keeps it.
        ("根据市委统一部署，市委第三巡察组对某某县委开展了巡察。", "市委"),
    ],
)
def test_the_dispatcher_is_the_committee_not_the_place(opening: str, dispatcher: str) -> None:
    notice = parse_notice(f"关于巡察反馈意见整改进展情况的通报\n{opening}\n一、总体情况\n整改有序推进。\n")
    assert notice.inspection is not None
    assert notice.inspection.dispatcher == dispatcher


def test_a_round_with_its_batch_is_kept_whole() -> None:
    notice = parse_notice(
        "按照四届区委第一轮第二批巡察工作部署，区委巡察三组于2024年3月4日至4月20日对某某街道党工委开展了常规巡察。"
        "\n\n一、整改工作情况\n\n街道党工委召开专题会议。\n"
    )
    inspection = notice.inspection
    assert inspection is not None
    assert inspection.round == "四届区委第一轮第二批"


# --------------------------------------------------------------------------- announcements of an entry

ENTRY = (
    "您好!今天是\n\n当前页面: 首页 > > 某某纪检监察网 > 通知公告\n\n{title}\n\n"
    "来源:中共某某县委巡察工作领导小组办公室   发布时间:2025-09-19\n\n"
    "日前,十四届县委第七轮巡察4个巡察组完成对县卫生健康局1个县直单位和县人民医院等8家县管医疗卫生单位的进驻,"
    "本轮巡察全面展开。\n\n被巡察党组织分别召开巡察工作动员会。\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "十四届县委第七轮巡察完成进驻(附各巡察组联系方式)",
        "县委第一巡察组进驻县卫生健康局",
        "十四屆縣委第七輪巡察完成進駐",
    ],
)
def test_a_headline_naming_the_stage_of_an_inspection_is_the_title(title: str) -> None:
    notice = parse_notice(ENTRY.format(title=title))
    assert notice.title == title
    assert notice.preamble.startswith("您好!今天是")


def test_an_entry_announcement_gives_the_bodies_entered_and_no_period_from_the_page_date() -> None:
    notice = parse_notice(ENTRY.format(title="十四届县委第七轮巡察完成进驻(附各巡察组联系方式)"))
    inspection = notice.inspection
    assert inspection is not None
    # a count of groups names no group; the round's committee sent them; the count after the first body sums
    # up its kind; the page's date on its chrome line is no day of entry
    assert (inspection.inspector, inspection.dispatcher, inspection.target) == (None, "县委", "县卫生健康局")
    assert (inspection.round, inspection.period) == ("十四届县委第七轮", None)


@pytest.mark.parametrize(
    ("targets", "target"),
    [
        ("县卫生健康局1个县直单位和县人民医院等8家县管医疗卫生单位", "县卫生健康局"),
        ("全市4个单位党组织", "全市4个单位党组织"),  # a count of bodies in a place, not a body and its kind
        ("3个乡镇党委和3个县直单位党组织", "3个乡镇党委和3个县直单位党组织"),
        ("县十家村党支部", "县十家村党支部"),
    ],
)
def test_a_count_after_the_first_body_named_ends_the_target(targets: str, target: str) -> None:
    notice = parse_notice(f"关于巡察整改情况的通报\n\n县委第一巡察组对{targets}开展了常规巡察。{BODY}")
    assert notice.inspection is not None
    assert notice.inspection.target == target


def test_a_group_named_whole_only_in_a_later_sentence_is_the_inspector() -> None:
    notice = parse_notice(
        "关于巡察整改情况的通报\n\n根据市委统一部署,2023年3月13日至4月28日,市委巡察组对市水利局党组开展了巡察。"
        "6月9日,市委第二巡察组向市水利局党组反馈了巡察意见。" + BODY
    )
    assert notice.inspection is not None
    assert notice.inspection.inspector == "市委第二巡察组"
    # a later group word in prose names no group: none is taken
    notice = parse_notice(
        "关于巡察整改情况的通报\n\n根据市委统一部署,市委巡察组对市水利局党组开展了巡察。会议宣布了本轮巡察组。"
        + BODY
    )
    assert notice.inspection is not None
    assert notice.inspection.inspector is None


def test_a_range_before_the_inspection_is_its_period_not_the_feedback_date() -> None:
    # the feedback's own date unread (a scraper's damage): the range told before 开展了巡察 stays the period
    notice = parse_notice(
        "关于巡察整改情况的通报\n\n根据市委统一部署,2024年10月14日至12月13日,市委第五巡察组对市大数据局党组开展了巡察,"
        "并于近期向市大数据局党组反馈巡察意见。" + BODY
    )
    inspection = notice.inspection
    assert inspection is not None
    assert inspection.period is not None
    assert (inspection.period.start, inspection.period.end) == (dt.date(2024, 10, 14), dt.date(2024, 12, 13))
    assert inspection.feedback_date is None
    # a range of feedback days after the inspection's sentence still dates the feedback
    notice = parse_notice(
        "关于巡察整改情况的通报\n\n2024年3月1日至4月1日,市委第五巡察组对市大数据局党组开展了巡察。"
        "5月8日至9日,市委巡察组分别反馈了巡察意见。" + BODY
    )
    assert notice.inspection is not None
    assert notice.inspection.feedback_date == dt.date(2024, 5, 8)
    # a range after 反馈 in its sentence is some other time (the rectification's days): no feedback date from it,
    # and the opening tells no other fact
    notice = parse_notice(
        "关于巡察整改情况的通报\n\n对照巡察反馈问题,2024年5月10日至6月30日,局党组开展了集中整改。" + BODY
    )
    assert notice.inspection is None


def test_a_traditional_title_naming_its_inspection_by_the_term_gives_the_round() -> None:
    notice = parse_notice(
        "中共某縣醫療保障局黨組關於第十四屆縣委機動巡察整改進展情況的通報\n\n"
        "根據縣委統一部署,2025年3月17日至4月25日,縣委機動巡察組對縣醫療保障局黨組開展了機動巡察。" + BODY
    )
    assert notice.inspection is not None
    assert notice.inspection.round == "第十四屆縣委"


@pytest.mark.parametrize("space", ["", " "], ids=["tight", "numbers-spaced"])
def test_a_count_of_groups_and_of_bodies_with_numbers_set_apart(space: str) -> None:
    n = f"{space}4{space}"
    one = f"{space}1{space}"
    notice = parse_notice(
        f"关于巡察整改情况的通报\n\n日前,十四届县委第七轮巡察{n}个巡察组完成对县卫生健康局{one}个县直单位和县人民医院的进驻。"
        + BODY
    )
    inspection = notice.inspection
    assert inspection is not None
    assert (inspection.inspector, inspection.dispatcher, inspection.target) == (None, "县委", "县卫生健康局")


@pytest.mark.parametrize(
    "chrome",
    ["", "当前位置：首页 > 信息公开 > 工作动态\n【大 中 小】 【打印】 【关闭】\n"],
    ids=["alone", "under-chrome-lines"],
)
@pytest.mark.parametrize("date", ["2023年7月28日", "2023 年 7 月 28 日"], ids=["date", "date-spaced"])
def test_a_page_flattened_into_one_line_gives_its_title(chrome: str, date: str) -> None:
    notice = parse_notice(
        f"{chrome}党务公开中共某某市妇联党组关于巡察整改进展情况的通报发布时间{date} 来源:某某市妇联 阅读 6213 次"
        "根据市委巡察工作统一部署,2022年11月14日至12月20日,市委巡察二组对市妇联党组开展了巡察。"
        " 一、加强巡察整改组织领导情况市妇联党组把巡察整改作为重大政治任务。"
    )
    assert (notice.title, notice.issuer) == (
        "中共某某市妇联党组关于巡察整改进展情况的通报",
        "中共某某市妇联党组",
    )
    assert notice.opening.endswith("市委巡察二组对市妇联党组开展了巡察。")


@pytest.mark.parametrize("gap", ["", " ", "\u3000"], ids=["glued", "space", "ideographic-space"])
@pytest.mark.parametrize(
    "opening",
    [
        "根据县委统一部署,2023年3月13日至4月28日,县委第一巡察组对县林业局党组开展了常规巡察。",
        "2023年3月13日至4月28日,县委第一巡察组对县林业局党组开展了常规巡察。",
        "近日,县委第一巡察组于2023年3月13日至4月28日对县林业局党组开展了常规巡察。",
    ],
    ids=["deployed", "date", "lead"],
)
def test_a_page_flattened_without_chrome_runs_its_opening_after_its_title(gap: str, opening: str) -> None:
    # the title and the opening on one line, nothing or a space between: the title is cut off the opening, so the
    # title's 反馈意见 does not turn the inspection's period into the feedback date
    notice = parse_notice(
        f"中共某县林业局党组关于县委第一巡察组反馈意见整改情况的通报{gap}{opening}"
        "一、整改工作总体情况 局党组召开专题会议12次。"
    )
    assert (notice.title, notice.issuer) == (
        "中共某县林业局党组关于县委第一巡察组反馈意见整改情况的通报",
        "中共某县林业局党组",
    )
    inspection = notice.inspection
    assert inspection is not None
    assert inspection.period is not None
    assert (inspection.period.start, inspection.period.end) == (dt.date(2023, 3, 13), dt.date(2023, 4, 28))
    assert inspection.feedback_date is None


def test_a_title_followed_by_its_pages_date_alone_is_not_cut_as_an_opening() -> None:
    # a date standing alone after the title is the page's (chrome), not a clause of the opening
    notice = parse_notice(
        "关于巡察整改情况的通报 2023年12月5日\n根据县委统一部署,县委第一巡察组对县林业局党组开展了巡察。"
    )
    assert notice.title == "关于巡察整改情况的通报"


def test_an_announcement_in_one_paragraph_gives_its_facts_from_it() -> None:
    # the opening ran into the closing (its contacts, 特此公告): the facts are read in that paragraph
    notice = parse_notice(
        "区委第一巡察组巡察公告\n\n文章来源: 作者: 发布时间:2017年08月09日\n"
        "根据区委巡察工作领导小组的安排,区委第一巡察组于2017年8月8日至9月8日对区委卫生工委开展巡察。"
        "为广泛听取意见,巡察组开设专用电子邮箱:xcz1@example.gov.cn,开通信访电话:26561234。特此公告。\n\n"
        "某某区委第一巡察组\n2017年8月8日\n"
    )
    inspection = notice.inspection
    assert inspection is not None
    assert (inspection.inspector, inspection.target) == ("区委第一巡察组", "区委卫生工委")
    assert inspection.period is not None
    assert (inspection.period.start, inspection.period.end) == (dt.date(2017, 8, 8), dt.date(2017, 9, 8))


@pytest.mark.parametrize(
    "groups", ["派出3个县委巡察组", "派出 3 个县委巡察组", "县委 3 个巡察组", "县委派出 3 个巡察组"]
)
def test_a_count_of_groups_names_no_group_however_its_number_is_spaced(groups: str) -> None:
    notice = parse_notice(f"关于巡察整改情况的通报\n\n根据统一部署,{groups}对县水利局党组开展了巡察。" + BODY)
    assert notice.inspection is not None
    assert (notice.inspection.inspector, notice.inspection.dispatcher) == (None, "县委")


@pytest.mark.parametrize(
    ("opening", "dispatcher"),
    [
        ("根据统一部署,市委第一巡察组对市水利局党组开展了巡察。", "市委"),  # a deployment naming no body
        ("按照有关要求,县委第二巡察组对县水利局党组开展了巡察。", "县委"),
        ("根据统一部署,市委共组建4个巡察组,对市水利局党组开展了巡察。", "市委"),  # the committee forming them
        ("根据省委统一部署,3个巡视组对某某市开展了巡视。", "省委"),
    ],
)
def test_the_dispatcher_when_the_deploying_clause_names_no_body(opening: str, dispatcher: str) -> None:
    notice = parse_notice("关于巡察整改情况的通报\n\n" + opening + BODY)
    assert notice.inspection is not None
    assert notice.inspection.dispatcher == dispatcher


def test_an_opening_that_only_announces_its_report_leaves_the_facts_to_the_first_part() -> None:
    # 按照…部署要求，现将…公布如下: the group, the target, the period and the feedback come under 一、
    notice = parse_notice(
        "白塘区关于十一届市委第七轮巡视整改进展情况的通报\n\n"
        "按照十一届市委第七轮巡视工作部署要求,根据党务公开有关规定,现将巡视整改进展情况公布如下。\n\n"
        "一、总体情况\n\n"
        "2021年3月至5月,市委巡视五组对白塘区开展了常规巡视,并于7月29日反馈了巡视意见。区委照单全收。\n\n"
        "二、整改落实情况\n\n完成整改12项。\n"
    )
    inspection = notice.inspection
    assert inspection is not None
    assert (inspection.inspector, inspection.target, inspection.mode, inspection.round) == (
        "市委巡视五组",
        "白塘区",
        "常规",
        "十一届市委第七轮",
    )
    assert inspection.period is not None
    assert (inspection.period.start, inspection.period.end) == (dt.date(2021, 3, 1), dt.date(2021, 5, 31))
    assert inspection.feedback_date == dt.date(2021, 7, 29)


def test_the_body_is_read_for_the_facts_only_under_a_rectification_title_and_an_inspection_told() -> None:
    body = "\n\n一、总体情况\n\n收到市委巡察二组的反馈意见后,学校召开会议部署整改。\n\n二、下一步\n\n继续整改。\n"
    # a group named in passing (收到…的反馈意见) tells no inspection: no facts are made up from it
    assert (
        parse_notice("某中学关于巡察整改进展情况的通报\n\n现将整改情况公布如下。" + body).inspection is None
    )
    told = "\n\n一、总体情况\n\n市委巡察二组对某中学开展了巡察。\n\n二、下一步\n\n继续整改。\n"
    # under a title that reports no rectification, the body's first part is not an opening
    assert parse_notice("某中学关于教学工作的通报\n\n现将有关情况公布如下。" + told).inspection is None
    notice = parse_notice("某中学关于巡察整改进展情况的通报\n\n现将整改情况公布如下。" + told)
    assert notice.inspection is not None
    assert notice.inspection.inspector == "市委巡察二组"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("现将中共某市某委员会党组(以下简称“委党组”)巡视整改进展情况公布如下。", "中共某市某委员会党组"),
        ("现将市委政法委(含市法学会党组)巡视集中整改情况向社会公开。", "市委政法委(含市法学会党组)"),
        ("现将县医保局党组关于县委第二轮巡察整改情况通报如下。", "县医保局党组"),
        ("现将十一届市委第七轮巡视整改进展情况公布如下。", None),  # a round, not a body
        ("现将巡察整改情况通报如下。", None),
        ("现将某市环保督察反馈问题整改工作情况通报如下。", None),  # no body's name ends there
    ],
)
def test_the_target_named_where_the_notice_announces_its_report(sentence: str, target: str | None) -> None:
    notice = parse_notice("关于巡视整改进展情况的通报\n\n根据市委统一部署," + sentence + BODY)
    assert notice.inspection is not None
    assert notice.inspection.target == target


def test_the_centre_sends_its_ecological_inspection_named_without_a_group() -> None:
    notice = parse_notice(
        "关于某区中央生态环境保护督察“回头看”反馈问题整改情况的公示\n\n"
        "现将我区中央生态环境保护督察“回头看”反馈问题整改情况公示如下。" + BODY
    )
    assert notice.inspection is not None
    assert notice.inspection.dispatcher == "中央"


def test_a_rule_cited_by_its_title_names_no_central_inspection() -> None:
    # 按照《中央生态环境保护督察整改工作办法》 (set CO: 3760): the title of the rule a district's closure notice
    # follows; the inspection it reports on is the city's, which names no committee
    notice = parse_notice(
        "关于督察反馈问题整改销号的公示\n\n按照《中央生态环境保护督察整改工作办法》有关要求，现就2023年市级生态环境"
        "保护督察反馈问题第11项整改完成情况公示如下。" + BODY
    )
    assert notice.inspection is None or notice.inspection.dispatcher is None
    # the title of its feedback names the inspection (根据《第二轮中央生态环境保护督察反馈意见》, set AB: 1030)
    notice = parse_notice(
        "关于信访件整改完成情况的公示\n\n根据《第二轮中央生态环境保护督察反馈意见》,现将该问题整改完成情况予以公示。"
        + BODY
    )
    assert notice.inspection is not None
    assert notice.inspection.dispatcher == "中央"


def test_an_inspection_on_site_in_stretches_listed_together_runs_from_the_first_to_the_last() -> None:
    notice = parse_notice(
        "关于巡察整改情况的通报\n\n根据区委统一部署,区委第二巡察组于2022年4月11日至4月15日、6月6日至8月5日"
        "对区卫生健康局党组开展了巡察。" + BODY
    )
    assert notice.inspection is not None
    assert notice.inspection.period is not None
    period = notice.inspection.period
    assert (period.start, period.end) == (dt.date(2022, 4, 11), dt.date(2022, 8, 5))


def test_a_verb_of_announcing_is_no_part_of_a_groups_name() -> None:
    # 组织部部长宣布巡视组组长 (set BH: 2452): 宣布 and 宣读 end the name read back from 巡视组, as 组建 does
    notice = parse_notice(
        "关于巡视整改进展情况的通报\n\n11月9日,十二届省委第十轮巡视动员部署会召开。省委常委、组织部部长宣布巡视组组长名单。"
        "本轮巡视安排11个巡视组,对某大学等31所省属高校开展常规巡视。" + BODY
    )
    assert notice.inspection is not None
    assert notice.inspection.inspector is None
    assert notice.inspection.round == "十二届省委第十轮"


def test_a_cover_pages_date_line_is_accounted_for_once() -> None:
    # a report's cover date (二〇二三年三月二十九日, set BI: 2513) and the same day written in digits in its body: the
    # text fields hold each once (the date line's period is the one no other field holds)
    from xuncha.parsing import text_fields

    text = (
        "某某人寿保险股份有限公司\n2022年年度报告摘要\n\n二〇二三年三月二十九日\n\n"
        "1.3本公司董事会会议于2023 年 3 月 29 日审议通过年度报告。\n"
    )
    notice = parse_notice(text)
    kept = "".join(text_fields(notice)).replace(" ", "").replace("\n", "")
    assert kept.count("二〇二三年三月二十九日") == 1
    assert kept.count("2023年3月29日") == 1


def test_an_announcement_whose_group_entered_lately_is_dated_by_its_closing() -> None:
    # 近日进驻 in the opening, 进驻期间(…) before the hotline in the closing (set CA: 3204, 3207); of two bodies
    # that approved it together, the first is the dispatcher (3208)
    notice = parse_notice(
        "公告\n经省委、省政府批准,省第一生态环境保护督察组近日进驻淄川市,开展生态环境保护督察。\n"
        "按照安排,督察组进驻时间为1个月。进驻期间(2024年7月23日至8月22日)设立专门值班电话:0533-2806731。"
    )
    inspection = notice.inspection
    assert inspection is not None
    assert inspection.dispatcher == "省委"
    assert inspection.period is not None
    assert (inspection.period.start, inspection.period.end) == (dt.date(2024, 7, 23), dt.date(2024, 8, 22))
    # a range in the closing that dates something else gives no period
    other = parse_notice(
        "公告\n省第一生态环境保护督察组近日进驻淄川市。\n举报电话开通时间为2024年7月23日至8月22日,电话:0533-2806731。"
    )
    assert other.inspection is not None
    assert other.inspection.period is None


def test_the_centre_sends_its_ecological_inspection_named_in_a_basis_clause() -> None:
    # 根据中央生态环境保护督察“回头看”反馈意见要求 (set DL: 4691): the dispatcher is the centre, not the clause
    notice = parse_notice(
        "某镇关于中央生态环境保护督察“回头看”反馈意见整改销号公示\n"
        "根据中央生态环境保护督察“回头看”反馈意见要求,现将整改销号情况公示如下。\n"
        "一、整改任务\n督察指出,一些地方工作流于形式。\n"
    )
    assert notice.inspection is not None
    assert notice.inspection.dispatcher == "中央"
