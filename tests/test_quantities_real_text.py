"""General rules issue 9 (real published text) added to the quantity grammar, each on sentences written here.

Each rule is tested on its own, with the readings tests/corpus/observed/CONVENTIONS.md asks for and, beside
them, the near misses the rule must leave alone.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from _quantity_readings import Reading
from _quantity_readings import readings as _readings
from xuncha import extract_quantities
from xuncha._fold import _GLOSS, gloss_spans, without_glosses

# --------------------------------------------------------------------------- pinyin glosses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全縣財政收入3205萬(wàn)元，同比增長(zhǎng)6%",
            [("3205萬(wàn)元", "3205", "万元", None), ("6%", "6", "%", None)],
        ),
        ("比上年提高1.4個(gè)百分點(diǎn)。", [("1.4個(gè)百分點(diǎn)", "1.4", "个百分点", None)]),
        ("整改期限為(wéi)3個(gè)月左右。", [("3個(gè)月左右", "3", "个月", "about")]),
        ("須在6個(gè)月內(nèi)完成", [("6個(gè)月內(nèi)", "6", "个月", "at_most")]),
        ("會上提出兩點(diǎn)意見", [("兩點(diǎn)", "2", "点", None)]),
        ("收入12萬（wàn）元", [("12萬（wàn）元", "12", "万元", None)]),
        ("投入資金80万(wan4)元", [("80万(wan4)元", "80", "万元", None)]),
        # two glosses in a row, as a converter that ran twice prints them
        ("增加8.16萬(wan)(wan)人", [("8.16萬(wan)(wan)人", "8.16", "万人", None)]),
        # a rate per 100,000 people, in its own unit (not a fraction: 1/10 is one)
        (
            "孕產婦死亡率15.1/10萬,完成1/10",
            [("15.1/10萬", "15.1", "/10万", None), ("1/10", "0.1", None, None)],
        ),
        # the care-of sign ℅ printed for the percent sign
        ("同比增长14℅", [("14℅", "14", "%", None)]),
        # without its tone, as some mirrors print pinyin: a whole syllable
        ("預計完成原煤(mei)1000萬(wan)噸", [("1000萬(wan)噸", "1000", "万吨", None)]),
    ],
)
def test_a_pinyin_gloss_is_read_through(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the denominators of services' prices and sizes: a meal, a registration, a head, a square metre, a class
        (
            "伙食费16元/餐,挂号费8元/号,活鸡3.06元/只,物业费6元/平米,每班48人/班",
            [
                ("16元/餐", "16", "元/餐", None),
                ("8元/号", "8", "元/号", None),
                ("3.06元/只", "3.06", "元/只", None),
                ("6元/平米", "6", "元/平方米", None),
                ("48人/班", "48", "人/班", None),
            ],
        ),
        # 号 after a number alone is a day or a label, no count
        ("3号楼和12号文件", []),
    ],
)
def test_the_denominators_of_prices_and_sizes(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


def test_gloss_spans_point_into_the_text() -> None:
    text = "新增就業(yè)1200人，培訓(xùn)3600人次"
    for quantity in extract_quantities(text):
        assert quantity.span is not None
        assert text[quantity.span.start : quantity.span.end] == quantity.text
    assert [q.text for q in extract_quantities(text)] == ["1200人", "3600人次"]


@pytest.mark.parametrize(
    "text",
    [
        "地區生產總值(GDP)12億元",  # an acronym in brackets
        "全縣(county)人口12萬人",  # an English word without a tone, no syllable of pinyin
        "項目(a)資金",  # a list's letter: a syllable of one letter is no gloss
        "数字(3)",  # not after a Chinese character's gloss: no letters
        "a(wàn)",  # after a Latin letter, not a Chinese character
    ],
)
def test_what_is_not_a_gloss(text: str) -> None:
    assert gloss_spans(text) == []
    assert without_glosses(text) is None


@given(st.text(alphabet="萬個點元a(（)）wànèǎgü12345 ", max_size=30))
@example("(wàn)萬(wàn)(gè)萬（wan4）a(wàn)元(GDP)")
def test_gloss_spans_are_every_gloss_after_a_character(text: str) -> None:
    # gloss_spans finds each bracket with str.find and matches the gloss there: the same spans as a scan of the
    # whole text with the pattern, each after a Chinese character or right after the gloss before it.
    expected: list[tuple[int, int]] = []
    for match in _GLOSS.finditer(text):
        at = match.start()
        if at and ("\u4e00" <= text[at - 1] <= "\u9fff" or (expected and expected[-1][1] == at)):
            expected.append(match.span())
    assert gloss_spans(text) == expected


def test_the_parser_reads_figures_through_glosses() -> None:
    import xuncha

    text = "關於整改情況的通報\n一、整改進展\n收回資金52萬(wàn)元，整改率達(dá)到95%。\n"
    found = list(xuncha.parse_notice(text).iter_quantities())
    assert [(q.text, q.unit) for q in found] == [("52萬(wàn)元", "万元"), ("95%", "%")]
    assert all(q.span is not None and text[q.span.start : q.span.end] == q.text for q in found)


# --------------------------------------------------------------------------- qualifier words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年税收突破8亿元", [("突破8亿元", "8", "亿元", "more_than")]),
        ("园区产值突破千亿元大关", [("突破千亿元", "1000", "亿元", "more_than")]),
        ("游客量突破120万人次", [("突破120万人次", "120", "万人次", "more_than")]),
        ("年销售额过300万元的企业", [("过300万元", "300", "万元", "more_than")]),
        ("覆盖率过60%", [("过60%", "60", "%", "more_than")]),
        ("流转土地过2000亩", [("过2000亩", "2000", "亩", "more_than")]),
        # before a bare magnitude 过 is "over" whatever is counted (set N 385)
        ("审结案件过万件", [("过万件", "1", "万件", "more_than")]),
        ("参与群众过千人", [("过千人", "1000", "人", "more_than")]),
        # and before a number with its magnitude (4067)
        ("实现单月产量过2.6万辆", [("过2.6万辆", "2.6", "万辆", "more_than")]),
    ],
)
def test_breaking_through_and_over_say_more_than(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 过 before a count or a duration is the aspect particle or "after", not "over"
        ("该局曾召开过4次专题会", [("4次", "4", "次", None)]),
        ("他受过两次处分", [("两次", "2", "次", None)]),
        ("过两年再评估", [("两年", "2", "年", None)]),
        # 过 ending another word
        ("通过3个月整治", [("3个月", "3", "个月", None)]),
        ("不过5万元而已", [("5万元", "5", "万元", None)]),
        ("经过6年建设", [("6年", "6", "年", None)]),
        # 突破 with 了 between is a verb with its object
        ("突破了3项关键技术", [("3项", "3", "项", None)]),
    ],
)
def test_over_is_not_a_qualifier_before_counts(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("100萬以上人口的城市", [("100萬以上人", "100", "万人", "at_least")]),
        ("3万以下人口的乡镇12个", [("3万以下人", "3", "万人", "at_most"), ("12个", "12", "个", None)]),
        ("年接待一百万以上人次", [("一百万以上人次", "100", "万人次", "at_least")]),
        ("50万左右人口", [("50万左右人", "50", "万人", "about")]),
    ],
)
def test_a_qualifier_between_the_magnitude_and_the_unit(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no unit after the qualifier: the bare magnitude figure, which takes the qualifier after it (a pure
        # number ending in its magnitude, as 5千万以上 in the observed corpus's 3532)
        ("规模在5万以上的农户", [("5万以上", "50000", None, "at_least")]),
        # 以上 after a unit stays after it
        ("投资10万元以上", [("10万元以上", "10", "万元", "at_least")]),
        # without a magnitude, 以上 does not reach over to a following noun
        ("年满18岁以上人员", [("18岁以上", "18", "岁", "at_least")]),
    ],
)
def test_the_qualifier_between_needs_a_magnitude_and_a_unit(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


# --------------------------------------------------------------------------- the middle dot as a decimal point


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("医疗保健类价格上涨2·4%，", [("2·4%", "2.4", "%", None)]),
        ("粮食产量12·35万吨", [("12·35万吨", "12.35", "万吨", None)]),
        ("增速回落0·6个百分点", [("0·6个百分点", "0.6", "个百分点", None)]),
    ],
)
def test_a_middle_dot_between_digits_is_a_decimal_point(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2016·4·1起施行",  # a date written with middle dots
        "2016·4·1%",  # even with a unit after it, a row of dotted numbers is no figure
        "“5·12”地震",  # a name
        "张·三",  # no digits
    ],
)
def test_a_row_of_dotted_numbers_is_no_figure(text: str) -> None:
    assert extract_quantities(text) == []


def test_the_middle_dot_veto_alone() -> None:
    from xuncha.quantities import refusals

    assert ("4·1", "after a middle dot in a row of numbers") in refusals("2016·4·1%")
    assert refusals("上涨2·4%") == []


# --------------------------------------------------------------------------- counters and numerals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # terms counted after a counting word; the 届 of a congress stays an ordinal
        ("该县連續四屆获评文明城市", [("四屆", "4", "届", None)]),
        ("已蝉联两届冠军", [("两届", "2", "届", None)]),
        ("先后3届当选代表", [("3届", "3", "届", None)]),
        # provinces counted after Arabic digits
        ("督导组赴5省开展调研", [("5省", "5", "省", None)]),
        ("涉及12省(区)分公司", [("12省", "12", "省", None)]),
        ("已有9省份完成", [("9省份", "9", "省", None)]),
        # 廿 and 卅 are twenty and thirty
        ("廿五個部门", [("廿五個", "25", "个", None)]),
        ("卅二人参加", [("卅二人", "32", "人", None)]),
        # an upper-case abbreviation before a figure with a magnitude names what is measured
        ("全县实现GDP26.8亿元", [("26.8亿元", "26.8", "亿元", None)]),
        ("实现GDP 1.2万亿元", [("1.2万亿元", "1.2", "万亿元", None)]),
    ],
)
def test_counters_and_numerals_real_pages_write(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "二十届三中全会召开",  # the 届 of a congress is an ordinal
        "十四届人大常委会",
        "2024届毕业生",
        "省委巡视组",  # 省 starting another word
        "三省吾身",  # after a Chinese numeral 省 is not counted
        "1 省报",  # a newspaper
        "廿卅天",  # two tens side by side: an approximation, digit by digit
        "PM2.5年均浓度",  # letters before a number without a magnitude: a code
        "机型A320台",
        "编号xGDP12万元",  # an abbreviation glued to a lower-case letter: a code
    ],
)
def test_near_misses_of_the_counters(text: str) -> None:
    assert extract_quantities(text) == []


# --------------------------------------------------------------------------- what is not a figure


@pytest.mark.parametrize(
    "text",
    [
        # 一 and a general counter before its noun: the article "a"
        "对一个市直部门和一所中学开展了专项巡察",
        "发现一处排水沟堵塞",
        "建立一套长效机制",
        "这是一组令人振奋的数据",
        # an occurrence counted 一次 in a clause that says what something is
        "这次巡察是对全县工作的一次全面体检",
        "把整改当作一次“政治体检”",
        # years after 的 closing the clause: the year reported on
        "2023年是极不平凡的一年。",
        "过去的一年，全镇经济稳中有进",
        "这是发展最快的五年。",
        # years naming a plan
        "实施三年提升工程",
        "制定五年发展规划",
        "区委办五年工作总结",
    ],
)
def test_articles_years_of_and_plans_are_not_figures(text: str) -> None:
    assert [
        q.text for q in extract_quantities(text) if q.unit in ("个", "所", "处", "套", "组", "次", "年")
    ] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of one after its noun or after a counting word
        ("建成创业园区一个，", [("一个", "1", "个", None)]),
        ("全县仅一家企业达标", [("一家", "1", "家", None)]),
        ("新增一个便民站点", [("一个", "1", "个", None)]),
        ("尚有一项整改任务未完成", [("一项", "1", "项", None)]),
        # people, durations and amounts keep their one
        ("对一名干部给予诫勉", [("一名", "1", "名", None)]),
        ("巡察为期一个月", [("一个月", "1", "个月", None)]),
        # occurrences: a frequency or a plain count
        ("各部门每年开展一次全面检查", [("一次", "1", "次", None)]),
        ("组织一次专题培训，一次集中约谈", [("一次", "1", "次", None), ("一次", "1", "次", None)]),
        # Arabic digits always count
        ("对1个部门开展巡察", [("1个", "1", "个", None)]),
        # years that are not the year of a clause or a plan
        ("用了整整一年时间", [("一年", "1", "年", None)]),
        ("历时五年完成", [("五年", "5", "年", None)]),
        ("建设周期5年，", [("5年", "5", "年", None)]),
    ],
)
def test_counts_of_one_and_durations_stay(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


# --------------------------------------------------------------------------- per-mille points


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "出生率为8.12‰，比上年下降0.45个千分点",
            [("8.12‰", "8.12", "‰", None), ("0.45个千分点", "0.45", "个千分点", None)],
        ),
        ("自然增長率下降1.2個千分點", [("1.2個千分點", "1.2", "个千分点", None)]),
        ("死亡率上升近0.1千分点", [("近0.1千分点", "0.1", "个千分点", "nearly")]),
    ],
)
def test_a_change_of_a_per_mille_rate_is_counted_in_per_mille_points(
    text: str, expected: list[Reading]
) -> None:
    assert _readings(text) == expected


def test_a_per_mille_point_is_a_tenth_of_a_percentage_point() -> None:
    (figure,) = extract_quantities("下降0.45个千分点")
    assert (str(figure.base().value), figure.base().unit) == ("0.045", "个百分点")


# --------------------------------------------------------------------------- electrical capacity, scenes, steps


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("变电容量达到2415.62万千伏安", [("2415.62万千伏安", "2415.62", "万千伏安", None)]),
        (
            "新增配变容量630kVA、无功补偿120kvar",
            [("630kVA", "630", "千伏安", None), ("120kvar", "120", "千乏", None)],
        ),
        ("主变容量2×50MVA", [("50MVA", "50", "兆伏安", None)]),
        ("处理卫星遥感数据231景,调查样方96个", [("231景", "231", "景", None), ("96个", "96", "个", None)]),
        ("分自查、抽查、暗访3步推进", [("3步", "3", "步", None)]),
        ("装备制造、新材料3大产业迈入千亿级", [("3大产业", "3", "产业", None)]),
        ("飞行测量22架次", [("22架次", "22", "架次", None)]),
    ],
)
def test_capacities_scenes_steps_and_major_industries_are_figures(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    "text",
    ["进一步加强,下一步工作,第一步", "燕京八景,5景区", "一二三产业融合发展,第三产业增加值", "物资缺乏"],
)
def test_near_misses_of_scenes_steps_and_industries(text: str) -> None:
    assert extract_quantities(text) == []


# --------------------------------------------------------------------------- a shared unit after 个


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "降幅分别收窄12.4个和12.2个百分点",
            [("12.4个", "12.4", "个百分点", None), ("12.2个百分点", "12.2", "个百分点", None)],
        ),
        (
            "分别提高0.3个、2.8个百分点",
            [("0.3个", "0.3", "个百分点", None), ("2.8个百分点", "2.8", "个百分点", None)],
        ),
        ("延长2个、3个工作日", [("2个", "2", "个工作日", None), ("3个工作日", "3", "个工作日", None)]),
        # 个 is the whole unit of both: a count of problems stays a count
        ("发现3个和5个问题", [("3个", "3", "个", None), ("5个", "5", "个", None)]),
        # not listed with it: 个 stays 个
        ("新建3个,增长2.8个百分点", [("3个", "3", "个", None), ("2.8个百分点", "2.8", "个百分点", None)]),
    ],
)
def test_a_number_with_only_the_ge_of_the_next_items_unit_shares_that_unit(
    text: str, expected: list[Reading]
) -> None:
    assert _readings(text) == expected


# --------------------------------------------------------------------------- names: a numbered team, a cut slogan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("突击检查了市防汛机动抢险二队基地", []),
        ("刑警三队民警", []),
        ("分三队开展检查,两队交叉互查", [("三队", "3", "队", None), ("两队", "2", "队", None)]),
        ("组建3队", [("3队", "3", "队", None)]),
        # an excerpt cut inside a short quotation: its numerals are a slogan's, as in a closed one
        ("以“两个维护”“两个确\n", []),
        ("整改问题3个“两个", [("3个", "3", "个", None)]),
        # a longer quotation, or speech after a colon, cut off still counts
        ("他说:“我们共查处3起", [("3起", "3", "起", None)]),
    ],
)
def test_numbered_teams_and_cut_off_slogans_are_names(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


# --------------------------------------------------------------------------- the sixth session's pages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 两 counts levels wherever it stands; a grade is written 二级 or 一级
        ("某某两级法院司法巡查", [("两级", "2", "级", None)]),
        ("中央和地方兩級巡視形成合力", [("兩級", "2", "级", None)]),
        ("全县二级医院", []),
        ("一级调研员", []),
        # areas whose superscript a page lost (hm² is the hectare)
        (
            "面积9826.40hm2，其中1520 hm2",
            [("9826.40hm2", "9826.4", "公顷", None), ("1520 hm2", "1520", "公顷", None)],
        ),
        ("建筑面积120m2的", [("120m2", "120", "平方米", None)]),
        ("型号M2", []),
        # a time limit in working days
        ("须在30个工作日内办结", [("30个工作日内", "30", "个工作日", "at_most")]),
        # a view counter under any of its labels is page chrome
        ("• 观看:1875 次", []),
        ("组织观看红色电影3次", [("3次", "3", "次", None)]),
        # a count alone in quotation marks names a package of measures; a measure alone there is the figure
        ("出台助企纾困“52条”、稳经济“18条”等政策", []),
        ("完成率达“100%”", [("100%", "100", "%", None)]),
        # verbs each with 一 and the same counter are a method's set phrase, not counts of one
        ("做到整改一个、销号一个、巩固一个。", []),
        ("整改一项销号一项", []),
        ("用时一个月、一个季度", [("一个月", "1", "个月", None), ("一个季度", "1", "个季度", None)]),
    ],
)
def test_traits_of_the_sixth_sessions_pages(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of places closing the list of them, in Chinese numerals too; elsewhere 三方 and 十分 stay words
        ("甲川、乙安、丙洛等五市水利局", [("五市", "5", "市", None)]),
        ("签订三方协议", []),
        ("等十分重要的工作", []),
        # a count of points before 具體要求 (體 is folded like the other traditional characters the grammars read)
        ("提出四點具體要求", [("四點", "4", "点", None)]),
        # 日 counts days after 为期 too, as in a time limit; elsewhere it is a day of the month
        ("开展为期5日左右的统计督察", [("5日左右", "5", "天", "about")]),
        ("于5日召开", []),
        # and after 连续 or 每 (连续14日无新增, 每15日报送); 每月15日 is a day of each month
        ("已连续14日无新增,并每15日报送", [("14日", "14", "天", None), ("15日", "15", "天", None)]),
        ("每月15日报送", []),
        # and before 为限 or 时限, a limit (以3日为限, 取消复查30日时限); a date before them is a deadline's day
        ("每次查核以3日为限,取消复查30日时限", [("3日", "3", "天", None), ("30日", "30", "天", None)]),
        ("以12月30日为限", []),
        # and in a time limit's bracket repeating its last day (30日内(含30日)); a range's last day stays a date
        ("应在30日内(含30日)完成", [("30日内", "30", "天", "at_most"), ("30日", "30", "天", None)]),
        ("3月1日至31日(含31日)", []),
    ],
)
def test_counts_from_set_w(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese count of two or more provinces, cities or counties (三市, 两省) wherever it stands; not one
        # (一市一策), nor the name of a town or a street (五市镇, 三县街道)
        ("三个督察组分别进驻三市", [("三个", "3", "个", None), ("三市", "3", "市", None)]),
        ("两省交界地带", [("两省", "2", "省", None)]),
        ("推行一市一策", []),
        ("五市镇党委", []),
        ("三县街道办事处", []),
    ],
)
def test_counts_of_places_in_chinese_numerals(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # thousands grouped by a space after the word before them, as the national standard allows: one number
        ("共對51 436個單位進行審計", [("51 436個", "51436", "个", None)]),
        (
            "出具審計報告45 017份、專項審計調查報告3 712份",
            [("45 017份", "45017", "份", None), ("3 712份", "3712", "份", None)],
        ),
        ("共计1 234 567 890元", [("1 234 567 890元", "1234567890", "元", None)]),
        # where the grouping cannot be told from two numbers (the start of a text, a fifth group), neither is read
        ("51 436个单位", []),
        ("共计1 234 567 890 123元", []),
        ("共1 234 567 890 123 456元", []),
        ("，1 234 567 890 123元", []),
        # a table's columns, set apart by spaces on both sides, and a year before a count, are read as they stand
        ("机构数 742 806个", [("806个", "806", "个", None)]),
        ("总诊疗 248 269 176 158人次", [("158人次", "158", "人次", None)]),
        ("2023年 9 个", [("9 个", "9", "个", None)]),
    ],
)
def test_digits_grouped_by_a_space_are_never_read_in_part(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people counted before 班子成员 are a count; the leadership bodies named by 个 or 套 are a term
        ("会上,两名班子成员分别宣读", [("两名", "2", "名", None)]),
        ("加强两个班子建设", []),
        ("市级四套班子在家成员", []),
    ],
)
def test_members_of_a_leadership_are_counted_the_bodies_are_named(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline ends on its number: the line after it cannot continue the figure
        (
            "已问责246人罚1.5亿\n\n发布时间:2021-01-29",
            [("246人", "246", "人", None), ("1.5亿", "150000000", None, None)],
        ),
        ("首批督察收官 罚款超1.7亿\n去年7月1日", [("超1.7亿", "170000000", None, "more_than")]),
        # the end of an excerpt, or a line whose next one starts with a unit, may have cut the unit off
        ("共发放奖补资金1276万\n", []),
        ("共发放奖补资金1276万\n元,惠及农户", []),
    ],
)
def test_a_bare_magnitude_at_a_lines_end_is_cut_off_only_where_a_unit_may_follow(
    text: str, expected: list[Reading]
) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year of two or three digits before its month or half is a year, not a count of years
        ("2015年起,16年3月2日召开", []),
        ("日期:105年10月", []),
        ("105年上半年匯兌損失", []),
        # years and months of a duration stay counts
        ("用了5年3个月", [("5年", "5", "年", None), ("3个月", "3", "个月", None)]),
    ],
)
def test_a_short_year_before_its_month_is_no_count_of_years(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 万 that ends the part after a 亿 belongs to the number: read whole, in 元 (never 一亿二千 万元)
        ("结余3亿5000万元", [("3亿5000万元", "350000000", "元", None)]),
        ("一亿二千万元", [("一亿二千万元", "120000000", "元", None)]),
        ("收入405億3,182萬餘元", [("405億3,182萬餘元", "40531820000", "元", "more_than")]),
        ("3万5千元", [("3万5千元", "35000", "元", None)]),
        # a trailing 万 alone moves into the unit, as before
        ("500万元", [("500万元", "500", "万元", None)]),
    ],
)
def test_a_compound_amount_is_read_whole(text: str, expected: list[Reading]) -> None:
    assert _readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hyphenation point between Chinese numerals is their decimal point, as 点 is (never 四% alone)
        ("增長三十一‧四%", [("三十一‧四%", "31.4", "%", None)]),
        ("四百五十二‧三億元", [("四百五十二‧三億元", "452.3", "亿元", None)]),
        ("約翰‧史密斯", []),
    ],
)
def test_a_hyphenation_point_between_chinese_numerals_is_a_decimal_point(
    text: str, expected: list[Reading]
) -> None:
    assert _readings(text) == expected
