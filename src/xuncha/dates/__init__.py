"""Chinese dates and time expressions: absolute dates, ranges, parts of a year, relative dates and deadlines.

:func:`parse_period` reads one expression, :func:`extract_periods` finds every expression in a text. Each
result is a :class:`~xuncha.models.Period` with inclusive first and last days, its relation (on, range,
since, until, before, after), its precision, and the exact source text and span.

>>> import datetime as dt
>>> p = parse_period("2023年3月13日至4月28日")
>>> p.start, p.end, p.relation.value
(datetime.date(2023, 3, 13), datetime.date(2023, 4, 28), 'range')
>>> parse_period("春节前", reference=dt.date(2023, 12, 25)).end
datetime.date(2024, 2, 9)
>>> [p.text for p in extract_periods("今年 6 月、10 月，对领导小组进行了调整")]
['今年 6 月', '10 月']

Resolution rules (see docs/dates.md):

* Relative expressions (今年, 去年, 目前, …以来) are resolved against ``reference``, the date of the text
  (a notice's own date). Without a reference, every bound that depends on it is ``None``: never today's date.
* A month or month-day without a year takes the year stated last before it in the same paragraph
  ("2022年…，3月…"); with none stated, the reference year. 当年/同年 refer back the same way; 次年 is the
  year after it. 全年, 上年, 年末 and 上半年 (a bulletin's words) take the year stated last in the whole
  text, across paragraphs; 上年 compares and does not change it. Three things state no such year: a range of whole years (2017—2022年), a date inside a
  title (《…（2023-2026 年）》), and "…以来", after which the text speaks of the reference year.
* With no year stated before it, a bare date that would put a reported event more than two months after the
  reference date is last year's, and a deadline that would have passed is next year's, unless words of plan
  (计划, 预计 …) or of completion (已, 了) in the sentence say otherwise.
* In a range the second part inherits the first part's year and month ("2023年3月13日至4月28日"), moving to
  the next year when it would otherwise end before it starts ("2022年12月至3月") and would then last at most
  six months; a longer one was written backwards (2023年5月26日至4月10日) and is refused.
* "…前" (之前, 以前, 内) is a deadline that includes the period it names (年底前, 2024年6月前 end on
  31 December and 30 June); "…后" (以后, 之后) starts with it. A holiday is the exception: 春节前 ends the day
  before the festival, and without a year it is the next one after the reference date (the one just
  passed when the next is months away and the sentence reports it done: "春节前，走访慰问了…" in March).
* "…以来" and "…至今" end on the reference date; "…起" and "自…" too once their start has come.
  截至/截止 fix the end only. Event-relative "整改工作以来" keeps its text with no dates, unless a date
  comes right before the event ("2023年9月5日进驻以来" runs from that date; not when the event names its
  subject, 2019年1月市退役军人事务局组建以来, where the date only dates the event).
* Counts are measured from the reference date: 近三年, 过去三年, 三年来 back to it, 今后五年 and 未来2个月
  from it, 3年后 and 两年前 the day that far (60日内, a time limit, is a duration and gives no date); 今天,
  明天; 大前年 is three years back.
* A deadline word (年底, 年中, 9月底, 三季度末) that lies ahead looks forward, however far, unless the
  sentence reports it done. A two-digit year (15年) takes its century from a four-digit year stated before
  it in the paragraph, or is refused; never the reference year. A three-digit year before a month or 年度
  (114年度) is a Minguo year, as Taiwan's pages write them (2025).
* Seasons are meteorological: 冬季 runs from December to the end of the next February.

The package by concern: ``_grammar`` (the expression, built from tables on first use), ``_pieces`` (what it
is written from), ``_starts`` (where a match can start); the dates a match names: ``_resolve`` (the relation
and the year the text speaks of next), ``_point`` (one date point), ``_ranges`` (two points), ``_spans``
(counts and words relative to the reference date: 近三年, 3年后, 今天), ``_tense`` (the year a bare date takes)
and ``_context`` (what a scan knows of the text so far); ``_reading`` (a text's matches in order) and
``_extract`` (scanning a text), ``_format`` (writing a period back) and ``_calendar`` (month ends, holidays).
The scanner is a regular expression whose every repetition is bounded, so matching is linear in the length of
the text; decisions are table look-ups.
"""

from __future__ import annotations

from xuncha.dates._calendar import MAX_YEAR as MAX_YEAR
from xuncha.dates._calendar import MIN_YEAR as MIN_YEAR
from xuncha.dates._extract import Rejected as Rejected
from xuncha.dates._extract import Scan as Scan
from xuncha.dates._extract import extract_periods, parse_period
from xuncha.dates._extract import scan_periods as scan_periods  # private: for the checker (xuncha.checks)

__all__ = ["extract_periods", "parse_period"]
