# ruff: noqa: E501  (report sentences are data: one line each reads best)
"""Writes the third tuning library: yearly reports of 海澄市人民政府外事办公室 (2014-2023, the 2018 report
missing), two news items about the foreign-affairs offices of other cities (岚山市, 云州市) and
`haicheng_questions.jsonl`.

The reports follow three house styles (2014-2016, 2017-2020, 2021-2023) with other headings and another
section order, as a real office's reports drift when its head changes. Every figure in the text and
every gold answer come from the tables below; `check()` then confirms that each gold value is in the
written text, that no gold value is also listed as forbidden and that the answers of the not-found
questions are absent.

    python3 -m benchmarks.tuning.write_haicheng   # rewrites reports/*海澄*, the two news items and haicheng_questions.jsonl
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.tuning.common import cn, liang, q

HERE = Path(__file__).parent
REPORTS = HERE / "reports"
OFFICE = "海澄市人民政府外事办公室"
MISSING_YEAR = 2018
YEARS = [y for y in range(2014, 2024) if y != MISSING_YEAR]  # the 2018 report is not in the library

# 接待外国来访团组 (个, 人次); 2013 only appears as 上年 in the 2014 report
VISITS = {2013: (31, 254), 2014: (36, 295), 2015: (42, 338), 2016: (48, 402), 2017: (53, 447), 2018: (57, 486),
          2019: (61, 529), 2020: (7, 42), 2021: (4, 23), 2022: (15, 118), 2023: (58, 473)}
# 审批因公出国（境）团组 (批, 人次)
OUTBOUND = {2014: (28, 131), 2015: (31, 149), 2016: (35, 168), 2017: (39, 187), 2018: (44, 210), 2019: (46, 226),
            2020: (2, 9), 2021: (1, 5), 2022: (9, 41), 2023: (37, 176)}
OUTBOUND_PREV_YEARS = {2015, 2017, 2022, 2023}  # reports that name last year's 批
FRIENDS_BEFORE_2014 = 5  # never named
FRIENDS: dict[int, list[tuple[str, str]]] = {
    2014: [("意大利", "热那亚市")],
    2015: [("越南", "岘港市"), ("智利", "瓦尔帕莱索市")],
    2016: [],
    2017: [("西班牙", "巴伦西亚市"), ("坦桑尼亚", "达累斯萨拉姆市"), ("波兰", "格但斯克市")],
    2018: [("阿曼", "苏哈尔市")],  # only in the missing report: named nowhere
    2019: [("新西兰", "纳皮尔市"), ("巴拿马", "科隆市")],
    2020: [],
    2021: [("哈萨克斯坦", "阿克套市")],
    2022: [("埃及", "塞得港市")],
    2023: [("马来西亚", "关丹市"), ("秘鲁", "卡亚俄市")],
}
# 海澄国际港口城市合作论坛: (国家和地区, 嘉宾); first held 2014, not held in 2020
FORUM = {2014: (12, 160), 2015: (16, 210), 2016: (19, 260), 2017: (23, 310), 2018: (26, 340), 2019: (28, 380),
         2021: (9, 120), 2022: (14, 190), 2023: (32, 450)}
FORUM_NAME = "海澄国际港口城市合作论坛"
FDI = {2013: 2.9, 2014: 3.2, 2015: 3.6, 2016: 4.1, 2017: 4.5, 2018: 4.9, 2019: 5.3, 2020: 4.6, 2021: 4.8,
       2022: 5.4, 2023: 6.1}  # 外资到位, 亿美元
TRADE = {2013: 764, 2014: 812, 2015: 845, 2016: 867, 2017: 941, 2018: 1012, 2019: 1058, 2020: 1003, 2021: 1187,
         2022: 1239, 2023: 1302}  # 外贸进出口总额, 亿元
TRADE_PREV_YEARS = {2016, 2020}
CONSULAR = {2014: 18, 2015: 23, 2016: 27, 2017: 31, 2018: 29, 2019: 36, 2020: 64, 2021: 47, 2022: 39, 2023: 42}
FOREIGNERS = {2014: 8600, 2015: 9200, 2016: 10400, 2017: 11300, 2018: 12100, 2019: 12600, 2020: 9800, 2021: 9100,
              2022: 9500, 2023: 11800}  # 常住外籍人员, 人
TRAINING = {2014: (3, 240), 2015: (4, 310), 2016: (4, 365), 2017: (5, 420), 2018: (6, 455), 2019: (6, 480),
            2020: (3, 260), 2021: (5, 390), 2022: (7, 520), 2023: (8, 610)}  # 培训班 (期, 人次)
# targets set in the report of year y for year y + 1 (the 2018 ones are in the missing report)
VISIT_TARGETS = {2014: 40, 2015: 45, 2016: 50, 2017: 55, 2018: 60, 2019: 65, 2020: 10, 2021: 12, 2022: 50, 2023: 62}
FDI_TARGETS = {2014: 3.5, 2015: 3.9, 2016: 4.4, 2017: 5.1, 2018: 5.5, 2019: 5.8, 2020: 5.2, 2021: 5.6, 2022: 5.8,
               2023: 6.5}
FRIEND_TARGETS = {2014: 2, 2015: 2, 2016: 3, 2017: 2, 2018: 2, 2019: 2, 2020: 2, 2021: 2, 2022: 3, 2023: 2}
DIRECTORS = {range(2014, 2017): "郑国栋", range(2017, 2021): "韩雪梅", range(2021, 2024): "许文斌"}
VISITORS = {  # notable guests of the year (no figures)
    2014: "意大利利古里亚大区代表团、越南岘港市人民委员会代表团",
    2015: "智利瓦尔帕莱索市市长代表团、德国汉堡港务局代表团",
    2016: "荷兰鹿特丹港务局代表团、新加坡国际企业发展局代表团",
    2017: "西班牙巴伦西亚市市长代表团、波兰格但斯克市议会代表团",
    2019: "新西兰纳皮尔市市长代表团、巴拿马科隆自由贸易区管理局代表团",
    2020: "日本驻上海总领事馆官员",
    2021: "哈萨克斯坦驻华使馆官员",
    2022: "埃及驻华使馆经商参赞",
    2023: "马来西亚关丹市市长代表团、秘鲁卡亚俄省政府代表团",
}
HIGHLIGHTS = {  # one sentence of the year's colour (no figures)
    2014: "配合做好中意建交纪念活动，与意大利驻沪总领事馆建立工作联系。",
    2015: "组织本市港航企业赴东南亚开展推介，推动与越南港口城市建立常态化联络机制。",
    2016: "组织本市企业参加友城举办的国际博览会，帮助企业拓展海外市场。",
    2017: "配合做好“一带一路”国际合作高峰论坛后续对接工作，推动港航企业与沿线国家港口开展合作。",
    2019: "围绕庆祝新中国成立70周年，举办国际友人国庆招待会，邀请在海澄工作生活的外籍人士共庆佳节。",
    2020: "积极协调渠道采购海外防疫物资，全力助力全市疫情防控。",
    2021: "举办“云上友城”视频交流活动，与友城在教育、卫生等领域开展线上互动。",
    2022: "组织重点外贸企业参加线上国际经贸对接活动，帮助企业稳订单、拓市场。",
    2023: "市政府代表团时隔三年再次赴友城访问，推动一批合作项目落地。",
}
THEMES: dict[int, tuple[str, tuple[str, str, str]]] = {  # open themes in three points
    2014: ("对外宣传工作有声有色", ("编印《海澄投资指南》中、英、日、韩四个语种版本", "在《海澄日报》开设“友城之窗”专栏", "举办“外国人眼中的海澄”摄影展")),
    2016: ("调查研究扎实深入", ("围绕外资企业用工难问题开展专题调研，走访外资企业23家", "赴沿海兄弟城市学习借鉴友城工作经验", "形成《关于提升我市国际友城合作实效的调研报告》，获市领导批示肯定")),
    2019: ("作风建设持续加强", ("深入开展“外事服务进园区”活动，上门为企业解读出国（境）政策", "精简因公出国（境）审批材料，审批时限压缩至5个工作日", "严格落实中央八项规定精神，持续纠治“四风”")),
    2021: ("调查研究务求实效", ("围绕疫情下外资企业稳产开展蹲点调研", "对全市涉外中介机构开展摸底排查", "形成《后疫情时期我市对外开放路径研究》调研报告")),
    2022: ("讲好海澄故事，对外宣传亮点纷呈", ("在“海澄外事”微信公众号开设英文专栏", "拍摄多语种城市形象宣传片《港通四海》", "邀请驻华外国媒体记者开展“看海澄”采访活动")),
}
OPENINGS = {
    2014: "2014年，市外办在市委、市政府的正确领导和省外办的精心指导下，深入贯彻落实党的十八大和十八届三中、四中全会精神",
    2015: "2015年，市外办在市委、市政府的正确领导和省外办的精心指导下，深入贯彻落实党的十八大和十八届五中全会精神",
    2016: "2016年，市外办在市委、市政府的正确领导和省外办的精心指导下，深入贯彻落实党的十八届六中全会精神",
    2017: "2017年，市外办深入学习贯彻党的十九大精神和习近平新时代中国特色社会主义外交思想，认真落实市委、市政府决策部署",
    2019: "2019年是新中国成立70周年。市外办坚持以习近平外交思想为指导，认真落实市委、市政府决策部署",
    2020: "2020年是极不平凡的一年。面对突如其来的新冠肺炎疫情，市外办坚决落实“外防输入、内防反弹”要求，统筹疫情防控和对外交往",
    2021: "2021年是中国共产党成立100周年，也是“十四五”开局之年",
    2022: "2022年是党的二十大胜利召开之年",
    2023: "2023年是全面贯彻落实党的二十大精神的开局之年",
}

# the two news items: other offices, same measures, other values (traps)
LANSHAN = {"visits": (11, 86), "outbound": (6, 27), "consular": 52, "fdi": 3.9, "trade": (689, 21.6),
           "training": (3, 210), "friends": [("塞浦路斯", "利马索尔市"), ("秘鲁", "库斯科市")], "director": "冯启明",
           "target_visits": 20, "forum_next": 4}
YUNZHOU = {"visits": (26, 194), "outbound": (17, 83), "fdi": 7.2, "trade": (2150, 6.8), "fair": (5, 21),
           "foreigners": 16000, "consular": 58, "friend": ("斯洛文尼亚", "马里博尔市"), "director": "邓晓菲",
           "fdi_target": 8.5}


def yi(x: float) -> str:
    """亿美元 figure as written: 3.2, never 5.0."""
    return f"{x:g}"


def director(year: int) -> str:
    return next(name for span, name in DIRECTORS.items() if year in span)


def edition(year: int) -> int:
    """Edition number of the forum held in `year` (2020 was skipped, so 2021 is the 7th)."""
    return sorted(FORUM).index(year) + 1


def next_edition(year: int) -> int:
    return sum(1 for y in FORUM if y <= year) + 1


def total_friends(year: int) -> int:
    return FRIENDS_BEFORE_2014 + sum(len(FRIENDS[y]) for y in range(2014, year + 1))


def growth(year: int) -> float:
    return round((TRADE[year] / TRADE[year - 1] - 1) * 100, 1)


def foreigners(n: int) -> str:
    return f"{n / 10000:g}万人" if n >= 10000 else f"{n}人"


def foreigners_alts(n: int) -> list[str]:
    return [foreigners(n), f"{n}人"] if n >= 10000 else [f"{n}人"]


def visit_change(year: int) -> str:
    now, before = VISITS[year][0], VISITS[year - 1][0]
    if year % 2 == 0:
        return f"（上年为{before}个、{VISITS[year - 1][1]}人次）"
    return f"，较上年的{before}个{'增加' if now >= before else '减少'}{abs(now - before)}个"


def outbound_change(year: int) -> str:
    if year not in OUTBOUND_PREV_YEARS:
        return ""
    now, before = OUTBOUND[year][0], OUTBOUND[year - 1][0]
    return f"，较上年的{before}批{'增加' if now >= before else '减少'}{abs(now - before)}批"


def fdi_change(year: int) -> str:
    if year % 2 == 0:
        return ""
    diff = round(FDI[year] - FDI[year - 1], 1)
    return f"，比上年的{yi(FDI[year - 1])}亿美元{'增加' if diff >= 0 else '减少'}{yi(abs(diff))}亿美元"


def trade_text(year: int) -> str:
    g = growth(year)
    rate = f"同比增长{g:.1f}%" if g >= 0 else f"同比下降{-g:.1f}%"
    prev = f"（上年为{TRADE[year - 1]}亿元）" if year in TRADE_PREV_YEARS else ""
    return f"全市外贸进出口总额{TRADE[year]}亿元{prev}，{rate}"


def friends_text(year: int) -> str:
    new = FRIENDS[year]
    names = "、".join(country + city for country, city in new)
    if len(new) == 1:
        return f"全年新缔结国际友好城市1个，即{names}"
    return f"全年新缔结国际友好城市{len(new)}个，分别是{names}"


def points(year: int) -> str:
    heading, (a, b, c) = THEMES[year]
    return f"{heading}。一是{a}；二是{b}；三是{c}。"


def visits_text(year: int) -> str:
    v, p = VISITS[year]
    return f"全年共接待外国来访团组{v}个{p}人次{visit_change(year)}"


def outbound_text(year: int) -> str:
    o, op = OUTBOUND[year]
    return f"审批因公出国（境）团组{o}批{op}人次{outbound_change(year)}"


def training_text(year: int) -> str:
    n, np = TRAINING[year]
    return f"举办全市外事业务培训班{n}期，培训外事干部和涉外企业人员{np}人次"


def forum_text(year: int) -> str:
    c, g = FORUM[year]
    name = "首届" if edition(year) == 1 else f"第{cn(edition(year))}届"
    return f"成功举办{name}{FORUM_NAME}，来自{c}个国家和地区的{g}余名嘉宾参会"


def signature(year: int) -> list[str]:
    return ["", OFFICE, f"{year + 1}年1月{6 + year % 9}日"]


def report_a(year: int) -> list[str]:
    """2014-2016: 工作总结 with seven or eight numbered points."""
    total = total_friends(year)
    if FRIENDS[year]:
        friends = (f"{friends_text(year)}。截至{year}年底，全市国际友好城市总数达到{total}个。坚持“结好一个、巩固一个、发展一个”的原则，"
                   "推动友城交往由礼节性互访向经贸、教育、文化等领域务实合作延伸。")
    else:
        friends = (f"全年未新增国际友好城市，着力巩固与现有{total}个国际友好城市的交往，与意大利热那亚市、越南岘港市开展互派公务员交流，"
                   "推动友城交往由“结好”向“走实”转变。")
    lines = [
        f"{OFFICE}{year}年工作总结",
        "",
        f"{OPENINGS[year]}，紧紧围绕全市经济社会发展大局，主动作为、开拓创新，对外交往的广度和深度不断拓展，外事服务地方发展的能力进一步增强。一年来，全市对外交往更加活跃，外事服务更加精准，涉外管理更加规范，为全市经济社会发展营造了良好的外部环境。现将全年工作总结如下。",
        "",
        "一、主要工作及成效",
        f"（一）国际友城工作取得新进展。{friends}",
        f"（二）外宾接待服务周到细致。{visits_text(year)}。先后接待了{VISITORS[year]}等重要外宾团组。严格落实外事接待规范，做到热情周到、安全有序，展示了海澄开放包容的城市形象。",
        f"（三）因公出国（境）管理规范有序。坚持“精简、务实、高效”原则，严把团组审批关，全年{outbound_text(year)}。落实出访任务公示和出访报告制度，出访成果转化率进一步提高。开展因公出国（境）专项检查，对违规出访问题“零容忍”。",
        f"（四）品牌外事活动影响扩大。{forum_text(year)}，论坛以“港城联动、合作共赢”为主题，签署了一批港航合作协议，进一步提升了我市的国际知名度。论坛期间举办了港口城市市长圆桌会和项目推介会，与会嘉宾实地考察了海澄港区和临港产业园。",
        f"（五）服务开放型经济成效明显。发挥外事资源优势，组织开展“友城经贸行”活动，协助引进外资项目，全市外资到位{yi(FDI[year])}亿美元{fdi_change(year)}；{trade_text(year)}。{HIGHLIGHTS[year]}",
        f"（六）涉外管理服务水平提升。健全涉外突发事件应急处置机制，协助处理领事保护案件{CONSULAR[year]}件，有效维护了我市在外企业和公民的合法权益。会同公安、边检等部门开展涉外安全检查，及时发布海外安全提醒。加强外籍人员服务管理，截至年底，全市常住外籍人员{foreigners(FOREIGNERS[year])}。",
        f"（七）外事干部队伍建设不断加强。坚持以党建带队建，办党组书记、主任{director(year)}同志带头讲党课，全办党员干部认真开展学习教育活动。{training_text(year)}，干部队伍的政策水平和业务能力明显提升。",
    ]
    if year in THEMES:
        lines.append(f"（八）{points(year)}")
    lines += [
        "",
        "二、存在的不足",
        "一是对外交往的层次和实效有待提升，部分友城关系交往不够活跃；二是外事工作服务经济发展的手段还不够多，与先进地区相比仍有差距；三是外事干部队伍专业化水平需进一步提高。",
        "",
        f"三、{year + 1}年工作打算",
        f"{year + 1}年，市外办将紧紧围绕市委、市政府中心工作，重点抓好以下几项工作：",
        f"（一）拓展对外交往。力争全年接待外国来访团组{VISIT_TARGETS[year]}个以上，新缔结国际友好城市{liang(FRIEND_TARGETS[year])}个。积极拓展与“一带一路”沿线国家港口城市的交往，推动友城合作向经贸领域延伸。",
        f"（二）办好第{cn(next_edition(year))}届{FORUM_NAME}，进一步扩大论坛的国际影响力。",
        f"（三）深化外事为经济服务。力争全市外资到位{yi(FDI_TARGETS[year])}亿美元。",
        "（四）加强涉外安全管理和外事干部队伍建设，提高外事工作规范化水平。完善涉外突发事件应急预案，加强对外籍人员集中区域的服务管理；扎实开展机关作风建设，努力打造一支政治坚定、业务精通、作风过硬的外事干部队伍。",
    ]
    return lines + signature(year)


def report_b(year: int) -> list[str]:
    """2017-2020: a 报告 to the city government, economy first."""
    total = total_friends(year)
    covid = year == 2020
    if FRIENDS[year]:
        friends = f"{friends_text(year)}，截至{year}年底全市国际友好城市增至{total}个。"
    else:
        friends = f"受疫情影响，全年未新缔结国际友好城市。通过视频会议、互致慰问信等方式与{total}个国际友好城市保持密切联系，向友城捐赠防疫物资，患难见真情。"
    if year in FORUM:
        forum = f"（四）打造品牌活动，论坛影响力不断扩大。{forum_text(year)}，{cn(3)}场平行分论坛围绕港口物流、临港产业、人文交流等议题深入研讨。"
    else:
        forum = f"（四）品牌活动调整举办方式。受新冠肺炎疫情影响，原定于年内举办的第{cn(next_edition(year))}届{FORUM_NAME}延期举办，通过线上方式向参会城市推介了我市港口发展成果，利用云平台组织港口城市线上交流会，与友城港口保持业务联系。"
    visits = (f"（三）规范迎来送往，外事管理服务更加高效。疫情发生后，及时调整外事接待工作，{visits_text(year)}；从严审批出访团组，{outbound_text(year)}。严格执行接待标准，做到简化礼仪、务实高效，全力防范疫情通过外事渠道输入。"
              if covid else
              f"（三）规范迎来送往，外事管理服务更加高效。{visits_text(year)}，先后接待了{VISITORS[year]}等。全年{outbound_text(year)}，出访团组均按规定完成公示和报告。修订完善外事接待管理办法，严格执行接待标准，做到简化礼仪、务实高效。")
    cases = CONSULAR[year]
    consular = f"协助处理领事保护案件{cases}件，协助滞留海外的我市公民平安回国" if covid else f"妥善处置涉外突发事件，协助处理领事保护案件{cases}件"
    lines = [
        f"{OFFICE}关于{year}年度工作情况的报告",
        "",
        "市人民政府：",
        f"{OPENINGS[year]}，积极服务全市对外开放大局，各项工作取得了新成效，为全市经济社会发展营造了良好的外部环境。现将有关情况报告如下：",
        "",
        f"一、{year}年工作开展情况",
        f"（一）聚焦服务发展，经贸合作取得实效。坚持把服务全市经济发展作为外事工作的出发点和落脚点，积极发挥外事“桥梁”作用，{'助力外资企业复工复产，' if covid else '组织外商投资考察团来海澄考察洽谈，积极参与“海澄—友城”企业对接会组织工作，'}全市外资到位{yi(FDI[year])}亿美元{fdi_change(year)}；{trade_text(year)}。协调解决外资企业在签证办理、外籍员工居留等方面的困难和问题，外资企业满意度进一步提升。",
        f"（二）拓展友城网络，国际“朋友圈”持续扩大。{friends}坚持以友城为纽带，推动教育、文化、卫生等领域交流合作，友城工作由“数量扩张”向“质量提升”转变。{HIGHLIGHTS[year]}",
        visits,
        forum,
        f"（五）守牢安全底线，涉外管理服务持续加强。{consular}。健全“市—县（区）—乡镇（街道）”三级涉外安全工作网络，开展海外安全风险提醒和境外安全知识宣传。全市常住外籍人员{foreigners(FOREIGNERS[year])}，会同公安等部门做好外籍人员服务管理工作，推动外籍人员服务站建设，全年未发生重大涉外安全事件。",
        f"（六）加强自身建设，外事队伍素质不断提高。认真落实全面从严治党主体责任，办主任{director(year)}同志认真履行第一责任人职责，带头讲党课、作辅导。坚持党组理论学习中心组学习制度，深入学习习近平外交思想。{training_text(year)}，内容涵盖外事政策、涉外礼仪、因公出国（境）管理等。深入开展“模范机关”创建活动，加强机关内部管理，完善财务、保密等制度，机关作风持续改善。"
        + (points(year) if year in THEMES else ""),
    ]
    plan = "在疫情防控常态化前提下，稳妥有序" if covid else "坚持服务大局，"
    lines += [
        "",
        "二、存在的问题",
        "一年来，我们的工作虽然取得了一定成绩，但也存在一些问题和不足：一是对外交往资源统筹还不够有力，全市外事“一盘棋”格局有待进一步形成；二是友城合作的务实成果不够丰富，部分友城交往停留在礼节性层面；三是涉外安全风险防范能力有待进一步增强；四是外事干部队伍中懂外语、懂经济、懂法律的复合型人才还比较缺乏。",
        "",
        "三、明年工作打算",
        f"（一）{plan}拓展对外交往。力争接待外国来访团组{VISIT_TARGETS[year]}个，新缔结国际友好城市{liang(FRIEND_TARGETS[year])}个，推动友城合作提质增效。",
        f"（二）打造外事品牌。高质量办好第{cn(next_edition(year))}届{FORUM_NAME}，进一步提升论坛的专业化、国际化水平。",
        f"（三）服务开放发展。发挥外事资源优势，推动全市外资到位达到{yi(FDI_TARGETS[year])}亿美元，为企业“走出去”“引进来”提供更加便捷的服务。",
        "（四）加强自身建设。持续加强涉外管理服务和外事队伍建设，推动全面从严治党向纵深发展，为全市高水平对外开放作出新的更大贡献。",
        "",
        "特此报告。",
    ]
    return lines + signature(year)


def report_c(year: int) -> list[str]:
    """2021-2023: 工作总结和工作思路, party building first."""
    friends = f"{friends_text(year)}，全市国际友好城市总数达到{total_friends(year)}个"
    forum = f"以“线上+线下”方式{forum_text(year)}" if year == 2021 else forum_text(year)
    contact = "坚持“云外事”与线下交往相结合，统筹疫情防控和对外交往，" if year < 2023 else "全面恢复线下对外交往，市领导多次会见来访外宾，推动交往合作全面重启，"
    lines = [
        f"{year}年海澄市人民政府外事办公室工作总结和{year + 1}年工作思路",
        "",
        f"{OPENINGS[year]}。在市委、市政府的坚强领导下，市外办坚持以习近平外交思想为指导，服务国家总体外交和全市发展大局，坚持外事为民、外事为发展，较好地完成了全年各项目标任务，为全市高水平对外开放提供了有力支撑。",
        "",
        f"一、{year}年工作完成情况",
        f"（一）坚持党建引领，夯实外事工作根基。办党组书记、主任{director(year)}同志履行全面从严治党第一责任人职责，带头讲授专题党课。严格落实“第一议题”制度，扎实开展党组理论学习中心组学习，推动党史学习教育、主题教育等走深走实，以作风建设提升工作效能。{training_text(year)}，邀请专家围绕国际形势、涉外法律、外事礼宾等专题授课。"
        + (points(year) if year == 2021 else ""),
        f"（二）稳妥推进对外交往，国际合作不断深化。{contact}{visits_text(year)}，{outbound_text(year)}。{friends}。深化与现有友城的交往，推动友城合作由“结好”向“用好”转变。{forum}。{HIGHLIGHTS[year]}",
        f"（三）服务开放型经济，助推高质量发展。积极搭建对外经贸合作平台，全市外资到位{yi(FDI[year])}亿美元{fdi_change(year)}，{trade_text(year)}。用好友城和驻外机构信息资源，为企业开拓国际市场提供咨询服务；深入推进“友城+经贸”行动，组织企业与友城商协会开展对接洽谈；建立重点外资企业联系制度，定期走访，及时协调解决企业反映的问题。",
        f"（四）强化涉外管理服务，守护平安海澄。坚持总体国家安全观，完善涉外突发事件应急处置机制，协助处理领事保护案件{CONSULAR[year]}件，加强海外安全风险研判，指导企业做好境外项目和人员安全防范。截至年底全市常住外籍人员{foreigners(FOREIGNERS[year])}，为外籍人员提供政策咨询、证件办理等服务，推动涉外服务管理规范化、便利化。",
    ]
    if year == 2022:
        lines.append(f"（五）{points(year)}")
    else:
        lines.append(f"（五）讲好海澄故事。通过“海澄外事”微信公众号等平台发布外事信息，接待{VISITORS[year]}来海澄参观交流，展示城市良好形象。")
    law = "《中华人民共和国对外关系法》" if year == 2023 else "《中华人民共和国出境入境管理法》"
    lines.append(f"（六）规范外事管理，提升服务效能。严格执行因公出国（境）管理规定，落实“一团一报”，加强出访成果转化跟踪；完善外事接待制度，优化礼宾工作流程；推进外事工作法治化建设，组织开展{law}等法律法规学习宣传，全办依法行政能力不断增强。")
    lines += [
        "",
        "二、存在的问题和不足",
        "一是对外交往的主动性、针对性还需增强，友城资源的利用效率不高；二是外事服务市场主体“走出去”的渠道不够宽，服务的精准度有待提升；三是涉外安全风险防控体系有待完善，基层涉外工作力量相对薄弱。",
        "",
        f"三、{year + 1}年工作思路",
        f"{year + 1}年，市外办将以习近平外交思想为指导，紧扣全市中心工作，重点做好以下工作：一是扩大对外交往，力争接待外国来访团组{VISIT_TARGETS[year]}个，新缔结国际友好城市{liang(FRIEND_TARGETS[year])}个；"
        f"二是办好第{cn(next_edition(year))}届{FORUM_NAME}；三是服务招商引资，力争全市外资到位{yi(FDI_TARGETS[year])}亿美元；四是加强涉外安全管理，提升外事工作法治化水平；五是深化友城务实合作，推动与新结好城市在港口物流、文化旅游、教育卫生等领域开展项目合作。",
        "同时，持续加强机关党的建设和干部队伍建设，坚持严的基调不放松，锻造忠诚、干净、担当的外事铁军，为建设更高水平开放型经济新体制贡献外事力量。",
    ]
    return lines + signature(year)


def report(year: int) -> str:
    if year <= 2016:
        lines = report_a(year)
    elif year <= 2020:
        lines = report_b(year)
    else:
        lines = report_c(year)
    return "\n".join(lines) + "\n"


def news_lanshan() -> str:
    d = LANSHAN
    return (
        "岚山市外办召开2021年度工作总结会议\n"
        "来源：岚山日报　　发布时间：2022年1月18日\n\n"
        "本报讯（记者 程露）1月17日，岚山市人民政府外事办公室召开2021年度工作总结会议，回顾全年工作，部署2022年重点任务。\n"
        f"会议通报，2021年，岚山市外办统筹疫情防控和对外交往，全年接待外国来访团组{d['visits'][0]}个{d['visits'][1]}人次，"
        f"审批因公出国（境）团组{d['outbound'][0]}批{d['outbound'][1]}人次；协助处理领事保护案件{d['consular']}件；"
        f"新缔结国际友好城市{len(d['friends'])}个，分别为{'和'.join(country + city for country, city in d['friends'])}。服务开放型经济成效明显，全市外资到位{yi(d['fdi'])}亿美元，"
        f"外贸进出口总额{d['trade'][0]}亿元，同比增长{d['trade'][1]}%。全年举办外事业务培训班{d['training'][0]}期，培训{d['training'][1]}人次。\n"
        f"岚山市外办主任{d['director']}在讲话中指出，2022年要力争接待外国来访团组{d['target_visits']}个以上，办好第{cn(d['forum_next'])}届岚山国际湿地生态论坛。\n"
    )


def news_yunzhou() -> str:
    d = YUNZHOU
    return (
        "云州市外事工作交出亮眼“成绩单”\n"
        "来源：云州新闻网　　2023-01-12\n\n"
        "云州讯 记者从1月11日召开的云州市外事工作会议上获悉，2022年，云州市外办共接待外国来访团组"
        f"{d['visits'][0]}个{d['visits'][1]}人次，审批因公出国（境）团组{d['outbound'][0]}批{d['outbound'][1]}人次。"
        f"全市外资到位{yi(d['fdi'])}亿美元，外贸进出口总额{d['trade'][0]}亿元，同比增长{d['trade'][1]}%。"
        f"第{cn(d['fair'][0])}届云州国际茶文化博览会吸引了{d['fair'][1]}个国家和地区的客商参展。截至2022年底，云州市常住外籍人员{foreigners(d['foreigners'])}；"
        f"全年协助处理领事保护案件{d['consular']}件；与{''.join(d['friend'])}缔结国际友好城市关系。\n"
        f"云州市外办主任{d['director']}表示，2023年将力争全市外资到位{yi(d['fdi_target'])}亿美元，持续深化与各国友城的务实合作。\n"
    )


def questions() -> list[dict]:
    v = {y: f"{n}个" for y, (n, _) in VISITS.items()}
    o = {y: f"{n}批" for y, (n, _) in OUTBOUND.items()}
    fdi = {y: f"{yi(x)}亿美元" for y, x in FDI.items()}
    fdi_t = {y: f"{yi(x)}亿美元" for y, x in FDI_TARGETS.items()}
    case = {y: f"{n}件" for y, n in CONSULAR.items()}
    trained = {y: f"{n}人次" for y, (_, n) in TRAINING.items()}
    names = [city for y in YEARS for _, city in FRIENDS[y]]
    others = ["郑国栋", "韩雪梅", "许文斌", LANSHAN["director"], YUNZHOU["director"]]

    def bare(city: str) -> str:
        return city.removesuffix("市")

    def ed(year: int) -> list[str]:
        return [f"第{cn(edition(year))}届", f"第{edition(year)}届"]

    rows = [
        # figures of a year, mostly in other words than the reports use
        q("figure", "海澄市外办2014年接待外国来访团组多少个？", [[v[2014]]], [v[2013], v[2015], f"{VISIT_TARGETS[2014]}个"]),
        q("figure", "2016年海澄一共来了多少个外宾团？", [[v[2016]]], [v[2015], v[2017], f"{VISIT_TARGETS[2015]}个", f"{VISIT_TARGETS[2016]}个"]),
        q("figure", "2023年市外办接待外宾多少人次？", [[f"{VISITS[2023][1]}人次"]], [f"{VISITS[2022][1]}人次", trained[2023]]),
        q("figure", "海澄市2017年审批因公出国（境）团组多少批？", [[o[2017]]], [o[2016]]),
        q("figure", "2019年海澄市外办派出去多少个团、多少人次？", [[o[2019]], [f"{OUTBOUND[2019][1]}人次"]], [o[2017], f"{OUTBOUND[2017][1]}人次"]),
        q("figure", "海澄2022年引进外资多少？", [[fdi[2022]]], [fdi[2021], fdi[2023], fdi_t[2021], fdi_t[2022], f"{yi(YUNZHOU['fdi'])}亿美元"]),
        q("figure", "2021年海澄市外贸进出口同比增幅是多少？", [[f"{growth(2021):.1f}%"]], [f"{-growth(2020):.1f}%", f"{growth(2022):.1f}%", f"{LANSHAN['trade'][1]}%"]),
        q("figure", "2017年海澄市外贸总额多少亿元？", [[f"{TRADE[2017]}亿元"]], [f"{TRADE[2016]}亿元", f"{TRADE[2019]}亿元"]),
        q("figure", "海澄市外办2020年处理了多少起领保案件？", [[case[2020]]], [case[2019], case[2021]]),
        q("figure", "截至2017年底，海澄市一共有多少个国际友城？", [[f"{total_friends(2017)}个"]], [f"{total_friends(2016)}个", f"{total_friends(2019)}个"]),
        q("figure", "2022年在海澄常住的外国人有多少？", [foreigners_alts(FOREIGNERS[2022])],
          [*foreigners_alts(FOREIGNERS[2021]), *foreigners_alts(FOREIGNERS[2023]), foreigners(YUNZHOU["foreigners"])]),
        q("figure", "海澄市外办2015年举办培训班几期、培训多少人次？", [[f"{TRAINING[2015][0]}期"], [trained[2015]]], [trained[2014], trained[2016]]),
        # a year's figure as a later report states it (2018 has no report of its own)
        q("report_year", "2019年的报告里说2018年接待外国来访团组多少个？", [[v[2018]]], [v[2019], v[2017], f"{VISIT_TARGETS[2017]}个"]),
        q("report_year", "海澄市2018年外资到位多少亿美元？", [[fdi[2018]]], [fdi[2019], fdi[2017], fdi_t[2017]]),
        q("report_year", "海澄市外办2021年报告中提到上一年接待来访团组多少个？", [[v[2020]]], [v[2021], v[2019]]),
        q("report_year", "2023年工作总结里说2022年审批因公出国团组多少批？", [[o[2022]]], [o[2023]]),
        q("report_year", "2020年的报告里提到2019年全市外贸进出口总额是多少？", [[f"{TRADE[2019]}亿元"]], [f"{TRADE[2020]}亿元"]),
        # targets (the plan of the year before, not the result)
        q("target", "海澄市外办2016年原计划接待多少个外国来访团组？", [[f"{VISIT_TARGETS[2015]}个"]], [v[2016], v[2015]]),
        q("target", "按2022年报告的安排，2023年海澄市外资到位目标是多少？", [[fdi_t[2022]]], [fdi[2023], fdi[2022], fdi_t[2023]]),
        q("target", "海澄市外办2017年报告给2018年定的接待外宾团组目标是多少？", [[f"{VISIT_TARGETS[2017]}个"]], [v[2018], v[2017]]),
        # the right office
        q("entity", "海澄市外办2021年协助处理领事保护案件多少件？", [[case[2021]]], [f"{LANSHAN['consular']}件", case[2020], case[2022]]),
        q("entity", "云州市2022年外资到位多少亿美元？", [[f"{yi(YUNZHOU['fdi'])}亿美元"]], [fdi[2022]]),
        q("entity", "2021年岚山市外办接待了多少个外国来访团组？", [[f"{LANSHAN['visits'][0]}个"]], [v[2021]]),
        # post holders
        q("person", "2015年海澄市外办主任是谁？", [[director(2015)]], [n for n in others if n != director(2015)]),
        q("person", "海澄市外事办公室2020年由谁担任主任？", [[director(2020)]], [n for n in others if n != director(2020)]),
        q("person", "2022年海澄市外办的一把手是谁？", [[director(2022)]], [n for n in others if n != director(2022)]),
        # ordinals (the forum skipped 2020)
        q("ordinal", "2016年的港口城市合作论坛是第几届？", [ed(2016)], ed(2015) + ed(2017)),
        q("ordinal", "2021年海澄国际港口城市合作论坛办的是第几届？", [ed(2021)], ed(2019) + ed(2022)),
        q("ordinal", "第八届海澄国际港口城市合作论坛是在哪一年举办的？", [[f"{next(y for y in FORUM if edition(y) == 8)}年"]], ["2021年", "2023年"]),
        # the year of an event
        q("event_year", "海澄市和智利瓦尔帕莱索市哪年结为友城？", [[f"{next(y for y in FRIENDS if ('智利', '瓦尔帕莱索市') in FRIENDS[y])}年"]], ["2014年", "2016年"]),
        q("event_year", "海澄国际港口城市合作论坛最早是哪一年办的？", [[f"{min(FORUM)}年"]], ["2015年"]),
        q("event_year", "塞得港市是哪一年成为海澄市国际友好城市的？", [[f"{next(y for y in FRIENDS if ('埃及', '塞得港市') in FRIENDS[y])}年"]], ["2021年", "2023年"]),
        # comparisons
        q("comparison", "海澄市外办2019年和2023年接待外国来访团组各是多少个？", [[v[2019]], [v[2023]]]),
        q("comparison", "2020年和2021年，海澄市外办处理的领事保护案件分别有多少？", [[case[2020]], [case[2021]]]),
        q("comparison", "2017年海澄市外资到位比2015年多了多少？", [[fdi[2017]], [fdi[2015]], [f"{yi(round(FDI[2017] - FDI[2015], 1))}亿美元"]]),
        q("comparison", "2022年海澄市外办培训的人次比2014年多了多少？", [[trained[2022]], [trained[2014]], [f"{TRAINING[2022][1] - TRAINING[2014][1]}人次"]]),
        # lists
        q("list", "海澄市2017年新增了哪些国际友好城市？", [[bare(c)] for _, c in FRIENDS[2017]], [bare(c) for _, c in FRIENDS[2019]]),
        q("list", "2019年海澄新结好的友城有哪几个？", [[bare(c)] for _, c in FRIENDS[2019]], [bare(c) for _, c in FRIENDS[2017]]),
        q("list", "海澄市外办各年报告里提到的国际友好城市都有哪些？", [[bare(c)] for c in names],
          [*(bare(c) for _, c in LANSHAN["friends"]), bare(YUNZHOU["friend"][1])]),
        # open questions: one distinctive phrase per point
        q("open", "2016年海澄市外办开展调研都做了哪些工作？", [["外资企业用工难", "用工难"], ["兄弟城市"], ["友城合作实效"]], ["蹲点调研", "涉外中介机构"]),
        q("open", "海澄市外办2019年在作风建设方面有哪些举措？", [["外事服务进园区"], ["5个工作日", "审批时限"], ["八项规定", "四风"]], []),
        q("open", "2022年市外办怎么抓对外宣传的？", [["英文专栏"], ["港通四海"], ["看海澄"]], ["友城之窗", "海澄投资指南"]),
        # not in the library
        q("not_found", "海澄市外办2018年协助处理了多少件领事保护案件？", None, [case[2017], case[2019]]),
        q("not_found", "2018年海澄市新缔结的国际友好城市是哪个？", None, [bare(c) for _, c in FRIENDS[2019]]),
        q("not_found", "海澄市外办2020年办理APEC商务旅行卡多少张？", None),
        q("not_found", "江澄市外办2022年接待外国来访团组多少个？", None, [v[2022], f"{YUNZHOU['visits'][0]}个"]),
        q("not_found", "海澄市外办2024年实际接待外国来访团组多少个？", None, [f"{VISIT_TARGETS[2023]}个", v[2023]]),
        q("not_found", "海澄市外办2018年报告为2019年定的外资到位目标是多少？", None, [fdi_t[2017], fdi_t[2019]]),
    ]
    return rows


ABSENT = ["苏哈尔", "APEC", "江澄"]  # answers the not-found questions must not find
DERIVED = {"0.9亿美元", "280人次"}  # differences the reader computes


def check(texts: dict[str, str], rows: list[dict]) -> None:
    """Fails loudly when a gold value is not in the written text or a not-found answer is."""
    library = "\n".join(texts.values())
    own = "\n".join(t for name, t in texts.items() if "海澄" in name)
    for name, text in texts.items():
        if "海澄" in name:
            assert 1500 <= len(text) <= 3000, (name, len(text))
    for row in rows:
        gold = row["gold"]
        if gold is None:
            continue
        for group in gold:
            assert any(alt in library or alt in DERIVED for alt in group), (row["q"], group)
            assert not set(group) & set(row["forbidden"]), (row["q"], group)
    for word in ABSENT:
        assert word not in own, word
    assert "海澄" not in news_lanshan() + news_yunzhou()
    for year in YEARS:  # figures of one kind must not coincide within a report
        counts = [f"{VISITS[year][1]}人次", f"{OUTBOUND[year][1]}人次", f"{TRAINING[year][1]}人次"]
        assert len(set(counts)) == len(counts), year
    for year, target in VISIT_TARGETS.items():  # a target is never the result it is a trap for
        assert year + 1 not in VISITS or VISITS[year + 1][0] != target, year
        assert year + 1 not in FDI or FDI[year + 1] != FDI_TARGETS[year], year
    assert len({growth(y) for y in YEARS}) == len(YEARS)
    assert all(x != int(x) for x in [*FDI.values(), *FDI_TARGETS.values()])


def main() -> None:
    texts = {f"{year}_海澄市外办年度报告.txt": report(year) for year in YEARS}
    texts["2021_岚山市外办_新闻.txt"] = news_lanshan()
    texts["2022_云州市外办_新闻.txt"] = news_yunzhou()
    rows = questions()
    check(texts, rows)
    for name, text in texts.items():
        (REPORTS / name).write_text(text, encoding="utf-8")
    (HERE / "haicheng_questions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
