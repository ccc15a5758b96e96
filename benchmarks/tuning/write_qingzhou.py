# ruff: noqa: E501  (report sentences are data: one line each reads best)
"""Writes the fourth tuning library: yearly reports of a district-level body, 青州区人民政府外事侨务办公室
(2016-2024, the 2020 report missing), two news items about the overseas-Chinese offices of other districts
(南川区, 白沙区) and `qingzhou_questions.jsonl`.

The district reports one overseas-Chinese (侨务) side next to the foreign-affairs side: 侨资企业, 侨捐项目,
visits to 归侨侨眷, 涉外婚姻登记咨询 and 出国（境）证照 besides incoming and outgoing delegations. Each report
repeats nearly the same sentences with other figures, names last year's figure in varied ways and ends
with next year's targets. Every figure in the text and every gold answer come from the tables below;
`check()` then confirms that each gold value is in the written text, that no gold value is also
forbidden, that the traps exist, that the facts of the missing 2020 report are nowhere and that
targets differ from results. Any failure stops the script before a file is written.

    python3 -m benchmarks.tuning.write_qingzhou   # rewrites reports/*青州*, the two news items and qingzhou_questions.jsonl
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.tuning.common import cn, liang, q

HERE = Path(__file__).parent
REPORTS = HERE / "reports"
OFFICE = "青州区人民政府外事侨务办公室"
MISSING_YEAR = 2020
YEARS = [y for y in range(2016, 2025) if y != MISSING_YEAR]  # the 2020 report is not in the library
COVID = {2021, 2022}

# 接待境外来访团组 (批, 人次); 2015 only appears as 上年 in the 2016 report, 2020 only in the 2021 report
VISITS = {2015: (38, 412), 2016: (43, 486), 2017: (47, 531), 2018: (52, 598), 2019: (56, 644), 2020: (6, 37),
          2021: (4, 26), 2022: (11, 93), 2023: (49, 562), 2024: (58, 671)}
# how each report names last year's visits: full = 上年同期为…, diff = 比上年增加…, vs_year = 较2017年的…, pct = 人次同比
VISIT_STYLE = {2016: "full", 2017: "diff", 2018: "vs_year", 2019: "pct", 2021: "full", 2022: "vs_year", 2023: "diff",
               2024: "pct"}
# 审核报批因公出访团组 (批次, 人次); batches of the covid years are written in Chinese numerals
OUTBOUND = {2016: (24, 107), 2017: (27, 118), 2018: (29, 131), 2019: (32, 140), 2020: (2, 7), 2021: (3, 11),
            2022: (5, 19), 2023: (26, 122), 2024: (31, 135)}
OUTBOUND_STYLE = {2017: "vs_year", 2021: "full", 2023: "diff"}
# 办理因公出国（境）证照 (本) and 代办签证 (件)
PAPERS = {2016: (1386, 415), 2017: (1452, 447), 2018: (1538, 468), 2019: (1610, 493), 2020: (325, 61),
          2021: (218, 37), 2022: (406, 85), 2023: (1274, 389), 2024: (1497, 455)}
PAPERS_STYLE = {2019: "diff", 2024: "full"}
MARRIAGE = {2016: 156, 2017: 171, 2018: 183, 2019: 198, 2020: 132, 2021: 145, 2022: 162, 2023: 207, 2024: 219}  # 涉外婚姻登记咨询 (件)
# 侨资企业 at year end (家) and 实际利用侨资 (万美元)
FIRMS = {2015: 186, 2016: 203, 2017: 221, 2018: 238, 2019: 252, 2020: 261, 2021: 270, 2022: 284, 2023: 301, 2024: 317}
FIRMS_STYLE = {2016: "vs_2015", 2017: "diff", 2018: "vs_year", 2019: "full", 2021: "diff", 2022: "full", 2023: "diff",
               2024: "vs_year"}
CAPITAL = {2015: 6850, 2016: 7420, 2017: 8150, 2018: 8930, 2019: 9520, 2020: 7380, 2021: 8060, 2022: 8740,
           2023: 10260, 2024: 11580}
SCOUTS = {2016: 3, 2017: 4, 2018: 4, 2019: 5, 2021: 1, 2022: 2, 2023: 6, 2024: 7}  # 侨商考察团 批次 (推介会 场 in covid years), Chinese numerals
# 侨捐公益项目 (个, 到位资金 万元)
DONATIONS = {2015: (9, 1260), 2016: (11, 1385), 2017: (12, 1520), 2018: (10, 1460), 2019: (14, 1730), 2020: (8, 2150),
             2021: (13, 1640), 2022: (12, 1575), 2023: (15, 1890), 2024: (16, 2035)}
DONATION_STYLE = {2016: "pct", 2017: "full", 2018: "diff", 2019: "pct", 2021: "vs_year", 2022: "diff", 2023: "full",
                  2024: "pct"}
DONATION_USE = {
    2016: "侨乡小学教学楼改造和村级卫生室建设",
    2017: "农村饮水安全工程和敬老院修缮",
    2018: "侨乡道路硬化和乡村图书室建设",
    2019: "青州第二中学侨心科技楼建设和贫困学生助学",
    2021: "社区卫生服务中心设备购置和困难群众帮扶",
    2022: "乡村振兴示范村建设和侨乡古厝保护修缮",
    2023: "侨乡文化广场建设和中小学奖教助学",
    2024: "海丝古港历史街区活化利用和养老服务设施建设",
}
# 走访慰问困难归侨侨眷 (户, 慰问金 万元)
FAMILIES = {2016: (126, 18.6), 2017: (134, 20.1), 2018: (141, 21.5), 2019: (150, 22.8), 2020: (173, 26.4),
            2021: (162, 24.3), 2022: (168, 25.7), 2023: (176, 27.2), 2024: (185, 28.9)}
# 友好交流城市（城区）: (country, name in the text, short name for gold); 4 before 2016, never named
FRIENDS_BEFORE_2016 = 4
FRIENDS: dict[int, list[tuple[str, str, str]]] = {
    2016: [("韩国", "釜山广域市影岛区", "影岛")],
    2017: [("马来西亚", "马六甲市", "马六甲"), ("印度尼西亚", "三宝垄市", "三宝垄")],
    2018: [("泰国", "合艾市", "合艾")],
    2019: [("菲律宾", "宿务市", "宿务"), ("葡萄牙", "阿威罗市", "阿威罗")],
    2020: [("斯里兰卡", "尼甘布市", "尼甘布")],  # only in the missing report: named nowhere
    2021: [],
    2022: [("越南", "海防市吴权郡", "吴权")],
    2023: [("希腊", "比雷埃夫斯市", "比雷埃夫斯"), ("克罗地亚", "里耶卡市", "里耶卡")],
    2024: [("阿联酋", "富查伊拉市", "富查伊拉")],
}
# 青州海丝文化节: (国家和地区, 签约项目 个, 签约金额 亿元); first held 2014, not held in 2022
FEST_NAME = "青州海丝文化节"
FESTIVAL = {2014: (8, 9, 5.2), 2015: (12, 14, 9.4), 2016: (15, 18, 12.6), 2017: (18, 21, 15.3), 2018: (21, 24, 18.7),
            2019: (23, 27, 21.4), 2020: (9, 11, 6.8), 2021: (11, 14, 8.5), 2023: (26, 31, 26.2), 2024: (29, 35, 30.8)}
DIRECTORS = {range(2016, 2018): "方志远", range(2018, 2022): "程慧敏", range(2022, 2025): "杜泽宇"}
TRIPS = {  # where the head led a delegation (regions only: the event-year questions stay clean)
    2016: "韩国、日本", 2017: "马来西亚、印度尼西亚", 2018: "泰国、新加坡", 2019: "菲律宾、葡萄牙",
    2023: "希腊、克罗地亚", 2024: "阿联酋、沙特阿拉伯",
}
VISITORS = {  # notable guests of the year (no figures)
    2016: "韩国釜山广域市影岛区议会代表团、马来西亚青州同乡总会恳亲团",
    2017: "马来西亚马六甲州政府代表团、印度尼西亚中华总商会考察团",
    2018: "泰国合艾市政府代表团、新加坡青州会馆访问团",
    2019: "葡萄牙阿威罗市市长代表团、菲律宾华侨华人联合会代表团",
    2021: "泰国驻广州总领事馆官员",
    2022: "越南海防市吴权郡人民委员会视频会见代表",
    2023: "希腊比雷埃夫斯港务局代表团、克罗地亚里耶卡市议会代表团",
    2024: "阿联酋富查伊拉酋长国经济部代表团、马来西亚青州同乡总会恳亲团",
}
OPENINGS = {
    2016: "2016年是“十三五”开局之年。区外侨办在区委、区政府的坚强领导和市外侨办的有力指导下，认真贯彻中央外事工作会议和全国侨务工作会议精神",
    2017: "2017年，区外侨办在区委、区政府的坚强领导和市外侨办的有力指导下，认真学习贯彻党的十九大精神",
    2018: "2018年是贯彻党的十九大精神的开局之年。区外侨办以习近平新时代中国特色社会主义思想为指导，认真落实中央外事工作委员会第一次会议精神",
    2019: "2019年是新中国成立70周年。区外侨办以习近平外交思想为指导，紧紧围绕庆祝新中国成立70周年这条主线",
    2021: "2021年是中国共产党成立100周年，也是“十四五”开局之年。区外侨办坚持统筹疫情防控和对外交往",
    2022: "2022年是党的二十大胜利召开之年。区外侨办坚持“外防输入”不放松，稳妥有序开展外事侨务工作",
    2023: "2023年是全面贯彻党的二十大精神的开局之年。区外侨办抢抓对外交往全面恢复的有利时机",
    2024: "2024年是新中国成立75周年。区外侨办深入学习贯彻习近平外交思想和关于侨务工作的重要论述",
}
THEMES: dict[int, tuple[str, tuple[str, str, str]]] = {  # open themes in three points
    2017: ("侨情调查扎实开展", ("完成全区侨情普查，建立涵盖海外乡亲基本信息的侨情数据库", "编印《青州侨史》简本，向海外青州籍社团赠阅", "在三个重点侨乡村设立侨务联络站，打通服务侨胞“最后一公里”")),
    2019: ("涉侨法律服务逐步健全", ("成立青州区涉侨纠纷人民调解委员会", "聘请五名执业律师组建“护侨律师团”，为侨胞侨眷提供免费法律咨询", "开展《归侨侨眷权益保护法》宣传进社区、进侨村活动")),
    2023: ("海外联谊全面恢复", ("组团赴东南亚拜访海外青州籍社团，走访侨领和新生代侨胞", "举办“海外乡亲看青州”恳亲联谊活动", "邀请新生代侨商参加“侨创青州”创新创业大赛")),
}
# targets set in the report of year y for year y + 1 (the 2020 ones are in the missing report)
VISIT_TARGETS = {2016: 46, 2017: 50, 2018: 55, 2019: 60, 2020: 15, 2021: 10, 2022: 40, 2023: 55, 2024: 62}  # 批
FIRM_TARGETS = {2016: 215, 2017: 235, 2018: 250, 2019: 265, 2020: 275, 2021: 280, 2022: 295, 2023: 310, 2024: 330}  # 家
CAPITAL_TARGETS = {2016: 8000, 2017: 8800, 2018: 9600, 2019: 9900, 2020: 8000, 2021: 8600, 2022: 9800, 2023: 11000,
                   2024: 12500}  # 万美元
FRIEND_TARGETS = {2016: 2, 2017: 1, 2018: 2, 2019: 2, 2020: 1, 2021: 1, 2022: 2, 2023: 2, 2024: 2}  # 个

# the two news items: other districts, same measures, other values (traps)
NANCHUAN = {"firms": 143, "donation": (6, 980), "visits": (3, 18), "families": 96, "marriage": 88,
            "friend": ("老挝", "琅勃拉邦市"), "director": "汪晓林", "firm_target": 150}
BAISHA = {"visits": (27, 265), "outbound": (14, 62), "papers": 836, "firms": 158, "capital": 4270,
          "week": 4, "director": "卢国梁", "visit_target": 32}
NEWS_NAMES = {"2021_南川区侨办_新闻.txt", "2023_白沙区外侨办_新闻.txt"}


def num(x: float) -> str:
    """Decimal as written: 21.5, 29 (never 29.0)."""
    return f"{x:g}"


def director(year: int) -> str:
    return next(name for span, name in DIRECTORS.items() if year in span)


def edition(year: int) -> int:
    """Edition of the festival held in `year` (2022 was skipped, so 2023 is the 9th)."""
    return sorted(FESTIVAL).index(year) + 1


def next_edition(year: int) -> int:
    return sum(1 for y in FESTIVAL if y <= year) + 1


def total_friends(year: int) -> int:
    return FRIENDS_BEFORE_2016 + sum(len(FRIENDS[y]) for y in range(2016, year + 1))


def pct(now: float, before: float) -> float:
    return round((now / before - 1) * 100, 1)


def change(now: float, before: float, unit: str) -> str:
    """比上年增加/减少 clause body: 增加4批."""
    return f"{'增加' if now >= before else '减少'}{num(abs(now - before))}{unit}"


def rate(now: float, before: float) -> str:
    g = pct(now, before)
    return f"同比增长{g:.1f}%" if g >= 0 else f"同比下降{-g:.1f}%"


def batches(year: int, n: int) -> str:
    """Outbound batches: Chinese numerals in the covid years (三批次), digits otherwise."""
    return f"{liang(n)}批次" if year in COVID or year == MISSING_YEAR else f"{n}批次"


def visits_text(year: int) -> str:
    v, p = VISITS[year]
    pv, pp = VISITS[year - 1]
    style = VISIT_STYLE[year]
    if style == "full":
        prev = f"（上年同期为{pv}批{pp}人次）"
    elif style == "diff":
        prev = f"，比上年{change(v, pv, '批')}"
    elif style == "vs_year":
        prev = f"，较{year - 1}年的{pv}批{change(v, pv, '批')}"
    else:
        prev = f"，接待人次{rate(p, pp)}"
    return f"全年接待境外来访团组{v}批{p}人次{prev}"


def outbound_text(year: int) -> str:
    o, op = OUTBOUND[year]
    style = OUTBOUND_STYLE.get(year)
    if style == "vs_year":
        prev = f"，较{year - 1}年的{OUTBOUND[year - 1][0]}批次{change(o, OUTBOUND[year - 1][0], '批次')}"
    elif style == "full":
        prev = f"（上年同期为{batches(year - 1, OUTBOUND[year - 1][0])}{OUTBOUND[year - 1][1]}人次）"
    elif style == "diff":
        prev = f"，比上年{change(o, OUTBOUND[year - 1][0], '批次')}"
    else:
        prev = ""
    return f"{batches(year, o)}{op}人次{prev}"


def papers_text(year: int) -> str:
    n, v = PAPERS[year]
    style = PAPERS_STYLE.get(year)
    if style == "diff":
        prev = f"，比上年{change(n, PAPERS[year - 1][0], '本')}"
    elif style == "full":
        prev = f"（上年为{PAPERS[year - 1][0]}本）"
    else:
        prev = ""
    return f"全年办理因公出国（境）护照、通行证等证照{n}本{prev}，代办签证{v}件"


def firms_text(year: int) -> str:
    f, pf = FIRMS[year], FIRMS[year - 1]
    style = FIRMS_STYLE[year]
    if style == "vs_2015":
        prev = f"，比2015年底的{pf}家增加{f - pf}家"
    elif style == "diff":
        prev = f"，比上年末净增{f - pf}家"
    elif style == "vs_year":
        prev = f"，较{year - 1}年的{pf}家增加{f - pf}家"
    else:
        prev = f"（上年末为{pf}家）"
    return f"全区侨资企业达到{f}家{prev}；全年实际利用侨资{CAPITAL[year]}万美元，{rate(CAPITAL[year], CAPITAL[year - 1])}"


def donations_text(year: int) -> str:
    n, m = DONATIONS[year]
    pm = DONATIONS[year - 1][1]
    style = DONATION_STYLE[year]
    if style == "pct":
        prev = f"，{rate(m, pm)}"
    elif style == "full":
        prev = f"（上年为{pm}万元）"
    elif style == "diff":
        prev = f"，比上年{change(m, pm, '万元')}"
    else:
        prev = f"，较{year - 1}年的{pm}万元有所回落"
    return f"落实侨捐公益项目{cn(n)}个，到位捐赠资金{m}万元{prev}，主要用于{DONATION_USE[year]}"


def friends_text(year: int) -> str:
    total = total_friends(year)
    new = FRIENDS[year]
    if not new:
        return f"受疫情影响，全年未新建友好交流关系，通过视频连线、互致信函等方式与{total}个友好交流城市（城区）保持密切联系"
    names = "、".join(country + name for country, name, _ in new)
    return f"全年与{names}建立友好交流关系，新增友好交流城市（城区）{liang(len(new))}个，截至{year}年底，全区友好交流城市（城区）累计达到{total}个"


def festival_text(year: int) -> str:
    if year not in FESTIVAL:
        return f"受疫情影响，原定于年内举办的第{cn(next_edition(year))}届{FEST_NAME}未能如期举办，改为开展“云上海丝”线上展播活动，向海外乡亲推介青州海丝文化资源"
    c, k, x = FESTIVAL[year]
    how = "以“线上+线下”方式" if year in COVID else ""
    return f"{how}成功举办第{cn(edition(year))}届{FEST_NAME}，来自{c}个国家和地区的嘉宾和海外乡亲参加，现场签约文旅和经贸项目{k}个，总金额{num(x)}亿元"


def themes_text(year: int, number: str) -> str:
    if year not in THEMES:
        return ""
    heading, (a, b, c) = THEMES[year]
    return f"（{number}）{heading}。一是{a}；二是{b}；三是{c}。"


def report(year: int) -> str:
    name = director(year)
    covid = year in COVID
    families, money = FAMILIES[year]
    if covid:
        trip = f"严格控制因公出访规模，全年审核报批因公出访团组{outbound_text(year)}，均为必要的经贸洽谈和友城事务任务，出访人员严格落实闭环管理要求。"
        guests = f"严格落实外事接待防疫要求，{visits_text(year)}，主要有{VISITORS[year]}等。"
    else:
        trip = (f"坚持“务实、精简、高效”原则，全年审核报批因公出访团组{outbound_text(year)}，出访任务全部按规定完成公示和报告。"
                f"区外侨办主任{name}率团赴{TRIPS[year]}开展友好交流，推动签署一批合作备忘录。")
        guests = f"{visits_text(year)}，先后接待了{VISITORS[year]}等重要团组，展示了青州开放包容的良好形象。"
    scouts = f"举办{cn(SCOUTS[year])}场侨商线上推介会，" if covid else f"组织{cn(SCOUTS[year])}批次侨商考察团来区考察洽谈，"
    main_to = "区人民政府：" if year < MISSING_YEAR else "区委、区政府："
    problems = ("对照区委、区政府的要求，工作中还存在一些不足：一是外事侨务资源整合不够，服务全区发展的精准度有待提高；"
                "二是与新生代侨胞的联系渠道不多，涉侨服务手段相对单一；三是基层外事侨务力量较为薄弱，干部业务能力与新形势要求还有差距。")
    if covid:
        problems = ("受疫情影响，工作中也存在一些困难和问题：一是线下对外交往基本停滞，友好交流城市（城区）合作项目推进放缓；"
                    "二是海外侨胞回乡投资意愿受到影响，侨资引进难度加大；三是基层外事侨务力量较为薄弱，应对涉外涉侨突发情况的能力有待提升。")
    lines = [
        f"{OFFICE}{year}年工作总结和{year + 1}年工作安排",
        "",
        main_to,
        f"{OPENINGS[year]}，立足青州“海丝古港、侨乡热土”的区情特点，紧扣全区中心工作，统筹推进外事、侨务各项工作，较好地完成了年度目标任务。{SUMMARY[year in COVID]}现将{year}年工作总结和{year + 1}年工作安排报告如下：",
        "",
        f"一、{year}年工作回顾",
        f"（一）友好交流稳步拓展。{friends_text(year)}。坚持“重质量、求实效”，推动与友好交流城市（城区）在港口物流、文化旅游、教育卫生等领域开展务实合作，友好交流由礼节性往来逐步走向项目化合作。{guests}",
        f"（二）因公出访规范有序。{trip}加强出访成果跟踪问效，对出访中达成的合作意向逐项建立台账、明确责任单位，推动出访成果落地转化。",
        f"（三）证照服务便捷高效。深化“放管服”改革，推行因公证照“一窗受理、全程代办”，{papers_text(year)}。受理涉外婚姻登记咨询{MARRIAGE[year]}件，协助群众办理涉外公证认证等事项，做到件件有回音。开展因公证照集中清理，对到期证照及时收缴保管，做到账证相符、管理规范。",
        f"（四）引侨资聚侨力成效明显。坚持“以侨引侨、以侨引外”，{scouts}{firms_text(year)}。建立重点侨资企业挂钩联系制度，区外侨办班子成员定期走访，及时协调解决企业在用工、融资、通关等方面的困难，侨资企业发展信心进一步增强。",
        f"（五）为侨服务暖心贴心。{donations_text(year)}。开展“侨心暖侨家”走访慰问活动，走访慰问困难归侨侨眷{families}户，发放慰问金{num(money)}万元，把党和政府的关怀送到侨胞侨眷心坎上。依法维护归侨侨眷合法权益，认真办理涉侨来信来访，做到事事有着落。",
        f"（六）海丝文化品牌持续打响。{festival_text(year)}。{FEST_TAIL[year in FESTIVAL]}",
        "（七）涉外涉侨安全有力保障。健全区、镇（街道）两级涉外突发事件应急处置机制，会同公安、市场监管等部门开展涉外安全检查，及时发布海外安全提醒，全年未发生重大涉外涉侨安全事件。",
        f"（八）自身建设不断加强。办党组书记、主任{name}同志认真履行全面从严治党第一责任人职责，带头讲党课、作辅导。坚持党组理论学习中心组学习制度，严格落实中央八项规定精神，机关作风持续改善。组织干部参加市外侨办业务培训，外事侨务干部的政策水平和服务能力明显提升。",
    ]
    if year in THEMES:
        lines.append(themes_text(year, "九"))
    lines += [
        "",
        "二、存在的困难和问题",
        problems,
        "",
        f"三、{year + 1}年工作安排",
        f"{year + 1}年，区外侨办将紧紧围绕区委、区政府决策部署，重点抓好以下工作：",
        f"（一）深化友好交流。力争全年接待境外来访团组{VISIT_TARGETS[year]}批以上，新建立友好交流关系{liang(FRIEND_TARGETS[year])}个。",
        f"（二）做强侨务引资。力争全区侨资企业总数达到{FIRM_TARGETS[year]}家，实际利用侨资{CAPITAL_TARGETS[year]}万美元。",
        f"（三）办好品牌活动。高标准筹办第{cn(next_edition(year))}届{FEST_NAME}，进一步提升活动的国际影响力。",
        "（四）强化为侨服务。持续办好侨捐公益项目，做好困难归侨侨眷帮扶和涉侨权益维护工作，不断增强侨胞侨眷的获得感、幸福感。",
        "（五）加强队伍建设。持续推进模范机关创建，锻造一支政治坚定、业务精通、作风过硬的外事侨务干部队伍。",
        "",
        OFFICE,
        f"{year + 1}年1月{8 + year % 7}日",
    ]
    return "\n".join(lines) + "\n"


SUMMARY = {
    False: "一年来，全区对外交往的广度和深度不断拓展，侨务资源优势进一步转化为发展优势，为全区经济社会高质量发展营造了良好的外部环境。",
    True: "一年来，面对疫情带来的严峻挑战，区外侨办坚持“云外事”与线下交往相结合，全力稳住对外交往基本盘，积极发挥侨务资源优势助力全区稳经济、保民生。",
}
FEST_TAIL = {
    True: "活动期间同步举办海丝文化论坛、侨乡非遗展演和海外乡亲恳谈会，进一步擦亮了青州海丝文化品牌。",
    False: "同时加强与海外青州籍社团的线上互动，保持海丝文化交流热度不减。",
}


def news_nanchuan() -> str:
    d = NANCHUAN
    n, m = d["donation"]
    return (
        "南川区侨办：为侨服务交出暖心答卷\n"
        "来源：南川融媒　　发布时间：2022年1月20日\n\n"
        "本报讯（记者 于晴）1月19日，南川区人民政府侨务办公室召开2021年度工作总结会。记者从会上了解到，2021年，"
        f"南川区侨办落实侨捐公益项目{cn(n)}个，到位资金{m}万元；全区侨资企业达到{d['firms']}家。"
        f"受疫情影响，全年仅接待境外来访团组{d['visits'][0]}批{d['visits'][1]}人次。"
        f"区侨办走访慰问困难归侨侨眷{d['families']}户，受理涉外婚姻登记咨询{d['marriage']}件，"
        f"并与{''.join(d['friend'])}建立友好交流关系。\n"
        f"南川区侨办主任{d['director']}表示，2022年将力争全区侨资企业达到{d['firm_target']}家，持续擦亮“侨”字招牌。\n"
    )


def news_baisha() -> str:
    d = BAISHA
    return (
        "白沙区外侨办：对外交往按下“快进键”\n"
        "来源：白沙区人民政府网站　　2024-01-16\n\n"
        "白沙讯 1月15日召开的白沙区外事侨务工作会议透露，2023年，白沙区外侨办共接待境外来访团组"
        f"{d['visits'][0]}批{d['visits'][1]}人次，审核报批因公出访团组{d['outbound'][0]}批次{d['outbound'][1]}人次，"
        f"办理因公出国（境）证照{d['papers']}本。全区侨资企业{d['firms']}家，实际利用侨资{d['capital']}万美元。"
        f"第{cn(d['week'])}届白沙侨乡文化周吸引了众多海外乡亲回乡参加。\n"
        f"白沙区外侨办主任{d['director']}介绍，2024年力争接待境外来访团组{d['visit_target']}批。\n"
    )


def questions() -> list[dict]:
    v = {y: f"{n}批" for y, (n, _) in VISITS.items()}
    vp = {y: f"{n}人次" for y, (_, n) in VISITS.items()}
    o = {y: f"{n}批次" for y, (n, _) in OUTBOUND.items()}
    op = {y: f"{n}人次" for y, (_, n) in OUTBOUND.items()}
    firms = {y: f"{n}家" for y, n in FIRMS.items()}
    cap = {y: f"{n}万美元" for y, n in CAPITAL.items()}
    don = {y: f"{m}万元" for y, (_, m) in DONATIONS.items()}
    papers = {y: f"{n}本" for y, (n, _) in PAPERS.items()}
    visas = {y: f"{n}件" for y, (_, n) in PAPERS.items()}
    marriage = {y: f"{n}件" for y, n in MARRIAGE.items()}
    fam = {y: f"{n}户" for y, (n, _) in FAMILIES.items()}
    money = {y: f"{num(x)}万元" for y, (_, x) in FAMILIES.items()}
    growth = {y: f"{pct(CAPITAL[y], CAPITAL[y - 1]):.1f}%" for y in YEARS}
    named = [short for y in YEARS for _, _, short in FRIENDS[y]]
    heads = ["方志远", "程慧敏", "杜泽宇", NANCHUAN["director"], BAISHA["director"], "周海燕"]

    def short(year: int) -> list[str]:
        return [s for _, _, s in FRIENDS[year]]

    def ed(year: int) -> list[str]:
        return [f"第{cn(edition(year))}届", f"第{edition(year)}届"]

    def year_of(friend: str) -> int:
        return next(y for y, rows in FRIENDS.items() if any(s == friend for _, _, s in rows))

    ninth = next(y for y in FESTIVAL if edition(y) == 9)
    rows = [
        # figures of a year, mostly in other words than the reports use
        q("figure", "青州区2017年侨企有多少家？", [[firms[2017]]], [firms[2016], firms[2018], f"{FIRM_TARGETS[2016]}家"]),
        q("figure", "青州区侨办2019年侨捐项目一共捐了多少钱？", [[don[2019]]], [don[2018], money[2019]]),
        q("figure", "2018年到青州区访问的境外来访团有多少批？", [[v[2018]]], [v[2017], v[2019], f"{VISIT_TARGETS[2017]}批"]),
        q("figure", "青州区外侨办2023年接待境外来访多少人次？", [[vp[2023]]], [op[2023], vp[2022], vp[2024]]),
        q("figure", "青州区2016年因公出访了几批？", [[o[2016]]], [o[2017], o[2018]]),
        q("figure", "2021年青州区因公出访团组有几批次、多少人次？", [["三批次", o[2021]], [op[2021]]], [vp[2021], "两批次", op[2020]]),
        q("figure", "2019年青州区办理因公出国（境）证照多少本？", [[papers[2019]]], [papers[2018], visas[2019]]),
        q("figure", "青州区外侨办2022年帮企业和群众办了多少本出国证件？", [[papers[2022]]], [papers[2021], visas[2022], papers[2023]]),
        q("figure", "青州区外侨办2018年受理涉外婚姻登记咨询多少件？", [[marriage[2018]]], [marriage[2017], marriage[2019], visas[2018]]),
        q("figure", "2024年青州区走访慰问了多少户归侨侨眷？", [[fam[2024]]], [fam[2023], "86户"]),
        q("figure", "青州区2018年利用侨资同比增长多少？", [[growth[2018]]], [growth[2017], growth[2019]]),
        q("figure", "2023年青州海丝文化节签约金额多少亿元？", [[f"{num(FESTIVAL[2023][2])}亿元"]],
          [f"{num(FESTIVAL[2024][2])}亿元", f"{num(FESTIVAL[2021][2])}亿元"]),
        # a year's figure that only a later report states (2015 precedes the library, 2020 is missing)
        q("report_year", "2020年青州区接待境外来访团组多少批？", [[v[2020]]], [v[2021], v[2019], f"{VISIT_TARGETS[2019]}批"]),
        q("report_year", "青州区侨办2020年侨捐资金到位多少万元？", [[don[2020]]], [don[2021], don[2019]]),
        q("report_year", "2015年底青州区有多少家侨资企业？", [[firms[2015]]], [firms[2016], f"{FIRM_TARGETS[2016]}家"]),
        q("report_year", "青州区外侨办2021年工作总结里提到上年因公出访多少批次？", [["两批次", o[2020]]], ["三批次"]),
        q("report_year", "2015年青州区接待境外来访多少人次？", [[vp[2015]]], [vp[2016]]),
        # targets (the plan of the year before, not the result)
        q("target", "青州区外侨办在2018年总结里给2019年定的接待境外来访团组目标是多少批？", [[f"{VISIT_TARGETS[2018]}批"]], [v[2019], v[2018]]),
        q("target", "按2022年的工作安排，青州区2023年侨资企业总数要达到多少家？", [[f"{FIRM_TARGETS[2022]}家"]], [firms[2023], firms[2022], f"{FIRM_TARGETS[2023]}家"]),
        q("target", "青州区原计划2024年实际利用侨资多少万美元？", [[f"{CAPITAL_TARGETS[2023]}万美元"]], [cap[2024], cap[2023], f"{CAPITAL_TARGETS[2024]}万美元"]),
        # the right office
        q("entity", "南川区侨办2021年侨捐资金到位多少？", [[f"{NANCHUAN['donation'][1]}万元"]], [don[2021]]),
        q("entity", "白沙区2023年接待了多少批境外来访团组？", [[f"{BAISHA['visits'][0]}批"]], [v[2023]]),
        q("entity", "2021年青州区侨资企业有多少家？", [[firms[2021]]], [f"{NANCHUAN['firms']}家", firms[2022]]),
        # post holders
        q("person", "2017年青州区外侨办主任是谁？", [[director(2017)]], [n for n in heads if n != director(2017)]),
        q("person", "青州区外事侨务办公室2019年的负责人是谁？", [[director(2019)]], [n for n in heads if n != director(2019)]),
        q("person", "2023年青州区侨办的一把手是谁？", [[director(2023)]], [n for n in heads if n != director(2023)]),
        # ordinals (the festival skipped 2022)
        q("ordinal", "2019年青州海丝文化节是第几届？", [ed(2019)], ed(2018) + ed(2020)),
        q("ordinal", "2023年青州区办的海丝文化节是第几届？", [ed(2023)], ed(2021) + ed(2024)),
        q("ordinal", "2021年青州海丝文化节办到了第几届？", [ed(2021)], ed(2019) + ed(2023)),
        # the year of an event
        q("event_year", "第九届青州海丝文化节是哪一年举办的？", [[f"{ninth}年"]], ["2022年", "2021年"]),
        q("event_year", "青州区与韩国釜山影岛区是哪一年建立友好交流关系的？", [[f"{year_of('影岛')}年"]], ["2017年"]),
        q("event_year", "青州区和希腊比雷埃夫斯市哪年结为友好交流城市？", [[f"{year_of('比雷埃夫斯')}年"]], ["2022年", "2024年"]),
        # comparisons
        q("comparison", "青州区2017年和2023年接待境外来访团组分别是多少批？", [[v[2017]], [v[2023]]]),
        q("comparison", "青州区侨资企业2024年比2016年多了多少家？", [[firms[2024]], [firms[2016]], [f"{FIRMS[2024] - FIRMS[2016]}家"]]),
        q("comparison", "青州区外侨办2019年和2021年办理出国（境）证照各多少本？", [[papers[2019]], [papers[2021]]]),
        q("comparison", "青州区涉外婚姻登记咨询2024年比2018年多多少件？", [[marriage[2024]], [marriage[2018]], [f"{MARRIAGE[2024] - MARRIAGE[2018]}件"]]),
        # lists
        q("list", "青州区2017年新建立友好交流关系的城市有哪些？", [[s] for s in short(2017)], short(2019)),
        q("list", "2023年青州区新结好的友好交流城市是哪两个？", [[s] for s in short(2023)], short(2022) + short(2024)),
        q("list", "青州区外侨办历年报告中提到的友好交流城市（城区）都有哪些？", [[s] for s in named],
          [NANCHUAN["friend"][1].removesuffix("市")]),
        # open questions: one distinctive phrase per point
        q("open", "青州区外侨办2017年的侨情调查做了哪些事？", [["侨情数据库", "侨情普查"], ["青州侨史"], ["侨务联络站"]], ["护侨律师团"]),
        q("open", "2019年青州区在涉侨法律服务方面有哪些举措？", [["人民调解委员会", "涉侨纠纷"], ["护侨律师团"], ["权益保护法"]], ["侨情数据库"]),
        q("open", "青州区外侨办2023年是怎样恢复海外联谊的？", [["海外青州籍社团", "拜访"], ["海外乡亲看青州"], ["侨创青州"]], ["青州侨史"]),
        # not in the library
        q("not_found", "青州区外侨办2020年受理涉外婚姻登记咨询多少件？", None, [marriage[2021], marriage[2019]]),
        q("not_found", "2020年青州区新建立友好交流关系的是哪个城市？", None, short(2019) + short(2022)),
        q("not_found", "2020年青州区走访慰问了多少户归侨侨眷？", None, ["86户", fam[2019], fam[2021]]),
        q("not_found", "青州区外侨办2019年举办华文教育师资培训班培训了多少人？", None),
        q("not_found", "西岭区侨办2023年有多少家侨资企业？", None, [firms[2023], f"{BAISHA['firms']}家"]),
        q("not_found", "青州区2025年实际接待境外来访团组多少批？", None, [f"{VISIT_TARGETS[2024]}批", v[2024]]),
    ]
    return rows


# facts of the missing 2020 report that no other report restates, and words of the other not-found questions
ABSENT_OWN = [f"{MARRIAGE[2020]}件", f"{FAMILIES[2020][0]}户", f"{num(FAMILIES[2020][1])}万元", f"{PAPERS[2020][0]}本",
              f"{CAPITAL[2020]}万美元", f"{FIRMS[2020]}家", f"{num(FESTIVAL[2020][2])}亿元", "尼甘布", "斯里兰卡"]
ABSENT_ALL = ["尼甘布", "华文", "西岭"]
# facts only a later report states: (value, the one report that must hold it)
RESTATED = {f"{VISITS[2020][0]}批{VISITS[2020][1]}人次": 2021, f"{DONATIONS[2020][1]}万元": 2021, "两批次7人次": 2021,
            f"{FIRMS[2015]}家": 2016, f"{VISITS[2015][1]}人次": 2016}
DERIVED = {f"{FIRMS[2024] - FIRMS[2016]}家", f"{MARRIAGE[2024] - MARRIAGE[2018]}件"}  # differences the reader computes
TRAPS_IN_TEXT = {"figure", "report_year", "target", "entity", "comparison", "person", "list"}


def check(texts: dict[str, str], others: dict[str, str], rows: list[dict]) -> None:
    """Fails loudly when a gold value is not in the written text, a trap is not real or a not-found answer is present."""
    own = {name: t for name, t in texts.items() if "青州" in name}
    own_all = "\n".join(own.values())
    library = "\n".join([*texts.values(), *others.values()])
    for name, text in own.items():
        assert 1800 <= len(text) <= 3000, (name, len(text))
    assert f"{MISSING_YEAR}_青州区外事侨务工作总结.txt" not in texts
    for row in rows:
        assert set(row) == {"type", "q", "gold", "forbidden", "doc"}, row
        gold = row["gold"]
        if row["type"] != "entity" and gold is not None:  # every answerable question names the district
            assert "青州" in row["q"], row["q"]
        if gold is None:
            continue
        for group in gold:
            assert any(alt in own_all or alt in DERIVED for alt in group) or row["type"] == "entity", (row["q"], group)
            assert any(alt in library or alt in DERIVED for alt in group), (row["q"], group)
            assert not set(group) & set(row["forbidden"]), (row["q"], group)
            for trap in row["forbidden"]:  # a right answer must not look like a trap
                assert not any(trap in alt for alt in group), (row["q"], trap, group)
        if row["type"] in TRAPS_IN_TEXT:
            for trap in row["forbidden"]:
                assert trap in library, (row["q"], trap)
    for word in ABSENT_OWN:
        assert word not in own_all, word
    for word in ABSENT_ALL:
        assert word not in library, word
    for value, year in RESTATED.items():
        holders = [name for name, t in own.items() if value in t]
        assert holders == [f"{year}_青州区外事侨务工作总结.txt"], (value, holders)
    news = news_nanchuan() + news_baisha()
    assert "青州" not in news and "青州" not in "\n".join(others.values())
    assert "南川" not in own_all and "白沙" not in own_all
    for year in YEARS:  # figures of one unit must not coincide within a report
        people = [VISITS[year][1], OUTBOUND[year][1]]
        if VISIT_STYLE[year] == "full":
            people.append(VISITS[year - 1][1])
        assert len(set(people)) == len(people), year
        assert PAPERS[year][1] != MARRIAGE[year], year
        assert DONATIONS[year][1] != FAMILIES[year][1], year
        assert not growth_is_round(year), year
    for year, target in VISIT_TARGETS.items():  # a target is never the result it is a trap for
        if year + 1 in VISITS:
            assert VISITS[year + 1][0] != target, year
            assert FIRMS[year + 1] != FIRM_TARGETS[year], year
            assert CAPITAL[year + 1] != CAPITAL_TARGETS[year], year
    growths = [pct(CAPITAL[y], CAPITAL[y - 1]) for y in YEARS]
    assert len(set(growths)) == len(growths), growths
    editions = {y: edition(y) for y in FESTIVAL}
    assert editions[2023] == 9 and editions[2023] != 2023 - min(FESTIVAL) + 1  # not year arithmetic


def growth_is_round(year: int) -> bool:
    """A growth rate written as 6.0% reads badly; keep one real decimal."""
    return f"{pct(CAPITAL[year], CAPITAL[year - 1]):.1f}".endswith(".0")


def main() -> None:
    texts = {f"{year}_青州区外事侨务工作总结.txt": report(year) for year in YEARS}
    texts["2021_南川区侨办_新闻.txt"] = news_nanchuan()
    texts["2023_白沙区外侨办_新闻.txt"] = news_baisha()
    others = {p.name: p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt")) if p.name not in texts}
    others = {name: t for name, t in others.items() if "青州" not in name}
    rows = questions()
    check(texts, others, rows)
    for name, text in texts.items():
        (REPORTS / name).write_text(text, encoding="utf-8")
    (HERE / "qingzhou_questions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
