# ruff: noqa: E501
"""Write the second frozen evaluation set (independent of the product).

A library of yearly work reports (年度工作总结) of one fictional body, 沧溪市人民政府外事办公室,
for 2014-2024 with the 2018 report missing, plus three news items about other cities'
foreign-affairs offices, and about 60 questions with gold and forbidden values.

Run from /work/main:  python -m benchmarks.frozen.write_second

Everything comes from the hand-made tables below. check() runs first; any failure stops
the script before a file is written. Nothing may be tuned on this set (see second/README.md).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "second"
REPORTS = OUT / "reports"

BODY = "沧溪市人民政府外事办公室"
SHORT = "沧溪市外办"
YEARS = list(range(2014, 2025))
MISSING = 2018
# City names used by other benchmark sets; none may appear in this library.
TABOO_NAMES = ["临江", "北岸", "东屿", "海澄", "青州", "海州", "云川", "南湖", "西港", "岚山", "云州", "南川", "白沙"]

# ---------------------------------------------------------------------------
# Numerals and formatting
# ---------------------------------------------------------------------------
CN_DIGITS = "零一二三四五六七八九"
CN_POS = ["", "十", "百", "千", "万"]


def cn_int(n: int) -> str:
    """Chinese numeral for 0 <= n < 100000 (10 -> 十, 105 -> 一百零五)."""
    assert 0 <= n < 100000
    if n == 0:
        return "零"
    s = str(n)
    parts = []
    for i, ch in enumerate(s):
        d = int(ch)
        parts.append("零" if d == 0 else CN_DIGITS[d] + CN_POS[len(s) - 1 - i])
    out = re.sub("零+", "零", "".join(parts)).rstrip("零")
    if out.startswith("一十"):
        out = out[1:]
    return out


def cn_count(n: int) -> str:
    """Chinese numeral for a count before a measure word (2 -> 两)."""
    return "两" if n == 2 else cn_int(n)


def ordinal(n: int) -> str:
    return f"第{cn_int(n)}届"


def fmt(x: float | int) -> str:
    if isinstance(x, float):
        return f"{x:.2f}".rstrip("0").rstrip(".")
    return str(x)


def pct(new: float, old: float) -> str:
    r = (new - old) / old * 100
    return ("增长" if r >= 0 else "下降") + f"{abs(r):.1f}%"


def pct2(a: float, a0: float, b: float, b0: float) -> str:
    ra, rb = (a - a0) / a0 * 100, (b - b0) / b0 * 100
    if (ra >= 0) == (rb >= 0):
        return f"分别{'增长' if ra >= 0 else '下降'}{abs(ra):.1f}%和{abs(rb):.1f}%"
    return f"分别{pct(a, a0)}和{pct(b, b0)}"


# ---------------------------------------------------------------------------
# Figures per year (2013 only as the base of the 2014 percentages; 2018 is the missing report)
# in_b/in_p: incoming delegations 批/人次; out_b/out_p: outbound delegations 批次/人次;
# new: new friendship cities; stock: friendship cities at year end; apec: APEC cards 张;
# cons: consular protection cases 件; pp/visa: official passports 本 / visas 件;
# fdi_n/fdi: foreign-invested projects 个 / contracted foreign capital 亿美元;
# j_b/j_p: foreign journalists 批/人次; tr_n/tr_p: training sessions 期/人次;
# ord: edition of the 沧溪国际友城合作论坛 (None: not held); lessons: party lessons by the director.
# ---------------------------------------------------------------------------
D: dict[int, dict] = {
    2013: dict(in_b=37, in_p=321, out_b=117, out_p=570, apec=29, fdi=2.1),
    2014: dict(in_b=41, in_p=356, out_b=128, out_p=612, new=[("韩国", "安山市"), ("澳大利亚", "班伯里市")], stock=16, apec=37, cons=18, pp=530, visa=1260, fdi_n=9, fdi=2.35, j_b=6, j_p=32, tr_n=3, tr_p=210, ord=1, lessons=3),
    2015: dict(in_b=48, in_p=402, out_b=141, out_p=655, new=[("意大利", "维琴察市")], stock=17, apec=45, cons=23, pp=574, visa=1318, fdi_n=11, fdi=2.8, j_b=8, j_p=41, tr_n=4, tr_p=265, ord=2, lessons=4),
    2016: dict(in_b=56, in_p=447, out_b=152, out_p=703, new=[("俄罗斯", "喀山市"), ("新西兰", "纳尔逊市"), ("泰国", "清迈府")], stock=20, apec=58, cons=31, pp=611, visa=1402, fdi_n=12, fdi=3.16, j_b=7, j_p=39, tr_n=4, tr_p=298, ord=3, lessons=4),
    2017: dict(in_b=62, in_p=519, out_b=149, out_p=688, new=[("德国", "卡塞尔市"), ("日本", "松江市")], stock=22, apec=66, cons=27, pp=596, visa=1377, fdi_n=14, fdi=3.5, j_b=9, j_p=52, tr_n=5, tr_p=340, ord=4, lessons=5),
    2018: dict(in_b=58, in_p=486, out_b=163, out_p=741, new=[("西班牙", "巴利亚多利德市"), ("匈牙利", "佩奇市")], stock=24, apec=81, cons=35, pp=668, visa=1490, fdi_n=13, fdi=3.2, j_b=10, j_p=58, tr_n=5, tr_p=362, ord=5, lessons=4),
    2019: dict(in_b=67, in_p=571, out_b=171, out_p=806, new=[("波兰", "卢布林市"), ("墨西哥", "克雷塔罗市")], stock=26, apec=94, cons=42, pp=702, visa=1533, fdi_n=16, fdi=4.05, j_b=11, j_p=63, tr_n=6, tr_p=415, ord=6, lessons=4),
    2020: dict(in_b=9, in_p=63, out_b=12, out_p=47, new=[("乌兹别克斯坦", "撒马尔罕市")], stock=27, apec=52, cons=57, pp=81, visa=96, fdi_n=7, fdi=1.6, j_b=3, j_p=12, tr_n=4, tr_p=236, ord=None, lessons=4),
    2021: dict(in_b=14, in_p=97, out_b=8, out_p=31, new=[("白俄罗斯", "莫吉廖夫市")], stock=28, apec=61, cons=39, pp=54, visa=70, fdi_n=10, fdi=2.4, j_b=4, j_p=19, tr_n=5, tr_p=310, ord=7, lessons=5),
    2022: dict(in_b=23, in_p=168, out_b=19, out_p=88, new=[("塞尔维亚", "尼什市"), ("阿根廷", "科尔多瓦市")], stock=30, apec=73, cons=33, pp=132, visa=205, fdi_n=12, fdi=2.75, j_b=5, j_p=26, tr_n=6, tr_p=372, ord=8, lessons=6),
    2023: dict(in_b=71, in_p=604, out_b=137, out_p=598, new=[("哈萨克斯坦", "奇姆肯特市"), ("印度尼西亚", "泗水市"), ("葡萄牙", "布拉加市")], stock=33, apec=126, cons=46, pp=587, visa=1296, fdi_n=18, fdi=4.6, j_b=12, j_p=71, tr_n=7, tr_p=455, ord=9, lessons=3),
    2024: dict(in_b=86, in_p=733, out_b=158, out_p=702, new=[("埃及", "卢克索市"), ("智利", "瓦尔帕莱索市")], stock=35, apec=148, cons=51, pp=649, visa=1451, fdi_n=21, fdi=5.3, j_b=14, j_p=85, tr_n=8, tr_p=512, ord=10, lessons=4),
}

# Targets for year Y, stated in the plan section of the report of year Y-1.
PLAN: dict[int, dict] = {
    2015: dict(in_b=45, new=2, apec=50, fdi=2.6, ord=2),
    2016: dict(in_b=52, new=2, apec=55, fdi=3.0, ord=3),
    2017: dict(in_b=60, new=3, apec=70, fdi=3.3, ord=4),
    2018: dict(in_b=65, new=3, apec=75, fdi=3.8, ord=5),
    2020: dict(in_b=75, new=3, apec=100, fdi=4.5, ord=7),
    2021: dict(in_b=20, new=2, apec=70, fdi=2.5, ord=7),
    2022: dict(in_b=30, new=3, apec=80, fdi=3.0, ord=8),
    2023: dict(in_b=50, new=2, apec=100, fdi=4.0, ord=9),
    2024: dict(in_b=80, new=3, apec=140, fdi=5.0, ord=10),
    2025: dict(in_b=95, new=2, apec=160, fdi=6.0, ord=11),
}

DIRECTORS = {"周立群": range(2014, 2019), "陆振华": range(2019, 2022), "沈嘉言": range(2022, 2025)}
DEPUTY = "韩晓梅"
FORUM = "沧溪国际友城合作论坛"


def director(year: int) -> str:
    return next(name for name, years in DIRECTORS.items() if year in years)


# ---------------------------------------------------------------------------
# Year-specific wording. econ: three points on serving enterprises / foreign investment;
# friend: three points on friendship-city exchanges. Each point holds a distinctive phrase
# (used by the open questions) that occurs in no other document.
# ---------------------------------------------------------------------------
N: dict[int, dict] = {
    2014: dict(
        guide="以党的十八大和十八届三中、四中全会精神为指导",
        theme="主动融入国家“一带一路”建设",
        visit="先后接待了韩国安山市市长、澳大利亚驻华使馆官员等重要外宾团组，圆满完成省领导陪同外宾来沧考察的接待任务。",
        forum="来自12个国家的友城代表和企业家参会，签署合作意向书9份",
        media="在境外主流媒体刊发涉沧报道40余篇",
        friend=["组织中学生代表团赴韩国安山市参加青少年夏令营，增进两市青少年相互了解",
                "与澳大利亚班伯里市签署教育合作备忘录，推动两市4所学校结为姊妹学校",
                "承办全省友城工作座谈会，交流推广友城工作经验"],
        econ=["编印《沧溪投资指南》英、日、韩三种文本，通过驻外使领馆和友城渠道发放2000余册",
              "协助市商务局赴日本、韩国开展招商推介活动3场，邀请境外客商来沧考察",
              "建立重点外资企业联系制度，走访外资企业26家，协调解决涉外问题11个"],
        out="对出访任务、团组人数和在外天数进行严格把关",
        cons="其中涉及人身安全案件4件，均得到妥善处置",
        leaflets=3000,
        campaign="党的群众路线教育实践活动",
        train="邀请省外办领导和高校专家授课",
    ),
    2015: dict(
        guide="以党的十八大和十八届三中、四中、五中全会精神为指导",
        theme="围绕建设开放型经济强市目标",
        visit="接待了意大利维琴察市代表团、日本经济界访华团等重要团组。",
        forum="论坛以“友城合作·共享发展”为主题，签署合作项目7个",
        media="组织境外媒体采访团走进青石区和梅岭县",
        friend=["与意大利维琴察市开展皮革产业交流，组织8家皮革企业赴意考察",
                "举办首期友城青年交流营，邀请5个友城的30名青年来沧交流",
                "选派教师赴友城任教，与韩国安山市互派教师4名"],
        econ=["依托驻外使领馆举办意大利中小企业对接会，促成签约项目5个",
              "开通APEC商务旅行卡申办绿色通道，办理时限压缩至15个工作日",
              "协助引进德资汽车零部件项目，总投资8000万美元"],
        out="严格执行因公出国（境）计划管理和公示制度",
        cons="协助处理我市在外务工人员劳务纠纷案件9件",
        leaflets=3500,
        campaign="“三严三实”专题教育",
        train="首次将县（区）外事干部纳入培训范围",
    ),
    2016: dict(
        guide="以党的十八大和十八届三中、四中、五中、六中全会精神为指导",
        theme="紧扣“十三五”开局之年目标任务",
        visit="接待了俄罗斯喀山市、新西兰纳尔逊市政府代表团等重要团组。",
        forum="来自15个国家的120余名嘉宾参会",
        media="组织外国记者看沧溪采访活动",
        friend=["副主任韩晓梅带队赴俄罗斯喀山市签署结好协议，并举办沧溪旅游推介会",
                "与泰国清迈府合作举办沧溪文化周，展演非物质文化遗产项目12个",
                "举办友城市长圆桌会议，8个友城的市长或副市长参会"],
        econ=["组织32家企业赴俄罗斯参加中俄博览会，达成合作意向12项",
              "在门户网站开设外事服务企业专栏，发布国别投资信息150余条",
              "促成新西兰乳品企业落户梅岭县，总投资3200万美元"],
        out="对重点招商团组实行随报随审",
        cons="其中在海外遭遇交通事故、盗抢案件11件",
        leaflets=4000,
        campaign="“两学一做”学习教育",
        train="分别面向市直部门、县（区）和涉外企业",
    ),
    2017: dict(
        guide="深入学习贯彻党的十九大精神",
        theme="主动服务和融入“一带一路”建设",
        visit="接待了德国卡塞尔市市长率领的政府代表团、日本松江市议会代表团等重要团组。",
        forum="首次设立友城经贸洽谈专场，签约项目11个",
        media="在境外媒体刊发沧溪专题报道60余篇",
        friend=["与德国卡塞尔市签署结好协议，同步启动职业教育合作项目",
                "邀请日本松江市艺术团来沧参加国际文化节演出",
                "副主任韩晓梅率团出席泰国清迈府结好一周年活动"],
        econ=["举办“一带一路”沿线国家驻华使节沧溪行活动，18个国家的使节参加",
              "为外资企业外籍高管办理来华邀请函120余份",
              "与德国卡塞尔市共建中德产业合作园，首批入园企业6家"],
        out="全面落实因公出国（境）管理各项规定",
        cons="妥善处置我市公民在东南亚国家旅游期间遇险案件",
        leaflets=5000,
        campaign="“两学一做”学习教育常态化制度化",
        train="开设“一带一路”国别知识专题课程",
    ),
    2019: dict(
        theme="以庆祝新中国成立70周年为契机",
        appoint="年初，市委任命陆振华同志为市外办党组书记、主任。",
        campaign="“不忘初心、牢记使命”主题教育",
        study=12,
        train="首次开设外事礼宾实务和涉外舆情应对课程",
        apec="将APEC商务旅行卡办理纳入市政务服务中心窗口，实行“一窗受理”。",
        econ=["组织86家企业参加第二届中国国际进口博览会采购对接，意向成交金额1.3亿美元",
              "编发国别投资信息42期，为企业开拓海外市场提供参考",
              "协助波兰企业在柳湾区设立欧洲商品展示中心"],
        forum="成功举办第六届沧溪国际友城合作论坛，来自18个国家的友城代表参会。",
        friend=["与2018年结好的西班牙巴利亚多利德市互派经贸代表团，签署葡萄酒贸易合作协议",
                "举办国际友城摄影展，展出友城风光作品200余幅",
                "指导石桥县与匈牙利陶陶镇建立友好交流关系，县级对外交往实现新突破"],
        out="全面推行因公出国（境）审批网上办理，平均审批时间缩短3个工作日。",
        cons="协调处置我市公民在境外遭遇人身伤害、财产损失等案件",
        cons_extra="组织开展“领保进企业”宣讲活动6场，为2家“走出去”企业开展境外安全风险评估。",
        plan_in="计划接待外国来访代表团{t}批，筹办{o}沧溪国际友城合作论坛",
    ),
    2020: dict(
        theme="面对突如其来的新冠肺炎疫情，统筹做好涉外疫情防控和对外交往",
        appoint="",
        campaign="模范机关创建活动",
        study=14,
        train="其中线上培训2期",
        apec="疫情期间开展APEC商务旅行卡“不见面”审核，保障企业复工复产需要。",
        econ=["为12家外资企业的外籍技术人员来沧复工开辟快捷通道",
              "举办线上云招商推介会6场，推介重点招商项目35个",
              "协助17家企业办理防疫物资出口相关手续"],
        forum="受新冠肺炎疫情影响，原定举办的第七届沧溪国际友城合作论坛延期举办。",
        friend=["以视频连线方式与乌兹别克斯坦撒马尔罕市签署结好协议",
                "向友城捐赠口罩等防疫物资，收到友城慰问信函23封",
                "举办友城抗疫经验视频交流会4场"],
        out="严格执行疫情期间因公出国（境）管控要求，除必要的经贸、科技类团组外暂停安排出访。",
        cons="其中疫情相关求助案件41件，协助滞留海外的我市公民回国",
        cons_extra="副主任韩晓梅牵头成立涉外疫情防控工作专班，实行24小时值班值守。",
        plan_in="视疫情形势，计划接待外国来访代表团{t}批，筹办{o}沧溪国际友城合作论坛",
    ),
    2021: dict(
        theme="以庆祝中国共产党成立100周年为主线",
        appoint="",
        campaign="党史学习教育",
        study=15,
        train="重点开展外事政策法规和疫情常态化防控业务培训",
        apec="推行APEC商务旅行卡“容缺受理”，为企业节约办理时间约40%。",
        econ=["协助外贸企业应对境外合同纠纷，挽回经济损失约600万元",
              "举办RCEP政策解读会2场，200余家企业参加",
              "推动白俄罗斯企业来沧设立代表处，拓展对东欧经贸合作"],
        forum="时隔一年，第七届沧溪国际友城合作论坛以“线上+线下”方式成功举办，来自16个国家的嘉宾参会。",
        friend=["与白俄罗斯莫吉廖夫市签署结好协议，实现我市在东欧地区友城布局新突破",
                "与撒马尔罕市联合举办丝路文化云展",
                "举办友城青少年“云上”书画交流活动"],
        out="坚持“非必要不出访”原则，出访团组以重要经贸团组为主。",
        cons="配合开展海外中国公民疫苗接种“春苗行动”协助工作",
        cons_extra="建立重点“走出去”企业海外安全联络员制度，联络员覆盖企业45家。",
        plan_in="计划接待外国来访代表团{t}批，办好{o}沧溪国际友城合作论坛",
    ),
    2022: dict(
        theme="党的二十大胜利召开之年",
        effect="稳中有进、进中提质",
        appoint="1月，沈嘉言同志任市外办党组书记、主任。",
        lead="宣讲党的二十大精神6场",
        forum="主论坛以线上方式邀请友城市长视频致辞",
        friend=["与塞尔维亚尼什市签署结好协议，推动中小企业合作",
                "组织中学生与阿根廷友城学校开展线上课堂交流",
                "举办友城建交纪念线上音乐会"],
        econ=["开展外事服务进园区活动，走访重点外资企业48家",
              "开展APEC卡申办上门指导，覆盖企业60家",
              "在驻华使馆推介活动中推介沧溪综合保税区"],
        out="优化因公出国（境）审批流程，推动重要经贸团组“应出尽出”。",
        cons="开展“领保进万家”宣传活动，覆盖柳湾区、青石区等重点区域",
        media="在海外社交媒体平台开设“沧溪外事”账号，发布稿件300余篇",
        weak=["对外交往恢复程度与疫情前相比仍有差距", "友城资源转化为发展成果的路径还不够多", "外事干部国际传播能力有待提升"],
    ),
    2023: dict(
        theme="全面贯彻落实党的二十大精神的开局之年",
        effect="全面恢复、提质增效",
        appoint="",
        lead="带头开展主题教育专题调研",
        forum="来自22个国家的260余名嘉宾线下参会",
        friend=["与哈萨克斯坦奇姆肯特市签署结好协议，推动开通国际货运班列",
                "邀请印度尼西亚泗水市代表团参加友城论坛",
                "推动布拉加市与我市高校开展陶瓷艺术交流"],
        econ=["组织企业赴东盟国家抢订单、拓市场，签约金额超过2亿美元",
              "举办驻华使节经贸恳谈会，14个国家驻华使节参加",
              "建立外资项目外事服务专员制度，为重点外资项目提供全程跟踪服务"],
        out="推行因公出国（境）“一网通办”，重要经贸团组审批时限压缩至5个工作日。",
        cons="妥善处置我市公民在境外遭遇的交通事故、劳务纠纷等案件",
        media="组织外国记者走进沧溪采访活动",
        weak=["服务企业开拓国际市场的精准度有待提高", "部分友城交往活跃度不高", "县（区）外事工作力量相对薄弱"],
    ),
    2024: dict(
        theme="中华人民共和国成立75周年",
        effect="量质齐升",
        appoint="",
        lead="带队走访外资企业和县（区）外办开展调研",
        forum="论坛首次设立友城青年分论坛",
        friend=["与埃及卢克索市签署结好协议，推动文旅合作",
                "与智利瓦尔帕莱索市举办港口城市合作视频会",
                "举办国际友城结好周年系列活动"],
        econ=["发布企业出海国别风险提示12期",
              "协助引进智利锂电材料项目，合同外资1.2亿美元",
              "推出外籍商务人士来沧签证邀请函办理预约服务"],
        out="深化因公出国（境）“一网通办”，推动经贸团组“应出尽出、快出快办”。",
        cons="全年未发生重大涉我市公民海外安全事件",
        media="开展“国际友人看沧溪”融媒体传播活动",
        weak=["外资招引的外事渠道还需进一步拓宽", "友城合作项目落地转化率有待提高", "外事人才储备相对不足"],
    ),
}


def city_names(year: int) -> str:
    return "、".join(country + city for country, city in D[year]["new"])


def points(items: list[str], sep: str = "。") -> str:
    labels = ["一是", "二是", "三是"]
    return sep.join(label + item for label, item in zip(labels, items, strict=True)) + "。"


# ---------------------------------------------------------------------------
# Three house styles: 周立群 (2014-2017), 陆振华 (2019-2021), 沈嘉言 (2022-2024)
# Each returns (full text, plan section text).
# ---------------------------------------------------------------------------
def style_a(y: int) -> tuple[str, str]:
    d, p, n, t = D[y], D[y - 1], N[y], PLAN[y + 1]
    plan = (
        f"三、{y + 1}年工作打算\n"
        f"{y + 1}年，市外办将深入贯彻中央和省委、市委关于外事工作的部署要求，重点抓好以下工作：一是拓展对外交往渠道。"
        f"力争全年接待外宾团组{t['in_b']}批以上，办好{ordinal(t['ord'])}{FORUM}。二是优化友城布局。力争新增国际友好城市{t['new']}个，"
        f"推动友城交往由礼节性向务实性转变。三是提升服务经济发展水平。计划为企业办理APEC商务旅行卡{t['apec']}张，"
        f"协助引进合同外资{fmt(t['fdi'])}亿美元。四是严格因公出国（境）管理，进一步提高审批效率和服务水平。"
        f"五是加强领事保护和海外安全风险防范，健全应急处置机制。六是加强外事队伍建设，打造一支政治坚定、业务精湛、作风过硬的外事干部队伍。"
        f"我们将以更加饱满的热情和更加务实的作风，奋力开创全市外事工作新局面。"
    )
    text = (
        f"{BODY}{y}年工作总结和{y + 1}年工作打算\n"
        f"{y}年，在市委、市政府的坚强领导和省外办的精心指导下，市外办{n['guide']}，紧紧围绕全市经济社会发展大局，{n['theme']}，"
        f"积极拓展对外交往，着力服务开放型经济，不断加强外事管理，各项工作取得了新的进展。现将全年工作情况总结如下：\n"
        f"一、{y}年主要工作\n"
        f"（一）对外交往稳步拓展\n"
        f"全年共接待外宾团组{d['in_b']}批{d['in_p']}人次，同比{pct2(d['in_b'], p['in_b'], d['in_p'], p['in_p'])}。{n['visit']}"
        f"成功举办{ordinal(d['ord'])}{FORUM}，{n['forum']}。接待境外记者{d['j_b']}批{d['j_p']}人次，{n['media']}。"
        f"坚持“小外事”服务“大外交”，主动对接国家和省重大外事活动，积极争取高层次外事资源落地沧溪，城市国际知名度和影响力进一步提升。\n"
        f"（二）友好城市工作取得新突破\n"
        f"新增国际友好城市{cn_count(len(d['new']))}个：{city_names(y)}。截至年底，我市国际友好城市总数达{d['stock']}个。"
        f"{points(n['friend'])}\n"
        f"（三）因公出国（境）管理规范有序\n"
        f"坚持从严管理与优质服务并重，全年审核报批因公出国（境）团组{d['out_b']}批次{d['out_p']}人次，同比{pct(d['out_b'], p['out_b'])}。"
        f"办理因公护照{d['pp']}本、签证{d['visa']}件，未发生违规出访和证照管理问题。{n['out']}，确保因公出国（境）工作规范有序。"
        f"加强对县（区）和市直部门外事工作的业务指导，编印因公出国（境）工作手册，规范审批材料和办理流程。\n"
        f"（四）服务开放型经济成效明显\n"
        f"主动对接全市招商引资和企业“走出去”需求，为企业办理APEC商务旅行卡{d['apec']}张，同比{pct(d['apec'], p['apec'])}；"
        f"协助引进外资项目{d['fdi_n']}个，合同外资{fmt(d['fdi'])}亿美元。{points(n['econ'])}\n"
        f"（五）领事保护和涉外管理不断加强\n"
        f"协调处置涉及我市公民的领事保护案件{d['cons']}件，{n['cons']}。开展“平安出行”领事保护宣传进企业、进学校活动，"
        f"发放宣传资料{n['leaflets']}份。规范涉外活动管理，配合有关部门做好外国人来沧管理服务工作。"
        f"健全涉外突发事件应急处置机制，会同公安、商务等部门定期开展海外安全形势研判。\n"
        f"（六）自身建设持续加强\n"
        f"深入开展{n['campaign']}，党组书记、主任{director(y)}同志带头讲党课{d['lessons']}次。"
        f"举办外事业务培训班{d['tr_n']}期，培训全市外事干部{d['tr_p']}人次，{n['train']}。"
        f"严格落实党风廉政建设责任制，扎实推进机关标准化建设，修订完善机关内部管理制度，外事干部服务意识和业务能力明显增强。\n"
        f"二、存在的问题\n"
        f"在总结成绩的同时，我们也清醒地看到，工作中还存在一些不足：一是对外交往的层次和实效有待提高，服务全市中心工作的精准度还需加强；"
        f"二是友城资源利用不够充分，部分友城交往仍停留在礼节性互访层面；三是外事干部队伍专业化水平与新形势新任务的要求还有差距。\n"
        f"{plan}\n"
    )
    return text, plan


def style_b(y: int) -> tuple[str, str]:
    d, p, n, t = D[y], D[y - 1], N[y], PLAN[y + 1]
    plan_in = n["plan_in"].format(t=t["in_b"], o=ordinal(t["ord"]))
    plan = (
        f"七、{y + 1}年工作思路\n"
        f"{y + 1}年，市外办将坚持以习近平外交思想为指导，立足服务全市开放发展大局，着力做好以下工作：一是{plan_in}。"
        f"二是力争新缔结国际友好城市{t['new']}个，推动友城合作提质增效。三是新办APEC商务旅行卡{t['apec']}张以上，"
        f"通过外事渠道促成合同外资{fmt(t['fdi'])}亿美元。四是持续优化因公出国（境）审批服务。五是健全海外利益保护和领事保护工作机制。六是加强外事干部队伍建设，提升专业化水平。"
    )
    text = (
        f"{SHORT}{y}年度工作总结\n"
        f"{y}年，市外办在市委、市政府和市委外事工作委员会的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平外交思想，"
        f"{n['theme']}，围绕“服务全市开放发展”这条主线，统筹推进对外交往、友城合作、外事管理和海外利益保护各项工作。"
        f"一年来，市外办主动适应新形势新要求，在服务大局中找准定位，在开拓创新中提升水平，较好完成了市委、市政府交办的各项外事任务。现将有关情况报告如下：\n"
        f"一、坚持党建引领，筑牢外事队伍政治根基\n"
        f"{n['appoint']}深入开展{n['campaign']}，党组书记、主任{director(y)}同志带头讲专题党课{d['lessons']}次，党组理论学习中心组集体学习{n['study']}次。"
        f"坚持以学促干，举办全市外事干部培训班{cn_int(d['tr_n'])}期，参训{d['tr_p']}人次，{n['train']}。"
        f"严格落实全面从严治党主体责任，认真执行中央八项规定及其实施细则精神，驰而不息纠治“四风”，营造风清气正的机关政治生态。\n"
        f"二、服务开放发展，外事赋能作用更加凸显\n"
        f"（一）助力企业“走出去”。新办APEC商务旅行卡{d['apec']}张，上年为{p['apec']}张。{n['apec']}"
        f"加强与商务、发改、工信等部门的协同联动，主动上门了解企业“走出去”需求，提供国别政策咨询、出访邀请核实等服务。\n"
        f"（二）助推外资招引。通过外事渠道促成外资项目{d['fdi_n']}个，合同外资额{fmt(d['fdi'])}亿美元，比上年的{fmt(p['fdi'])}亿美元{pct(d['fdi'], p['fdi'])}。"
        f"{points(n['econ'])}\n"
        f"三、深化友城交往，对外交流格局持续拓展\n"
        f"（一）做好来访接待。全年接待外国来访代表团{d['in_b']}批{d['in_p']}人次，比上年的{p['in_b']}批{p['in_p']}人次"
        f"{pct2(d['in_b'], p['in_b'], d['in_p'], p['in_p'])}。{n['forum']}接待境外媒体记者采访团{d['j_b']}批{d['j_p']}人次。\n"
        f"（二）拓展友城网络。新缔结国际友好城市{len(d['new'])}个：{city_names(y)}。友城总数达到{d['stock']}个。{points(n['friend'])}\n"
        f"（三）促进人文交流。围绕教育、文化、体育、卫生等领域，推动我市与友城开展多层次、宽领域交流合作，不断夯实友城合作民意基础。\n"
        f"四、严格因公出国管理，服务保障更加高效\n"
        f"审批因公出访团组{d['out_b']}批次{d['out_p']}人次，比上年的{p['out_b']}批次{p['out_p']}人次"
        f"{pct2(d['out_b'], p['out_b'], d['out_p'], p['out_p'])}。办理因公护照{d['pp']}本，代办签证{d['visa']}件。{n['out']}"
        f"坚持管理与服务并重，加强对因公出国（境）团组行前教育和回国后报告的管理，严肃外事纪律。\n"
        f"五、维护海外利益安全，领事保护扎实有效\n"
        f"妥善处置领保案件{d['cons']}件，{n['cons']}。{n['cons_extra']}"
        f"完善海外安全风险预警和应急处置机制，加强与驻外使领馆的沟通联系，切实维护我市在外企业和公民的合法权益。\n"
        f"六、存在的问题\n"
        f"一年来，全市外事工作虽然取得了一定成绩，但也存在一些问题和不足：外事资源统筹整合还不够，服务企业的精准度还需提高，"
        f"县（区）外事工作力量较为薄弱，这些都需要在今后工作中认真加以解决。\n"
        f"{plan}\n"
    )
    return text, plan


def style_c(y: int) -> tuple[str, str]:
    d, p, n, t = D[y], D[y - 1], N[y], PLAN[y + 1]
    plan = (
        f"三、{y + 1}年工作安排\n"
        f"{y + 1}年，市外办将以习近平外交思想为指引，主动服务全市高质量发展。主要目标是：来访外宾{t['in_b']}批以上；新结好友城{t['new']}个；"
        f"APEC商务旅行卡新办{t['apec']}张；助力招引合同外资{fmt(t['fdi'])}亿美元以上；举办{ordinal(t['ord'])}{FORUM}。"
        f"重点做好以下工作：一是聚焦服务高质量发展，拓展“外事+招商”合作渠道；二是聚焦友城提质增效，推动友城合作项目落地；"
        f"三是聚焦海外安全，完善领事保护应急处置机制；四是聚焦队伍建设，锻造忠诚干净担当的外事铁军。"
        f"市外办将以更加昂扬的精神状态和更加务实的工作作风，为全市高质量发展贡献更多外事力量。"
    )
    weak = "；".join(f"{label}{w}" for label, w in zip(["一是", "二是", "三是"], n["weak"], strict=True))
    text = (
        f"{BODY}关于{y}年外事工作情况的总结\n"
        f"{y}年是{n['theme']}。市外办坚持以习近平外交思想为指引，完整、准确、全面贯彻新发展理念，聚焦“服务大局、服务发展、服务基层、服务群众”，"
        f"以“外事+”工作机制为抓手，推动全市外事工作{n['effect']}。"
        f"一年来，市外办坚持稳中求进工作总基调，统筹发展和安全，对外交往渠道不断拓宽，服务全市中心工作的能力明显提升。主要情况如下：\n"
        f"一、主要工作成效\n"
        f"（一）对外交往和友城合作走深走实。全年来访外宾{d['in_b']}批{d['in_p']}人次，较上年{pct2(d['in_b'], p['in_b'], d['in_p'], p['in_p'])}。"
        f"高质量举办{ordinal(d['ord'])}{FORUM}，{n['forum']}。新结好友城{len(d['new'])}个：{city_names(y)}。"
        f"全市国际友好城市累计达{d['stock']}个。坚持以友城为纽带，推动友城合作由“数量扩张”向“质量提升”转变。"
        f"{points(n['friend'], '；')}接待工作中，坚持高标准、严要求、重细节，圆满完成各项重要外事接待任务。\n"
        f"（二）外事服务经济发展提质增效。受理APEC商务旅行卡申请并获批{d['apec']}张，比上年的{p['apec']}张增加{d['apec'] - p['apec']}张。"
        f"助力招引外资项目{d['fdi_n']}个，涉及合同外资{fmt(d['fdi'])}亿美元。健全“外事+招商”协同机制，将外事资源优势转化为开放发展优势。"
        f"{points(n['econ'], '；')}\n"
        f"（三）因公出国（境）管理提速增效。办理出访团组{d['out_b']}批次{d['out_p']}人次，同比{pct2(d['out_b'], p['out_b'], d['out_p'], p['out_p'])}；"
        f"签发因公护照{d['pp']}本，协助办理签证{d['visa']}件。{n['out']}加强因公出国（境）全流程管理，严肃外事纪律，确保团组出访务实高效。\n"
        f"（四）海外安全和领事保护有力有效。办理海外领事保护与协助案件{d['cons']}件，{n['cons']}。"
        f"健全海外安全风险防范和应急处置机制，加强对“走出去”企业和出境人员的安全提醒和培训，切实维护海外同胞合法权益。\n"
        f"（五）国际传播和人文交流亮点纷呈。邀请境外媒体记者{d['j_b']}批{d['j_p']}人次来沧采访，{n['media']}。围绕讲好沧溪故事，拓展国际传播渠道，持续提升城市国际形象。\n"
        f"（六）队伍建设和作风建设全面加强。{n['appoint']}主任{director(y)}同志{n['lead']}，带头讲党课{d['lessons']}次。"
        f"开展外事业务培训{d['tr_n']}期、覆盖{d['tr_p']}人次，外事干部履职能力持续提升。严格落实全面从严治党主体责任，驰而不息纠治“四风”，机关作风持续转变。\n"
        f"（七）涉外服务和外事管理规范有序。严格执行外事审批和报备制度，规范全市涉外活动管理；加强对县（区）外事工作的业务指导，"
        f"推动外事资源向基层延伸；完善外事工作制度汇编，做到用制度管人管事，全市外事工作规范化、制度化水平进一步提高。\n"
        f"二、存在的不足\n"
        f"对照市委、市政府要求，工作中还存在一些短板：{weak}。对此，我们将高度重视，在今后工作中认真加以改进。\n"
        f"{plan}\n"
    )
    return text, plan


# ---------------------------------------------------------------------------
# News items about other cities' offices (traps for the wrong entity)
# ---------------------------------------------------------------------------
NEWS = {
    "news_bochuan": (
        "新闻_泊川市外办_20170112.txt",
        "泊川市外办2016年外事工作亮点纷呈\n"
        "来源：泊川日报\n"
        "发布时间：2017年1月12日\n"
        "本报讯（记者 林晓）记者从泊川市人民政府外事办公室获悉，2016年，泊川市外办紧紧围绕全市发展大局，对外交往和服务经济取得新成效。\n"
        "全年接待外宾团组73批612人次，同比增长12.3%；审核报批因公出国（境）团组166批次790人次。友城工作方面，新增国际友好城市2个：法国图尔市、巴西库里蒂巴市，"
        "全市国际友好城市总数达到18个。服务经济方面，为企业办理APEC商务旅行卡92张，协助引进合同外资4.1亿美元。9月，第五届泊川国际友城论坛成功举办，来自20个国家的嘉宾参会。\n"
        "泊川市外办主任高建国表示，2017年，泊川市外办将力争接待外宾团组80批以上，新增友城2个，进一步擦亮“开放泊川”城市名片。\n",
    ),
    "news_liyang": (
        "新闻_黎阳市外办_20230109.txt",
        "黎阳市外办：2022年外事工作稳中有进\n"
        "来源：黎阳市人民政府网站\n"
        "发布时间：2023年1月9日\n"
        "2022年，黎阳市外办统筹疫情防控和对外交往，全年接待来访外宾19批142人次，新结好友城1个：克罗地亚斯普利特市。\n"
        "服务企业方面，新办APEC商务旅行卡88张，协助企业办理出访团组26批次。领事保护方面，全年办理领事保护与协助案件29件，"
        "开展领保宣传进社区、进企业活动12场。此外，黎阳市外办举办外事业务培训4期，培训干部260人次。\n"
        "黎阳市外办负责人介绍，2023年将继续做好“外事+招商”文章，推动对外交往全面恢复。\n",
    ),
    "news_jiayu": (
        "新闻_嘉屿市外办_20240115.txt",
        "嘉屿市外办2023年对外交往全面恢复\n"
        "来源：嘉屿晚报\n"
        "发布时间：2024年1月15日\n"
        "记者日前从嘉屿市外办获悉，2023年，嘉屿市全年来访外宾64批530人次，办理出访团组145批次642人次，对外交往全面恢复。\n"
        "友城工作方面，嘉屿市新结好友城4个：土耳其布尔萨市、越南岘港市、秘鲁特鲁希略市、希腊帕特雷市，友城总数达41个。"
        "服务经济方面，新办APEC商务旅行卡119张，助力招引合同外资4.2亿美元。11月，第六届嘉屿海洋文化节举办，吸引来自30个国家和地区的嘉宾参加。\n",
    ),
}


def build_library() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Return (doc key -> text, doc key -> file name, doc key -> plan section)."""
    docs, names, plans = {}, {}, {}
    for y in YEARS:
        if y == MISSING:
            continue
        style = style_a if y <= 2018 else style_b if y <= 2021 else style_c
        text, plan = style(y)
        docs[str(y)], names[str(y)], plans[str(y)] = text, f"{y}_{SHORT}_工作总结.txt", plan
    for key, (fname, text) in NEWS.items():
        docs[key], names[key] = text, fname
    return docs, names, plans


# ---------------------------------------------------------------------------
# Gold helpers
# ---------------------------------------------------------------------------
def v(x: float | int, unit: str) -> str:
    """Arabic form, e.g. v(58, '张') -> '58张'."""
    return f"{fmt(x)}{unit}"


def num(x: float | int, unit: str) -> list[str]:
    """Alternatives of one value: Arabic, and Chinese for small counts."""
    alts = [v(x, unit)]
    if isinstance(x, int) and x <= 10 and unit in ("个", "期"):
        alts.append(cn_count(x) + unit)
    return alts


def yv(year: int, key: str, unit: str) -> str:
    return v(D[year][key], unit)


def pv(year: int, key: str, unit: str) -> str:
    return v(PLAN[year][key], unit)


def q(kind: str, text: str, gold, forbidden, src, ctx: str | None = None, gsrc: list | None = None, **extra) -> dict:
    """One question. src: documents holding the answer; gsrc: per gold group, when they differ;
    ctx: a word that must stand in the same sentence as each gold value in its document."""
    return dict(type=kind, q=text, gold=gold, forbidden=forbidden, src=src, ctx=ctx, gsrc=gsrc, **extra)


def questions() -> list[dict]:
    Q = []
    # --- figure (12) ---
    Q += [
        q("figure", "2014年市外办一共接待了多少批外宾团组？", [num(41, "批")], [yv(2015, "in_b", "批"), pv(2015, "in_b", "批")], ["2014"], ctx="接待外宾团组"),
        q("figure", "2015年因公出国（境）团组报批了多少批次？", [num(141, "批次")], [yv(2014, "out_b", "批次"), yv(2016, "out_b", "批次")], ["2015"], ctx="因公出国（境）团组"),
        q("figure", "16年外办给企业办了多少张APEC卡？", [num(58, "张")], [yv(2015, "apec", "张"), yv(2017, "apec", "张"), pv(2016, "apec", "张")], ["2016"], ctx="APEC"),
        q("figure", "2017年领保案件处置了几件？", [num(27, "件")], [yv(2016, "cons", "件"), yv(2019, "cons", "件")], ["2017"], ctx="领事保护案件"),
        q("figure", "外办2019年办理因公护照多少本？", [num(702, "本")], [yv(2017, "pp", "本"), yv(2020, "pp", "本")], ["2019"], ctx="因公护照"),
        q("figure", "2020年疫情那年，市外办一共处置了多少件领事保护案件？", [num(57, "件")], [yv(2019, "cons", "件"), yv(2021, "cons", "件")], ["2020"], ctx="领保案件"),
        q("figure", "2021年通过外事渠道促成的合同外资额是多少？", [num(2.4, "亿美元")], [yv(2022, "fdi", "亿美元"), pv(2021, "fdi", "亿美元")], ["2021"], ctx="合同外资额"),
        q("figure", "2022年请了多少人次境外记者来沧溪采访？", [num(26, "人次")], [yv(2021, "j_p", "人次"), yv(2023, "j_p", "人次")], ["2022"], ctx="境外媒体记者"),
        q("figure", "23年外事业务培训办了几期？覆盖多少人次？", [num(7, "期"), num(455, "人次")], [yv(2022, "tr_p", "人次"), yv(2024, "tr_p", "人次")], ["2023"], ctx="外事业务培训"),
        q("figure", "2024年来访外宾一共多少批、多少人次？", [num(86, "批"), num(733, "人次")], [yv(2023, "in_b", "批"), pv(2024, "in_b", "批"), pv(2025, "in_b", "批")], ["2024"], ctx="来访外宾"),
        q("figure", "2024年沧溪外办助力招引外资项目几个？涉及合同外资多少？", [num(21, "个"), num(5.3, "亿美元")], [yv(2023, "fdi_n", "个"), yv(2023, "fdi", "亿美元"), pv(2024, "fdi", "亿美元"), pv(2025, "fdi", "亿美元")], ["2024"], ctx="助力招引外资项目"),
        q("figure", "2019年代办签证多少件？", [num(1533, "件")], [yv(2017, "visa", "件"), yv(2020, "visa", "件")], ["2019"], ctx="代办签证"),
    ]
    # --- report_year (6): figures of a year as restated by the next report; 2018 only so ---
    Q += [
        q("report_year", "2019年的总结里，上一年接待外国来访代表团是多少批？", [num(58, "批")], [yv(2017, "in_b", "批"), pv(2018, "in_b", "批")], ["2019"], ctx="比上年的"),
        q("report_year", "2018年市外办办理APEC商务旅行卡多少张？", [num(81, "张")], [pv(2018, "apec", "张"), yv(2017, "apec", "张")], ["2019"], ctx="上年为"),
        q("report_year", "2018年审批因公出国团组多少批次、多少人次？", [num(163, "批次"), num(741, "人次")], [yv(2017, "out_b", "批次"), yv(2017, "out_p", "人次")], ["2019"], ctx="比上年的"),
        q("report_year", "根据2021年工作总结，2020年接待了多少批外国代表团？", [num(9, "批")], [pv(2021, "in_b", "批")], ["2021"], ctx="比上年的"),
        q("report_year", "2020年的总结提到，上一年新办APEC卡多少张？", [num(94, "张")], [pv(2020, "apec", "张"), yv(2021, "apec", "张")], ["2020"], ctx="上年为"),
        q("report_year", "2018年通过外事渠道促成的合同外资是多少？", [num(3.2, "亿美元")], [pv(2018, "fdi", "亿美元"), yv(2017, "fdi", "亿美元")], ["2019"], ctx="比上年的"),
    ]
    # --- target (4): stated in the plan section of the previous year's report ---
    Q += [
        q("target", "2017年市外办原计划接待多少批外宾团组？", [num(60, "批")], [yv(2017, "in_b", "批")], ["2016"], ctx="力争全年接待外宾团组"),
        q("target", "2018年APEC商务旅行卡的办理目标是多少张？", [num(75, "张")], [yv(2018, "apec", "张")], ["2017"], ctx="APEC"),
        q("target", "外办2023年工作安排里，APEC卡计划新办多少张？", [num(100, "张")], [yv(2023, "apec", "张")], ["2022"], ctx="APEC"),
        q("target", "2024年在招引外资方面定的目标是多少？", [num(5.0, "亿美元")], [yv(2024, "fdi", "亿美元")], ["2023"], ctx="合同外资"),
    ]
    # --- entity (4): a news item gives another city's figure for the same year and measure ---
    Q += [
        q("entity", "沧溪市外办2016年接待了多少批外宾团组？", [num(56, "批")], ["73批", yv(2015, "in_b", "批"), yv(2017, "in_b", "批")], ["2016"], ctx="外宾团组"),
        q("entity", "2022年沧溪市外办办理的领事保护与协助案件是多少件？", [num(33, "件")], ["29件", yv(2021, "cons", "件"), yv(2023, "cons", "件")], ["2022"], ctx="领事保护与协助案件"),
        q("entity", "2023年，沧溪市外办办理出访团组多少批次？", [num(137, "批次")], ["145批次", yv(2022, "out_b", "批次"), yv(2024, "out_b", "批次")], ["2023"], ctx="出访团组"),
        q("entity", "沧溪外办2022年新办APEC商务旅行卡多少张？", [num(73, "张")], ["88张", pv(2022, "apec", "张"), pv(2023, "apec", "张")], ["2022"], ctx="APEC"),
    ]
    # --- person (4) ---
    Q += [
        q("person", "2015年市外办主任是谁？", [["周立群"]], ["陆振华", "沈嘉言", DEPUTY], ["2015"], ctx="主任"),
        q("person", "2017年外办的一把手是哪位？", [["周立群"]], ["陆振华", DEPUTY, "高建国"], ["2017"], ctx="主任"),
        q("person", "2020年疫情期间，市外办的主要负责人是谁？", [["陆振华"]], ["周立群", "沈嘉言", DEPUTY], ["2020"], ctx="主任"),
        q("person", "2023年沧溪市外办主任是哪位同志？", [["沈嘉言"]], ["陆振华", "周立群"], ["2023"], ctx="主任"),
    ]
    # --- ordinal (4): the forum skipped 2020, so the edition is not the year minus a constant ---
    Q += [
        q("ordinal", "2016年的友城合作论坛是第几届？", [["第三届", "第3届"]], ["第二届", "第四届", "第五届"], ["2016"], ctx="论坛"),
        q("ordinal", "2022年办的沧溪国际友城合作论坛是第几届？", [["第八届", "第8届"]], ["第九届", "第七届"], ["2022"], ctx="论坛"),
        q("ordinal", "第七届沧溪国际友城合作论坛是在哪一年举办的？", [["2021年"]], ["2020年"], ["2021"], anchors=["第七届沧溪国际友城合作论坛以"]),
        q("ordinal", "2024年友城论坛办到第几届了？", [["第十届", "第10届"]], ["第十一届", "第九届"], ["2024"], ctx="论坛"),
    ]
    # --- event_year (3) ---
    Q += [
        q("event_year", "德国卡塞尔市是哪一年和我市结为友好城市的？", [["2017年"]], ["2016年", "2018年"], ["2017"], anchors=["卡塞尔市"]),
        q("event_year", "跟西班牙巴利亚多利德市是哪年结好的？", [["2018年"]], [], ["2019"], anchors=["巴利亚多利德市"], in_anchor=True),
        q("event_year", "乌兹别克斯坦撒马尔罕市什么时候成为沧溪的国际友城？", [["2020年"]], ["2021年"], ["2020"], anchors=["撒马尔罕市"]),
    ]
    # --- comparison (6) ---
    Q += [
        q("comparison", "2016年和2017年市外办各新增了几个国际友城？", [num(3, "个"), num(2, "个")], [yv(2016, "stock", "个"), yv(2017, "stock", "个")], ["2016", "2017"], ctx="新增国际友好城市", gsrc=[["2016"], ["2017"]]),
        q("comparison", "2018、2019两年分别接待了多少批外国来访代表团？", [num(58, "批"), num(67, "批")], [yv(2017, "in_b", "批"), pv(2018, "in_b", "批")], ["2019"], ctx="外国来访代表团"),
        q("comparison", "2023年APEC商务旅行卡比2022年多办了多少张？", [num(126, "张"), num(73, "张"), num(53, "张")], [pv(2023, "apec", "张"), "88张", "119张"], ["2023"], derived={2: (0, 1)}, ctx="APEC"),
        q("comparison", "2019年和2020年审批的因公出访团组各是多少批次？减少了多少？", [num(171, "批次"), num(12, "批次"), num(159, "批次")], [yv(2017, "out_b", "批次"), yv(2024, "out_b", "批次")], ["2019", "2020"], derived={2: (0, 1)}, ctx="因公出访团组", gsrc=[["2019"], ["2020"], []]),
        q("comparison", "2014年、2015年协助引进的合同外资各有多少？", [num(2.35, "亿美元"), num(2.8, "亿美元")], [pv(2015, "fdi", "亿美元"), yv(2016, "fdi", "亿美元")], ["2014", "2015"], ctx="合同外资", gsrc=[["2014"], ["2015"]]),
        q("comparison", "2021年和2022年外事培训的参训人次分别是多少？增加了多少？", [num(310, "人次"), num(372, "人次"), num(62, "人次")], [yv(2020, "tr_p", "人次"), yv(2023, "tr_p", "人次")], ["2021", "2022"], derived={2: (1, 0)}, ctx="培训", gsrc=[["2021"], ["2022"], []]),
    ]
    # --- list (4): new friendship cities of a year ---
    Q += [
        q("list", "2016年新增的国际友城有哪些？", [["喀山市"], ["纳尔逊市"], ["清迈府"]], ["维琴察市", "卡塞尔市", "图尔市", "梅岭县"], ["2016"]),
        q("list", "19年外办新缔结了哪几个友好城市？", [["卢布林市"], ["克雷塔罗市"]], ["巴利亚多利德市", "撒马尔罕市", "陶陶镇", "石桥县"], ["2019"]),
        q("list", "2023年沧溪新结好的友城是哪几个？", [["奇姆肯特市"], ["泗水市"], ["布拉加市"]], ["尼什市", "卢克索市", "布尔萨市", "青石区"], ["2023"]),
        q("list", "2014年新增了哪些国际友好城市？", [["安山市"], ["班伯里市"]], ["维琴察市", "青石区"], ["2014"]),
    ]
    # --- open (4): three distinctive phrases of that year's section; forbidden: other years' ---
    Q += [
        q("open", "2015年市外办在服务企业、引进外资方面做了哪些工作？", [["意大利中小企业对接会"], ["压缩至15个工作日"], ["德资汽车零部件项目"]], ["编印《沧溪投资指南》", "参加中俄博览会", "外事服务企业专栏"], ["2015"]),
        q("open", "2019年友城交往方面主要做了哪些事？", [["互派经贸代表团"], ["国际友城摄影展"], ["匈牙利陶陶镇"]], ["松江市艺术团", "结好一周年活动", "友城抗疫经验视频交流会"], ["2019"]),
        q("open", "2021年外办在服务外贸外资企业上有哪些举措？", [["应对境外合同纠纷"], ["RCEP政策解读会"], ["来沧设立代表处"]], ["外籍技术人员来沧复工", "线上云招商推介会", "外事服务进园区"], ["2021"]),
        q("open", "2023年，市外办在服务企业和招引外资上做了些什么？", [["赴东盟国家抢订单"], ["驻华使节经贸恳谈会"], ["外事服务专员制度"]], ["申办上门指导", "推介沧溪综合保税区", "国别风险提示", "锂电材料项目"], ["2023"]),
    ]
    # --- not_found (9): `absent` names what check() verifies to make each truly unanswerable ---
    Q += [
        q("not_found", "2012年市外办接待了多少批外宾团组？", None, [yv(2014, "in_b", "批")], [], absent="year_2012"),
        q("not_found", "2025年市外办处置了多少件领保案件？", None, [yv(2024, "cons", "件")], [], absent="cons_2025"),
        q("not_found", "2018年市外办处置了多少件领事保护案件？", None, [yv(2017, "cons", "件"), yv(2019, "cons", "件")], [], absent="cons_2018"),
        q("not_found", "18年办了几期外事培训班？", None, [yv(2017, "tr_n", "期"), "六期"], [], absent="train_2018"),
        q("not_found", "市外办一年的工作经费是多少？", None, [], [], absent="budget"),
        q("not_found", "枫林市外办2020年接待了多少批外宾？", None, [yv(2020, "in_b", "批")], [], absent="fenglin"),
        q("not_found", "市外办的纪检组长是谁？", None, ["周立群", "陆振华", "沈嘉言", DEPUTY], [], absent="jijian"),
        q("not_found", "2018年接待境外记者多少人次？", None, [yv(2017, "j_p", "人次"), yv(2019, "j_p", "人次")], [], absent="journalists_2018"),
        q("not_found", "黎阳市外办2022年办理了多少本因公护照？", None, [yv(2022, "pp", "本")], [], absent="liyang_passports"),
    ]
    return Q


EXPECTED = {"figure": 12, "report_year": 6, "target": 4, "entity": 4, "person": 4, "ordinal": 4,
            "event_year": 3, "comparison": 6, "list": 4, "open": 4, "not_found": 9}

# ---------------------------------------------------------------------------
# Matching (as strict as the grader: number+unit not inside a longer number)
# ---------------------------------------------------------------------------
NUM_UNIT = re.compile(r"^(\d+(?:\.\d+)?)(\D.*)$")
CN_UNIT = re.compile(r"^([零一二两三四五六七八九十百千万]+)([个期批张件本届次])$")


def pattern(value: str) -> re.Pattern:
    m = NUM_UNIT.match(value)
    if m:
        tail = "(?!次)" if m.group(2) == "批" else ""
        return re.compile(r"(?<![\d.])" + re.escape(value) + tail)
    m = CN_UNIT.match(value)
    if m:
        return re.compile(r"(?<![零一二两三四五六七八九十百千万])" + re.escape(value))
    return re.compile(re.escape(value))


def occurs(value: str, text: str) -> bool:
    return bool(pattern(value).search(text))


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"[。；\n]", text) if s]


def parse_num(value: str) -> float:
    m = NUM_UNIT.match(value)
    assert m, value
    return float(m.group(1))


def check(docs: dict[str, str], plans: dict[str, str], Q: list[dict]) -> None:
    library = "\n".join(docs.values())
    reports = {k: t for k, t in docs.items() if k.isdigit()}

    # Library shape
    assert str(MISSING) not in docs and MISSING in D, "the missing year's report must be absent"
    assert sorted(int(k) for k in reports) == [y for y in YEARS if y != MISSING]
    for k, t in reports.items():
        assert 1500 <= len(t) <= 3000, (k, len(t))
    for name in TABOO_NAMES:
        assert name not in library, f"taboo city name {name}"
    assert any(occurs(cn_count(len(D[y]["new"])) + "个", reports[str(y)]) for y in (2014, 2016, 2017)), "Chinese numerals"

    # Directors: each report names its own director and no other director
    for k, t in reports.items():
        y = int(k)
        assert f"主任{director(y)}同志" in t, k
        assert all(name not in t for name in DIRECTORS if name != director(y)), k

    # Targets differ from results (2018 results from the table, stated in the 2019 report)
    for y, t in PLAN.items():
        if y in D:
            for key in ("in_b", "apec", "fdi"):
                assert t[key] != D[y][key], (y, key)
            assert t["new"] != len(D[y]["new"]), (y, "new")

    # Forum: edition held every year except 2020, so later editions are one behind the year
    held = [y for y in YEARS if D[y]["ord"] is not None]
    assert [y for y in YEARS if y not in held] == [2020]
    assert [D[y]["ord"] for y in held] == list(range(1, len(held) + 1))
    assert all(D[y]["ord"] == y - 2013 for y in held if y < 2020)
    assert all(D[y]["ord"] == y - 2014 for y in held if y > 2020)
    for y in held:
        if y != MISSING:
            assert f"{ordinal(D[y]['ord'])}{FORUM}" in reports[str(y)], y
    assert "延期举办" in reports["2020"] and "第七届" in reports["2020"]

    # The missing year's figures appear in the 2019 report as 上年 values
    r19, d18 = reports["2019"], D[MISSING]
    for val in (f"比上年的{d18['in_b']}批{d18['in_p']}人次", f"上年为{d18['apec']}张",
                f"比上年的{d18['out_b']}批次{d18['out_p']}人次", f"比上年的{fmt(d18['fdi'])}亿美元"):
        assert val in r19, val

    # Plans never give figures for consular cases or training sessions (keeps not_found honest)
    for k, plan in plans.items():
        assert "件" not in plan, k
        assert not re.search(r"[\d零一二两三四五六七八九十]期", plan), k

    # Questions
    counts = Counter(x["type"] for x in Q)
    assert counts == Counter(EXPECTED), counts
    assert len({x["q"] for x in Q}) == len(Q), "duplicate question"
    for x in Q:
        where = x["q"]
        gold, forb = x["gold"], x["forbidden"]
        for f in forb:
            assert occurs(f, library), (where, "forbidden value is no real trap", f)
        if x["type"] == "not_found":
            assert gold is None
            check_absent(x["absent"], docs, where)
            continue
        assert gold, where
        src_text = "\n".join(docs[s] for s in x["src"])
        alts = {a for group in gold for a in group}
        assert not alts & set(forb), (where, "gold value also forbidden")
        derived = x.get("derived", {})
        for i, group in enumerate(gold):
            if i in derived:
                a, b = derived[i]
                assert abs(parse_num(gold[a][0]) - parse_num(gold[b][0]) - parse_num(group[0])) < 1e-9, (where, "derived")
                continue
            assert any(occurs(group[0], s) for s in group_sentences(x, i, docs, plans)), (where, "gold not in its document", group[0])
        # A correct answer quoting any sentence that holds a gold value must not show a forbidden one
        anchors = x.get("anchors") or [g[0] for i, g in enumerate(gold) if i not in derived]
        for a in anchors:
            for doc in docs.values():
                for s in sentences(doc):
                    if occurs(a, s):
                        bad = [f for f in forb if occurs(f, s)]
                        assert not bad, (where, "forbidden value beside gold", a, bad, s)
        if x.get("in_anchor"):
            assert any(occurs(gold[0][0], s) for a in anchors for s in sentences(src_text) if a in s), where
        if x["type"] == "open":
            for group in gold:
                hits = [k for k, t in docs.items() if group[0] in t]
                assert hits == x["src"], (where, "open phrase not unique to its report", group[0], hits)
                assert 6 <= len(group[0]) <= 10, group[0]
            for f in forb:
                assert f not in src_text, (where, f)
        if x["type"] == "list":
            y = x["src"][0]
            assert sorted(g[0] for g in gold) == sorted(c for _, c in D[int(y)]["new"]), where
            for f in forb:
                assert f not in "".join(c for _, c in D[int(y)]["new"]), (where, f)
        if x["type"] == "target":
            assert occurs(gold[0][0], plans[x["src"][0]]), (where, "target not in the plan section")
        if x["type"] == "event_year":
            y = gold[0][0][:4]
            city = x["anchors"][0]
            assert any(c == city for _, c in D[int(y)]["new"]), where


def check_absent(kind: str, docs: dict[str, str], where: str) -> None:
    library = "\n".join(docs.values())

    def sentence_with(doc: str, word: str) -> list[str]:
        found = [s for s in sentences(docs[doc]) if word in s]
        assert found, (where, doc, word)
        return found

    if kind == "year_2012":
        assert "2012" not in library and "2013" not in library, where
    elif kind == "cons_2025":
        assert not any("2025" in s and "件" in s for s in sentences(docs["2024"])), where
    elif kind == "cons_2018":
        assert all("上年" not in s and "2018" not in s for s in sentence_with("2019", "领保案件")), where
        assert "领事保护" not in "".join(s for s in sentences(docs["2017"]) if "2018" in s), where
    elif kind == "train_2018":
        assert all("上年" not in s and "2018" not in s for s in sentence_with("2019", "培训班")), where
    elif kind == "budget":
        assert "经费" not in library and "预算" not in library, where
    elif kind == "fenglin":
        assert "枫林" not in library, where
    elif kind == "jijian":
        assert "纪检" not in library and "纪委" not in library, where
    elif kind == "journalists_2018":
        assert all("上年" not in s and "2018" not in s for s in sentence_with("2019", "记者")), where
    elif kind == "liyang_passports":
        assert "护照" not in docs["news_liyang"] and "签证" not in docs["news_liyang"], where
    else:
        raise AssertionError(kind)


def group_sentences(x: dict, i: int, docs: dict[str, str], plans: dict[str, str]) -> list[str]:
    """Sentences where gold group i must stand: the plan section for targets, else the rest of
    the document; only sentences holding the question's ctx word, when it has one."""
    out = []
    for k in x["gsrc"][i] if x["gsrc"] else x["src"]:
        plan = plans.get(k, "")
        part = plan if x["type"] == "target" else docs[k].replace(plan, "") if plan else docs[k]
        out += [s for s in sentences(part) if not x["ctx"] or x["ctx"] in s]
    return out


def normalise(Q: list[dict], docs: dict[str, str], plans: dict[str, str]) -> None:
    """Put first, in each gold group, the alternative the source document itself uses."""
    for x in Q:
        if not x["gold"]:
            continue
        for i, group in enumerate(x["gold"]):
            sents = group_sentences(x, i, docs, plans)
            found = [a for a in group if any(occurs(a, s) for s in sents)]
            if found:
                x["gold"][i] = [found[0]] + [a for a in group if a != found[0]]


def main() -> int:
    docs, names, plans = build_library()
    Q = questions()
    normalise(Q, docs, plans)
    try:
        check(docs, plans, Q)
    except AssertionError as exc:
        print(f"check() failed, nothing written: {exc!r}", file=sys.stderr)
        return 1
    REPORTS.mkdir(parents=True, exist_ok=True)
    for old in REPORTS.glob("*.txt"):
        old.unlink()
    for key, text in docs.items():
        (REPORTS / names[key]).write_text(text, encoding="utf-8")
    with (OUT / "questions.jsonl").open("w", encoding="utf-8") as fh:
        for x in Q:
            row = {"type": x["type"], "q": x["q"], "gold": x["gold"], "forbidden": x["forbidden"], "doc": None}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(x["type"] for x in Q)
    print(f"wrote {len(docs)} documents and {len(Q)} questions to {OUT}")
    print(", ".join(f"{k}={counts[k]}" for k in EXPECTED))
    return 0


if __name__ == "__main__":
    sys.exit(main())
