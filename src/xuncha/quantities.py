"""Figures in running text: a number, its unit, and the words that qualify it, with exact source spans.

>>> [(q.value, q.unit, q.qualifier and q.qualifier.value, q.text) for q in extract_quantities(
...     "已偿还隐性债务 5.6 亿余元，宣讲人员80余名，占比增长近 5 个百分点")]
[(Decimal('5.6'), '亿元', 'more_than', '5.6 亿余元'), (Decimal('80'), '名', 'more_than', '80余名'), (Decimal('5'), '个百分点', 'nearly', '近 5 个百分点')]

How it works: one compiled pattern finds every numeral (it cannot backtrack: everything after the first
character is optional and flat), then each candidate is decided by looking up a bounded window of text around it
in tables (units, counters, qualifier words, words that make a numeral part of a name). Lists ("3.6 和 5.6
个百分点") and ranges ("5-10万元") are joined in a second pass over the candidates. Cost is linear in the input.

What is never a quantity:

- years and dates (2023年, 12月, 1-11 月, 2023.12.25, 90年代, 五年前), clock times, document numbers (〔2023〕12号);
- time frames, the periods a passage reports on (近三年来, 过去三年, 近3年内, 三年来, "近三年，…"): see
  _is_time_frame; durations stay figures (工作近5年, 历时近两年, 提前3个月);
- ordinals (第十二届, 第3名, 一是) and the 届 of a congress (二十届);
- phone numbers, postcodes, e-mail addresses, model names (PM2.5, 5G): a bare number without a unit is not
  extracted, and numbers touching Latin letters or markup are not either;
- Chinese numerals in short quotations (“三个一批”), in 《titles》, in fixed terms (十四五, 三重一大, 一岗双责,
  两个责任, 四张牌, 八项规定), in words (统一, 唯一, 进一步, 一起, 一批) and approximate pairs (三五天).

A bare number is extracted only when it carries a magnitude (80万, 5.6亿) or is a fraction (五分之一, 1/3);
otherwise "12 问题" or "排名第3" give nothing. A range keeps its lower bound in ``value`` and its upper bound in
``upper``; each item of a list that shares one unit is a quantity of its own.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import attrs

from xuncha._fold import fold
from xuncha.errors import NumberError, QuantityError, UnitError
from xuncha.models import Qualifier, Quantity, Span
from xuncha.numerals import fraction_to_decimal, parse_fraction, parse_number
from xuncha.units import COUNTERS, PREFIXES, convert, get_unit

__all__ = ["extract_quantities", "format_quantity", "parse_quantity"]

# --------------------------------------------------------------------------- tables

_ARABIC = "0-9０-９"
_CN_DIGIT = "〇零○一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖廿卅"
_CN_UNIT = "十拾百佰千仟万萬亿億"
_BIG = "万萬亿億"
#: The magnitudes a number may hand over to its unit (500万 + 元 is 500 万元), longest first; 千 only after digits.
_MAGNITUDES = ("万亿", "亿", "億", "万", "萬", "千")
_BIG_SET = frozenset(_BIG)
_BARE_MAGNITUDES = frozenset({"百", "千", "万", "萬", "亿", "億", "百万", "千万", "十万"})

#: Every numeral in one flat pass: digits, Chinese numerals, grouping commas and decimal points that are
#: followed by digits, spaces before 万/亿 ("5.6 亿"), 点 between Chinese digits, and one fraction part.
_RUN = (
    rf"[{_ARABIC}{_CN_DIGIT}{_CN_UNIT}]"
    rf"(?:[{_ARABIC}{_CN_DIGIT}{_CN_UNIT}]"
    rf"|[,，](?=[{_ARABIC}]{{3}}(?![{_ARABIC}]))"
    rf"|,[ ](?=[{_ARABIC}]{{3}}(?![{_ARABIC}]))"  # 1, 234.5 万元: a space slipped in after the comma
    rf"|[.．](?=[{_ARABIC}])"
    rf"|(?<=[{_CN_DIGIT}{_CN_UNIT}])点(?=[{_CN_DIGIT}])"
    rf"|[ \u3000]+(?=[{_BIG}]))*"
)
_CANDIDATE = re.compile(rf"{_RUN}(?:(?:分之|/){_RUN})?")
_HAS_ARABIC = re.compile(rf"[{_ARABIC}]")
_HAS_CN_DIGIT = re.compile(rf"[{_CN_DIGIT}]")
_ALL_CN_DIGITS = re.compile(rf"[{_CN_DIGIT}]{{2,}}")
_ARABIC_ONLY = re.compile(rf"[{_ARABIC}.．,，]+")
_SPACES = " \t\u3000\u00a0"
_SPACES_SET = frozenset(_SPACES)  # unlike a string, it does not hold "" (the slice past the end)

#: Unit spellings that may follow a number. Longer spellings are tried first. 月, 日, 号, 时, 点 are left out
#: on purpose: after a number they make a date, a time or a document number.
_MEASURE_SURFACES = [
    "元",
    "人民币",
    "美元",
    "欧元",
    "港元",
    "港币",
    "美金",
    "英镑",
    "平方米",
    "平方公里",
    "平方千米",
    "平方",
    "平米",
    "公顷",
    "亩",
    "畝",
    "米",
    "公里",
    "千米",
    "厘米",
    "毫米",
    "吨",
    "噸",
    "千克",
    "公斤",
    "毫克",
    "微克",
    "斤",
    "立方米",
    "立方",
    "方",
    "m³",
    # Concentrations as environmental reports write them: 35μg/m³, 45mg/L.
    "μg/m³",
    "μg/m3",
    "ug/m3",
    "mg/m³",
    "mg/m3",
    "mg/L",
    "mg/l",
    "㎥",
    "升",
    "千瓦时",
    "度",
    "千伏",
    "分贝",
    "角",
    "千瓦",
    "兆瓦",
    "%",
    "％",
    "‰",
    "个百分点",
    "個百分點",
    "个百分點",
    "百分点",
    "百分點",
    "个基点",
    "基点",
    "倍",
    "成",
    "个月",
    "個月",
    "年",
    "个季度",
    "天",
    "周",
    "个星期",
    "星期",
    "小时",
    "个小时",
    "分钟",
    "个工作日",
    "工作日",
    "个学时",
    "个课时",
    "m²",
    "㎡",
    "km²",
    "km",
    "kg",
]
_COUNTER_SURFACES = sorted(
    (
        COUNTERS
        - {"届", "级", "只", "头", "口", "眼", "片", "集", "首", "则", "对", "道", "单", "扇", "餐", "桌"}
    )
    | {"部门", "周年", "人（次）", "人(次)", "家（次）", "家(次)", "户（次）", "户(次)", "件（次）", "件(次)"}
    | {"個", "項", "條", "場次", "處", "間", "輛", "臺", "筆", "塊"}
)
_SURFACES = sorted({*_MEASURE_SURFACES, *_COUNTER_SURFACES}, key=len, reverse=True)
_PREFIX = "(?:万亿|十万|百万|千万|万|亿|萬|億|千)"
_UNIT = re.compile(
    rf"(?P<prefix>{_PREFIX})?(?P<unit>{'|'.join(map(re.escape, _SURFACES))})"
    r"(?:/(?P<per>平方米|平方公里|㎡|亩|公顷|人次|人·次|人|户|吨|立方米|升|千瓦时|小时|天|日|年|月|周|季度|个|次|公里|米|公斤|千克|斤|家|辆|台|件|套|间))?"
)
#: Another counter in brackets after a counter: 46台（套）, 12个（件） (人（次） is 人次, a surface of its own).
_ALTERNATIVE_COUNTER = re.compile(r"[（(](\w{1,2})[）)]")
#: 大 (major) between a number and a counter of kinds: 5大类 is five kinds.
_BIG_CLASSES = ("大类", "大项", "大批", "小类", "小项")
#: 日 counts days only in a time limit: 30日内, 15 日以内 (12月30日 is a date).
_DAYS_WITHIN = re.compile(r"日(?=[以之]?内)")
#: "一个多月", "三个余月": the qualifier sits inside the unit.
_INNER_QUALIFIED_UNIT = re.compile(r"[个個](?P<word>[多余餘半])(?P<rest>月|小时|工作日|百分点|季度|星期)")
#: Units after which 多 means "and more" and 半 "and a half": 一年多, 两年半, 1倍多; and 成 (tenths), spoken the
#: same way: 三成多, 三成半.
_DURATION_LIKE = frozenset({"months", "days", "multiple"})
_TENTHS = "成"
#: After 多, these make 多 the start of another word: 5年多次 is "in 5 years, many times".
_NOT_AFTER_DUO = set("次个项家人名件条种样方元处起批位")

#: Characters that, right after a unit, show it is the first character of another word (所有, 处理, 台账 …).
_NOT_A_UNIT_BEFORE: dict[str, str] = {
    "处": "理分置长室级",
    "部": "分署长队委",
    "台": "账帐阶湾",
    "所": "有在属以谓",
    "户": "籍口外型",
    "门": "店户槛诊",
    "成": "立为员果效绩功交就熟本",
    "名": "单称义额",
    "家": "庭属长乡",
    "条": "件例款",
    "期": "间",
    "次": "日",
    "周": "边末岁",
    "起": "来",
    "间": "隔接",
    "位": "于置",
    "本": "级地部土",
    "元": "旦素月宵首",
    "米": "饭粮",
    "天": "然气",
    # 日最大8小时平均浓度, 24小时滑动平均: the averaging window of an air-quality statistic, not a duration.
    "小时": "平滑",
    "年": "级",
    "座": "谈",
    "场": "所地景馆",
    "批": "准复示评",
    "层": "级面",
    "节": "约点日能",
    "例": "如",
    "种": "植类子",
    "类": "似别型",
    "支": "持付出撑援",
    "封": "闭存面",
    "幅": "度",
    "角": "色度落星形洲楼",
    # 方 is 立方米 after Arabic digits only (三方 are three parties): 方面, 方案, 方式 … are words.
    "方": "面案式向法针位便略言圆形阵志舟格块正",
    # 分 counts points of a score after Arabic digits only (十分 is "very"): 分别, 分局, 分公司 … are words.
    "分": "别配析类局行公管工期批级解散布享量红成数秒摊担钟之支队会所站社院部区校厂店中为",
}
#: Units that are words after a Chinese numeral: 三方 (three parties), 十分 (very), 一分为二.
_ARABIC_ONLY_UNITS = frozenset({"方", "万方", "分", "角"})
#: 3元5角, 12元3角5分: the 角 and 分 after 元 belong to the amount.
_JIAO_FEN = re.compile(r"([0-9])角(?:([0-9])分)?|([一二两三四五六七八九])角(?:([一二三四五六七八九])分)?")
#: A currency named after the amount belongs to it: 5万元人民币 is 5 万元 (the unit stays 万元).
_TRAILING_CURRENCY = "人民币"

#: Qualifiers written before the number, longest first.
_PRE_QUALIFIERS: dict[str, Qualifier] = {
    "不少于": Qualifier.AT_LEAST,
    "不低于": Qualifier.AT_LEAST,
    "不超过": Qualifier.AT_MOST,
    "不高于": Qualifier.AT_MOST,
    "不多于": Qualifier.AT_MOST,
    "将近": Qualifier.NEARLY,
    "接近": Qualifier.NEARLY,
    "不足": Qualifier.NEARLY,
    "不到": Qualifier.NEARLY,
    "大约": Qualifier.ABOUT,
    "约为": Qualifier.ABOUT,
    "大概": Qualifier.ABOUT,
    "超过": Qualifier.MORE_THAN,
    "多于": Qualifier.MORE_THAN,
    "高于": Qualifier.MORE_THAN,
    "大于": Qualifier.MORE_THAN,
    "低于": Qualifier.NEARLY,
    "小于": Qualifier.NEARLY,
    "少于": Qualifier.NEARLY,
    "最低": Qualifier.AT_LEAST,
    "至少": Qualifier.AT_LEAST,
    "最少": Qualifier.AT_LEAST,
    "最高": Qualifier.AT_MOST,
    "至多": Qualifier.AT_MOST,
    "最多": Qualifier.AT_MOST,
    "近": Qualifier.NEARLY,
    "约": Qualifier.ABOUT,
    "超": Qualifier.MORE_THAN,
    "逾": Qualifier.MORE_THAN,
    # Signs, as tables and targets write them: 拨备覆盖率≥150%, 不良率≤1.5%.
    "≥": Qualifier.AT_LEAST,
    "≧": Qualifier.AT_LEAST,
    "≤": Qualifier.AT_MOST,
    "≦": Qualifier.AT_MOST,
}
_PRE_QUALIFIER_ENDS = frozenset(word[-1] for word in _PRE_QUALIFIERS)
#: A one-character qualifier is part of a word after these characters: 最近, 附近, 节约, 制约, 赶超.
_PRE_QUALIFIER_WORDS: dict[str, str] = {
    "近": "最附临邻靠亲贴就将接",
    "约": "节制签预违公条契邀履简大",
    "超": "赶高",
}
#: Qualifiers between the number and its unit: 80余名, 500余万元, 5.6 亿余元, 100多人, 十几个.
_INNER_QUALIFIERS: dict[str, Qualifier] = {
    "余": Qualifier.MORE_THAN,
    "餘": Qualifier.MORE_THAN,
    "多": Qualifier.MORE_THAN,
    "几": Qualifier.MORE_THAN,
}
#: Qualifiers after the unit, longest first.
_POST_QUALIFIERS: dict[str, Qualifier] = {
    "及以上": Qualifier.AT_LEAST,
    "及以下": Qualifier.AT_MOST,
    "以上": Qualifier.AT_LEAST,
    "以下": Qualifier.AT_MOST,
    "以内": Qualifier.AT_MOST,
    "之内": Qualifier.AT_MOST,
    "左右": Qualifier.ABOUT,
    "有余": Qualifier.MORE_THAN,
}
_POST_QUALIFIER = re.compile("|".join(_POST_QUALIFIERS))

#: Time frames: 近三年来, 过去三年, 近3年内, 今后五年 name a stretch of time to report on ("the past three years",
#: a period that :func:`xuncha.dates.extract_periods` reads), not a figure. Words that always make one:
_FRAME_WORDS = ("最近", "过去", "今后", "未来", "这")
#: After any duration, 来 and 以来 make a frame too: 三年来, 10 余年来, 两年多来 ("over the past … years").
_SINCE_SUFFIXES = ("以来", "来")
#: 来 starting another word: 3年来自 …, 来源, 来信来访.
_NOT_SINCE_AFTER_LAI = "自源信访电往料说"
#: 近 and 前 make one when a suffix says so (近两年来, 近3年内, 近三年间) or they open a clause (近三年，…;
#: 前三年完成 …; after a preposition: 对近三年的 …); otherwise 工作近5年, 历时近两年, 长达近三年 are durations.
_FRAME_SUFFIXES = ("以来", "来", "内", "间", "中", "里")
#: … or when the words after them report what happened in that time: 该市近两年连续排名…, 近三年累计投入….
_FRAME_FOLLOWERS = (
    "累计",
    "共",
    "先后",
    "连续",
    "陆续",
    "相继",
    "每年",
    "年均",
    "平均",
    "全市",
    "全省",
    "全县",
    "全区",
    "全国",
)
_CLAUSE_OPENERS = frozenset("，,。；;：:、（(\n\r\t 　在对从自于据")
#: 前 after these is part of a word: 提前3个月 (ahead of time by three months), 之前, 以前, 目前, 此前.
_NOT_FRAME_BEFORE_QIAN = frozenset("提之以此目当空超向事")
_FRAME_DIMENSIONS = frozenset({"months", "days"})
#: After a duration, 前 and 以前 make it a time point: 五年前, 3个月以前.
_AGO = ("前", "以前")

#: Rates: 亩均税收 6.59 万元 is 万元/亩. The denominators, as written before 均.
_RATE_BASES = {"亩": "亩", "畝": "亩", "人": "人", "户": "户", "日": "天", "月": "月", "年": "年"}
#: 均 before these is another word: 均衡, 均匀, 均等.
_NOT_RATE_AFTER_JUN = "衡匀等"
#: Only measured amounts become rates: in 亩均效益评价企业 120 家 the 120 are firms, not firms per 亩.
_RATE_DIMENSIONS = frozenset({"money", "area", "length", "mass", "volume", "power", "energy"})

#: 一 right after one of these is part of a word: 统一, 唯一, 进一步, 之一, 每一, 另一, 其一.
_WORD_BEFORE_ONE = set("统唯进逐同单专之合划归每任某另这那哪其万上下")
#: Any Chinese numeral right after these is part of a word or a date: 再三, 数十, 几十, 初三. (期 only in
#: 星期三: 为期三天 and 延期两年 are durations. 周三 and 周一至周五 have no unit, so they fall out anyway, and
#: 每周一次 is a count.)
_WORD_BEFORE_CN = set("再又初数几第")
#: Place and brand names that begin with a numeral and a counter: 三门峡, 七台河.
_PLACE_NAMES = ("三门峡", "七台河", "五家渠", "三棵树", "十堰", "九台", "四平", "三亚", "万宁")
#: Numeral + counter pairs that are words, not counts: 一起 (together), 一道, 一批 (a batch of) ….
_CN_IDIOMS = (
    "二次",
    # 一类疫苗, 二类资产, 一类水体: class names (two kinds are counted 两类, and 三类问题 counts kinds)
    "一类",
    "二类",
    "一起",
    "一道",
    "一块",
    "一批",
    "一门",
    "一层",
    "一头",
    "一把",
    "一间",
    "一种",
    "一番",
    "一次性",
    "一条龙",
)
#: A counted noun that turns numeral + counter into a fixed political term: 两个责任, 四个意识, 四张牌, 八项规定.
_SLOGAN_HEADS = (
    "意识",
    "自信",
    "维护",
    "确立",
    "责任",
    "全面",
    "务必",
    "伟大",
    "必须",
    "坚持",
    "牌",
    "区分",
    "蓝图",
    "规定",
    "形态",
    "代表",
    "不摘",
    "统筹",
    "结合",
    "机制",
    "转变",
    "带头",
    "表率",
    "明确",
    "确保",
    "规划",
    "服务",
    "毫不",
    "振兴",
    "独大",
    "产业",
    "行动",
    "攻坚",
    "有之",
    "班子",
)
#: Heads that are also plain words make a term only after the counters of such terms: 四个全面 is a term,
#: 两次全面检查 and 三年全面完成 are counts.
_SLOGAN_COUNTERS = frozenset({"个", "项", "张", "种", "条", "大", "位"})
_PLAIN_HEADS = ("全面", "服务", "机制", "产业", "确保", "明确", "结合", "坚持", "必须", "带头", "统筹")
_RANGE_SEPARATORS = {"-", "－", "—", "——", "–", "~", "～", "〜", "至", "到"}
_LIST_SEPARATORS = {"、", "和", "与", "及", "或", "以及"}
#: The verb between the old and the new figure of a change: 人均收入由2300元提高到9860元 (both per person).
_CHANGED_TO = re.compile(
    r"(?:提高|提升|增加|增长|上升|上涨|下降|降低|减少|缩短|延长|调整|扩大|压缩|[增降升减调])(?:到|至|为)"
)
_SEPARATOR_STARTS = {word[0] for word in _RANGE_SEPARATORS | _LIST_SEPARATORS}
_RANGE_STARTS = frozenset(word[0] for word in _RANGE_SEPARATORS)
#: The widest gap a range separator fills, spaces around it included ("5 —— 10").
_LONGEST_GAP = 8
#: The characters that may follow a figure's number (spaces skipped): the first characters of units, of the
#: magnitudes before units, of the qualifiers between number and unit, and of list and range separators.
_MAY_FOLLOW = frozenset(
    {surface[0] for surface in _SURFACES}
    | set("万亿萬億十百千个個日大")
    | set(_INNER_QUALIFIERS)
    | _SEPARATOR_STARTS
)
#: Set phrases with a numeral and a counter inside that count nothing (五花八门, 三番五次, 一本正经) and the
#: management catchwords built the same way (一张图, 一本账): read like quotations.
_SET_PHRASES = (
    "五花八门",
    "三番五次",
    "四面八方",
    "七上八下",
    "一五一十",
    "三天两头",
    "一本正经",
    "一条心",
    "一张网",
    "一张图",
    "一张表",
    "一本账",
    "一成不变",
    # service-reform catchwords
    "最多跑一次",
    "一次办好",
    "一件事一次办",
)
#: Quoted runs (slogans), 《titles》 and set phrases: numerals inside are names, not figures.
_QUOTED = re.compile(
    r"“[^“”\n]{1,20}”|\"[^\"\n]{1,20}\"|「[^「」\n]{1,20}」|‘[^‘’\n]{1,20}’|《[^《》\n]{1,80}》|"
    + "|".join(_SET_PHRASES)
)
_LONGEST_NUMERAL = 40
# --------------------------------------------------------------------------- candidates


@attrs.define
class _Atom:
    """One numeral found in the text, decided: where it stands, its value in its unit, and its words."""

    start: int  # first character, qualifier or rate words included
    end: int  # one past the last character, unit and qualifiers included
    number_end: int
    value: Decimal  # in ``unit`` (exact unless the number is a fraction such as 三分之一)
    unit: str | None
    unit_factor: Fraction  # the 万/亿 moved from the number into the unit (1 when none)
    qualifier: Qualifier | None
    qualifier_text: str | None
    chinese: bool = False
    keep_bare: bool = False  # a bare number worth reporting (80万, 五分之一)
    poison: bool = False  # a year, a date or an ordinal: its list or range partners are not figures either
    ordinal: bool = False  # 第一: the numbers listed after it are ordinals too
    written_big: bool = False  # the number was written with 万/亿 (5万 in 5万-10万元)
    pre_qualified: bool = False  # the qualifier stands before the number: 约 in 约30%～40% bounds the range


def _skip_spaces(text: str, index: int, limit: int) -> int:
    while index < limit and text[index] in _SPACES:  # callers in hot paths test the first character inline
        index += 1
    return index


def _skip_spaces_back(text: str, index: int) -> int:
    while index > 0 and text[index - 1] in _SPACES:
        index -= 1
    return index


def _pre_qualifier(text: str, start: int) -> tuple[int, Qualifier | None, str | None]:
    before = _skip_spaces_back(text, start)
    if before == 0 or text[before - 1] not in _PRE_QUALIFIER_ENDS:
        return start, None, None  # most figures have none: one look at the last character decides
    for length in (3, 2, 1):
        at = before - length
        qualifier = _PRE_QUALIFIERS.get(text[at:before]) if at >= 0 else None
        if qualifier is None:
            continue
        word = text[at:before]
        if length == 1 and at > 0 and text[at - 1] in _PRE_QUALIFIER_WORDS.get(word, ""):
            continue
        return at, qualifier, word
    return start, None, None


def _rate_start(text: str, start: int) -> tuple[int, str | None]:
    """Find 亩均/人均/户均/日均 among the few words before a figure: 亩均税收 6.59 万元."""
    index = _skip_spaces_back(text, start)
    floor = max(0, index - 12)
    if "均" not in text[floor:index]:
        return start, None
    while index > floor:
        ch = text[index - 1]
        if (
            ch == "均"
            and index >= 2
            and text[index - 2] in _RATE_BASES
            and text[index : index + 1] not in _NOT_RATE_AFTER_JUN
        ):
            return index - 2, _RATE_BASES[text[index - 2]]
        if not "\u4e00" <= ch <= "\u9fff":
            break
        index -= 1
    return start, None


def _split_magnitude(run: str, unit_follows: bool) -> tuple[str, str]:
    """Move a trailing 万/亿 (and 千 after Arabic digits) from the number into the unit: 500万 + 元 is 500 万元."""
    if not unit_follows or run[-1] not in "万萬亿億千":  # the run never ends in a space
        return run, ""
    for prefix in _MAGNITUDES[:-1]:
        if run.endswith(prefix):
            head = run[: -len(prefix)].rstrip(_SPACES)
            if head and head[-1] not in _BIG:
                return head, prefix
    if run.endswith("千") and _ARABIC_ONLY.fullmatch(run[:-1] or "x"):
        return run[:-1], "千"
    return run, ""


def _is_poison_year(run: str, unit: str | None, text: str, after: int) -> bool:
    if unit != "年":
        return False
    if len(run) == 4 and run.isdigit():  # the text is folded: full-width digits are ASCII already
        return True
    return text.startswith(("度", "底", "初", "末", "代"), after)  # 2023年度, 90年代


def _is_time_frame(text: str, start: int, end: int) -> bool:
    """近三年来, 过去三年, 前三年 …: a duration that names the period reported on (see _FRAME_WORDS)."""
    after = _skip_spaces(text, end, len(text))
    if text.startswith(_SINCE_SUFFIXES, after):
        lai = after + (2 if text.startswith("以来", after) else 1)
        if lai == after + 2 or lai == len(text) or text[lai] not in _NOT_SINCE_AFTER_LAI:
            return True
    before = _skip_spaces_back(text, start)
    if before == 0:
        return False
    if text.endswith(_FRAME_WORDS, 0, before):
        return True
    word = text[before - 1]
    if word not in "近前":
        return False
    opener_at = before - 1
    if text.endswith(_FRAME_WORDS, 0, opener_at):
        return True  # 过去近三年
    if opener_at > 0:
        previous = text[opener_at - 1]
        if word == "前" and previous in _NOT_FRAME_BEFORE_QIAN:
            return False
        if word == "近" and previous in _PRE_QUALIFIER_WORDS["近"]:
            return False  # 将近, 接近 (nearly); 最近 is a frame word of its own
    if text.startswith(_FRAME_SUFFIXES, after) or text.startswith(_FRAME_FOLLOWERS, after):
        return True
    if opener_at == 0:
        # 近三年，… opens the text; 近三年 alone is the figure "nearly three years" (parse_quantity("近三年")).
        return _skip_spaces(text, end, len(text)) < len(text)
    return text[opener_at - 1] in _CLAUSE_OPENERS


def _in_spans(starts: list[int], ends: list[int], position: int) -> bool:
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < ends[index]


@attrs.define
class _UnitReading:
    """What follows a number: its unit as written (None for none), where it ends, and a qualifier inside it."""

    unit_text: str | None
    end: int
    qualifier: Qualifier | None = None
    qualifier_text: str | None = None
    half: bool = False  # 一个半月: and a half


def _not_a_figure_here(
    text: str,
    run: str,
    start: int,
    number_end: int,
    previous: str,
    quoted: tuple[list[int], list[int]],
    has_arabic: bool,
) -> bool:
    """Context that makes a numeral part of something else: a code, a model name, a word, a quotation.

    ``has_arabic``: whether ``run`` holds an Arabic digit (the caller knows already).
    """
    # Model names, markup, e-mail: PM2.5, <sub>2.5, abc123@.
    if previous and previous.isascii() and (previous in "@>_#/\\." or (previous.isalpha() and has_arabic)):
        return True  # PM2.5, <sub>2, abc123@ (A、B两个标段 counts: Chinese numerals are never in codes)
    if text.startswith(_PLACE_NAMES, start):
        return True
    after_number = text[number_end : number_end + 1]
    if (
        after_number.isascii()
        and after_number.isalpha()
        and not text.startswith(("km", "kg", "m²", "mg/", "ug/"), number_end)
    ):
        return True
    if has_arabic:
        if run[0] in "0０" and len(run) > 1 and run[1] not in ".．":
            return True  # 0393, 000123: codes, not amounts
        return (
            _in_spans(*quoted, start) and text[quoted[0][bisect.bisect_right(quoted[0], start) - 1]] == "《"
        )
    if _ALL_CN_DIGITS.fullmatch(run) and "分之" not in run:
        return True  # 二〇二三 is a year, 三五 an approximation
    if not (
        _HAS_CN_DIGIT.search(run)
        or run == "十"
        or "分之" in run
        or _has_big(run)
        or _counts_bare_unit(text, run, start, number_end)
    ):
        return True  # 百年, 千家: words; 百万吨, 十年 and 百余人 are figures (a unit is required later)
    if start > 0 and (
        text[start - 1] in _WORD_BEFORE_CN
        or (run[0] == "一" and text[start - 1] in _WORD_BEFORE_ONE)
        or (start >= 2 and text.startswith("星期", start - 2))
    ):
        return True
    return _in_spans(*quoted, start)


def _counts_bare_unit(text: str, run: str, start: int, number_end: int) -> bool:
    """百余人, 千余家, 万余元, 近万人, 逾千万元: a bare 百, 千, 万 or 亿 counts once when a qualifier says how
    near the figure is (余/多 after it, 近/约/超/逾 … before it)."""
    if run not in _BARE_MAGNITUDES:
        return False
    return (
        text[number_end : number_end + 1] in ("余", "多", "餘")
        or _pre_qualifier(text, start)[1] is not None
        or _up_to(text, start)
    )


#: 上 before it is part of another word: 以上, 线上, 马上 ….
_NOT_SHANG_AFTER = frozenset("以之线网马早晚加向在北南楼山")


def _up_to(text: str, start: int) -> bool:
    """上千人, 上百家, 上万元: 上 before a bare magnitude says "upwards of" (more than)."""
    return (
        start > 0
        and text[start - 1] == "上"
        and (start == 1 or text[start - 2] not in _NOT_SHANG_AFTER)
        and text[start : start + 1] in "百千万亿"
    )


def _read_unit(text: str, source: str, number_end: int) -> _UnitReading:
    """The unit after a number, with 余/多 between them (80余名, 5.6 亿余元) or inside it (一个多月)."""
    position = number_end
    if text[position : position + 1] in _SPACES_SET:
        position = _skip_spaces(text, number_end, len(text))
    inner = _INNER_QUALIFIED_UNIT.match(text, position) if text[position : position + 1] in "个個" else None
    if inner is not None:
        unit_text = "个" + inner.group("rest")
        if inner.group("word") == "半":
            return _UnitReading(unit_text, inner.end(), half=True)
        word = source[inner.start("word") : inner.end("word")]
        return _UnitReading(unit_text, inner.end(), _INNER_QUALIFIERS[inner.group("word")], word)
    unit_at = position
    if position < len(text) and text[position] in _INNER_QUALIFIERS:
        unit_at = _skip_spaces(text, position + 1, len(text))
    elif text.startswith(_BIG_CLASSES, position):
        # 5大类 22项: 大 (major) before a counter of kinds counts the kinds.
        return _UnitReading(text[position + 1], position + 2)
    unit_match = _UNIT.match(text, unit_at)
    if unit_match is None:
        if _DAYS_WITHIN.match(text, unit_at) is not None:
            return _UnitReading("日", unit_at + 1)  # 30日内: a time limit (after a month it is a date)
        return _UnitReading(None, number_end)
    following = text[unit_match.end() : unit_match.end() + 1]
    if following and following in _NOT_A_UNIT_BEFORE.get(unit_match.group("unit"), ""):
        return _UnitReading(None, number_end)
    unit_text = unit_match.group()
    unit_end = unit_match.end()
    if unit_text in COUNTERS and text[unit_end : unit_end + 1] in "（(":
        alternative = _ALTERNATIVE_COUNTER.match(text, unit_end)
        if alternative is not None and alternative.group(1) in COUNTERS:
            unit_text, unit_end = f"{unit_text}（{alternative.group(1)}）", alternative.end()
    if unit_match.group("per") is not None:
        unit_text = f"{unit_match.group('prefix') or ''}{unit_match.group('unit')}/{unit_match.group('per')}"
    if unit_at == position:
        return _UnitReading(unit_text, unit_end)
    return _UnitReading(unit_text, unit_end, _INNER_QUALIFIERS[text[position]], source[position])


#: Counters of people and households: 五人一组 and 三户一档 count people, then say "to a group".
_PEOPLE_COUNTERS = frozenset({"人", "名", "户", "家"})  # not 位: 五位一体 is a term


def _is_a_name(text: str, run: str, start: int, unit_text: str, unit_end: int) -> bool:
    """A Chinese numeral and counter that name something rather than count it: 三个一批, 两个责任, 一次性."""
    following = text[unit_end : unit_end + 1]
    if run == "一" and following == "不":
        return True  # 一个不落, 一户不漏, 一项不少: "not a single one", an idiom
    if following == "一" and unit_text in _PEOPLE_COUNTERS and run != "一":
        return False  # 五人一组, 两人一岗: so many to each group, a count (一户一档 is a catchword)
    return bool(
        (following and (following in _CN_DIGIT or following in _CN_UNIT or following == "双"))
        or text.startswith(_CN_IDIOMS, start)
        or (
            text.startswith(_SLOGAN_HEADS, unit_end)
            and (unit_text in _SLOGAN_COUNTERS or not text.startswith(_PLAIN_HEADS, unit_end))
        )
        or following in ("性", "化")  # 一次性, 一元化
        or unit_text == "期"  # 一期, 二期: the phases of a project, not a count
        or _repeats(text, start, run + unit_text)
    )


def _decide(
    text: str, source: str, match: re.Match[str], quoted: tuple[list[int], list[int]]
) -> _Atom | None:
    """Turn a numeral found in the text into an atom, or None when it is not a figure at all.

    ``text`` is the folded view of ``source`` (same length, same offsets); qualifier words are quoted from
    ``source`` as written.
    """
    run, start, number_end = match.group(), match.start(), match.end()
    if len(run) > _LONGEST_NUMERAL:
        return None
    if len(run) >= 2 and run[-1] == "千" and (run[-2] in _BIG or "0" <= run[-2] <= "9"):
        # 2.3亿千瓦时, 5千瓦, 110千伏: the 千 of a unit that starts with it does not multiply the number.
        unit_match = _UNIT.match(text, number_end - 1)
        if unit_match is not None and unit_match.group("prefix") is None:
            run, number_end = run[:-1], number_end - 1
    has_arabic = _HAS_ARABIC.search(run) is not None
    chinese = not has_arabic
    big = has_arabic and _has_big(run)  # 5万, 1.2亿: Arabic digits with a magnitude
    # Spaces around a numeral are rare: one look at the neighbouring character spares the scanning calls.
    before = _skip_spaces_back(text, start) if start and text[start - 1] in _SPACES else start
    previous = text[before - 1] if before > 0 else ""
    if previous == "第":
        # An ordinal is no figure, and neither are the numbers listed after it: 第一、二、三批.
        ordinal = _Atom(start, number_end, number_end, _ZERO, None, _ONE, None, None)
        ordinal.chinese = chinese
        ordinal.poison = ordinal.ordinal = True
        return ordinal
    fraction = "分之" in run or "/" in run
    if not fraction and not big:
        # Most numerals in a notice have no unit (一是, 进一步, 12月): one look at the next character rules them
        # out before any other test. A bare number is kept only before a list or range separator.
        following = text[number_end : number_end + 1]
        if following and following in _SPACES:
            after = _skip_spaces(text, number_end, len(text))
            following = text[after : after + 1]
        if following not in _MAY_FOLLOW:
            return None
    if _not_a_figure_here(text, run, start, number_end, previous, quoted, has_arabic):
        return None

    if "/" in run:
        numerator, _, denominator = run.partition("/")
        if text[number_end : number_end + 1] == "/" or not _is_proper_fraction(numerator, denominator):
            return None  # 2023/12/25 and 12/25 are dates, not fractions
    percent_words = run.startswith(("百分之", "千分之", "万分之"))

    reading = _UnitReading(None, number_end) if fraction else _read_unit(text, source, number_end)
    unit_text, qualifier, qualifier_text = reading.unit_text, reading.qualifier, reading.qualifier_text
    if unit_text is None and not fraction and not big:
        # A bare number matters only as the first item of a list or range that gives it a unit.
        after = _skip_spaces(text, number_end, min(len(text), number_end + 8))
        if text[after : after + 1] not in _SEPARATOR_STARTS:
            return None
    if unit_text is not None and chinese and _is_a_name(text, run, start, unit_text, reading.end):
        return None

    # The value; a trailing 万/亿 moves into the unit (500万 + 元 is 500 万元).
    if percent_words:
        if unit_text is not None:
            return None  # 百分之五十万元 is not written
        number_text, prefix = run[3:], ""
        unit_text = _PERCENT_WORDS[run[0]]
    else:
        numeral = "一" + run if chinese and _counts_bare_unit(text, run, start, number_end) else run
        number_text, prefix = _split_magnitude(numeral, unit_text is not None)
        if prefix and unit_text is not None:
            unit_text = prefix + unit_text
        elif unit_text == "度":
            return None  # 1.2亿度 (电) is energy; a bare 5度 is a temperature, an angle or a grade
    value = _number_value(number_text)
    if value is None:
        return None
    if unit_text is None and chinese and not _HAS_CN_DIGIT.search(run) and not _opens_range(text, number_end):
        return None  # 千万 (must), 十: only figures with a unit, or the first bound of a range (十至二十人)

    unit_name: str | None = None
    dimension = ""
    if unit_text is not None:
        try:
            unit = get_unit(unit_text)
        except UnitError:
            return None
        unit_name, dimension = unit.name, unit.dimension
        if chinese and unit_text in _ARABIC_ONLY_UNITS:
            return None  # 三方 (parties), 十分 (very)
        if unit_text == "分" and previous and previous in "时点:：":
            return None  # 9时30分: a clock time
    end = reading.end if unit_text is not None and not percent_words else number_end
    if unit_text == "元" and reading.qualifier is None:
        jiao_fen = _JIAO_FEN.match(text, end)
        if jiao_fen is not None and chinese == (jiao_fen.group(1) is None):
            value += _small_change(jiao_fen)
            end = jiao_fen.end()
    if dimension == "money" and text.startswith(_TRAILING_CURRENCY, end):
        end += len(_TRAILING_CURRENCY)  # 5万元人民币
    if previous and previous in "前后" and unit_name in ("名", "位"):
        return None  # 前3名, 后三位: a rank, like an ordinal
    if unit_text == "日" and previous == "月":
        return None  # 12月30日内: a date

    half = reading.half
    if (dimension in _DURATION_LIKE or unit_name == _TENTHS) and not half:
        # 一年多, 两年半, 1倍多
        after_unit = text[end : end + 2]
        if after_unit[:1] == "半" and dimension != "multiple":
            half, end = True, end + 1
        elif after_unit[:1] == "多" and after_unit[1:2] not in _NOT_AFTER_DUO and qualifier is None:
            qualifier, qualifier_text, end = Qualifier.MORE_THAN, source[end], end + 1
    if half:
        value += _HALF
    unit_factor = _PREFIX_FACTORS[prefix]
    if _is_poison_year(run, unit_name, text, end) or (
        dimension in _FRAME_DIMENSIONS and (text.startswith(_AGO, end) or _is_time_frame(text, start, end))
    ):
        # 2023年 (a year), 五年前 (a time point), 近三年来 (a time frame): dates, not figures; nor are their
        # list and range partners.
        return _Atom(start, end, number_end, _ZERO, unit_name, unit_factor, None, None, poison=True)

    # Qualifiers before the number and after the unit.
    begin, pre_qualifier, pre_text = _pre_qualifier(text, start)
    if pre_qualifier is None and run in _BARE_MAGNITUDES and _up_to(text, start):
        begin, pre_qualifier, pre_text = start - 1, Qualifier.MORE_THAN, "上"
    pre_qualified = pre_qualifier is not None and qualifier is None
    if pre_qualified:
        qualifier, qualifier_text = pre_qualifier, source[begin : begin + len(pre_text or "")]
    elif pre_qualifier is not None:
        begin = start
    if unit_text is not None or fraction:
        after = _skip_spaces(text, end, len(text))
        if text.startswith(("(含)", "（含）"), after):  # 10万元（含）以上
            after += 3
        post = _POST_QUALIFIER.match(text, after)
        if post is not None and qualifier is None:
            qualifier, qualifier_text = _POST_QUALIFIERS[post.group()], source[post.start() : post.end()]
            end = post.end()
            if text.startswith(("(含)", "（含）"), end):  # 100万元以上（含）: the mark belongs to the bound
                end += 3

    # Rates: 亩均税收 6.59 万元 is 6.59 万元/亩.
    if dimension in _RATE_DIMENSIONS:  # "money", never "money/counter:人": a rate is not a rate again
        rate_begin, per = _rate_start(text, begin)
        if per is not None:
            unit_name = get_unit(f"{unit_name}/{per}").name
            begin = rate_begin

    return _Atom(
        begin,
        end,
        number_end,
        value,
        unit_name,
        unit_factor,
        qualifier,
        qualifier_text,
        chinese,
        keep_bare=unit_name is None and (fraction or big),
        written_big=_has_big(run),
        pre_qualified=pre_qualified,
    )


@functools.lru_cache(maxsize=4096)
def _number_value(numeral: str) -> Decimal | None:
    """The value of a numeral, or None when it is not one. Notices repeat their numerals (1, 2, 10, 一, 两 …), so
    the values are cached; a Decimal is immutable and safe to share."""
    try:
        return parse_number(numeral)
    except NumberError:
        return None


def _small_change(match: re.Match[str]) -> Decimal:
    """The 角 and 分 after 元, in 元: 5角2分 is 0.52."""
    jiao, fen = (
        (match.group(1), match.group(2)) if match.group(1) is not None else (match.group(3), match.group(4))
    )
    total = (_number_value(jiao) or _ZERO) / 10
    if fen is not None:
        total += (_number_value(fen) or _ZERO) / 100
    return total


def _opens_range(text: str, number_end: int) -> bool:
    after = _skip_spaces(text, number_end, min(len(text), number_end + 4))
    return text[after : after + 1] in _RANGE_STARTS


def _is_proper_fraction(numerator: str, denominator: str) -> bool:
    # Denominators of written fractions are small (1/3, 3/4) or round (1/100); 12/25 is a date.
    if not (numerator.isdigit() and denominator.isdigit()):
        return False
    top, bottom = int(numerator), int(denominator)
    return 0 < top < bottom and (bottom <= 10 or bottom in (100, 1000))


def _repeats(text: str, start: int, word: str) -> bool:
    """一项一项, 一个一个: a reduplicated count is manner, not a figure."""
    return start >= len(word) and text.startswith(word, start - len(word))


_PERCENT_WORDS = {"百": "%", "千": "‰", "万": "‱"}
_PREFIX_FACTORS = {
    "": Fraction(1),
    **{prefix: Fraction(PREFIXES[prefix.replace("萬", "万").replace("億", "亿")]) for prefix in _MAGNITUDES},
}
_ZERO = Decimal(0)
_ONE = Fraction(1)
_HALF = Decimal("0.5")


def _has_big(run: str) -> bool:
    return not _BIG_SET.isdisjoint(run)


# --------------------------------------------------------------------------- lists and ranges


def _gap(text: str, left: _Atom, right: _Atom) -> str:
    return text[left.end : right.start].strip(_SPACES)


def _in_unit(atom: _Atom, factor: Fraction) -> Decimal:
    """A bare partner's value in the unit of the figure it shares: 5 in 5-10万元 is 5 万元; 5万 in 5万-10万元 too."""
    if atom.written_big:
        return fraction_to_decimal(Fraction(atom.value) * atom.unit_factor / factor)
    return atom.value


def _rate_before(text: str, start: int, unit: str) -> tuple[int, str]:
    """The start and unit of a figure with the rate word before it, if any: 亩均税收 5-10 万元 is in 万元/亩."""
    if "/" in unit or get_unit(unit).dimension not in _RATE_DIMENSIONS:
        return start, unit
    begin, per = _rate_start(text, start)
    if per is None:
        return start, unit
    return begin, get_unit(f"{unit}/{per}").name


def _rate_for_list(text: str, atoms: list[_Atom], first: int) -> None:
    """人均增收分别为 2000、3000 元: a rate word before the first item makes every item a rate."""
    atom = atoms[first]
    unit = atom.unit
    if unit is None:
        return
    atom.start, rate = _rate_before(text, atom.start, unit)
    if rate == unit:
        return
    atom.unit = rate
    index = first + 1
    while index < len(atoms) and atoms[index].unit == unit and not atoms[index].poison:
        gap = _gap(text, atoms[index - 1], atoms[index])
        if gap not in _LIST_SEPARATORS and gap not in _RANGE_SEPARATORS:
            break
        atoms[index].unit = rate
        index += 1


def _range_bounds(atom: _Atom, following: _Atom) -> tuple[Decimal, Decimal, str] | None:
    """The bounds and unit of a range "atom–following", or None when the two cannot make one.

    A bare lower bound takes the upper bound's unit (5-10万元); bounds in units of one dimension are given in
    the smaller unit (5000元至1万元 is 5000–10000 元); 亩均税收5万元-10万元 keeps the rate the lower bound read.
    """
    upper_unit = following.unit
    if upper_unit is None:
        return None
    if atom.unit is None:
        lower, upper, unit = _in_unit(atom, following.unit_factor), following.value, upper_unit
    elif atom.unit == upper_unit or atom.unit.startswith(f"{upper_unit}/"):
        lower, upper, unit = atom.value, following.value, atom.unit
    else:
        try:
            low, high = get_unit(atom.unit), get_unit(upper_unit)
        except UnitError:  # pragma: no cover - both units were looked up when the atoms were read
            return None
        if low.dimension != high.dimension or low.is_counter:
            return None
        unit = low.name if low.factor <= high.factor else high.name
        lower = fraction_to_decimal(convert(atom.value, low.name, unit))
        upper = fraction_to_decimal(convert(following.value, high.name, unit))
    if lower > upper:
        return None
    return lower, upper, unit


def _join(source: str, text: str, atoms: list[_Atom], place: _Place) -> list[tuple[int, Quantity]]:
    """The figures the atoms make, each with its start in ``text`` (see _Place for where its span points)."""
    quantities: list[tuple[int, Quantity]] = []
    index = 0
    count = len(atoms)
    # Left to right, numbers listed after an ordinal are ordinals: 第一、二、三批.
    for i in range(count - 1):
        left, right = atoms[i], atoms[i + 1]
        if left.ordinal and _gap(text, left, right) in _LIST_SEPARATORS | _RANGE_SEPARATORS:
            right.poison = right.ordinal = True
    # Right to left, bare numbers take the unit of the figure they are listed with.
    for i in range(count - 2, -1, -1):
        left, right = atoms[i], atoms[i + 1]
        if left.unit is not None or left.poison:
            continue
        gap = _gap(text, left, right)
        if (
            gap in _LIST_SEPARATORS
            and (right.unit is not None or right.poison)
            and left.chinese == right.chinese
        ):
            if right.poison:
                left.poison = True
                continue
            left.value = _in_unit(left, right.unit_factor)
            left.unit, left.unit_factor = right.unit, right.unit_factor
            _rate_for_list(text, atoms, i)
    # Left to right, the new figure of a change shares the rate of the old one: 人均收入由2300元提高到9860元.
    for i in range(count - 1):
        left, right = atoms[i], atoms[i + 1]
        if (
            left.unit is not None
            and "/" in left.unit
            and right.unit is not None
            and left.unit.startswith(f"{right.unit}/")
            and right.start - left.end <= _LONGEST_GAP
            and _CHANGED_TO.fullmatch(_gap(text, left, right))
        ):
            right.unit = left.unit
    while index < count:
        atom = atoms[index]
        following = atoms[index + 1] if index + 1 < count else None
        if (
            following is not None
            and not atom.poison
            and following.unit is not None
            and following.start - atom.end <= _LONGEST_GAP  # most figures stand apart: no slicing
            and (atom.qualifier is None or atom.pre_qualified or atom.unit is None)
            and _gap(text, atom, following) in _RANGE_SEPARATORS
        ):
            if following.poison:
                index += 2
                continue
            bounds = _range_bounds(atom, following)
            if bounds is not None:
                lower, upper, unit = bounds
                begin, unit = _rate_before(text, atom.start, unit)
                qualifier, qualifier_text = atom.qualifier, atom.qualifier_text
                if qualifier is None:
                    qualifier, qualifier_text = following.qualifier, following.qualifier_text
                quantities.append(
                    (
                        begin,
                        _quantity(
                            source, place, begin, following.end, lower, unit, qualifier, qualifier_text, upper
                        ),
                    )
                )
                index += 2
                continue
        if not atom.poison and (atom.unit is not None or atom.keep_bare):
            quantities.append(
                (
                    atom.start,
                    _quantity(
                        source,
                        place,
                        atom.start,
                        atom.end,
                        atom.value,
                        atom.unit,
                        atom.qualifier,
                        atom.qualifier_text,
                        None,
                    ),
                )
            )
        index += 1
    return quantities


#: Where the spans of extracted figures point: None for the text searched; for the parser, which searches a
#: cleaned view of a notice (xuncha._text), the original text and the map of cleaned spans into it, so that each
#: figure is built once, in place, rather than built and then rebuilt (and validated again) with a moved span.
_Place = tuple[str, Callable[[int, int], tuple[int, int]]] | None


def _quantity(
    text: str,
    place: _Place,
    start: int,
    end: int,
    value: Decimal,
    unit: str | None,
    qualifier: Qualifier | None,
    qualifier_text: str | None,
    upper: Decimal | None,
) -> Quantity:
    if place is not None:
        text, to_original = place
        start, end = to_original(start, end)
    return Quantity(
        value,
        unit,
        qualifier=qualifier,
        qualifier_text=qualifier_text,
        text=text[start:end],
        span=Span(start, end),
        upper=upper,
    )


# --------------------------------------------------------------------------- public API


def _quoted_spans(text: str) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    for match in _QUOTED.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return starts, ends


#: A minus sign written before a figure: 增幅 -3.2%, 净利润-1.2亿元 (— joins ranges and is never a sign).
_MINUS = frozenset("-－−")


def _is_negative(text: str, start: int, previous_end: int) -> bool:
    """A minus sign right before the number, after words rather than after a figure (5万元-10万元 is a range)."""
    sign = start - 1
    if sign < previous_end or sign < 0 or text[sign] not in _MINUS:
        return False
    before = _skip_spaces_back(text, sign)
    if before == 0:
        return True
    if before <= previous_end:
        return False  # a figure ends right before the sign: 5万元 - 10万元 is a range
    previous = text[before - 1]
    return not (previous.isascii() and previous.isalnum())  # 5-10, A-12: a range, a code


def extract_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``, in order, each with its exact source text and span. Never raises on text.

    >>> [(str(q.value), q.upper and str(q.upper), q.unit, q.text) for q in extract_quantities("3.6 和 5.6 个百分点，5-10万元")]
    [('3.6', None, '个百分点', '3.6'), ('5.6', None, '个百分点', '5.6 个百分点'), ('5', '10', '万元', '5-10万元')]
    >>> extract_quantities("2023年12月，第十二届“三个一批”〔2023〕12号，电话0393-1234567")
    []
    """
    if not isinstance(text, str):
        raise QuantityError("not text", source=repr(text))
    return [quantity for _, quantity in _extract(text, None)]


def _extract(source: str, place: _Place) -> list[tuple[int, Quantity]]:
    """extract_quantities, each figure with its start in ``source``; ``place`` says where spans point."""
    text = fold(source)  # one character for one: every offset stays valid for the source
    quoted = _quoted_spans(text)
    atoms: list[_Atom] = []
    last_end = 0
    for match in _CANDIDATE.finditer(text):
        found = match.start()
        if found < last_end:
            continue
        atom = _decide(text, source, match, quoted)
        if atom is None:
            continue
        if atoms:
            previous_end = atoms[-1].end
            if found == previous_end and atoms[-1].unit in _PEOPLE_COUNTERS and match.group() == "一":
                continue  # 五人一组, 十至二十人一组: "to each group", not a second count
            if atom.start < previous_end:
                atom.start = found  # words before this figure were already read as part of the previous one
        else:
            previous_end = 0
        if (
            atom.start == found
            and found
            and text[found - 1] in _MINUS  # one look rules out almost every figure
            and _is_negative(text, found, previous_end)
        ):
            atom.start -= 1
            atom.value = -atom.value
        atoms.append(atom)
        last_end = atom.end
    return _join(source, text, atoms, place)


def parse_quantity(text: str) -> Quantity:
    """Read the one figure in ``text`` (qualifiers and rate words around it allowed).

    A text that is a bare number gives a quantity without a unit. Raises :class:`~xuncha.errors.QuantityError`
    when the text holds no figure or more than one.

    >>> q = parse_quantity("亩均税收 6.59 万元")
    >>> q.value, q.unit, q.base().value, q.base().unit
    (Decimal('6.59'), '万元/亩', Decimal('65900'), '元/亩')
    >>> parse_quantity("第十二届")
    Traceback (most recent call last):
    ...
    xuncha.errors.QuantityError: not a quantity: '第十二届'
    """
    if not isinstance(text, str):
        raise QuantityError("not a quantity (expected a string)", source=repr(text))
    found = extract_quantities(text)
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise QuantityError(f"{len(found)} quantities where one was expected", source=text)
    stripped = text.strip()
    if stripped and len(stripped) <= _LONGEST_NUMERAL:
        try:
            value = fraction_to_decimal(parse_fraction(stripped))
        except NumberError:
            pass
        else:
            start = text.index(stripped)
            return Quantity(value, text=stripped, span=Span(start, start + len(stripped)))
    raise QuantityError("not a quantity", source=text)


_AFTER_UNIT_WORDS = {word for word, _ in _POST_QUALIFIERS.items()}


def format_quantity(quantity: Quantity, *, locale: str = "zh_CN") -> str:
    """Write a figure for ``locale`` (numbers through babel): ``500余万元``, ``约9.2公里``, ``5-10万元``.

    >>> format_quantity(Quantity(Decimal("95"), "%", qualifier=Qualifier.AT_LEAST, qualifier_text="以上"))
    '95%以上'
    """
    from babel.numbers import format_decimal

    from xuncha.numerals import _check_locale

    if not isinstance(quantity, Quantity):
        raise QuantityError("cannot format (expected a Quantity)", source=repr(quantity))
    _check_locale(locale)

    def number(value: Decimal) -> str:
        places = max(0, -value.normalize().as_tuple().exponent)  # type: ignore[operator]
        pattern = "#,##0" + ("." + "#" * places if places else "")
        return format_decimal(value, format=pattern, locale=locale, decimal_quantization=False)

    figure = number(quantity.value)
    if quantity.upper is not None:
        figure += "-" + number(quantity.upper)
    word = quantity.qualifier_text
    if word is None and quantity.qualifier is not None:
        word = _DEFAULT_WORDS[quantity.qualifier]
    unit = quantity.unit or ""
    if word is None:
        return figure + unit
    if word == "多" and _is_duration_like(quantity.unit):
        return figure + unit + word  # 1年多, not 1多年
    if word in _INNER_QUALIFIERS:
        return figure + word + unit
    if word in _AFTER_UNIT_WORDS:
        return figure + unit + word
    return word + figure + unit


def _is_duration_like(unit: str | None) -> bool:
    try:
        return unit == _TENTHS or (unit is not None and get_unit(unit).dimension in _DURATION_LIKE)
    except UnitError:
        return False


_DEFAULT_WORDS = {
    Qualifier.MORE_THAN: "余",
    Qualifier.NEARLY: "近",
    Qualifier.ABOUT: "约",
    Qualifier.AT_LEAST: "以上",
    Qualifier.AT_MOST: "以下",
}
