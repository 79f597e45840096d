"""Classes of date found in sets DP–EA of the observed corpus (the fourteenth session: township and village texts,
state firms and banks, courts and schools, statistics, budgets and audits, inspection news, and their reposts),
each written as new sentences rather than copied from a passage.

Each row is a text, its reference date (None: an undated page) and every period it should yield as
(text, relation, first day, last day), with None for a bound the text leaves open or unknown.
"""

from __future__ import annotations

import pytest

from _dates_read import Read, Row, read_periods_on, table_params

YEARS: list[Row] = [
    # 前一年 after a word of comparison, or opening a clause, is the year before the one the text speaks of.
    (
        "2010年,全港罪案总数较前一年下降3%;前一年的升幅为2%。",
        "2011-01-26",
        [
            ("2010年", "on", "2010-01-01", "2010-12-31"),
            ("前一年", "on", "2009-01-01", "2009-12-31"),
            ("前一年", "on", "2009-01-01", "2009-12-31"),
        ],
    ),
    # 轻微 after a relative year is "slightly" (较前年轻微上升), where 年轻 is "young" (担当年轻干部).
    (
        "投诉较前年轻微上升4%;担当年轻干部。",
        "2022-01-20",
        [("前年", "on", "2020-01-01", "2020-12-31")],
    ),
    # 下年度 is the year after the one spoken of, as 下一年度 (a disclosure report's 结转下年度继续办理); 下年 alone
    # and 上下年度 are no year.
    (
        "2023年政府信息公开工作年度报告\n全年共办结165件,结转下年度继续办理3件。",
        "2024-01-29",
        [
            ("2023年", "on", "2023-01-01", "2023-12-31"),
            ("全年", "on", "2023-01-01", "2023-12-31"),
            ("下年度", "on", "2024-01-01", "2024-12-31"),
        ],
    ),
    ("上下年度衔接,下年再议。", "2024-01-29", []),
    # 前 before 进 or 移 and a number (了 between, or a template's x) moves a ranking: the year is compared with; 前
    # before 进行 or 进一步 is still "before".
    (
        "比2011年前进了三名,综合考评比去年前进x位。\n年底前进行检查。",
        "2012-02-01",
        [
            ("2011年", "on", "2011-01-01", "2011-12-31"),
            ("去年", "on", "2011-01-01", "2011-12-31"),
            ("年底前", "before", None, "2012-12-31"),
        ],
    ),
    # 前三季 without 度 (Taiwan's and Hong Kong's writing): the first three quarters, as 前三季度.
    (
        "今年前三季经济成长率为5.1%,超过前3季的一半。",
        "2025-12-23",
        [("今年前三季", "on", "2025-01-01", "2025-09-30"), ("前3季", "on", "2025-01-01", "2025-09-30")],
    ),
    # After a noun it is the year before an event, which no calendar fixes; 提前一年 is a lead of a year.
    ("换届前一年述职述廉,提前一年完成。", "2019-05-01", []),
    # 加上上年结转: the 上 of 加上 ends its word; last year's carry-over, not the year before last.
    (
        "2014年全市国有资本经营收入58.3亿元,加上上年结转收入1.8亿元。",
        "2015-02-10",
        [("2014年", "on", "2014-01-01", "2014-12-31"), ("上年", "on", "2013-01-01", "2013-12-31")],
    ),
]

REPORTS_OWN_YEAR: list[Row] = [
    # A text that reviews a whole year (全年…比上年) with no year stated, on a page of the next year's first five
    # months (a bulletin's later page), speaks of the year before; in December, of its own; after 今年, of that.
    (
        "四、服务业\n全年批发和零售业增加值11.86亿元,比上年增长1.9%。年末商品房待售面积下降。",
        "2022-05-04",
        [
            ("全年", "on", "2021-01-01", "2021-12-31"),
            ("上年", "on", "2020-01-01", "2020-12-31"),
            ("年末", "on", "2021-12-31", "2021-12-31"),
        ],
    ),
    (
        "四、服务业\n全年批发和零售业增加值11.86亿元,比上年增长1.9%。年末商品房待售面积下降。",
        "2022-12-20",
        [
            ("全年", "on", "2022-01-01", "2022-12-31"),
            ("上年", "on", "2021-01-01", "2021-12-31"),
            ("年末", "on", "2022-12-31", "2022-12-31"),
        ],
    ),
    (
        "今年以来经济平稳。\n全年产量比上年增长5%。",
        "2024-03-05",
        [
            ("今年以来", "since", "2024-01-01", "2024-03-05"),
            ("全年", "on", "2024-01-01", "2024-12-31"),
            ("上年", "on", "2023-01-01", "2023-12-31"),
        ],
    ),
    # 本年 in a report that states in digits the year it reports on is that year, published in the next or undated
    # (a day's year is no year the report is about: a deadline's or an event's).
    (
        "一、总体情况\n2019年,我苏木主动公开信息127条。\n二、主动公开情况\n信息内容 | 本年新制作数量 |",
        "2020-02-20",
        [("2019年", "on", "2019-01-01", "2019-12-31"), ("本年", "on", "2019-01-01", "2019-12-31")],
    ),
    (
        "一、总体情况\n2023年,本局主动公开信息97条。\n二、主动公开情况\n信息内容 | 本年制发件数 |",
        None,
        [("2023年", "on", "2023-01-01", "2023-12-31"), ("本年", "on", "2023-01-01", "2023-12-31")],
    ),
]

PAGE_DATES: list[Row] = [
    # A page's date after its label: month and day alone, or after a three-digit year of the Republic's calendar;
    # a number's code without a label is none.
    ("时间: 01-19\n作者:周敏", "2013-02-01", [("01-19", "on", "2013-01-19", "2013-01-19")]),
    ("创建于11-02 阅读3876", "2024-11-05", [("11-02", "on", "2024-11-02", "2024-11-02")]),
    ("  • 日期:109-11-02\n\n监察院", None, [("109-11-02", "on", "2020-11-02", "2020-11-02")]),
    ("公告日期: 113/06/21\n", None, [("113/06/21", "on", "2024-06-21", "2024-06-21")]),
    ("编号 03-12 号", "2024-01-01", []),
]

UNDATED_TITLES: list[Row] = [
    # A year alone on its line heads what follows (a calendar's 2009年⏎9月⏎9月1日), over a day read before it.
    (
        "适用于2009—2010学年度,从2009年9月1日起,到2010年8月31日止。\n2009年\n9月\n9月1日 开学",
        None,
        [
            ("2009—2010学年度", "range", "2009-01-01", "2010-12-31"),
            ("从2009年9月1日起,到2010年8月31日止", "range", "2009-09-01", "2010-08-31"),
            ("2009年", "on", "2009-01-01", "2009-12-31"),
            ("9月", "on", "2009-09-01", "2009-09-30"),
            ("9月1日", "on", "2009-09-01", "2009-09-01"),
        ],
    ),
    # On an undated page, failing any other year, the days are read in the year a title names, even a record's;
    # not in the year a first line's sentence names (a report's name, 督促2023年“同级审”…整改。).
    (
        "关于2019年《政府工作报告》量化指标分解情况的汇报\n\n1月14日下午,市长主持召开会议。",
        None,
        [("2019年", "on", "2019-01-01", "2019-12-31"), ("1月14日", "on", "2019-01-14", "2019-01-14")],
    ),
    (
        "督促2023年“同级审”报告指出的问题整改。\n图为7月4日会议现场。",
        None,
        [("2023年", "on", "2023-01-01", "2023-12-31"), ("7月4日", "on", None, None)],
    ),
    # A year word in that year too, but not a deadline, which may look into the next year.
    (
        "某街道2021年度政府信息公开工作报告\n年初以来,街道把信息公开作为重要抓手。",
        None,
        [("2021年度", "on", "2021-01-01", "2021-12-31"), ("年初以来", "since", "2021-01-01", None)],
    ),
    (
        "某街道2021年度政府信息公开工作报告\n要求年底前完成,春节前走访。",
        None,
        [
            ("2021年度", "on", "2021-01-01", "2021-12-31"),
            ("年底前", "before", None, None),
            ("春节前", "before", None, None),
        ],
    ),
]

SAME_MONTH: list[Row] = [
    # 上年同月 after a day the text reports on, or up to, is that day's month a year back.
    (
        "統計顯示,至七月底,男性人口較上年同月增加4096人。",
        "2017-08-05",
        [("至七月底", "until", None, "2017-07-31"), ("上年同月", "on", "2016-07-01", "2016-07-31")],
    ),
    (
        "5月18日,全市用电量与上年同月相比增长2%。",
        "2017-06-01",
        [("5月18日", "on", "2017-05-18", "2017-05-18"), ("上年同月", "on", "2016-05-01", "2016-05-31")],
    ),
]

INCLUDED_ENDS: list[Row] = [
    # 及以前, 及之前, 及以后: the day itself included, a deadline's or a start's.
    (
        "招收2018年8月31日及以前出生的儿童,2018年9月1日及以后出生的不招。",
        "2018-06-05",
        [
            ("2018年8月31日及以前", "before", None, "2018-08-31"),
            ("2018年9月1日及以后", "after", "2018-09-01", None),
        ],
    ),
]

TAIWAN_AND_MACAO: list[Row] = [
    # A Minguo year before the months of a range, a quarter written 第N季, or 全年 (a bare 107年 stays unread).
    (
        "102年1至8月出生數減少;106年第4季經濟成長率3.3%,107年全年預測2.4%;107年將持續。",
        "2018-02-13",
        [
            ("102年1至8月", "range", "2013-01-01", "2013-08-31"),
            ("106年第4季", "on", "2017-10-01", "2017-12-31"),
            ("107年", "on", "2018-01-01", "2018-12-31"),  # (its 全年 adds nothing, as after 2023年)
        ],
    ),
    # An academic year, Minguo or Gregorian, is its calendar year; 從N學年起 runs from it.
    (
        "109學年度註冊率不足6成,從106學年起逐年下降;2025學年招生。",
        "2025-08-20",
        [
            ("109學年度", "on", "2020-01-01", "2020-12-31"),
            ("從106學年起", "since", "2017-01-01", "2025-08-20"),
            ("2025學年", "on", "2025-01-01", "2025-12-31"),
        ],
    ),
    # 第N季 after a year or 今年 is a quarter; alone it may be a show's season.
    (
        "2023年第4季失业率为2.0%,今年第3季为2.1%。《某节目》第3季开播。",
        "2024-02-20",
        [("2023年第4季", "on", "2023-10-01", "2023-12-31"), ("今年第3季", "on", "2024-07-01", "2024-09-30")],
    ),
    # A Minguo year in Chinese numerals: before 年度 without 民国 (九十一年度, 一一三年度 digit by digit), and any after
    # it (中華民國一百零八年度); a count of years spent (三十年度过) and a decade (九十年代) are none.
    (
        "鄉代會三讀通過九十一年度總預算,比九十年度少;審計室報告一一三年度決算。",
        "2001-12-20",
        [
            ("九十一年度", "on", "2002-01-01", "2002-12-31"),
            ("九十年度", "on", "2001-01-01", "2001-12-31"),
            ("一一三年度", "on", "2024-01-01", "2024-12-31"),
        ],
    ),
    ("中華民國一百零八年度總決算編製要點", None, [("民國一百零八年度", "on", "2019-01-01", "2019-12-31")]),
    ("三十年度过了,九十年代的事。", "2020-05-01", []),
    # A relative year that writes its number in brackets is that year (Taiwan's press).
    (
        "上(2020)年基期偏低,预期本(2021)年全球经济成长。",
        "2021-03-18",
        [("上(2020)年", "on", "2020-01-01", "2020-12-31"), ("本(2021)年", "on", "2021-01-01", "2021-12-31")],
    ),
]

LUNAR_DAYS: list[Row] = [
    # The later days of the lunar year's first month after 正月 (正月十五 is 元宵); a bare 十五 is a number.
    (
        "燃放时间为正月初二至正月十五,十五日内办结。",
        "2025-01-10",
        [("正月初二至正月十五", "range", "2025-01-30", "2025-02-12")],
    ),
]

HOURS_AND_NOTES: list[Row] = [
    # An hour in words after 午 before a deadline's 前 (下午三点前); 截止 and a colon before a date (截止:2019-06-21).
    (
        "请于6月6日(本周三)下午三点前将电子版发送。",
        "2018-06-04",
        [("6月6日(本周三)下午三点前", "before", None, "2018-06-06")],
    ),
    ("时限:\n截止:2019-06-21\n", "2019-06-04", [("截止:2019-06-21", "until", None, "2019-06-21")]),
    # An hour between a day and its start, its 后 or its range end; a note of what is included in brackets.
    (
        "考生于2023年5月18日9:00后打印准考证。",
        "2023-05-10",
        [("2023年5月18日9:00后", "after", "2023-05-18", None)],
    ),
    (
        "自11月26日22:00起停气,2014年11月26日22:00时至2014年11月28日恢复。",
        "2014-11-20",
        [
            ("自11月26日22:00起", "since", "2014-11-26", None),
            ("2014年11月26日22:00时至2014年11月28日", "range", "2014-11-26", "2014-11-28"),
        ],
    ),
    (
        "招收2020年9月1日(含9月1日)—2021年8月31日出生的幼儿。",
        "2024-05-10",
        [("2020年9月1日(含9月1日)—2021年8月31日", "range", "2020-09-01", "2021-08-31")],
    ),
]

NEWS_DAYS: list[Row] = [
    # A day in brackets after a word of the day or a weekday is that word's day, the one of that number nearest the
    # reference (in the month before it, its own or the next); the word is read too.
    (
        "今天(8日),国新办举行发布会。",
        "2023-06-08",
        [("今天", "on", "2023-06-08", "2023-06-08"), ("8日", "on", "2023-06-08", "2023-06-08")],
    ),
    (
        "截至昨日(31日),已有12个省份公布数据。",
        "2022-11-01",
        [("截至昨日", "until", None, "2022-10-31"), ("31日", "on", "2022-10-31", "2022-10-31")],
    ),
    ("特首选举将于周日(8日)举行。", "2022-05-05", [("8日", "on", "2022-05-08", "2022-05-08")]),
    # 专讯 closes a dateline as 电 and 讯 do (a Hong Kong wire's 《经济通通讯社29日专讯》).
    (
        "《经济通通讯社29日专讯》国有企业营业总收入同比增长。",
        "2025-12-29",
        [("29日", "on", "2025-12-29", "2025-12-29")],
    ),
    # A news report's day in Chinese numerals from 十 on, after a word and before a news verb or a time of the day
    # (Hong Kong's and Taiwan's press), as one in digits; not a count of days (历时三十日完成), nor after 第.
    ("香港廉署十九日下午举行年度工作记者会。", "2005-01-20", [("十九日", "on", "2005-01-19", "2005-01-19")]),
    ("历时三十日完成,第二十日下午验收。", "2005-01-20", []),
    # 进行 is a news report's verb after its day, as 举行 is (县议会第2次定期大会21日进行预算审查).
    ("县议会第2次定期大会21日进行总预算审查。", "2023-11-22", [("21日", "on", "2023-11-21", "2023-11-21")]),
    # A day with its weekday in brackets after it is a date (a forecast's 8日(周一):…): the paragraph's month after a
    # day of one month (a list, 2月17日(星期五)、18日(星期六)), else that day nearest the reference; not 第8日.
    (
        "具体预报如下:\n8日(周一):阴天有小雨。\n9日(周二):多云。",
        "2025-09-08",
        [("8日", "on", "2025-09-08", "2025-09-08"), ("9日", "on", "2025-09-09", "2025-09-09")],
    ),
    (
        "学生2月17日(星期五)、18日(星期六)报到。",
        "2023-01-10",
        [("2月17日", "on", "2023-02-17", "2023-02-17"), ("18日", "on", "2023-02-18", "2023-02-18")],
    ),
    ("活动第8日(周一)结束。", "2025-09-08", []),
    # The word is the day its bracket names, where a page is published the day after its lead (今天(24日) on the
    # 25th), with the month too (今天(10月24日)); a word of the day with no day after it counts from the reference.
    (
        "央视网消息:今天(10月24日)上午,国新办举行发布会。今天,各地陆续公布数据。",
        "2023-10-25",
        [
            ("今天", "on", "2023-10-24", "2023-10-24"),
            ("10月24日", "on", "2023-10-24", "2023-10-24"),
            ("今天", "on", "2023-10-25", "2023-10-25"),
        ],
    ),
    (
        "今天（13日），海关总署发布前三季度进出口数据。",
        "2020-10-14",
        [
            ("今天", "on", "2020-10-13", "2020-10-13"),
            ("13日", "on", "2020-10-13", "2020-10-13"),
            ("前三季度", "on", "2020-01-01", "2020-09-30"),
        ],
    ),
    (
        "委员会下周一(2日)召开会议。",
        "2024-11-28",
        [("下周一", "on", "2024-12-02", "2024-12-02"), ("2日", "on", "2024-12-02", "2024-12-02")],
    ),
    # Today's, yesterday's or the next day's number in brackets, the day inside or outside them, in Arabic or Chinese
    # numerals: today's and yesterday's nearest the reference, the next day's in the month of the date before it.
    ("委员会今(18日)认定县府虚掷公帑。", "2024-06-18", [("今(18日)", "on", "2024-06-18", "2024-06-18")]),
    ("审计室主任昨（二）日报告决算。", "2025-09-03", [("昨（二）日", "on", "2025-09-02", "2025-09-02")]),
    (
        "6月15日抵达,翌(十六)日上午巡察北港镇。",
        "2004-07-20",
        [("6月15日", "on", "2004-06-15", "2004-06-15"), ("翌(十六)日", "on", "2004-06-16", "2004-06-16")],
    ),
    # 号 for 日 in the brackets after such a word.
    (
        "第三轮督查,昨天(25号),生态环境部通报。",
        "2018-09-26",
        [("昨天", "on", "2018-09-25", "2018-09-25"), ("25号", "on", "2018-09-25", "2018-09-25")],
    ),
    # A lone day at a clause start before what a news report's day stands before (审议, 向社会公开).
    (
        "县议会第8届第6次定期大会,28日审议本县预算;3省(区)9日向社会公开了整改方案。",
        "2025-11-30",
        [("28日", "on", "2025-11-28", "2025-11-28"), ("9日", "on", "2025-11-09", "2025-11-09")],
    ),
    # A lone day after a date that names no single month (a year, a span of months) is the day of that number
    # nearest the reference, as a news report's day with no date before it.
    (
        "2021年刑事案件立案数下降。公安部副局长27日在京介绍有关情况。",
        "2022-09-28",
        [("2021年", "on", "2021-01-01", "2021-12-31"), ("27日", "on", "2022-09-27", "2022-09-27")],
    ),
    (
        "前三季度,全省经济平稳。23日,省政府召开新闻发布会。",
        "2013-10-24",
        [("前三季度", "on", "2013-01-01", "2013-09-30"), ("23日", "on", "2013-10-23", "2013-10-23")],
    ),
    # A news report's day before 在…介绍, and a lone day right after a paper's 本报讯.
    ("公安部新闻发言人2日在北京介绍有关情况。", "2021-12-03", [("2日", "on", "2021-12-02", "2021-12-02")]),
    ("本报讯20日,市人大常委会召开会议。", "2018-12-21", [("20日", "on", "2018-12-20", "2018-12-20")]),
    # Pinyin glosses without tones are read through, as those with tones (a mirror's 今(jin)年).
    ("今(jin)年預計完成原煤(mei)1000萬噸。", "2013-08-01", [("今(jin)年", "on", "2013-01-01", "2013-12-31")]),
    # A lone day's evening (11日晚) is that day, as its 晚上 is; 晚于 and 晚会 are no time of the day.
    (
        "3月10日,工作组进驻。11日晚召开座谈会。",
        "2023-03-20",
        [("3月10日", "on", "2023-03-10", "2023-03-10"), ("11日", "on", "2023-03-11", "2023-03-11")],
    ),
]

SAME_PERIOD: list[Row] = [
    # 上年同期 is the last period of one year the text reported on a year back: not a span since a month up to a
    # reference in the next year (5月份以来 on a page of January).
    (
        "2018年1-11月,收入增长。5月份以来延续负增长,比上年同期回落7个百分点。",
        "2019-01-03",
        [
            ("2018年1-11月", "range", "2018-01-01", "2018-11-30"),
            ("5月份以来", "since", "2018-05-01", "2019-01-03"),
            ("上年同期", "on", "2017-01-01", "2017-11-30"),
        ],
    ),
]

RANGES: list[Row] = [
    # A range's points read the text's context as a point alone does: 1-本月 under a title's month is that month's.
    (
        "某省旅游统计月报\n2020年3月\n项目 | 本月 | 1-本月累计 |",
        "2020-04-20",
        [
            ("2020年3月", "on", "2020-03-01", "2020-03-31"),
            ("本月", "on", "2020-03-01", "2020-03-31"),
            ("1-本月", "range", "2020-01-01", "2020-03-31"),
        ],
    ),
    # A part of the day between a range's start and its connector (下午, 白天, 零时) leaves it a range of days.
    (
        "1月27日下午—1月29日停诊。",
        "2017-01-10",
        [("1月27日下午—1月29日", "range", "2017-01-27", "2017-01-29")],
    ),
    (
        "(记者)28日下午到29日,全县普降暴雨。",
        "2013-06-30",
        [("28日下午到29日", "range", "2013-06-28", "2013-06-29")],
    ),
    # A range end's day in digits may lose its 日 before a clause break, after a start that wrote its day.
    (
        "2022年9月9日至28,督察组在我市开展督察。",
        "2023-01-10",
        [("2022年9月9日至28", "range", "2022-09-09", "2022-09-28")],
    ),
    ("2022年9月至28,", "2023-01-10", [("2022年9月", "on", "2022-09-01", "2022-09-30")]),
    # -- typed for a dash.
    (
        "体检时间:10月15日--11月25日。",
        "2018-10-10",
        [("10月15日--11月25日", "range", "2018-10-15", "2018-11-25")],
    ),
    # A fiscal year split over two, the second written with four digits (Hong Kong's accounts); not two apart.
    (
        "行管会2023/2024年度事务报告:会议时数由2022/2023年度增加。",
        "2025-09-08",
        [
            ("2023/2024年度", "range", "2023-01-01", "2024-12-31"),
            ("2022/2023年度", "range", "2022-01-01", "2023-12-31"),
        ],
    ),
    ("2019/2021年度", "2020-01-01", []),
    # A year whose 年 was lost before the months of a range from January (20191-8月份); an amount's digits are not.
    (
        "数据显示20191-8月份全国零售额增长。",
        "2019-09-20",
        [("20191-8月份", "range", "2019-01-01", "2019-08-31")],
    ),
    ("编号20191-8号", "2019-09-20", []),
    # 来 after a year of four digits is "since" (2022年来), as after 今年; 来华 is "came to China".
    (
        "2022年来,全镇公开信息127条;2019年来华。",
        "2023-01-20",
        [("2022年来", "since", "2022-01-01", "2023-01-20"), ("2019年", "on", "2019-01-01", "2019-12-31")],
    ),
    # 节 before 前 or 后 belongs to a holiday (“五一” 节前); after a year it is the festival's (2025年节后收心大会).
    ("民政局2025年节后收心大会", "2025-02-05", [("2025年", "on", "2025-01-01", "2025-12-31")]),
    ("开展“五一” 节前安全检查", "2025-02-05", [("五一” 节前", "before", None, "2025-04-30")]),
    # 从 or 自 before a date and an event that starts from it or runs from it to another time governs the event: the
    # date is only its date; not a time of the day the date starts at.
    (
        "从2015年第三批专项巡视动员部署开始,每轮巡视都开展整改。",
        "2016-05-21",
        [("2015年", "on", "2015-01-01", "2015-12-31")],
    ),
    ("这个案件从2018年发现线索到如今。", "2021-03-28", [("2018年", "on", "2018-01-01", "2018-12-31")]),
    # The span since the event runs up to now: the sentences after it speak of the reference year again, as after
    # 2010年以来 (8月17日 is this August, not 2010's).
    (
        "自2010年推行开放日活动以来,已举办29次。8月17日的这次活动采取预约方式。",
        "2019-07-30",
        [
            ("2010年", "on", "2010-01-01", "2010-12-31"),
            ("推行开放日活动以来", "since", None, None),
            ("8月17日", "on", "2019-08-17", "2019-08-17"),
        ],
    ),
    (
        "自2020年1月1日零时起,全面禁止燃放烟花爆竹。",
        "2020-01-10",
        [("自2020年1月1日", "since", "2020-01-01", "2020-01-10")],
    ),
    # 至 after a word, before a year, a month or a word of the year, is "up to" it (a range's 至 follows its start);
    # not 甚至, nor after a verb of change or of moving to, where the date is the figure's or the new one.
    (
        "本港财政储备至2020年3月底预计为11752亿元,通告有效期至2025年2月12日。",
        "2019-02-27",
        [("至2020年3月底", "until", None, "2020-03-31"), ("至2025年2月12日", "until", None, "2025-02-12")],
    ),
    (
        "收入由8.6万元增至2006年的12万元,甚至2020年也有增长;公休日顺延至5月3日。",
        "2021-03-01",
        [
            ("2006年", "on", "2006-01-01", "2006-12-31"),
            ("2020年", "on", "2020-01-01", "2020-12-31"),
            ("5月3日", "on", "2020-05-03", "2020-05-03"),
        ],
    ),
]

THIS_MONTH_UNDATED: list[Row] = [
    # On an undated page, 本月 is the last month the text stated with its year (a monthly circular whose title
    # names its month without the year); with none stated, nothing.
    (
        "热线四月情况通报\n2018年4月,共办理工单2736件。\n(一)城乡建设方面本月共办理工单806件。",
        None,
        [
            ("四月", "on", None, None),
            ("2018年4月", "on", "2018-04-01", "2018-04-30"),
            ("本月", "on", "2018-04-01", "2018-04-30"),
        ],
    ),
    ("城乡建设方面本月共办理工单806件。", None, [("本月", "on", None, None)]),
]

WEEKDAYS_PRINTED: list[Row] = [
    # A weekday in brackets after a month and day without a year names the year, of the one the rules chose and the
    # two beside it, in which that day falls on it (a plan of February 2024 for May: 2024-05-11 is a Saturday,
    # 2023-05-11 a Thursday); 劳动节, which prints none, keeps the rules' year.
    (
        "二、劳动节\n4月28日(星期日)、5月11日（星期六）上班上课。",
        "2024-02-26",
        [
            ("劳动节", "on", "2023-05-01", "2023-05-01"),
            ("4月28日", "on", "2024-04-28", "2024-04-28"),
            ("5月11日", "on", "2024-05-11", "2024-05-11"),
        ],
    ),
    # 周 and full-width brackets; the same range without its weekdays stays in the rules' year.
    (
        "学生于2月24日（周六）至25日（周日）返校报到。",
        "2023-12-27",
        [("2月24日（周六）至25日", "range", "2024-02-24", "2024-02-25")],
    ),
    ("学生于2月24日至25日返校报到。", "2023-12-27", [("2月24日至25日", "range", "2023-02-24", "2023-02-25")]),
    # Working days of a holiday plan of late December, in January and February (2014-01-26 was a Sunday); without
    # their weekdays they read as last winter's reports.
    (
        "1月26日(周日)、2月8日(周六)照常上班。",
        "2013-12-27",
        [("1月26日", "on", "2014-01-26", "2014-01-26"), ("2月8日", "on", "2014-02-08", "2014-02-08")],
    ),
    (
        "1月26日、2月8日照常上班。",
        "2013-12-27",
        [("1月26日", "on", "2013-01-26", "2013-01-26"), ("2月8日", "on", "2013-02-08", "2013-02-08")],
    ),
    # A weekday no year beside the chosen one has (2022-2024: Wednesday, Thursday, Saturday) is a misprint: nothing
    # moves; nor where the year it names would put the day further from the reference date (2025-06-03 is a
    # Tuesday, but a misprint by a day looks the same as a year on, and 2024-06-03 is 17 days back), nor a year the
    # text writes.
    ("5月11日(星期二)上班。", "2024-02-26", [("5月11日", "on", "2023-05-11", "2023-05-11")]),
    ("6月3日(星期二)完成整改。", "2024-06-20", [("6月3日", "on", "2024-06-03", "2024-06-03")]),
    # Nor where the paragraph wrote the year the rules chose (2020-05-11, a Monday, is nearer the reference, but the
    # paragraph speaks of 2019).
    (
        "2019年工作总结:5月11日(星期一)召开会议。",
        "2020-03-01",
        [("2019年", "on", "2019-01-01", "2019-12-31"), ("5月11日", "on", "2019-05-11", "2019-05-11")],
    ),
    ("2023年5月11日(星期六)上班。", "2024-02-26", [("2023年5月11日", "on", "2023-05-11", "2023-05-11")]),
]

_TABLES = {
    "page-dates": PAGE_DATES,
    "undated-titles": UNDATED_TITLES,
    "ranges": RANGES,
    "news-days": NEWS_DAYS,
    "same-period": SAME_PERIOD,
    "years": YEARS,
    "reports-own-year": REPORTS_OWN_YEAR,
    "same-month": SAME_MONTH,
    "included-ends": INCLUDED_ENDS,
    "taiwan-and-macao": TAIWAN_AND_MACAO,
    "hours-and-notes": HOURS_AND_NOTES,
    "lunar-days": LUNAR_DAYS,
    "weekdays-printed": WEEKDAYS_PRINTED,
    "this-month-undated": THIS_MONTH_UNDATED,
}


@pytest.mark.parametrize(("text", "reference", "expected"), table_params(_TABLES))
def test_the_periods_of_sets_dp_to_em(text: str, reference: str | None, expected: list[Read]) -> None:
    assert read_periods_on(text, reference) == expected
