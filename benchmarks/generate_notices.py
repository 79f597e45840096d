"""Write a folder of varied notices for batch benchmarks: every figure, date, name and length differs.

    python benchmarks/generate_notices.py OUT_DIR [--count 2000] [--seed 1]

Each notice is drawn from a seeded random generator: its issuer, dates, number of sections and findings, figures
and plans all vary, so no two share their text and no cache can flatter a measurement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

_PLACES = ["青禾", "临川", "白石", "东湖", "松山", "安平", "柳河", "星桥", "云岭", "河西", "北塘", "南屏"]
_BODIES = [
    "县农业农村局党组",
    "县教育局党组",
    "区卫生健康委党委",
    "市生态环境局党组",
    "县水利局党组",
    "镇党委",
]
_MODES = ["常规", "专项", "“回头看”"]
_TOPICS = [
    ("高标准农田建设进度滞后", "新建高标准农田{a}万亩，完成年度任务的{p}%，累计投入资金{m}余万元"),
    ("惠农补贴发放不规范", "追回多发、错发资金{a}万元，对{n}名责任人进行了诫勉谈话"),
    ("调查研究不深入", "班子成员今年累计下乡调研{n}人次，帮助解决实际问题{k}个"),
    ("集体资产监管不严", "清理合同{n}份，收回被侵占集体土地{k}亩，追缴欠款{a}万元"),
    ("项目资金拨付滞后", "已拨付资金{m}万元，拨付率由{p}%提高到{q}%"),
    ("制度执行不严格", "修订完善制度{k}项，开展专项检查{n}次，整改问题{k}个"),
]
_PLANS = [
    "下一步，计划于{y}年{mo}月底前完成剩余工作。",
    "预计{y}年底前全部完成。",
    "力争{y}年{mo}月投入使用。",
    "",
]


def _notice(rng: random.Random, index: int) -> str:
    place = rng.choice(_PLACES)
    body = rng.choice(_BODIES)
    year = rng.randint(2019, 2025)
    start = dt.date(year, rng.randint(1, 6), rng.randint(1, 28))
    end = start + dt.timedelta(days=rng.randint(30, 60))
    feedback = end + dt.timedelta(days=rng.randint(20, 60))
    issued = feedback + dt.timedelta(days=rng.randint(60, 120))
    group = rng.randint(1, 9)
    lines = [
        f"中共{place}{body}关于巡察整改情况的通报",
        "",
        (
            f"根据{place}县委统一部署，{start.year}年{start.month}月{start.day}日至{end.month}月{end.day}日，"
            f"县委第{'一二三四五六七八九'[group - 1]}巡察组对{body}开展了{rng.choice(_MODES)}巡察。"
            f"{feedback.year}年{feedback.month}月{feedback.day}日，巡察组反馈了巡察意见。现将巡察整改情况予以公布。"
        ),
    ]
    total = rng.randint(8, 60)
    done = rng.randint(total // 2, total)
    ongoing = rng.randint(0, total - done)
    rate = (Decimal(100 * done) / total).quantize(Decimal("0.1"), ROUND_HALF_UP)  # as issuers round
    lines += [
        "",
        (
            f"截至目前，巡察反馈的{total}个问题，已完成整改{done}个，正在推进{ongoing}个，"
            f"未完成{total - done - ongoing}个，整改完成率{rate}%。"
        ),
    ]
    number = 0
    for section in range(1, rng.randint(2, 4) + 1):
        lines += ["", f"{'一二三四五'[section - 1]}、关于第{section}方面问题的整改情况", ""]
        for _ in range(rng.randint(2, 6)):
            number += 1
            title, outcome = rng.choice(_TOPICS)
            figures = {
                "a": f"{rng.randint(1, 999) / 10:g}",
                "p": rng.randint(50, 130),
                "q": rng.randint(50, 130),
                "m": rng.randint(10, 9000),
                "n": rng.randint(2, 400),
                "k": rng.randint(2, 60),
            }
            plan = rng.choice(_PLANS).format(y=issued.year + 1, mo=rng.randint(1, 12))
            lines += [
                f"{number}. {title}问题整改情况。一是{outcome.format(**figures)}。二是建立长效机制。{plan}",
                "",
            ]
    lines += [
        f"欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0739-{rng.randint(1000000, 9999999)}。",
        "",
        f"中共{place}{body}",
        f"{issued.year}年{issued.month}月{issued.day}日",
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    write_notices(args.out, args.count, seed=args.seed)
    print(f"{args.count} notices in {args.out}", file=sys.stderr)
    return 0


def write_notices(folder: Path, count: int, *, seed: int = 1) -> None:
    """Write ``count`` notices into ``folder`` as notice_00000.txt …; the same seed writes the same files."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        (folder / f"notice_{index:05d}.txt").write_text(_notice(rng, index), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
