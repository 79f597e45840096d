"""Classes of figures that real published pages showed the grammar misreading (tests/corpus/observed, issue #9).

Each class is tested on sentences written for this file (not corpus text), with the readings the corpus
conventions ask for (tests/corpus/observed/CONVENTIONS.md) and, beside them, the near misses the change must not
turn into figures.
"""

from __future__ import annotations

import pytest

from _quantity_readings import Reading
from _quantity_readings import readings as _readings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the points of a speech or a plan, in Chinese numerals, simplified and traditional
        ("督导组长提出三点要求：一是压实责任。", [("三点", "3", "点", None)]),
        ("会上提出四点意见建议。", [("四点", "4", "点", None)]),
        ("並提出三點意見：一是正確對待。", [("三點", "3", "点", None)]),
        ("组长提出5点具体要求。", [("5点", "5", "点", None)]),
        # aspects, with and without 大
        ("反馈了6方面21项问题。", [("6方面", "6", "方面", None), ("21项", "21", "项", None)]),
        ("围绕3大方面制定措施。", [("3大方面", "3", "方面", None)]),
        # the problems named as major ones (两大问题); N个问题 is counted in 个, 问题 alone after a number is none
        ("着力解决两大问题。", [("两大问题", "2", "问题", None)]),
        ("发现12问题。", []),
        (
            "聚焦四大领域、五大任务,开设六大专栏。",
            [
                ("四大领域", "4", "领域", None),
                ("五大任务", "5", "任务", None),
                ("六大专栏", "6", "专栏", None),
            ],
        ),
        ("工业三大门类全面增长,完成一大块工作。", []),  # a classification of statistics; "a big chunk"
        # a task quoted with its target figure is no slogan: its verb says what is to be done
        (
            "未达序时进度的有“新建城市停车泊位3000个”“普惠性幼儿园覆盖率达82%”。",
            [("3000个", "3000", "个", None), ("82%", "82", "%", None)],
        ),
        ("开展“9个不准”专项治理。", []),
        # amounts of money quoted from a record are amounts
        (
            "注明“扶助金额由960元更正为1080元”。",
            [("960元", "960", "元", None), ("1080元", "1080", "元", None)],
        ),
        # the session of a congress or a committee is an ordinal, after its term or its body, listed or not; a count
        # of meetings is a count
        ("召开区委三届十二次全委(扩大)会议。", []),
        ("学习二十届中央纪委五次全会和省委十二届七次、八次全会精神。", []),
        ("落实州政府七次全会精神,全國工商聯十三屆四次執委會議發布。", []),
        # the first months of a year, as 今年前3个月: a period, not a duration (首 after no year stays a figure)
        ("國家財政部公佈,今年首3個月,利潤增長。", []),
        ("首3个月免收租金。", [("3个月", "3", "个月", None)]),
        ("县委召开3次会议,先后四次听取汇报。", [("3次", "3", "次", None), ("四次", "4", "次", None)]),
        # 或以上 and 或以下 bound a figure as 及以上 does (Hong Kong and Macao write them)
        (
            "年滿18歲或以上的居民,資助5万元或以下。",
            [("18歲或以上", "18", "岁", "at_least"), ("5万元或以下", "5", "万元", "at_most")],
        ),
        # a boiler's capacity in steam tons
        ("淘汰35蒸吨以下燃煤锅炉。", [("35蒸吨以下", "35", "蒸吨", "at_most")]),
        ("从两个方面抓落实。", [("两个", "2", "个", None)]),
        # 两 counts phases (二期 names one)
        ("共举办两期培训班。", [("两期", "2", "期", None)]),
        # livestock after Arabic digits
        (
            "全年出栏肉牛3120头，存栏蛋鸡12万只。",
            [("3120头", "3120", "头", None), ("12万只", "12", "万只", None)],
        ),
        ("养殖户存栏20多万只。", [("20多万只", "20", "万只", "more_than")]),
        # 约合 before a converted amount
        ("折合约合2150美元。", [("约合2150美元", "2150", "美元", "about")]),
        # the major ones a text counts after 大 (sets BQ, BO, earlier: 2807, 2752, 1700, 2545); 分三大门类看 reads
        # a bulletin's figures by its sectors, no count
        (
            "建成四大基地,覆盖十大行业,面临五大挑戰。分三大门类看,采矿业增长。",
            [
                ("四大基地", "4", "基地", None),
                ("十大行业", "10", "行业", None),
                ("五大挑戰", "5", "挑战", None),
            ],
        ),
        # livestock in 隻 and 头只, pigs and wells in 口 and 眼 after Arabic digits; places in a ranking (set BQ:
        # 2829, 2815; BP: 2794)
        (
            "存欄1.03億隻,牲畜1.31億頭只,生猪1528.4万口,打机井12眼,排名提升2个位次。",
            [
                ("1.03億隻", "1.03", "亿只", None),
                ("1.31億頭只", "1.31", "亿头只", None),
                ("1528.4万口", "1528.4", "万口", None),
                ("12眼", "12", "眼", None),
                ("2个位次", "2", "个位次", None),
            ],
        ),
        ("一口气干到底,一眼望去。", []),
        # a qualifier before the currency named before the amount, spaces between as a PDF sets them (set BO: 2737)
        ("净利润约人民币 29.78 亿元。", [("约人民币 29.78 亿元", "29.78", "亿元", "about")]),
        # loans of books and checks of vehicles, counted as times (set CD: 3349, 3350; CE: 3377); a year before
        # 部门 is its budget's (2025部门预算表, 3324); a campaign named by its years (扫黑除恶三年专项斗争, 3371)
        (
            "借阅7.9万余册次,检查车辆96辆次,2025部门预算表,3部门联合开展扫黑除恶三年专项斗争。",
            [
                ("7.9万余册次", "7.9", "万册次", "more_than"),
                ("96辆次", "96", "辆次", None),
                ("3部门", "3", "部门", None),
            ],
        ),
        # items of a circular and cases as Taiwan's Control Yuan counts them, after Arabic digits (set BY: 3131,
        # 3157); a lone financial numeral before a counter is a word (參處), a code named by its count a term
        (
            "通報典型問題18則,糾正15案,函請行政院參處;新时代高校教师职业行为十项准则。",
            [("18則", "18", "则", None), ("15案", "15", "案", None)],
        ),
        ("一则通报,原则上按期办结。", []),
        # days after a bound, as in a time limit (sets BT, BN: 2922, 2685): no day of a month is bounded so
        (
            "延长期限一般不超过30日,公示时间不少於15日,于12月30日前完成。",
            [("不超过30日", "30", "天", "at_most"), ("不少於15日", "15", "天", "at_least")],
        ),
        # 过 before a pure number with its magnitude (set BP: 2790), as before a bare magnitude (过万件)
        (
            "其中涉案过100万的173个。",
            [("过100万", "1000000", None, "more_than"), ("173个", "173", "个", None)],
        ),
        # 超过了: the qualifier with the aspect particle (set BO: 2739)
        ("占比超过了40%。", [("超过了40%", "40", "%", "more_than")]),
        # 约占 before a share
        ("其中申請公開約占12.8%。", [("約占12.8%", "12.8", "%", "about")]),
        # a numeral and 期 after a word that counts batches or issues (二期工程 names a phase)
        ("培训班分七期举办，以连续四期专栏解读。", [("七期", "7", "期", None), ("四期", "4", "期", None)]),
        ("二期工程和一期项目已完工。", []),
    ],
)
def test_counts_now_read(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("要求相关单位在两个月内整改完毕。", [("两个月内", "2", "个月", "at_most")]),
        ("发现的问题须一周内销号。", [("一周内", "1", "周", "at_most")]),
        ("力争用4年内完成全覆盖。", [("4年内", "4", "年", "at_most")]),
        ("須在2個月內報送。", [("2個月內", "2", "个月", "at_most")]),
        ("受处分者2至3年内不得晋升。", [("2至3年内", "2", "年", "at_most")]),
        # 内 starting a word is not "within"
        ("开展3年内部审计轮换。", [("3年", "3", "年", None)]),
        # a frame stays a frame
        ("近3年内新增岗位。", []),
    ],
)
def test_within_a_duration_is_at_most(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # groups named by their number, simplified and traditional
        "县委巡察三组进驻该局。",
        "市委机动巡察一组反馈意见。",
        "區委專項巡察二組收",
        # 点 as a clock time
        "定于下午三点召开会议。",
        # 二期 names a phase, 一方面 is a conjunction
        "二期工程已开工。",
        "一方面压实责任，另一方面健全制度。",
        # the first so many rounds, an ordinal range
        "前五轮共反馈问题。",
        # 一 as the article "a"
        "启动新一轮巡察。",
        "作为当前一项重大政治任务。",
        "当前和今后一个时期的重点。",
        # reduplicated counters and repeated counts
        "一场场宣讲走进村组。",
        "把问题一个症结一个症结地解开。",
        "做到办结一件归档一件。",
        # the session of a congress
        "认真执行市十五届人大二次会议决议。",
        # the three sectors of an economy
        "三次产业结构比为8:40:52。",
        # years of an era, the first months of a year
        "始建于公元前206年。",
        "今年前10个月，全市完成投资。",
    ],
)
def test_names_and_phrases_are_not_figures(text: str) -> None:
    assert [reading for reading in _readings(text) if reading[2] != "%"] == []


def test_counts_listed_across_punctuation_stay_counts() -> None:
    assert _readings("开展一次督查，一次约谈。") == [("一次", "1", "次", None), ("一次", "1", "次", None)]


def test_groups_counted_in_numbers_stay_counts() -> None:
    assert _readings("将参训人员分成三组。") == [("三组", "3", "组", None)]
    assert _readings("每五人一组。") == [("五人", "5", "人", None)]


def test_alternative_counters_take_a_magnitude() -> None:
    # 头 and 只 are read after Arabic digits now, so 万头（只） must be a unit rather than drop the figure
    assert _readings("免疫牲畜36.5万头（只）。") == [("36.5万头（只）", "36.5", "万头（只）", None)]
    assert _readings("更新设备12万台(套)。") == [("12万台(套)", "12", "万台（套）", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会上提出三点指导意见：一是提高站位。", [("三点", "3", "点", None)]),
        ("提出两点初步意见。", [("两点", "2", "点", None)]),
        ("下午三点召开意见征求会。", []),  # a clock time: 召开 is no modifier of the points
        ("晚上8点左右要求到位。", []),
    ],
)
def test_points_counted_with_a_modifier_before_their_word(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("分管领导各管一段，整改只停留在纸面上。", []),  # each minds their own part: an idiom
        ("紧扣反馈问题，再压实一次政治责任。", []),  # 再…一次: once more
        ("再梳理一遍问题清单。", []),
        ("开展一次专项督查。", [("一次", "1", "次", None)]),
        ("再开展1次专项检查。", [("1次", "1", "次", None)]),  # a count in digits stays one
    ],
)
def test_idioms_of_each_and_of_once_more_are_no_counts(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


# --------------------------------------------------------------------------- set G (tests/corpus/observed/6xx)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("按照《关于抓好基层团组织五项重点工作的通知》要求。", [("五项", "5", "项", None)]),
        ("印发《关于某村等3个村党组织整改落实方案》。", [("3个", "3", "个", None)]),
        # a quotation inside the title is still a slogan; a title that is the figure alone names a work
        ("学习《关于落实“三个一批”的意见》和《伍角》。", []),
    ],
)
def test_counts_in_a_document_title_are_figures(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("已有3县4镇通过认定。", [("3县", "3", "县", None), ("4镇", "4", "镇", None)]),
        ("对三镇开展检查。", [("三镇", "3", "镇", None)]),
        ("累计28县次参与。", [("28县次", "28", "县次", None)]),
        ("新规共7章52条。", [("7章", "7", "章", None), ("52条", "52", "条", None)]),
        ("方案分为4大板块。", [("4大板块", "4", "板块", None)]),
        # a count of levels right after the levels it counts
        ("建立省、市(州)、县三级体系。", [("三级", "3", "级", None)]),
        ("市县两级联动。", [("两级", "2", "级", None)]),
        ("村、乡两级可以解决的问题。", [("两级", "2", "级", None)]),
        ("全市村组两级集体收入。", [("两级", "2", "级", None)]),  # 组: a village's 村民小组 (set N 390)
        ("专家组三级评审。", []),  # a team, not a level: 三级 is a grade here
    ],
)
def test_counties_towns_chapters_and_levels_are_counted(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "在县一级统筹推进。",  # one level named, not counted
        "全县二级以上医院。",  # a grade
        "达到三级标准。",
        "县委、镇政府召开会议。",
        "新中国成立75周年。",  # an anniversary is an ordinal
        "工作满5周年。",
        "修订章程。",
    ],
)
def test_levels_grades_and_anniversaries_are_not_counts(text: str) -> None:
    assert _readings(text) == []


def test_a_zero_amount_is_read_and_a_code_is_not() -> None:
    assert _readings("预算数为0万元，实际完成6,417万元。") == [
        ("0万元", "0", "万元", None),
        ("6,417万元", "6417", "万元", None),
    ]
    assert _readings("区号0393，编号000123个。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("增速在全市的位次，分别由去年的 18位、第 9 位上升到今年的 12 位。", []),
        ("排名由18位上升到12位。", []),
        ("排名全市第5位，共有5位同志获奖。", [("5位", "5", "位", None)]),  # people, named after 位
        ("县委明确由12位县领导分别牵头。", [("12位", "12", "位", None)]),
    ],
)
def test_places_in_a_ranking_are_ordinals(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


def test_a_document_sites_page_count_is_no_figure() -> None:
    # a sidebar item alone on its line, the reading widget and a listing's label (sets AR, 1817, 1833, 1816)
    assert _readings("- 约 9页\n- 2021-02-23 发布于四川") == []
    assert _readings("已閱讀4頁,還剩86頁未讀 繼續免費閱讀") == []
    assert _readings("更多相关《工作总结.doc(12页珍藏版)》请在网站上搜索。") == []
    # pages a text counts are figures
    assert _readings("印发学习材料12页。\n全书共300页") == [
        ("12页", "12", "页", None),
        ("300页", "300", "页", None),
    ]


def test_transport_turnover_and_fibre_length_are_units() -> None:
    # statistics bulletins' 人公里, 吨公里 and 芯千米, each a dimension of its own (set AU, 1927, 1937)
    assert _readings("旅客周转量452318万人公里,货物周转量2615740万吨公里,光缆线路331.46万芯千米。") == [
        ("452318万人公里", "452318", "万人公里", None),
        ("2615740万吨公里", "2615740", "万吨公里", None),
        ("331.46万芯千米", "331.46", "万芯千米", None),
    ]


def test_a_bare_magnitude_of_hundreds_of_millions_is_qualified_like_one_of_ten_thousands() -> None:
    # 突破万亿元 as 过万件: more than one 万亿元 (set AU, 1957); 上千亿元 upwards of 1000 亿元
    assert _readings("经济总量突破万亿元,上千亿元项目。") == [
        ("突破万亿元", "1", "万亿元", "more_than"),
        ("上千亿元", "1000", "亿元", "more_than"),
    ]


def test_page_chrome_of_viewers_and_readers_is_no_figure() -> None:
    # a viewer's page counter and a reading-time label in running chrome (set AW, 2024, 2009); a journal's issue
    # numbered within its year (sets AQ and AW, 1780, 2028: 2019年3期, as 第3期 is an ordinal)
    assert _readings("第1页 / 共26页\n下载资源") == []
    assert _readings("预计阅读时长621分钟。会议持续30分钟。") == [("30分钟", "30", "分钟", None)]
    assert _readings("地方治理研究 2019年3期\n举办2期培训班") == [("2期", "2", "期", None)]


def test_provinces_and_municipalities_are_counted_together() -> None:
    # 7省市 (set AX, 2040), a counter of its own; 省市场 is a word
    assert _readings("督察组进驻7省市,7省市场主体。") == [("7省市", "7", "省市", None)]


def test_falling_short_is_nearly() -> None:
    # 未达50%, 未及二成 (set AZ, 2143, 2140), as 不到
    assert _readings("执行率未达50%,未及二成。") == [
        ("未达50%", "50", "%", "nearly"),
        ("未及二成", "2", "成", "nearly"),
    ]


def test_not_exceeding_is_at_most() -> None:
    assert _readings("预算未超10亿元,支出不超5%。") == [
        ("未超10亿元", "10", "亿元", "at_most"),
        ("不超5%", "5", "%", "at_most"),
    ]


def test_a_reading_time_in_the_page_chrome_is_no_figure() -> None:
    assert _readings("本文字数：1086字\n3分钟\n会议持续30分钟。") == [("30分钟", "30", "分钟", None)]
    assert _readings("阅读时间：约5分钟\n正文") == []


def test_an_empty_pair_of_quotes_between_a_number_and_its_unit_is_read_through() -> None:
    assert _readings("完成了104个村、215“”公里的村村通工程。") == [
        ("104个", "104", "个", None),
        ("215“”公里", "215", "公里", None),
    ]
    assert _readings("增长5“十项”。") == []  # a quotation that is not empty still parts them


def test_one_team_before_its_noun_is_the_article() -> None:
    assert _readings("建设一支政治过硬、本领高强的干部队伍。") == []
    assert _readings("组建了3支巡察队伍，仅一支未达标。") == [
        ("3支", "3", "支", None),
        ("一支", "1", "支", None),
    ]


def test_one_work_before_its_noun_is_the_article() -> None:
    # 一部 before the noun it counts is "a" (一部纪录片), as 一支, 一本; a count after a counting word or in
    # Arabic digits stays
    assert _readings("一部纪录片里的家乡 山河壮阔") == []
    assert _readings("制定地方性法规3部，新增一部。") == [("3部", "3", "部", None), ("一部", "1", "部", None)]


def test_a_count_in_double_corner_brackets_is_a_slogan() -> None:
    # 『』 are a traditional page's quotation marks, as 「」 and “”: 『兩個維護』 names a slogan
    assert _readings("以實際行動做到『兩個維護』,把穩『方向盤』。") == []
    assert _readings("做到「两个维护」。") == []
    # a figure outside them stays
    assert _readings("查處『四風』問題12個。") == [("12個", "12", "个", None)]


def test_a_year_after_an_attribute_closing_the_clause_names_the_year() -> None:
    # 的关键一年: the year reported on, as 的一年 (set O 599); a year measured (的短短一年) is a length of time
    assert _readings("2025年也是謀劃『十五五』的關鍵一年,巡察工作責任重大。") == []
    assert _readings("今年是实施规划的重要一年。") == []
    assert _readings("在过去的短短一年,完成改造。") == [("一年", "1", "年", None)]
    assert _readings("历时一年,完成改造。") == [("一年", "1", "年", None)]


def test_the_stretch_an_average_is_taken_over_is_a_duration() -> None:
    # 两年平均增长: a duration standing alone, as the corpus conventions read it (366)
    assert _readings("工业增加值两年平均增长6.1%。") == [
        ("两年", "2", "年", None),
        ("6.1%", "6.1", "%", None),
    ]


def test_the_containers_and_pieces_an_inventory_counts() -> None:
    # 900余箱, 21,468,250股, 2.8万羽 (sets AO, AR, AW: 1718, 1795, 1987): counters after Arabic digits
    assert _readings("养蜂900余箱,收缴名酒12瓶、大米30袋。") == [
        ("900余箱", "900", "箱", "more_than"),
        ("12瓶", "12", "瓶", None),
        ("30袋", "30", "袋", None),
    ]
    assert _readings("涉及股权21,468,250股,放流鱼苗50万尾,候鸟2.8万羽。") == [
        ("21,468,250股", "21468250", "股", None),
        ("50万尾", "50", "万尾", None),
        ("2.8万羽", "2.8", "万羽", None),
    ]
    # after a Chinese numeral they are words, and each starts words of its own after digits too
    assert _readings("落实门前三包,压实一把手责任,鼓足一股劲。") == []
    assert _readings("共2股东、3包括在内、第5瓶颈。") == []


def test_a_bare_magnitude_after_a_word_of_comparison_is_a_number() -> None:
    # 超过百亿, 超百亿, 突破百亿, 近百亿 (set AR: 1820, 1822, 1823): a pure number, as 5万 is
    assert _readings("今年有7所高校预算超过百亿,其中两所超百亿。") == [
        ("7所", "7", "所", None),
        ("超过百亿", "10000000000", None, "more_than"),
        ("两所", "2", "所", None),
        ("超百亿", "10000000000", None, "more_than"),
    ]
    assert _readings("预算突破万亿,近千万群众受益。") == [
        ("突破万亿", "1000000000000", None, "more_than"),
        ("近千万", "10000000", None, "nearly"),
    ]
    # without one it is a word
    assert _readings("千万不要松懈,亿万人民,打造百亿级产业。") == []


def test_a_figure_a_hard_wrap_splits_between_its_number_and_its_unit() -> None:
    # 累计 7524⏎万元, 19.86 亿⏎元, 诉求 41⏎条 (sets AR, AS, AO: 1817, 1283, 1623): a paragraph wrapped at a
    # fixed width breaks a figure's line after its number; the figure is read through the break
    assert _readings(
        "(一)教育投入保障有力。全年我县教育投入累计达到 7524\n万元，其中中央和省市拨付教育资金4637万元。"
    ) == [
        ("7524\n万元", "7524", "万元", None),
        ("4637万元", "4637", "万元", None),
    ]
    assert _readings("按照预期目标，全区2015年财政总收入预期为19.86 亿\r\n元，增长8.5%。") == [
        ("19.86 亿\r\n元", "19.86", "亿元", None),
        ("8.5%", "8.5", "%", None),
    ]
    # a short line ending on a number is a label's value or a caption, and the next line starts anew
    assert _readings("浏览次数：46\n本次巡察反馈问题12个") == [("12个", "12", "个", None)]
    # a number alone on its line may be a page number; 根据 after a wrap is no counter
    assert _readings("12\n项目建设持续推进") == []
    assert _readings("共梳理问题清单，第一批整改任务已完成25\n根据市委统一部署") == []


def test_a_number_alone_on_its_line_inside_a_sentence_is_read_with_the_unit_after_it() -> None:
    # a PDF text layer that sets every figure on a line of its own (set BN: 2697): the number continues the line
    # before, which runs on (no sentence end), and its unit opens the next
    assert _readings("建成绿色高效示范基地\n3\n个。整治抛荒耕地\n18.5\n亩,种植蔬菜\n2450\n亩。") == [
        ("3\n个", "3", "个", None),
        ("18.5\n亩", "18.5", "亩", None),
        ("2450\n亩", "2450", "亩", None),
    ]
    # not after a label's colon, a sentence's end or a blank line (a page number between paragraphs)
    assert _readings("浏览次数:\n46\n次") == []
    assert _readings("工作全面推进。\n12\n项目建设持续推进") == []
    assert _readings("工作全面推进\n\n12\n项目建设持续推进") == []


def test_temperatures_and_the_kilowatt_hour_written_out() -> None:
    # 8.7℃, -26.4℃, 15.6°C-19.7°C, 89.6亿千瓦小时 (sets BC and AB: 2249, 1170)
    assert _readings("年平均气温8.7℃,最低气温-26.4℃;发电量89.6亿千瓦小时。") == [
        ("8.7℃", "8.7", "℃", None),
        ("-26.4℃", "-26.4", "℃", None),
        ("89.6亿千瓦小时", "89.6", "亿千瓦时", None),
    ]
    assert _readings("今日气温15.6°C-19.7°C。") == [("15.6°C-19.7°C", "15.6", "℃", None)]


def test_a_financial_numeral_glued_before_digits_ends_a_word() -> None:
    # 队伍14支, 队伍86批次 (sets AO, BF: 1685, 2374): 伍 is 队伍's; no number mixes financial and Arabic digits
    assert _readings("全市登记备案社会救援队伍14支,出动抢险队伍86批次。") == [
        ("14支", "14", "支", None),
        ("86批次", "86", "批次", None),
    ]
    assert _readings("金额伍佰元整") == [("伍佰元整", "500", "元", None)]


def test_the_parts_a_report_is_divided_into() -> None:
    # 分为六部分, 由8部分组成 (sets AS, BB, BF: 1863, 2202, 2371): a count of parts; 一部分 is "a part of"
    assert _readings("本报告分为六部分,由8部分组成。") == [
        ("六部分", "6", "部分", None),
        ("8部分", "8", "部分", None),
    ]
    assert _readings("一部分干部、一大部分资金,第一部分概述") == []


def test_a_terms_session_is_an_ordinal() -> None:
    # 第二届三次职工(会员)代表大会, 二届一次职工代表大会 (set BF: 2384, 2386): the session of a term, as 一次会议 is
    assert _readings("召开第二届三次职工(会员)代表大会和五届二次职代会。") == []
    assert _readings("开展三次职工培训。") == [("三次", "3", "次", None)]


def test_a_document_sites_file_details_are_chrome() -> None:
    # 页数:8页, 31 页 386.204 KB, 只提供9页预览 (sets BD, BF: 2297, 2390, 2379): the listing's details
    assert _readings("页数:8页\n青柠31 页 386.204 KB下载文档\n本资源只提供9页预览") == []
    assert _readings("全书共320页。") == [("320页", "320", "页", None)]


def test_the_nautical_mile() -> None:
    # 3海里 (set BG: 2428): 1852 m, the example issue 8 gives of a unit the lexicon registers in one place
    assert _readings("在距海岸3海里处") == [("3海里", "3", "海里", None)]


def test_a_decimal_section_number_before_its_heading_is_no_count() -> None:
    # 3.2部门责任, 2.2分阶段量化指标, 1.1 本公司… (sets AJ, AR: 1254, 1767): a section's number opening its line;
    # an average in a sentence and a figure alone are counts
    assert _readings("三、责任体系\n3.1领导责任\n3.2部门责任\n2.2分阶段量化指标\n") == []
    assert _readings("全乡户均3.2人。") == [("3.2人", "3.2", "人", None)]
    assert _readings("3.2万人参加") == [("3.2万人", "3.2", "万人", None)]


def test_a_department_is_a_counter_and_zero_parts_are_parts() -> None:
    # 4部門, 三部门 (sets AB, AL: 1046, 1489); 零部件 is a word, not zero 部 (1705, 1848, 2063, 2239)
    assert _readings("中宣部等4部門聯合督查,三部门联合印发。") == [
        ("4部門", "4", "部门", None),
        ("三部门", "3", "部门", None),
    ]
    assert _readings("汽车零部件产业增长") == []


def test_a_figure_glued_after_a_percent_figure() -> None:
    # 占年度计划的74%109个新建项目 (set AY: 2096): a scraper dropped the comma; a URL's %E5%205%20 stays a code
    assert _readings("占年度计划的74%109个新建项目已开工") == [
        ("74%", "74", "%", None),
        ("109个", "109", "个", None),
    ]
    assert _readings("http://a.cn/%E5%205%20年") == []
    # percent figures glued one after another (set BJ: 2542, 2545): each % closes one
    assert _readings("分别增长4.1%5.1%6.6%,三次产业结构") == [
        ("4.1%", "4.1", "%", None),
        ("5.1%", "5.1", "%", None),
        ("6.6%", "6.6", "%", None),
    ]


def test_a_row_of_percent_figures_set_apart_by_spaces() -> None:
    # 流动性覆盖率 318% 162% 205% (set CG: 3459, a solvency report's table flattened to lines): after a space, a
    # percent sign encodes no URL character (an address holds no space)
    assert _readings("流动性覆盖率 318% 162% 205%") == [
        ("318%", "318", "%", None),
        ("162%", "162", "%", None),
        ("205%", "205", "%", None),
    ]
    assert _readings("http://a.cn/%205%20") == []


def test_a_run_of_glued_percent_figures_is_looked_back_over_a_bounded_window() -> None:
    # (the look back from each figure stops after _PERCENT_RUN characters: linear on a run of any length)
    assert len(_readings("的" + "1%" * 5000 + "的")) < 30


def test_villages_and_units_are_counted() -> None:
    # 等9村, 两村, 38单位 (sets BD, AO: 2281, 656): counters; 东风二村 is a name, 村民 a word
    assert _readings("石门、后塘等9村复垦,督促两村整改,对38单位党组织开展巡察。") == [
        ("9村", "9", "村", None),
        ("两村", "2", "村", None),
        ("38单位", "38", "单位", None),
    ]
    assert _readings("整治东风二村周边问题,3村民小组") == []


def test_trains_models_and_containers_are_counted() -> None:
    # 118.6万标箱, 1240列, 28 多款 (set BM: 2649, 2678); 列入 is a word
    assert _readings("集装箱118.6万标箱,开行班列1240列,组织 28 多款产品,3列入名单") == [
        ("118.6万标箱", "118.6", "万标箱", None),
        ("1240列", "1240", "列", None),
        ("28 多款", "28", "款", "more_than"),
    ]


def test_a_hospitals_and_a_boards_counts() -> None:
    # 1.26万毫升, 锦旗73面, 31例次, 86项次, 11票 (set BI: 2484, 2506, 2512); 面积 and 票据 are words
    assert _readings("献血1.26万毫升,锦旗73面,手术31例次,督导86项次,同意11票,反对0票。") == [
        ("1.26万毫升", "1.26", "万毫升", None),
        ("73面", "73", "面", None),
        ("31例次", "31", "例次", None),
        ("86项次", "86", "项次", None),
        ("11票", "11", "票", None),
        ("0票", "0", "票", None),
    ]
    assert _readings("新增3面积,收到5票据") == []


def test_the_currency_named_between_a_qualifier_and_the_amount() -> None:
    # 约人民币77.61亿元 (set BI: 2514, 2519): the qualifier before 人民币 qualifies the amount
    assert _readings("净利润约人民币77.61亿元,收入人民币170.01亿元。") == [
        ("约人民币77.61亿元", "77.61", "亿元", "about"),
        ("170.01亿元", "170.01", "亿元", None),
    ]


def test_more_kinds_counted_after_da_and_seats_years_and_groups() -> None:
    # 三大难题, 四大原则, 十大热词, 六大内容, 五大要素, 四大片區 (twelfth session: sets CF, CH, CI, CJ, CK): the kinds a
    # text counts as its major ones; 26席 (seats won), 三十餘載 (a literary count of years), 两集团
    assert _readings("破解三大难题,坚持四大原则,盘点十大热词") == [
        ("三大难题", "3", "难题", None),
        ("四大原则", "4", "原则", None),
        ("十大热词", "10", "热词", None),
    ]
    assert _readings("東部省份的鎮占了其中26席,三十餘載,对两集团开展巡视") == [
        ("26席", "26", "席", None),
        ("三十餘載", "30", "载", "more_than"),
        ("两集团", "2", "集团", None),
    ]
    # the words they start are none (一席之地, 满载而归, 载体), nor is a kind after a bare number (3难题)
    assert _readings("占有一席之地,满载而归,三载体,3难题") == []


def test_a_pure_number_ending_in_its_magnitude_takes_a_qualifier_after_it() -> None:
    # 资金 55 万左右, 投资5千万以上的项目, 2000万及以上 (sets CK, CI, BZ: 3627, 3532, 3533, 3100)
    assert _readings("资金 55 万左右,投资5千万以上的项目,2000万及以上") == [
        ("55 万左右", "550000", None, "about"),
        ("5千万以上", "50000000", None, "at_least"),
        ("2000万及以上", "20000000", None, "at_least"),
    ]


def test_carloads_containers_and_a_record_broken() -> None:
    # 17.88萬(wàn)車, 10618.42萬TEU, 打破1000万辆 (set CV: 4070, 4049, 4075; 1402, 1987): carloads after digits,
    # containers in TEU, and 打破 ("breaks") as 突破; 车间, 车辆 … are words
    assert _readings("装车17.88萬(wàn)車,吞吐量10618.42萬TEU,销量打破1000万辆") == [
        ("17.88萬(wàn)車", "17.88", "万车", None),
        ("10618.42萬TEU", "10618.42", "万TEU", None),
        ("打破1000万辆", "1000", "万辆", "more_than"),
    ]
    assert _readings("3车间,全市上下") == []


def test_a_counter_of_times_in_brackets_after_a_space() -> None:
    # 29863件 (次) (set CW: 4111): a space before the bracket leaves the count of times, as 836件(次)
    assert _readings("共受理29863件 (次),办结836件(次)") == [
        ("29863件 (次)", "29863", "件次", None),
        ("836件(次)", "836", "件次", None),
    ]


def test_a_count_of_levels_before_the_system_it_names() -> None:
    # 街、村、屯三级禁烧责任, 三級包保, 四级组织体系, 三级联动机制 (twelfth session: sets CF, CH, CN, CO, CP, CS): the
    # levels of a system counted before it, whatever comes before them; a grade names no such system
    assert _readings("的三级包保,四级组织体系,三级联动机制,推行三級林長制") == [
        ("三级", "3", "级", None),
        ("四级", "4", "级", None),
        ("三级", "3", "级", None),
        ("三級", "3", "级", None),
    ]
    assert _readings("三级医院,一级保护,二级单位,一级审核项目,一级体系") == []
