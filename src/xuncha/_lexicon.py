"""The unit lexicon: every spelling of every unit and counter, with its factor and the flags the grammars read.

This is the one place a unit is registered. Everything else is derived from it:

- :func:`xuncha.units.get_unit` (the units, their factors, the aliases, the prefixes 万/亿 …);
- the quantity scanner (:mod:`xuncha.quantities`): the alternation of unit spellings that may follow a number,
  the denominators that may follow ``/`` in a rate, the prefixes, the words a spelling starts when another
  character follows it (处理, 台账), the spellings read only after Arabic digits (三方 are three parties).

A spelling the scanner does not read after a number says why in ``not_extracted``; a property test checks that
every other spelling is found by :func:`~xuncha.quantities.extract_quantities` after a number.

Traditional characters and full-width signs are not spelled here: every grammar reads through the one fold in
:mod:`xuncha._fold` (萬畝 is 万亩, ％ is %).

To register a unit, add its factor to :data:`MEASURED` (or its name to :data:`COUNTER_NAMES`) and, when it has
other spellings or flags, a row to :data:`SPELLINGS`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from fractions import Fraction
from typing import Final, TypeVar

import attrs

__all__ = [
    "COUNTER_NAMES",
    "MEASURED",
    "NOT_PREFIXED",
    "PER_100000",
    "PREFIXES",
    "SPELLINGS",
    "Spelling",
    "all_spellings",
    "derived",
    "forget_on_rebuild",
    "rebuild",
]

#: What 点 counts as a counter: the points of a speech, a plan or a lesson (三点意见, 四点要求, 三点具体要求).
_POINTS_OF: Final[tuple[str, ...]] = (
    "意见",
    "要求",
    "建议",
    "整改",
    "具体",
    "希望",
    "体会",
    "做法",
    "经验",
    "共识",
    "措施",
    "启示",
    "看法",
    "打算",
    "工作",
)

#: What may stand between 点 and the word it counts the points of: 三点指导意见, 几点重要要求, 两点初步意见.
_POINT_MODIFIERS: Final[tuple[str, ...]] = (
    "指导",
    "重要",
    "主要",
    "初步",
    "个人",
    "原则",
    "基本",
    "指示",
    "意见",
)

#: The administrative levels a count of levels counts: 省、市、县三级, 市县两级, 县乡村三级, 街道、社区两级, 村组两级
#: (组, a village's 村民小组).
_LEVEL_NAMES: Final[tuple[str, ...]] = ("省", "市", "县", "区", "乡", "镇", "村", "组", "州", "街道", "社区")
#: What a count of levels follows: the last of a list of levels, after 、 or right after another level (县一级
#: and 全县二级医院 name one level or a grade); a bracket closes the other name of a level (市(州)两级).
_AFTER_LEVELS: Final[tuple[str, ...]] = (
    *(before + name for name in _LEVEL_NAMES for before in ("、", *(level[-1] for level in _LEVEL_NAMES))),
    *(name + bracket for name in _LEVEL_NAMES for bracket in ")）"),
)

#: The systems a count of levels names right before it (三级联动机制, 三级包保, 四级组织体系, 三级林长制, 三级复核):
#: a grade (三级医院, 一级保护, 二级单位, 一级审核项目) names none of these, and 一级 is always a grade.
_LEVELLED_SYSTEMS: Final[tuple[str, ...]] = (
    "联动", "包保", "体系", "网格", "组织", "林长", "河长", "湖长", "书记", "联防", "复核", "关爱", "责任",
    "督导", "联席", "管理体系", "风险预警", "禁烧",
)  # fmt: skip

#: The words that count terms of office or sessions rather than name one: 连续三届, 共两届, 已蝉联四届.
_COUNTING_TERMS: Final[tuple[str, ...]] = ("连续", "蝉联", "累计", "先后", "历经", "共", "连任", "任满")

_F = Fraction


@attrs.frozen
class Spelling:
    """One way of writing a unit after a number, and how the grammars treat it.

    ``unit`` is the canonical name the spelling stands for. ``not_extracted`` says why a number followed by
    this spelling is never read as a figure (None: it is read). ``arabic_only``: read only after Arabic digits
    (十分 is "very", 三方 "three parties"). ``denominator``: may follow ``/`` in a rate (元/亩, 次/年).
    ``not_before``: characters that, right after the spelling, show it is the first character of another word
    (处理, 台账, 方案); a spelling in Latin letters is never read before another Latin letter (5min is not 5 米).
    ``needs_magnitude``: read only with 万/亿 before it (1.2亿度 of electricity; a bare 5度
    is a temperature, an angle or a grade). ``needs_qualifier``: read only with a bound before or after it
    (不超过2000字, 300字以内: a limit a rule sets; a bare 8236字 is a page's word count, chrome).
    ``only_before``: when given, read only right before one of these words (三点意见 counts points; 下午三点 is a
    clock time). ``only_after``: when given, read only right after
    one of these words (连续三届 counts terms; 二十届 is the ordinal of a congress), unless the number is one of
    ``counting_numerals``, which count wherever they stand (两级: 两 counts and never ranks, where 二级 is a
    grade). ``modifiers``: words that may stand between the spelling and an ``only_before`` word (三点指导意见).
    ``counts_before``: words right before which the spelling counts even where ``only_after`` does not hold (三级
    联动机制, 四级组织体系: the levels of a system, named before it). ``after_a_decimal``: read after a decimal
    number even where ``only_before`` does not hold (指数为93.46点: an index's points; no clock time has a decimal).
    """

    text: str
    unit: str
    not_extracted: str | None = None
    arabic_only: bool = False
    denominator: bool = False
    not_before: str = ""
    needs_magnitude: bool = False
    needs_qualifier: bool = False
    only_before: tuple[str, ...] = ()
    only_after: tuple[str, ...] = ()
    counting_numerals: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()
    counts_before: tuple[str, ...] = ()
    after_a_decimal: bool = False


#: Measured units by dimension: the dimension's base unit and every unit's exact factor to it.
#: A rate per 100,000 people, as health bulletins write it (15.1/10万): a unit whose spelling starts with the "/"
#: that elsewhere makes a fraction (the fraction grammar, xuncha.quantities._grammar, leaves it to the unit).
PER_100000: Final = "/10万"
MEASURED: Final[dict[str, tuple[str, dict[str, Fraction | int]]]] = {
    "money": ("元", {"元": 1, "角": _F(1, 10)}),
    # Foreign currencies are dimensions of their own: no exchange rate is exact.
    "money:USD": ("美元", {"美元": 1}),
    "money:EUR": ("欧元", {"欧元": 1}),
    "money:HKD": ("港元", {"港元": 1}),
    "money:GBP": ("英镑", {"英镑": 1}),
    # 15 亩 = 1 公顷 exactly
    "area": ("平方米", {"平方米": 1, "平方公里": 10**6, "平方千米": 10**6, "公顷": 10**4, "亩": _F(2000, 3)}),
    # (海里, the nautical mile, 1852 m by definition: 距海岸3海里, as maritime and fishery reports count)
    "length": (
        "米",
        {"米": 1, "公里": 1000, "千米": 1000, "厘米": _F(1, 100), "毫米": _F(1, 1000), "海里": 1852},
    ),
    "mass": (
        "吨",
        {
            "吨": 1,
            "千克": _F(1, 1000),
            "公斤": _F(1, 1000),
            "克": _F(1, 10**6),
            "毫克": _F(1, 10**9),
            "微克": _F(1, 10**12),  # air quality: PM2.5 in 微克/立方米
            "斤": _F(1, 2000),
        },
    ),
    "volume": ("立方米", {"立方米": 1, "升": _F(1, 1000), "毫升": _F(1, 10**6)}),  # (献血1.26万毫升)
    "power": ("千瓦", {"千瓦": 1, "兆瓦": 1000, "瓦": _F(1, 1000)}),
    "energy": ("千瓦时", {"千瓦时": 1}),
    "voltage": ("伏", {"伏": 1, "千伏": 1000}),
    # A transformer's or a grid's capacity (变电容量2415.62万千伏安) is apparent power, in volt-amperes; the
    # compensators' reactive power is counted in var (乏). Neither converts to watts without a power factor.
    "apparent_power": ("千伏安", {"伏安": _F(1, 1000), "千伏安": 1, "兆伏安": 1000}),
    "reactive_power": ("千乏", {"乏": _F(1, 1000), "千乏": 1, "兆乏": 1000}),
    # Noise levels in environmental reports (昼间平均等效声级54.2分贝): a logarithmic scale, so no multiples.
    "sound_level": ("分贝", {"分贝": 1}),
    # Temperatures in weather and environment bulletins (年平均气温8.7℃, 最低气温-26.4℃): a scale with a zero of
    # its own, so no multiples either.
    "temperature": ("℃", {"℃": 1}),
    # A boiler's capacity in steam tons (淘汰35蒸吨以下燃煤锅炉): an output of steam per hour, no mass.
    "steam_capacity": ("蒸吨", {"蒸吨": 1}),
    # A percent is a ratio; per-mille, per-ten-thousand and 成 (tenths) are the same dimension: 5‰ is 0.5%.
    "ratio": ("%", {"%": 1, "‰": _F(1, 10), "‱": _F(1, 100), "成": 10}),
    # Health bulletins give rates per 100,000 people (孕产妇死亡率15.1/10万, 传染病报告发病率263.15/10万): kept in
    # their own unit, as epidemiology writes them, not as a percentage of tiny figures.
    "rate_per_100000": (PER_100000, {PER_100000: 1}),
    # The difference of two percentages is a different quantity from a percentage. Banks count interest-rate
    # moves in basis points (下降28个基点), a hundredth of a percentage point; population bulletins give changes
    # of per-mille rates (出生率) in 千分点, a tenth of a percentage point.
    "percentage_point": ("个百分点", {"个百分点": 1, "个基点": _F(1, 100), "个千分点": _F(1, 10)}),
    "multiple": ("倍", {"倍": 1}),
    # Calendar durations are counted in months (a year is always 12 months, not always 365 days).
    "months": ("个月", {"个月": 1, "年": 12, "个季度": 3}),
    "days": (
        "天",
        {"天": 1, "周": 7, "个星期": 7, "小时": _F(1, 24), "个小时": _F(1, 24), "分钟": _F(1, 1440)},
    ),
    "working_days": ("个工作日", {"个工作日": 1}),
    # The turnover of transport, as statistics bulletins count it (旅客周转量452318万人公里, 货物周转量…万吨公里),
    # and the length of optical cable counted by its fibres (光缆线路长度331.46万芯千米).
    "passenger_distance": ("人公里", {"人公里": 1, "人千米": 1}),
    "freight_distance": ("吨公里", {"吨公里": 1, "吨千米": 1}),
    "fibre_length": ("芯公里", {"芯公里": 1, "芯千米": 1}),
}

# The counters, space-separated. The last, 分, counts points of a score (测评得分 92.6 分); money is counted in
# 元, never in 分.
_COUNTERS_WRITTEN = """
    人 人次 名 家 家次 个 项 次 件 件次 条 宗 场 场次 期 篇 栋 幢 座 部 处 起 批 批次 岁 户 户次 所 辆 台 套 份 张 块
    株 棵 头 只 艘 架 架次 车次 间 位 例 轮 届 支 笔 册 本 门 种 类 级 队 组 班 课时 学时 对 盏 根 趟 遍 封 则 首 幅 集
    卷 页 颗 片 口 眼 餐 桌 床 扇 道 层 节 段 单 宗次 条次 人日 工日 周岁 周年 轮次 期次 班次 台次 艘次 分 点 方面 部分 省 市 省市
    县 镇 县次 章 板块 盒 景 步 产业 问题 领域 任务 专栏 箱 瓶 袋 桶 包 枚 粒 尾 羽 股 顶 把 部门 村 单位 标箱 列 款
    例次 项次 面 票 案 册次 辆次 头只 个位次 行业 基地 战略 工程 特点 方向 挑战 课题 指标 难题 原则 片区 热词 内容
    要素 席 载 集团 车 TEU 个次 组次 剂次 担 字 路 主题 目标 定位 校 县市 县区 区县 市县 省区 台套 号
"""
#: Counters, each a dimension of its own: 人 and 人次 count different things.
COUNTER_NAMES: Final[tuple[str, ...]] = tuple(_COUNTERS_WRITTEN.split())

#: The things a text counts only as its major ones, after 大 (四大基地, 十大行业, 五大挑战; not 分三大门类看, the
#: sectors a bulletin reads its figures by): never after a bare number (3基地 is no count a text writes).
_KINDS_AFTER_DA: Final = (
    "行业", "基地", "战略", "工程", "特点", "方向", "挑战", "课题", "指标", "难题", "原则", "片区", "热词", "内容",
    "要素", "主题", "目标", "定位",
)  # fmt: skip

#: The counters of kinds that 大 (major) or 小 may stand before, between the number and the counter: 5大类, 4大方面,
#: 两大问题, 3小项 (the counter's spelling below says whether it is read without them too).
COUNTED_AFTER_SIZE: Final[dict[str, str]] = {
    "方面": "大", "部分": "大", "问题": "大", "领域": "大", "任务": "大", "专栏": "大", "类": "大小", "项": "大小",
    "批": "大", "板块": "大", "块": "大", "产业": "大",
    **dict.fromkeys(_KINDS_AFTER_DA, "大"),
}  # fmt: skip

#: Prefixes that multiply a registered unit (万元, 亿元, 万亩, 百万吨), longest first where one starts another.
PREFIXES: Final[dict[str, int]] = {
    "十万": 10**5,
    "百万": 10**6,
    "千万": 10**7,
    "万亿": 10**12,
    "万": 10**4,
    "亿": 10**8,
    "千": 1000,
    "百": 100,
}

#: Units no prefix multiplies: 万% and 千倍 are not written as units (百分之 and 千分之 are numbers), nor are the
#: degrees of scales with a zero of their own (℃, 分贝).
NOT_PREFIXED: Final[frozenset[str]] = frozenset(
    {"%", "‰", "个百分点", "个千分点", "倍", "成", "℃", "分贝", PER_100000}
)

_DATE = "after a number it makes a date (12月, 30日, 3季度 is the third quarter)"
_WORD = "after a numeral it is mostly part of a word (一头, 一口气, 一片, 一道, 一对一, 一单, 一扇门, 首次)"

#: Counters read after Arabic digits only (after a Chinese numeral they are mostly words: 一把手, 门前三包,
#: 一股劲), each with the characters after it that make it the start of another word.
_COUNTED_AFTER_DIGITS: Final[dict[str, str]] = {
    # the containers and pieces an inventory counts (收缴名酒12瓶, 养蜂900余箱, 放流鱼苗50万尾, 越冬候鸟2万羽,
    # 涉及股权21,468,250股): 瓶颈, 袋装, 包括, 尾款, 股东, 羽毛, 顶层 …
    "箱": "体式包",
    "瓶": "颈装子",
    "袋": "装子",
    "桶": "装",
    "包": "括含装干保联抓片村户案容",
    "枚": "",
    "粒": "子径",
    "尾": "款矿气声号部巴数端随",
    "羽": "毛绒翼",
    "股": "东份权票市民金室长级本息",
    "顶": "层端峰尖级格住替岗",
    "把": "手关握控好脉",
    # trains and models (开行中欧班列1240列, 28多款电子产品; 集装箱118.6万标箱 counts containers in TEU): 列入, 款项
    "列": "入为出举席车表明队支项示",
    "款": "项式物额子",
    # banners and votes (收到锦旗73面, 同意11票、反对0票): 面积, 面向, 票据 …
    "面": "积向对临上貌孔料子前试谈值容板膜层",
    "票": "据价房务证选面",
    # items of news and circulars, and cases as Taiwan's Control Yuan counts them (通报典型问题18则, 纠正15案):
    # 则 after a Chinese numeral is mostly a word (一则…, 二则…), 案件, 案例 …
    "则": "",
    "案": "件例由情发底卷值子犯头源",
    # seats won (东部省份的镇占了其中26席): 席位, 一席之地 …
    "席": "位子地话卷次",
    # carloads (装车17.88万车, 运走垃圾4车): 车辆, 车间, 车站 … are words
    "车": "辆间站队次位型牌道主身速厢载险务库票程祸门头贷展",
    # wells and ponds, and pigs (打机井12眼, 新建山塘2口, 生猪存栏1528.4万口): 口径, 口岸, 眼镜, 眼光 …
    "口": "径岸号罩子头腔碑袋述味感令诀音",
    "眼": "镜睛光界前下中里神看",
    # the old weight of grain and tea (收购茶叶3420担): 担任, 担当, 担心, 担保 … are words
    "担": "任当心保负忧子纲责起",
    # couples and tables (登记结婚1687对, 接待游客8815桌): 一对一, 对于, 对象 … and 桌面, 桌椅 are words
    # (对 before a body or a person is the preposition: 6 对乡镇税收返还决算表, 3对企业)
    "对": "于应象接比照称待外口话立方标表策账此其症手乡镇县市区省村企社群党干单他她我你这那全各",
    "桌": "面子椅球布上下前",
    # schools as Taiwan's pages count them (註冊率未達6成者14校): 一校一策, “三审三校” are slogans; 校区, 校长 …
    "校": "区园长友医内外级服庆歌训规风务史领对正核验舍车徽",
}

#: Every spelling with something to say: other spellings of a unit, and the flags of canonical names. A unit
#: or counter without a row here is read after a number under its own name, with no flags.
SPELLINGS: Final[tuple[Spelling, ...]] = (
    # money
    Spelling("元", "元", not_before="旦素月宵首"),
    Spelling("人民币", "元"),
    Spelling("元钱", "元"),
    Spelling("块钱", "元"),  # 5块钱 is 5 元 (块 alone counts pieces)
    # 壹拾壹圆整: financial writing (圓 is folded to 元); 圆满, 圆心 are words
    Spelling("圆", "元", not_before="满形心周桌梦点弧柱顶"),
    # 3元5角 is read with 元; alone, 三角 is a triangle and 角色, 角度 are words
    Spelling("角", "角", arabic_only=True, not_before="色度落星形洲楼"),
    Spelling("港币", "港元"),
    Spelling("美金", "美元"),
    Spelling("美圆", "美元"),  # 300美圆: 圆 for 元, as in 壹拾壹圆
    # temperature: the degree sign with C, as pages type it, and the word (摄氏度)
    Spelling("°C", "℃"),
    Spelling("摄氏度", "℃"),
    # area
    Spelling("平方米", "平方米", denominator=True),
    Spelling("平方公里", "平方公里", denominator=True),
    Spelling("公顷", "公顷", denominator=True),
    Spelling("亩", "亩", denominator=True),
    Spelling("m²", "平方米"),
    Spelling("㎡", "平方米", denominator=True),
    Spelling("平方公尺", "平方米"),  # the square metre as Taiwan writes it (公尺, the metre)
    Spelling("平米", "平方米", denominator=True),  # (6元/平米)
    Spelling("平方", "平方米"),
    Spelling("km²", "平方公里"),
    Spelling("hm²", "公顷"),  # the hectare, a square hectometre
    # the same where a page lost the superscript (9826.40hm2, 120m2)
    Spelling("m2", "平方米"),
    Spelling("km2", "平方公里"),
    Spelling("hm2", "公顷"),
    # length
    Spelling("米", "米", denominator=True, not_before="饭粮"),
    Spelling("公里", "公里", denominator=True),
    Spelling("km", "公里"),
    Spelling("公分", "厘米"),  # 身高168公分: the centimetre as it is spoken
    Spelling("公尺", "米"),  # the metre as Taiwan writes it (1562平方公尺, 300公尺)
    Spelling("m", "米"),
    # mass
    Spelling("吨", "吨", denominator=True),
    Spelling("公斤", "公斤", denominator=True),
    Spelling("千克", "千克", denominator=True),
    Spelling("斤", "斤", denominator=True),
    Spelling("克", "克", not_before="服隆拉罗"),  # 克服, 克隆, 克拉玛依, 克罗地亚
    Spelling("kg", "千克"),
    Spelling("t", "吨"),
    # concentrations as environmental reports write them: 35μg/m³, 45mg/L
    Spelling("μg/m³", "微克/立方米"),
    Spelling("μg/m3", "微克/立方米"),
    Spelling("ug/m3", "微克/立方米"),
    Spelling("mg/m³", "毫克/立方米"),
    Spelling("mg/m3", "毫克/立方米"),
    Spelling("mg/L", "毫克/升"),
    Spelling("mg/l", "毫克/升"),
    # volume
    Spelling("立方米", "立方米", denominator=True),
    Spelling("升", "升", denominator=True),
    Spelling("立方", "立方米"),
    # 土方, 混凝土方量: 3000 方 is 3000 立方米; after a Chinese numeral 三方 are three parties
    Spelling("立米", "立方米"),  # 沙石120立米: a stock list's cubic metres
    Spelling("方", "立方米", arabic_only=True, not_before="面案式向法针位便略言圆形阵志舟格块正"),
    Spelling("m³", "立方米"),
    Spelling("㎥", "立方米"),
    # power, energy, voltage
    Spelling("瓦", "瓦", arabic_only=True, not_before="斯片房解"),  # 瓦斯, 瓦片; 三瓦 is not written
    Spelling("千瓦时", "千瓦时", denominator=True),
    # a length limit (字数不超过2000字, 简介300字以内), never a bare count: 全文共8236字 is a document site's chrome;
    # 字号, 字样, 字母 … are words
    Spelling("字", "字", needs_qualifier=True, not_before="号样母体段符幕迹眼句条画据面头形"),
    Spelling("度", "千瓦时", needs_magnitude=True),  # of electricity, and only with a magnitude (1.2亿度)
    Spelling("伏", "伏", arabic_only=True),  # 三伏 are the dog days
    # the Latin symbols grid and energy pages write (10kV线路, 装机5MW); the upper-case K is common in print
    Spelling("kV", "千伏"),
    Spelling("KV", "千伏"),
    Spelling("kW", "千瓦"),
    Spelling("KW", "千瓦"),
    Spelling("MW", "兆瓦"),
    Spelling("千瓦小时", "千瓦时"),  # 发电量89.6亿千瓦小时: the hour written out
    Spelling("千瓦·时", "千瓦时"),
    Spelling("kWh", "千瓦时"),
    Spelling("KWh", "千瓦时"),
    Spelling("kVA", "千伏安"),
    Spelling("KVA", "千伏安"),
    Spelling("MVA", "兆伏安"),
    Spelling("kvar", "千乏"),
    Spelling("Kvar", "千乏"),
    Spelling("Mvar", "兆乏"),
    Spelling("乏", "乏", arabic_only=True),  # 疲乏, 缺乏 are words; a count of var is written in digits
    # ratios
    Spelling("成", "成", not_before="立为员果效绩功交就熟本"),
    Spelling("百分点", "个百分点"),
    Spelling("基点", "个基点"),
    Spelling("千分点", "个千分点"),
    # durations
    Spelling("年", "年", denominator=True, not_before="级"),
    Spelling("月", "个月", not_extracted=_DATE, denominator=True),
    Spelling("个月份", "个月", not_extracted="read as 个月, 份 left outside the figure"),
    Spelling("季度", "个季度", not_extracted=_DATE, denominator=True),
    Spelling("天", "天", denominator=True, not_before="然气"),
    Spelling("日", "天", not_extracted=_DATE + "; 30日内 is read as a time limit", denominator=True),
    Spelling("周", "周", denominator=True, not_before="边末岁年"),
    Spelling("星期", "个星期"),
    # 日最大8小时平均浓度, 24小时滑动平均: the averaging window of an air-quality statistic, not a duration
    Spelling("小时", "小时", denominator=True, not_before="平滑"),
    Spelling("工作日", "个工作日"),
    # counters
    Spelling("人", "人", denominator=True),
    Spelling("人次", "人次", denominator=True),
    Spelling("人（次）", "人次"),
    Spelling("人(次)", "人次"),
    Spelling("人/次", "人次"),
    Spelling("人·次", "人次", denominator=True),
    Spelling("家", "家", denominator=True, not_before="庭属长乡"),
    Spelling("家（次）", "家次"),
    Spelling("家(次)", "家次"),
    Spelling("家/次", "家次"),
    Spelling("户", "户", denominator=True, not_before="籍口外型"),
    Spelling("户（次）", "户次"),
    Spelling("户(次)", "户次"),
    Spelling("件", "件", denominator=True),
    Spelling("件（次）", "件次"),
    Spelling("件(次)", "件次"),
    Spelling("个", "个", denominator=True),
    Spelling("次", "次", denominator=True, not_before="日"),
    Spelling("辆", "辆", denominator=True),
    Spelling("台", "台", denominator=True, not_before="账帐阶湾"),
    Spelling("套", "套", denominator=True),
    Spelling("间", "间", denominator=True, not_before="隔接"),
    Spelling("个学时", "学时"),
    Spelling("个课时", "课时"),
    Spelling("处", "处", not_before="理分置长室级"),
    Spelling("部", "部", not_before="分署长队委门件"),  # 部门 is a counter of its own; 零部件 names parts
    Spelling("所", "所", not_before="有在属以谓"),
    Spelling("门", "门", not_before="店户槛诊"),
    Spelling("名", "名", not_before="单称义额"),
    Spelling("条", "条", not_before="件例款"),
    Spelling("期", "期", not_before="间"),
    Spelling("起", "起", not_before="来"),
    Spelling("位", "位", not_before="于置数"),  # 两位数增长: double digits
    Spelling("本", "本", not_before="级地部土"),
    # 根据, 根本, 根源, 根治 … start a new phrase (a line that wraps after a number may start with one)
    Spelling("根", "根", not_before="据本源治除子深基"),
    Spelling("座", "座", not_before="谈"),
    Spelling("场", "场", not_before="所地景馆"),
    Spelling("批", "批", not_before="准复示评"),
    Spelling("层", "层", not_before="级面"),
    Spelling("节", "节", not_before="约点日能"),
    Spelling("例", "例", not_before="如"),
    Spelling("种", "种", not_before="植类子"),
    Spelling("类", "类", not_before="似别型"),
    Spelling("支", "支", not_before="持付出撑援"),
    Spelling("封", "封", not_before="闭存面"),
    Spelling("幅", "幅", not_before="度"),
    # points of a score after Arabic digits only (十分 is "very"): 分别, 分局, 分公司 … are words
    Spelling(
        "分",
        "分",
        arabic_only=True,
        not_before="别配析类局行公管工期批级解散布享量红成数秒摊担钟之支队会所站社院部区校厂店中为",
    ),
    # the 届 of a congress (二十届, 十四届人大) is an ordinal; after a counting word it counts terms (连续三届)
    Spelling("届", "届", only_after=_COUNTING_TERMS),
    # the groups a force splits into (干警兵分三路, 分6路直扑): elsewhere 6路 is a bus line, 三路 a road's name
    Spelling("路", "路", only_after=("兵分", "分成", "分")),
    Spelling("周年", "周年", not_extracted="an anniversary (成立75周年) is an ordinal, not a count"),
    # a grade or a level (三级, 一级) is no count, except right after the levels it counts (省、市、县三级)
    # (两级法院, 中央和地方两级巡视: 两 counts levels wherever it stands; a grade is written 二级)
    # (and right before a system of levels it counts: 三级联动机制, 三級包保, 四级组织体系, 三级林长)
    Spelling(
        "级", "级", only_after=_AFTER_LEVELS, counting_numerals=("两",), counts_before=_LEVELLED_SYSTEMS
    ),
    # after Arabic digits, livestock (出栏51284头, 存栏82万只); after Chinese numerals mostly words (一头, 只有)
    Spelling(
        "只", "只", arabic_only=True, not_before="有要是能会需得好在见不", denominator=True
    ),  # (3.06元/只)
    Spelling("头", "头", arabic_only=True, not_before="脑条版像部等号"),
    # livestock counted together, head and piece (牲畜存栏1.31亿头只)
    Spelling("头只", "头只", arabic_only=True),
    # places in a ranking (排名提升2个位次, 前移两个位次), written with 个 as 个百分点 is
    Spelling("位次", "个位次"),
    # the points of a speech or a plan: 三点意见, 四点要求 (下午三点 and 9点30分 are clock times)
    Spelling("点", "点", only_before=_POINTS_OF, modifiers=_POINT_MODIFIERS, after_a_decimal=True),
    Spelling("方面", "方面"),
    # the parts a report is divided into (分为六部分, 由8部分组成, 三大部分); 一部分 is "a part of", a set phrase
    # (xuncha.quantities._words)
    Spelling("部分", "部分"),
    # the major kinds a report counts after 大 (两大问题, 四大领域, 五大任务, 六大专栏); N个问题 is counted in 个,
    # and none of these words is a unit after a number alone (三大门类, the statistics' three sectors of industry,
    # is a classification, as 三次产业 is)
    *(
        Spelling(word, word, not_extracted=f"read only after 大 (两大{word}); N个{word} is counted in 个")
        for word in ("问题", "领域", "任务", "专栏")
    ),
    # provinces counted after Arabic digits (涉及7省, 3省(市)), and after Chinese numerals of two or more (两省; see
    # quantities._figure_vetoes._counts_places); 三省 is also a verb (三省吾身), and 省委, 省级, 省长 … start other words
    Spelling("省", "省", arabic_only=True, not_before="委级长直内外会略钱心力时政属部厅域道际城报吾"),
    Spelling("省份", "省", arabic_only=True),  # 涉及6省份
    # provinces and municipalities counted together (中央督察组进驻7省市), a counter of its own; 省市场, 省市委 are words
    Spelling("省市", "省市", arabic_only=True, not_before="场委级长直属政区县"),
    # cities counted as provinces are (粤东4市, 涉及12市, 进驻三市); 市委, 市场 … are words
    Spelling("市", "市", arabic_only=True, not_before="委级长直内外区县州场民政属辖值容貌面局里"),
    # counties and towns counted as provinces are (3县4镇被认定为…, 对三镇末级渠系); 县委, 镇政府 … are words
    Spelling("县", "县", arabic_only=True, not_before="委级长直内外区域城乡镇政属财级府志"),
    Spelling("镇", "镇", not_before="委级长直内外区域政属党府街村江"),
    # villages counted as counties are (石门、后塘等9村, 两村): 村委, 村民, 村级, 村集体 … start other words
    Spelling("村", "村", arabic_only=True, not_before="委民级庄集党干务规组居镇情落寨社两内外里史"),
    Spelling("章", "章", not_before="程节法则"),  # 共7章52条; 章程, 章节 are words
    # the scenes of satellite imagery after Arabic digits (处理卫星遥感数据231景); 八景 and 景区, 景点 … are names
    Spelling("景", "景", arabic_only=True, not_before="区点色观象气致物"),
    # the steps of a plan after Arabic digits (分…3步推进); 进一步, 下一步, 第一步 are words
    Spelling("步", "步", arabic_only=True, not_before="伐骤入"),
    Spelling(
        "产业", "产业", not_extracted="read only after 大 (3大产业, 四大产业); 一二三产业 are the sectors"
    ),
    *(
        Spelling(kind, kind, not_extracted="read only after 大 (四大基地, 十大行业)")
        for kind in _KINDS_AFTER_DA
    ),
    # wafers, panels and tablets counted after Arabic digits (液晶显示屏5987.4万片); 一片 is mostly a word
    Spelling("片", "片", arabic_only=True, not_before="区面段刻"),
    # the counters of things counted after Arabic digits only, each with the words it starts after them too
    *(
        Spelling(name, name, arabic_only=True, not_before=words)
        for name, words in _COUNTED_AFTER_DIGITS.items()
    ),
    *(Spelling(name, name, not_extracted=_WORD) for name in ("集", "首")),
    # years in a literary count (三十余载, 历时十载): 载体, 载入, 载客, 载重 … are words
    Spelling("载", "载", not_before="体入有客重荷运誉道明物具"),
    *(Spelling(name, name, not_extracted=_WORD) for name in ("道", "单", "扇")),
    # Denominators of the prices of services (16元/餐 a meal, 8元/号 a hospital's registration, 48人/班 a class's
    # size): 餐 and 号 are not read as counts after a number (一餐, 3号 a day or a label), 班 is one.
    Spelling("餐", "餐", not_extracted=_WORD, denominator=True),
    Spelling("号", "号", not_extracted=_DATE, denominator=True),
    Spelling("班", "班", denominator=True),
)


def all_spellings() -> Iterator[Spelling]:
    """Every spelling: the rows of :data:`SPELLINGS`, then each unit's and counter's own name without a row."""
    yield from SPELLINGS
    written = {spelling.text for spelling in SPELLINGS}
    for _, units in MEASURED.values():
        yield from (Spelling(name, name) for name in units if name not in written)
    yield from (Spelling(name, name) for name in COUNTER_NAMES if name not in written)


# --------------------------------------------------------------------------- derived tables

_T = TypeVar("_T")
_CLEARERS: list[Callable[[], None]] = []


def derived(build: Callable[[], _T]) -> Callable[[], _T]:
    """Decorate a builder of tables derived from this lexicon: built on first use, cached, rebuilt after
    :func:`rebuild`. Compiling on first use also keeps ``import xuncha`` fast."""
    cached = functools.cache(build)
    _CLEARERS.append(cached.cache_clear)
    return cached


def forget_on_rebuild(clear: Callable[[], None]) -> None:
    """Register another cache (a lookup memo) that :func:`rebuild` must clear."""
    _CLEARERS.append(clear)


def rebuild() -> None:
    """Drop every table derived from the lexicon, so that the next use rebuilds it from the tables above.

    Needed only when the lexicon is changed while the program runs (the worked example in the docs does);
    a unit added to this file is read from the first use on.
    """
    for clear in _CLEARERS:
        clear()
