"""Clean fictional notices in several styles, the raw material of test_checks_damage.py.

Every body here is invented (青禾 is no real place); each is clean as written, so ``check`` must find no error
in it, and every defect the damage generator puts in must be found.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# Style A: aspects 一、 → （一） → findings 1. → measures 一是, findings numbered on across sections.
SAMPLE = (ROOT / "examples" / "sample_notice.md").read_text(encoding="utf-8")

# Style B: narrative progress with run-in leads （一）提高政治站位。 and 一是/二是 measures, bold headings.
NARRATIVE = """\
中共青禾市委关于十届市委第三轮巡视整改进展情况的通报

根据省委统一部署，2023年3月6日至4月28日，省委第五巡视组对青禾市委开展了常规巡视。2023年6月16日，\
省委第五巡视组向青禾市委反馈了巡视意见。按照《中国共产党巡视工作条例》有关规定，现将巡视整改进展情况予以公布。

**一、把巡视整改作为重大政治任务抓紧抓实**

（一）提高政治站位。市委把巡视整改作为检验“四个意识”的重要标尺，一是召开市委常委会会议5次专题研究整改工作；\
二是成立由市委书记任组长的整改工作领导小组；三是制定整改方案，明确整改措施126条。

（二）压实整改责任。市委书记履行第一责任人职责，带头领办重点问题8个。一是建立整改台账，实行清单管理、销号推进；\
二是开展整改督导3轮，督促整改问题41个。

**二、聚焦反馈问题推动整改落地见效**

（一）关于贯彻落实党中央决策部署有差距的问题。一是深入开展主题教育，举办专题读书班4期，培训党员干部1200余人次。\
二是推动产业转型升级，今年前三季度规模以上工业增加值同比增长8.6%。三是抓好生态环境问题整改，\
上级交办的23个问题已整改到位21个，整改完成率91.3%。

（二）关于全面从严治党有差距的问题。一是严肃执纪问责，今年以来立案审查调查156件，给予党纪政务处分149人。\
二是整治形式主义、官僚主义，全市发文数量同比下降28.4%。

（三）关于选人用人和基层党组织建设有短板的问题。一是优化干部队伍结构，调整交流干部87名。\
二是整顿软弱涣散基层党组织32个，均已完成整顿。

**三、巩固深化巡视整改成果**

下一步，市委将持续推进整改落实。一是对尚未完成的整改任务紧盯不放，确保2024年6月底前全部完成。\
二是健全长效机制，推动建章立制成果转化。三是强化监督检查，防止问题反弹回潮。

欢迎广大干部群众对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。\
联系电话：0739-5862017（工作日）；邮政信箱：青禾市1001号信箱，邮编：422000；电子邮箱：qhswxc@example.cn。

中共青禾市委

2023年11月30日
"""

# Half-width (一), 1、 and （1） markers: sections 一、 → (一) → 1、 → findings （1）.
MARKERS = """\
# 青禾县交通运输局党组关于县委第二轮巡察整改进展情况的通报

　　根据县委统一部署，2023年5月8日至6月30日，县委第二巡察组对县交通运输局党组进行了专项巡察。\
2023年8月10日，县委第二巡察组向县交通运输局党组反馈了巡察意见。现将整改进展情况通报如下。

一、整改工作的组织推进情况

　　局党组召开专题会议6次研究部署整改工作，制定整改方案，细化整改措施58条。

二、巡察反馈问题的整改落实情况

(一)关于党的领导弱化的问题

1、关于学习贯彻不深入的问题

（1）理论学习流于形式。修订局党组理论学习中心组学习规则，今年以来开展集中学习9次。

（2）调查研究不够扎实。局班子成员深入项目一线调研41人次，解决问题17个。

2、关于重点项目推进缓慢的问题

（1）农村公路建设滞后。新改建农村公路86.5公里，完成年度计划的92.4%。

（2）项目资金拨付不及时。已拨付项目资金3260万元。

(二)关于全面从严治党不力的问题

1、关于监督执纪不严的问题

（1）廉政风险防控不到位。排查廉政风险点64个，制定防控措施71条。

（2）违规发放津补贴。清退违规发放津补贴4.2万元，涉及人员15人。

（3）公务用车管理不规范。建立公务用车使用登记制度，安装定位设备23台。

三、下一步整改工作打算

　　下一步，局党组将巩固整改成果，计划于2024年6月底前完成制度评估。

　　欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0739-6223456，13907391234；\
电子邮箱：qhjtj@163.com。

　　　　　　　　　　　　　　　　　青禾县交通运输局党组
　　　　　　　　　　　　　　　　　　2023年10月16日
"""


def hard_wrap(paragraphs: str, width: int = 30) -> str:
    """Plain text as a PDF converter gives it: each paragraph indented with two ideographic spaces and cut into
    lines of ``width`` characters, wherever the cut falls (inside a word, a number or a marker)."""
    lines: list[str] = []
    for paragraph in paragraphs.strip().split("\n"):
        text = "\u3000\u3000" + paragraph
        lines.extend(text[i : i + width] for i in range(0, len(text), width))
    return "\n".join(lines) + "\n"


# Plain text, hard-wrapped: 一、 → （一） → 1. findings numbered on across sections → 一是/二是 measures.
WRAPPED = hard_wrap("""\
中共青禾县水利局党组关于巡察整改情况的通报
根据县委统一部署，2023年2月20日至4月14日，县委第四巡察组对县水利局党组开展了常规巡察。2023年5月22日，县委第四巡察组向县水利局党组反馈了巡察意见。现将巡察整改情况予以公布。
一、关于贯彻落实党的路线方针政策和决策部署方面
（一）着力解决水利项目建设推进不力的问题
1.水库除险加固进度滞后问题整改情况。一是成立工作专班，实行挂图作战。二是完成9座小型水库除险加固，完成投资2180万元。三是建立工程质量巡查制度。
2.农村饮水安全保障不到位问题整改情况。新建供水工程14处，农村自来水普及率达到96.2%。
（二）着力解决河湖管理保护不严的问题
3.河道采砂监管不力问题整改情况。一是开展非法采砂专项整治，查处案件11起。二是完善河长巡河制度，县乡村三级河长巡河1860人次。
二、关于全面从严治党方面
（一）着力解决监督责任落实不到位的问题
4.工程招投标监管不严问题整改情况。修订招投标管理办法，对12个项目开展专项检查。
5.财务管理不规范问题整改情况。一是清理往来款项，收回资金86万元。二是规范报销程序，退回不合规票据43张。下一步，计划2024年5月底前完成财务制度修订。
欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0739-4125678；电子邮箱：qhslj@example.cn。
中共青禾县水利局党组
2023年10月30日
""")

# Style C: a whole round in one paragraph of statistics, no sections.
ROUND = """\
青禾县委巡察工作领导小组关于十四届县委第三轮巡察集中整改进展情况的通报

根据县委统一部署，2023年3月20日至5月19日，县委4个巡察组对县发展改革局等12个单位党组织开展了常规巡察。\
2023年6月28日，各巡察组分别向被巡察党组织反馈了巡察意见。现将集中整改进展情况予以公布。

截至2023年10月31日，巡察反馈的356个问题，完成整改341个，基本完成9个，未完成6个，总体完成率95.79%。\
被巡察党组织建立完善制度128项，清退违规资金46.3万元，给予党纪政务处分11人，诫勉谈话23人次。\
对尚未完成整改的6个问题，各被巡察党组织已制定整改计划，力争2024年3月底前全部完成。

欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0739-5210388；电子邮箱：qhxcb@example.cn。

中共青禾县委巡察工作领导小组

2023年11月15日
"""

# Four levels (一、 （一） 1. （1）) under bold headings, page clutter before the title, a feedback date without a
# year, measures 第一/第二 and ①②③.
LEVELS = """\
首页 > 巡察工作 > 整改通报

**中共青禾县教育局党组关于县委第五巡察组巡察反馈意见整改情况的通报**

根据县委统一部署，2023年4月17日至6月9日，县委第五巡察组对县教育局党组开展了常规巡察。7月12日，\
县委第五巡察组向县教育局党组反馈了巡察意见。现将整改情况予以公布。

**一、关于党的领导方面**

**（一）落实教育根本任务有差距**

1. 思政课建设薄弱问题

（1）思政课教师配备不足。整改情况：第一，通过公开招聘补充专职思政课教师18名；第二，组织兼职教师专题培训3期。

（2）课程质量不高。整改情况：开展思政课集体备课46次，评选优质课例22个。

2. 校园安全管理问题

（1）安全隐患排查不彻底。整改情况：①排查校舍、消防等隐患137处；②完成整改131处；③其余6处正在施工。

（2）食堂管理不规范。整改情况：全县学校食堂“明厨亮灶”覆盖率达到100%。

**（二）落实意识形态工作责任制不到位**

3. 意识形态阵地管理问题

（1）校园网站审核不严。整改情况：建立网站信息三级审核制度，清理过期信息312条。

**二、关于全面从严治党方面**

**（一）主体责任落实不到位**

4. 党风廉政建设问题

（1）违规收取费用。整改情况：清退违规收取的资料费12.8万元，对4名责任人进行诫勉谈话。

（2）经费管理不严。整改情况：修订《局机关经费管理办法》，下一步，计划2024年4月底前完成全系统财务检查。

欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0739-5236188；邮政地址：青禾县建设路12号县教育局；\
邮编：422800；电子邮箱：qhjyj@example.cn。

中共青禾县教育局党组

2023年9月28日
"""

# An existing hard-wrapped notice of the parser tests: an e-mail address is cut by a line break.
WRAPPED_CUT = (HERE / "_hard_wrapped.txt").read_text(encoding="utf-8")

NOTICES: dict[str, str] = {
    "sample": SAMPLE,
    "narrative": NARRATIVE,
    "markers": MARKERS,
    "wrapped": WRAPPED,
    "wrapped_cut": WRAPPED_CUT,
    "round": ROUND,
    "levels": LEVELS,
}

# The real notice of ../shared (never copied into the repository): its Markdown headings are as deep as they
# please, page breaks cut its sentences, and it already holds three stray " and " and one level jump.
REAL_NOTICE = ROOT.parent / "shared" / "corpus" / "000_b565cbef8bc7a4b1.txt"
if REAL_NOTICE.exists():
    NOTICES["real"] = REAL_NOTICE.read_text(encoding="utf-8")
