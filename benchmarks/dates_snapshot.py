"""Guard for speed work on the date scanner: extract_periods' output must not change.

Run from the repository root:

    PYTHONPATH=src python benchmarks/dates_snapshot.py save FILE    # before a change (or on main)
    PYTHONPATH=src python benchmarks/dates_snapshot.py check FILE   # after it; exit 1 on any difference

Inputs: the real notice in ../shared/corpus (when present), examples/sample_notice.md, every passage in
tests/_passages, every string literal in tests/test_dates.py and tests/test_dates_realistic.py, 20,000
seeded random strings over a date-ish alphabet and 20,000 over a smaller, denser one. Each is scanned with no reference and with two references;
every period's text, span, start, end, relation and precision is recorded (an error counts as output too).
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

from xuncha import XunchaError, extract_periods

ROOT = Path(__file__).resolve().parents[1]
REFERENCES = (None, dt.date(2023, 12, 25), dt.date(2024, 3, 15))
# Characters the grammar reads, with some of the words around dates, digits, spaces and separators.
ALPHABET = (
    "0123456789０１２３４５６７８９〇○零一二三四五六七八九十两百千年月日号份度季旬半上中下初底末前后之以内来今本当去明次同"
    "自从至到截止直迄即起开始现目阶段近个周天第春夏秋冬节元旦国庆劳动五一七党大期间假夕除清端午中宵重阳岁每长"
    "—–-~〜.、/，,。；：:“”《》（）() \u3000\xa0\n已了计划将完成整改工作的军际迄为个%"
)
# A smaller alphabet, so that most strings hold dates and ranges that run into each other.
DENSE_ALPHABET = "0123456789一二三四五十两〇年月日号季度个旬至到—-、./前后上中下半初底末今本去明当起以来内第 "

# Starts the inputs above rarely or never show.
EXTRA_PHRASES = (
    "第一季度", "2023年第3季度末", "前第二季度", "一季度", "第4个季度", "第十季度", "，直至2024年6月", "直到年底前",
    "直至目前", "〇〇二三年", "○九九九年至二〇〇〇年", "零零一零年", "二〇二三年三月", "12季度", "1.2023年3月",
    "“十一”期间", "十一”", "十四五”以来", "“十三五”时期", "党的十九大以来", "二十大”以来", "到目前为止", "至今年",
    "自 2023年", "从　今年3月起", "截止到11月底", "迄今为止", "近半年", "近 3 年", "三年来", "3个月以来", "五一前",
    "七一前", "七夕节", "国际劳动节", "重阳节后", "建军节", "建党节前", "除夕", "清明前", "端午节", "中秋、国庆前后",
    "元宵节", "元旦春节期间", "岁末", "岁初", "年内", "年初", "本月底", "上个月", "下半年", "上一年", "下一年",
    "前两个季度", "前10个月", "前年", "后年", "来年", "次年3月", "同年", "当前", "现阶段", "即日起至2024年6月30日",
    "春季", "春节前", "夏季", "秋季", "冬季", "6、7月份", "2022、2023年", "二、三季度", "1-11月", "13-15日",
    "2023.3.13", "2023/3/13", "2023-03-13", "2023年3月至2024年", "今明两年", "〇〇〇〇—2023年", "零零零零、2023年", "零零零零至2023年",
)  # fmt: skip


def texts() -> Iterator[tuple[str, str]]:
    for shared in (ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        corpus = shared / "corpus"
        if corpus.is_dir():
            for path in sorted(corpus.glob("*.txt")):
                yield path.name, path.read_text(encoding="utf-8")
            break
    yield "sample_notice.md", (ROOT / "examples" / "sample_notice.md").read_text(encoding="utf-8")
    for path in sorted((ROOT / "tests" / "_passages").iterdir()):
        if path.name != "README.md":
            yield path.name, path.read_text(encoding="utf-8")
    for name in ("test_dates.py", "test_dates_realistic.py"):
        tree = ast.parse((ROOT / "tests" / name).read_text(encoding="utf-8"))
        literals = sorted(
            {
                node.value
                for node in ast.walk(tree)
                if isinstance(node, ast.Constant) and isinstance(node.value, str)
            }
        )
        for number, literal in enumerate(literals):
            yield f"{name}#{number}", literal
    for number, phrase in enumerate(EXTRA_PHRASES):
        yield f"extra#{number}", phrase
    rng = random.Random(20261127)
    for number in range(20_000):
        yield f"random#{number}", "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 40)))
    for number in range(20_000):
        yield f"dense#{number}", "".join(rng.choice(DENSE_ALPHABET) for _ in range(rng.randint(1, 30)))


def snapshot() -> dict[str, list[object]]:
    result: dict[str, list[object]] = {}
    for name, text in texts():
        for reference in REFERENCES:
            try:
                periods: object = [
                    [p.text, None if p.span is None else [p.span.start, p.span.end], str(p.start), str(p.end),
                     p.relation.value, p.precision.value]
                    for p in extract_periods(text, reference=reference)
                ]  # fmt: skip
            except XunchaError as error:
                periods = f"{type(error).__name__}: {error}"
            result[f"{name}@{reference}"] = [text, periods]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    path: Path = args.file
    current = snapshot()
    if args.action == "save":
        path.write_text(json.dumps(current, ensure_ascii=False), encoding="utf-8")
        print(f"saved {len(current)} scans to {path}")
        return 0
    saved = json.loads(path.read_text(encoding="utf-8"))
    differences = [key for key in saved.keys() | current.keys() if saved.get(key) != current.get(key)]
    for key in sorted(differences)[:20]:
        print(f"{key}:\n  before {saved.get(key)}\n  after  {current.get(key)}")
    print(f"{len(differences)} differences in {len(current)} scans")
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
