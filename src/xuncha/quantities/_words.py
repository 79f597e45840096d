"""The words of the quantity grammar: numeral characters, qualifiers, time frames, names and phrases.

Tables only; the patterns built from them are in :mod:`xuncha.quantities._grammar` and the unit spellings in
:mod:`xuncha._lexicon`. Every table is read on the folded text (:mod:`xuncha._fold`), so it spells simplified
characters only.
"""

from __future__ import annotations

from xuncha._lexicon import COUNTED_AFTER_SIZE
from xuncha.models import Qualifier

#: Character classes of numerals (ranges for use inside [...]).
_ARABIC = "0-9０-９"
_CN_DIGIT = "〇零○一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖廿卅"
_CN_UNIT = "十拾百佰千仟万萬亿億"
_BIG = "万萬亿億"
#: The magnitudes a number may hand over to its unit (500万 + 元 is 500 万元), longest first; 千 only after digits.
_MAGNITUDES = ("万亿", "亿", "万", "千")
#: The last characters of a number whose magnitude may move into the unit (see _scan._split_magnitude).
_MAGNITUDE_ENDS = frozenset(_BIG + "千")
_BIG_SET = frozenset(_BIG)
#: 百, 千, 万 … alone count once when a qualifier says how near the figure is: 百余人, 近万人, 上千家.
_BARE_MAGNITUDES = frozenset(
    {"百", "千", "万", "萬", "亿", "億", "百万", "千万", "十万", "百亿", "千亿", "万亿"}
)
_SPACES = " \t\u3000\u00a0"
_SPACES_SET = frozenset(_SPACES)  # unlike a string, it does not hold "" (the slice past the end)

#: 大 (major) or 小 between a number and a counter of kinds: 5大类 is five kinds (the lexicon lists them).
_BIG_CLASSES = tuple(size + word for word, sizes in COUNTED_AFTER_SIZE.items() for size in sizes)
#: Units after which 多 means "and more" and 半 "and a half": 一年多, 两年半, 1倍多; and 成 (tenths), spoken the
#: same way: 三成多, 三成半.
_DURATION_LIKE = frozenset({"months", "days", "multiple"})
_TENTHS = "成"
#: After 多, these make 多 the start of another word: 5年多次 is "in 5 years, many times".
_NOT_AFTER_DUO = set("次个项家人名件条种样方元处起批位")
#: A currency named after the amount belongs to it: 5万元人民币 is 5 万元 (the unit stays 万元).
_TRAILING_CURRENCY = "人民币"

#: Qualifiers written before the number, longest first.
_PRE_QUALIFIERS: dict[str, Qualifier] = {
    # A rule's limits (不得超过6个月, 原则上不能超过3人, 不得少于2次): the bound, not 超过's "more than".
    "不得超过": Qualifier.AT_MOST,
    "不能超过": Qualifier.AT_MOST,
    "不应超过": Qualifier.AT_MOST,
    "不宜超过": Qualifier.AT_MOST,
    "不得少于": Qualifier.AT_LEAST,
    "不得低于": Qualifier.AT_LEAST,
    "不少于": Qualifier.AT_LEAST,
    "不低于": Qualifier.AT_LEAST,
    "不超过": Qualifier.AT_MOST,
    "未超过": Qualifier.AT_MOST,
    "不高于": Qualifier.AT_MOST,
    "不多于": Qualifier.AT_MOST,
    "将近": Qualifier.NEARLY,
    "接近": Qualifier.NEARLY,
    "不足": Qualifier.NEARLY,
    "未达": Qualifier.NEARLY,  # 未达50%, 未達6成: "falls short of", as 不到
    "未及": Qualifier.NEARLY,
    "不到": Qualifier.NEARLY,
    "不满": Qualifier.NEARLY,  # 不满1000元, 不满一年: "short of", as 不足
    "大约有": Qualifier.ABOUT,
    "大约": Qualifier.ABOUT,
    "约有": Qualifier.ABOUT,  # 約有8.71萬人: "there are about"
    "约为": Qualifier.ABOUT,
    "约合": Qualifier.ABOUT,
    "约占": Qualifier.ABOUT,  # 约占12.8%: "makes up about", a share
    "大概": Qualifier.ABOUT,
    "超过了": Qualifier.MORE_THAN,  # 超过了40%: with the aspect particle
    "超过": Qualifier.MORE_THAN,
    "未超": Qualifier.AT_MOST,  # 未超10亿元: "does not exceed"
    "不超": Qualifier.AT_MOST,
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
    "最长": Qualifier.AT_MOST,  # 停水最長9小時: the longest, at most
    "最短": Qualifier.AT_LEAST,
    "至多": Qualifier.AT_MOST,
    "最多": Qualifier.AT_MOST,
    "近": Qualifier.NEARLY,
    "约": Qualifier.ABOUT,
    "超": Qualifier.MORE_THAN,
    "逾": Qualifier.MORE_THAN,
    # 财政总收入突破5亿元, 工业总产值突破百亿元: "breaks through", more than; so does 打破 (销量打破1000万辆)
    "突破": Qualifier.MORE_THAN,
    "打破": Qualifier.MORE_THAN,
    "破": Qualifier.MORE_THAN,  # 就业人数破1100万, 营收破亿元: a headline's "tops"
    # 其中过500万元的两个, 产值过亿元: "over", before an amount only (see _OVER_AMOUNTS)
    "过": Qualifier.MORE_THAN,
    # Signs, as tables and targets write them: 拨备覆盖率≥150%, 不良率≤1.5%.
    "≥": Qualifier.AT_LEAST,
    "≧": Qualifier.AT_LEAST,
    "≤": Qualifier.AT_MOST,
    "≦": Qualifier.AT_MOST,
}
_PRE_QUALIFIER_ENDS = frozenset(word[-1] for word in _PRE_QUALIFIERS)
#: The lengths of the qualifiers before a number, longest first (the longest word that ends there is the one).
_PRE_QUALIFIER_LENGTHS = tuple(sorted({len(word) for word in _PRE_QUALIFIERS}, reverse=True))
#: A one-character qualifier is part of a word after these characters: 最近, 附近, 节约, 制约, 赶超.
_PRE_QUALIFIER_WORDS: dict[str, str] = {
    "近": "最附临邻靠亲贴就将接",
    "约": "节制签预违公条契邀履简大",
    "超": "赶高",
    "过": "通经超越不度错路记跨难放改渡穿走闯胜强好",  # 通过, 经过, 不过, 度过 …
    "破": "攻击爆冲识看说侦告",  # 攻破, 击破, 爆破, 侦破 … (突破 and 打破 are qualifiers of their own)
}
#: 过 says "over" only before a measured amount (过500万元, 过50%); before a count or a duration it is the
#: aspect particle or "after": 开过3次会, 受过两次处分, 过两年再看.
_OVER_AMOUNTS = frozenset({"money", "area", "length", "mass", "volume", "power", "energy", "ratio"})
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
    "或以上": Qualifier.AT_LEAST,  # 18歲或以上, as Hong Kong and Macao write it
    "或以下": Qualifier.AT_MOST,
    "以上": Qualifier.AT_LEAST,
    "以下": Qualifier.AT_MOST,
    "以内": Qualifier.AT_MOST,
    "之内": Qualifier.AT_MOST,
    "左右": Qualifier.ABOUT,
    "上下": Qualifier.ABOUT,  # 42%上下, 3000人上下 (but for the words of _POST_QUALIFIER_WORDS)
    "有余": Qualifier.MORE_THAN,
}
#: What, right after a qualifier written after the unit, makes it the first part of another word: 市县两级上下贯通,
#: 上下联动, 上下级 say "upper and lower", not "about".
_POST_QUALIFIER_WORDS: dict[str, tuple[str, ...]] = {
    "上下": (
        "贯通",
        "联动",
        "级",
        "游",
        "班",
        "一心",
        "同心",
        "衔接",
        "结合",
        "协调",
        "齐心",
        "互动",
        "左右",
        "一致",
    ),
}

#: Time frames: 近三年来, 过去三年, 近3年内, 今后五年 name a stretch of time to report on ("the past three years",
#: a period that :func:`xuncha.dates.extract_periods` reads), not a figure. Words that always make one:
_FRAME_WORDS = ("最近", "过去", "过去的", "今后", "未来", "这", "上一个")
#: … except 过去 as a verb, after 已 or 又: 距上一轮巡视已过去两年, 又过去三年 tell the time that has passed (a
#: duration, as 历时近两年 is), not the stretch a passage reports on.
_PASSED = ("已过去", "已经过去", "又过去")
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
_FRAME_DIMENSIONS = frozenset({"months", "days", "working_days"})
#: After a duration, 前 and 以前 make it a time point: 五年前, 3个月以前.
_AGO = ("前", "以前")

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
    "一方面",  # on the one hand
)
#: A counted noun that turns numeral + counter into a fixed political term: 两个责任, 四个意识, 四张牌, 八项规定.
_SLOGAN_HEADS = (
    # 九年义务教育: the length of a schooling that names it
    "义务教育",
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
    # 办好两件大事, 抓好三件大事: the tasks a leadership names as its formula
    "大事",
    # 三项制度改革: the labour, personnel and pay reform of state enterprises, one fixed term
    "制度改革",
    # 十项准则: a code of conduct named by its count (新时代高校教师职业行为十项准则)
    "准则",
)
#: Heads that are also plain words make a term only after the counters of such terms: 四个全面 is a term,
#: 两次全面检查 and 三年全面完成 are counts, and so is 两名班子成员 (两个班子 and 四套班子 are terms).
_SLOGAN_COUNTERS = frozenset({"个", "项", "张", "种", "条", "大", "位", "套"})
_PLAIN_HEADS = (
    "全面",
    "服务",
    "机制",
    "产业",
    "确保",
    "明确",
    "结合",
    "坚持",
    "必须",
    "带头",
    "统筹",
    "班子",
)
#: (含) after a bound says the bound is included (10万元（含）以上, 1 万(含)-5 万元), in brackets of either width,
#: mixed too: the one reading of the scanner, the range joiner and the minus sign. Each mark is 3 characters.
_INCLUDED_MARKS = tuple(f"{opening}含{closing}" for opening in "(（" for closing in ")）")
_RANGE_SEPARATORS = {"-", "--", "－", "—", "——", "–", "~", "～", "〜", "至", "到"}
_LIST_SEPARATORS = {"、", "和", "与", "及", "或", "以及"}
_SEPARATOR_STARTS = {word[0] for word in _RANGE_SEPARATORS | _LIST_SEPARATORS}
#: An empty pair of quotation marks a converted page left between a number and its unit (215“”公里): read
#: through, kept in the figure's text.
_EMPTY_QUOTES = ("“”", '""', "‘’")
_EMPTY_QUOTE_OPENERS = frozenset(pair[0] for pair in _EMPTY_QUOTES)
_RANGE_STARTS = frozenset(word[0] for word in _RANGE_SEPARATORS)
#: The widest gap a range separator fills, spaces around it included ("5 —— 10").
_LONGEST_GAP = 8
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
    # "a great many" (建成一大批产业), "the new year" (在新的一年里) and a proverb (一年之计在于春): no count
    "一大批",
    "一大块",
    "新的一年",
    "一年之计",
    # "a part of", "a large part of" (一部分干部, 一大部分资金): no count of parts
    "一部分",
    "一大部分",
    "一小部分",
    # each minds their own part (分管领导各管一段): divided responsibility, not a count of sections
    "各管一段",
    "各管一摊",
    # the three sectors of an economy (三次产业结构): a classification, not three times
    "三次产业",
    # service-reform catchwords
    "最多跑一次",
    "一次办好",
    "一件事一次办",
)
#: Quoted runs (slogans) and set phrases: numerals inside are names, not figures.
_LONGEST_NUMERAL = 40
#: Counters of people and households: 五人一组 and 三户一档 count people, then say "to a group".
_PEOPLE_COUNTERS = frozenset({"人", "名", "户", "家"})  # not 位: 五位一体 is a term
#: 上 before a bare magnitude says "upwards of" (上千人), except where it ends another word: 以上, 线上, 马上 ….
_NOT_SHANG_AFTER = frozenset("以之线网马早晚加向在北南楼山")
#: 百分之, 千分之, 万分之 give the unit of the figure: 百分之五 is 5%.
_PERCENT_WORDS = {"百": "%", "千": "‰", "万": "‱"}
#: A minus sign written before a figure: 增幅 -3.2%, 净利润-1.2亿元, 增长负3.9% (— joins ranges and is never a
#: sign; 負 is folded to 负).
_MINUS = frozenset("-－−负")
#: 负 after these ends a word rather than signing the number: 减负 (减负1.2亿元 lightens a burden by 1.2亿元),
#: 胜负, 正负, 抱负, 欺负, 担负, 肩负, 辜负, 自负, 身负, 背负.
_NOT_SIGN_BEFORE_FU = frozenset("减胜正抱欺担肩辜自身背")
#: Currencies: a money figure followed by the name of another currency is refused (三万元欧元 is not yuan).
_CURRENCY_WORDS = frozenset({"人民币", "欧元", "美元", "港元", "港币", "美金", "英镑", "日元"})
#: The qualifier word written when a figure has none of its own (format_quantity).
_DEFAULT_WORDS = {
    Qualifier.MORE_THAN: "余",
    Qualifier.NEARLY: "近",
    Qualifier.ABOUT: "约",
    Qualifier.AT_LEAST: "以上",
    Qualifier.AT_MOST: "以下",
}
