"""Build a notice in a script, print it as JSON and check that the JSON reads back to the same notice.

The notice is FICTIONAL: 青禾县 and its bodies, people, figures and contacts are made up.

    python examples/build_notice.py
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal

import xuncha
from xuncha import (
    Contact,
    ContactKind,
    Inspection,
    Modality,
    Notice,
    Period,
    Precision,
    Qualifier,
    Quantity,
    Relation,
    Status,
    finding,
    measure,
    section,
)


def build() -> Notice:
    """The fictional notice of 中共青禾县农业农村局党组, numbered by xuncha.renumber."""
    inspection = Inspection(
        inspector="县委第三巡察组",
        dispatcher="县委",
        target="县农业农村局党组",
        mode="常规",
        period=Period(dt.date(2024, 3, 11), dt.date(2024, 5, 10), Relation.RANGE),
        feedback_date=dt.date(2024, 6, 18),
        basis=("中国共产党巡视工作条例",),
    )
    draft = Notice(
        "中共青禾县农业农村局党组关于巡察整改进展情况的通报",
        issuer="中共青禾县农业农村局党组",
        inspection=inspection,
        date=dt.date(2024, 12, 20),
        opening=(
            "根据县委统一部署，2024年3月11日至5月10日，县委第三巡察组对县农业农村局党组开展了常规巡察。"
            "2024年6月18日，县委第三巡察组向县农业农村局党组反馈了巡察意见。"
            "按照《中国共产党巡视工作条例》有关规定，现将巡察整改进展情况予以公布。"
        ),
        sections=[
            section(
                "“贯彻落实党的路线方针政策和党中央决策部署有差距”方面",
                section(
                    "着力解决推动乡村振兴工作不够有力的问题",
                    finding(
                        "高标准农田建设进度偏慢问题整改情况",
                        measure(
                            "制定《青禾县高标准农田建设三年行动方案》，倒排工期、挂图作战。",
                            documents=["《青禾县高标准农田建设三年行动方案》"],
                        ),
                        measure(
                            "截至11月底，新建高标准农田1.2万亩，完成年度任务的96%。",
                            quantities=[
                                Quantity(Decimal("1.2"), "万亩", text="1.2万亩"),
                                Quantity(Decimal("96"), "%", text="96%"),
                            ],
                            periods=[
                                Period(
                                    None,
                                    dt.date(2024, 11, 30),
                                    Relation.UNTIL,
                                    Precision.MONTH,
                                    text="截至11月底",
                                )
                            ],
                        ),
                        measure(
                            "剩余4%的任务计划于2025年3月底前完成。",
                            modality=Modality.PLANNED,
                            deadline=Period(None, dt.date(2025, 3, 31), Relation.BEFORE, Precision.MONTH),
                        ),
                        problem="高标准农田建设进度偏慢",
                        status=Status.IN_PROGRESS,
                    ),
                ),
            ),
            section(
                "“落实全面从严治党战略部署不到位”方面",
                finding(
                    "惠农资金监管不严问题整改情况",
                    "开展惠农补贴资金专项清理，追回违规发放资金38.6万余元。",
                    "建立补贴资金发放“一卡通”公示制度，每季度公开一次。",
                    problem="惠农资金监管不严",
                    status=Status.COMPLETED,
                    quantities=[
                        Quantity(
                            Decimal("38.6"),
                            "万元",
                            qualifier=Qualifier.MORE_THAN,
                            qualifier_text="余",
                            text="38.6万余元",
                        )
                    ],
                ),
                finding(
                    "基层党组织作用发挥不充分问题整改情况",
                    "对12个村党支部开展结对帮扶，培训村干部80余人次。",
                    problem="基层党组织作用发挥不充分",
                    status=Status.LONG_TERM,
                ),
            ),
        ],
        closing="欢迎广大干部群众对巡察整改落实情况进行监督。如有意见和建议，请及时向我们反映。",
        contacts=[
            Contact(ContactKind.PHONE, "0000-5550123", label="联系电话"),
            Contact(ContactKind.POSTAL_ADDRESS, "青禾县人民路1号县农业农村局办公室", label="邮政地址"),
            Contact(ContactKind.POSTCODE, "000000", label="邮编"),
            Contact(ContactKind.EMAIL, "qhxnyj-xczg@example.org", label="电子邮箱"),
        ],
        signature="中共青禾县农业农村局党组",
    )
    return xuncha.renumber(draft)


def main() -> int:
    notice = build()
    text = xuncha.to_json(notice)
    print(text)
    again = xuncha.from_json(text)
    if again != notice:
        print("the JSON did not read back to the same notice", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
