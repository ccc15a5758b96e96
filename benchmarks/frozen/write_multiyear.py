# ruff: noqa: E501  (report sentences are data: one line each reads best)
"""Writes the frozen multi-year evaluation library (run once; its output is committed and frozen).

Twelve yearly work reports of one fictional body (临江市人民政府外事办公室, 2013-2024) that repeat
nearly the same sentences every year with other figures, each naming the previous year's figure and
the next year's targets; two news items about other cities' offices (the entity traps); and questions
whose gold answers come from the tables below, not from reading the text with the code under test:
figures of a year, of the year before as a later report states it, targets, the right office, the
post holder of the period, ordinals, the year of a past event, comparisons, lists, open questions and
questions the library cannot answer.

Gold items are groups of alternatives (any one must be in the answer); `forbidden` are values that a
mixed-up year, target or entity would give. No rule, prompt or threshold of the product may be
developed against this set; it is not used by unit tests.

    python -m benchmarks.frozen.write_multiyear   # rewrites benchmarks/frozen/multiyear/
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent / "multiyear"
YEARS = range(2013, 2025)
CN_ORDINAL = "零一二三四五六七八九十"

FRIENDS: dict[int, list[tuple[str, str]]] = {
    2013: [("韩国", "全州市")],
    2014: [("日本", "鸟取市"), ("美国", "斯波坎市")],
    2015: [("波兰", "卢布林市")],
    2016: [("新西兰", "纳尔逊市"), ("俄罗斯", "喀山市"), ("意大利", "维罗纳市")],
    2017: [("澳大利亚", "巴拉瑞特市")],
    2018: [("德国", "埃尔朗根市"), ("巴西", "库里蒂巴市")],
    2019: [("匈牙利", "德布勒森市"), ("哈萨克斯坦", "奇姆肯特市"), ("南非", "德班市"), ("智利", "瓦尔帕莱索市")],
    2020: [("柬埔寨", "暹粒市")],
    2021: [("老挝", "琅勃拉邦市")],
    2022: [("塞尔维亚", "诺维萨德市"), ("埃及", "卢克索市")],
    2023: [("乌兹别克斯坦", "撒马尔罕市"), ("秘鲁", "阿雷基帕市"), ("希腊", "帕特雷市")],
    2024: [("西班牙", "萨拉戈萨市"), ("越南", "岘港市")],
}
# county-level partnerships: a district of Linjiang with a foreign town (both sides named)
COUNTY_FRIENDS = {2023: [("江北区", "日本", "小樽市"), ("临江县", "法国", "欧塞尔市")]}
FRIENDS_BEFORE_2013 = 9
DIRECTORS = {range(2013, 2017): "张立华", range(2017, 2021): "王建明", range(2021, 2025): "刘海燕"}
FORUM_COUNTRIES = {2013: 11, 2014: 13, 2015: 14, 2016: 17, 2017: 18, 2018: 21, 2019: 23, 2020: 9, 2021: 12,
                   2022: 16, 2023: 26, 2024: 29}
OPEN_WORK = {  # 服务对外开放: three points a year
    2016: ("组织企业赴欧洲参加中小企业博览会，促成签约项目8个", "建立外资企业外籍人员服务专窗",
           "编印《临江市对外交往手册》中英日韩四种文本"),
    2018: ("牵头举办“临江—德国埃尔朗根医疗器械对接会”", "为重点企业开通因公出国（境）审批绿色通道",
           "在全市开展涉外营商环境专项调研，形成报告1份"),
    2021: ("举办“云上友城”经贸推介会4场", "协调解决外籍专家来临江工作签证问题23件",
           "推动临江综合保税区与琅勃拉邦市开展物流合作"),
    2023: ("开展“友城+产业”精准对接，促成合作项目15个", "组建市级涉外法律服务团",
           "打造“临江国际会客厅”品牌，全年举办活动12场"),
}


def director(year: int) -> str:
    return next(name for span, name in DIRECTORS.items() if year in span)


@dataclass(frozen=True)
class Year:
    year: int
    groups: int  # 接待外宾团组（批）
    visitors: int  # 人次
    outbound: int  # 因公出国（境）团组（批）
    outbound_people: int
    apec: int  # APEC商务旅行卡（张）
    target_friends: int  # next year's targets, as this report sets them
    target_groups: int

    @property
    def friends(self) -> int:
        return len(FRIENDS[self.year]) + len(COUNTY_FRIENDS.get(self.year, []))

    @property
    def total_friends(self) -> int:
        return FRIENDS_BEFORE_2013 + sum(len(FRIENDS[y]) + len(COUNTY_FRIENDS.get(y, [])) for y in YEARS
                                         if y <= self.year)

    @property
    def forum(self) -> int:
        return self.year - 2012


def tables(seed: int = 20261201) -> dict[int, Year]:
    rng = random.Random(seed)
    rows, groups = {}, 52
    for year in range(2012, 2025):
        groups = 31 if year == 2020 else 38 if year == 2021 else groups + rng.randint(-4, 9)
        visitors = groups * rng.randint(6, 9) + rng.randint(1, 9)
        outbound = 8 if year in (2020, 2021) else rng.randint(35, 70)
        rows[year] = Year(year, groups, visitors, outbound, outbound * rng.randint(4, 6) + rng.randint(1, 5),
                          rng.randint(40, 160), rng.randint(2, 4), groups + rng.randint(3, 8))
    return rows


def cities(pairs: list[tuple[str, str]]) -> str:
    return "、".join(f"{country}{city}" for country, city in pairs)


def report(t: dict[int, Year], year: int) -> str:
    y, before = t[year], t[year - 1]
    v = year % 3  # the wording varies a little from year to year, as real reports do
    chief = director(year)
    friends = FRIENDS[year]
    county = COUNTY_FRIENDS.get(year, [])
    if county:
        friend_line = (f"新建友好城市{y.friends}个（其中县级友城{len(county)}个）。市级与{cities(friends)}缔结友好城市关系；"
                       + "；".join(f"促成{d}与{c}{city}建立友好合作关系" for d, c, city in county) + "。")
    else:
        friend_line = [f"全年新建友好城市{y.friends}个，分别是{cities(friends)}。",
                       f"与{cities(friends)}正式缔结友好城市关系，新建友城{y.friends}个。",
                       f"新结好{cities(friends)}，全年新建友城{y.friends}个。"][v]
    since = "" if year == 2013 else "自2013年与韩国全州市缔结友好城市关系以来，两市在教育、文化领域交流不断深化。"
    visits = [f"全年共接待外宾团组{y.groups}批{y.visitors}人次（上年为{before.groups}批{before.visitors}人次）。",
              f"接待来访外宾团组{y.groups}批、{y.visitors}人次，较上年的{before.groups}批{'增加' if y.groups >= before.groups else '减少'}{abs(y.groups - before.groups)}批。",
              f"全年接待外宾{y.groups}批{y.visitors}人次，上年同期为{before.groups}批。"][v]
    lines = [
        f"临江市人民政府外事办公室{year}年工作总结和{year + 1}年工作打算",
        "",
        f"{year}年，在市委、市政府的坚强领导下，市外办坚持服务全市发展大局，统筹推进友好城市、外宾接待、因公出国（境）管理等各项工作，较好完成了全年目标任务。现将有关情况报告如下。",
        f"一、{year}年工作情况",
        "（一）友好城市工作取得新进展",
        friend_line + f"截至{year}年底，全市友好城市总数达到{y.total_friends}个。" + since,
        "（二）外宾接待工作平稳有序",
        visits + f"市外办主任{chief}陪同市领导会见重要外宾团组{max(y.groups // 6, 3)}批。",
        f"{year}年9月，成功举办第{CN_ORDINAL[y.forum] if y.forum <= 10 else '十' + CN_ORDINAL[y.forum - 10]}届临江国际友城合作论坛，来自{FORUM_COUNTRIES[year]}个国家的{FORUM_COUNTRIES[year] * 6}余名嘉宾参会，签署合作备忘录{y.forum + 2}份。",
        "（三）因公出国（境）管理更加规范",
        f"严格执行因公出国（境）审批制度，全年审核审批因公出国（境）团组{y.outbound}批{y.outbound_people}人次，为企业办理APEC商务旅行卡{y.apec}张。",
    ]
    if year in OPEN_WORK:
        a, b, c = OPEN_WORK[year]
        lines += ["（四）服务对外开放成效明显", f"一是{a}。二是{b}。三是{c}。"]
    lines += [
        f"二、{year + 1}年工作打算",
        f"{year + 1}年，市外办将继续围绕全市中心工作，力争新建友好城市{y.target_friends}个，接待外宾团组达到{y.target_groups}批以上，进一步提升外事服务水平。",
        "",
        "临江市人民政府外事办公室",
        f"{year + 1}年1月{10 + v}日",
    ]
    return "\n".join(lines) + "\n"


NEWS = {
    "2019_海州市外办_年度外事工作综述.txt": (
        "海州市外办2019年外事工作综述\n\n"
        "2019年，海州市外办共接待外宾团组112批860人次，新建友好城市6个，友好城市总数达到41个。"
        "海州市外办主任周振宇率团出访日本、韩国，推动经贸合作项目落地。\n"
    ),
    "2022_云川市外办_APEC商务旅行卡服务企业.txt": (
        "云川市外办优化APEC商务旅行卡服务\n\n"
        "2022年，云川市外办为企业办理APEC商务旅行卡210张，审批因公出国（境）团组19批。"
        "云川市外办主任陈思远表示，将继续简化审批流程，服务企业“走出去”。\n"
    ),
}


def q(kind: str, question: str, gold: list[list[str]] | None, forbidden: list[str] = (), doc: str | None = None
      ) -> dict:
    """gold None: the library does not hold the answer (a not-found answer is right)."""
    return {"type": kind, "q": question, "gold": gold, "forbidden": sorted(set(forbidden)), "doc": doc}


def _num(n: int, unit: str) -> list[str]:
    return [f"{n}{unit}"]


def questions(t: dict[int, Year]) -> list[dict]:
    out = []
    # figures of a named year; the neighbouring years' figures and the targets set for that year are wrong
    for year in (2014, 2017, 2019, 2022, 2024):
        y = t[year]
        wrong = [f"{t[year - 1].groups}批", f"{t[min(year + 1, 2024)].groups}批", f"{t[year - 1].target_groups}批"]
        out.append(q("figure", f"临江市外办{year}年接待外宾团组多少批？", [_num(y.groups, "批")],
                     [w for w in wrong if w != f"{y.groups}批"]))
    for year in (2015, 2018, 2021):
        y = t[year]
        wrong = [f"{t[year - 1].outbound}批", f"{t[year + 1].outbound}批"]
        out.append(q("figure", f"{year}年临江市因公出国（境）团组审批了多少批？", [_num(y.outbound, "批")],
                     [w for w in wrong if w != f"{y.outbound}批"]))
    for year in (2016, 2020, 2023):
        y = t[year]
        wrong = [f"{t[year - 1].apec}张", f"{t[year + 1].apec}张"]
        out.append(q("figure", f"临江市外办{year}年为企业办理了多少张APEC商务旅行卡？", [_num(y.apec, "张")],
                     [w for w in wrong if w != f"{y.apec}张"]))
    for year in (2015, 2019, 2024):
        y = t[year]
        out.append(q("figure", f"截至{year}年底，临江市友好城市总数是多少个？", [_num(y.total_friends, "个")],
                     [f"{t[year - 1].total_friends}个"]))
    # the year a figure refers to differs from the report's year
    out.append(q("report_year", "2012年临江市外办接待外宾团组多少批？", [_num(t[2012].groups, "批")],
                 [f"{t[2013].groups}批"]))
    out.append(q("report_year", "2020年的工作总结中，上年接待外宾团组是多少批？", [_num(t[2019].groups, "批")],
                 [f"{t[2020].groups}批"]))
    for year in (2016, 2019, 2022):
        y = t[year]
        wrong = [f"{t[year + 1].friends}个", f"{y.friends}个"]
        out.append(q("report_year", f"{year}年的工作总结提出，{year + 1}年计划新建友好城市几个？",
                     [_num(y.target_friends, "个")], [w for w in wrong if w != f"{y.target_friends}个"]))
    out.append(q("report_year", "临江市外办2018年实际接待外宾团组多少批？2017年工作总结为2018年定的目标是多少批？",
                 [_num(t[2018].groups, "批"), _num(t[2017].target_groups, "批")]))
    # the right office: other cities' figures are in the library too
    out.append(q("entity", "临江市外办2019年新建了几个友好城市？", [_num(t[2019].friends, "个")], ["6个"]))
    out.append(q("entity", "海州市外办2019年接待外宾团组多少批？", [["112批"]], [f"{t[2019].groups}批"]))
    out.append(q("entity", "临江市外办2022年办理APEC商务旅行卡多少张？", [_num(t[2022].apec, "张")], ["210张"]))
    out.append(q("entity", "云川市外办2022年办理了多少张APEC商务旅行卡？", [["210张"]], [f"{t[2022].apec}张"]))
    # the post holder of the period
    names = set(DIRECTORS.values())
    for year in (2014, 2018, 2023):
        out.append(q("person", f"{year}年临江市外办主任是谁？", [[director(year)]], sorted(names - {director(year)})))
    out.append(q("person", "云川市外办主任是谁？", [["陈思远"]], sorted(names)))
    # ordinals and counts of another kind in the same passage
    for year in (2015, 2019, 2023):
        n = t[year].forum
        ordinal = CN_ORDINAL[n] if n <= 10 else "十" + CN_ORDINAL[n - 10]
        out.append(q("ordinal", f"{year}年举办的是第几届临江国际友城合作论坛？", [[f"第{ordinal}届", f"第{n}届"]]))
    out.append(q("ordinal", "2019年临江国际友城合作论坛有来自多少个国家的嘉宾参会？", [[f"{FORUM_COUNTRIES[2019]}个"]],
                 [f"{FORUM_COUNTRIES[2018]}个", f"{FORUM_COUNTRIES[2020]}个"]))
    # the year of a past event is not the year of the report that mentions it
    out.append(q("event_year", "临江市与韩国全州市是哪一年缔结友好城市关系的？", [["2013年"]]))
    out.append(q("event_year", "临江市与匈牙利德布勒森市是哪一年结为友好城市的？", [["2019年"]]))
    # comparisons: each side answered, the difference computed
    a, b = t[2016], t[2019]
    out.append(q("comparison", "临江市外办2016年和2019年分别新建了几个友好城市？", [_num(a.friends, "个"), _num(b.friends, "个")]))
    out.append(q("comparison", "临江市外办2019年接待外宾团组比2016年增加了多少批？",
                 [_num(b.groups - a.groups, "批")]))
    a, b = t[2021], t[2022]
    out.append(q("comparison", "2021年和2022年临江市办理APEC商务旅行卡分别是多少张？",
                 [_num(a.apec, "张"), _num(b.apec, "张")]))
    a, b = t[2018], t[2023]
    out.append(q("comparison", "2018年与2023年相比，临江市因公出国（境）团组数量有什么变化？",
                 [_num(a.outbound, "批"), _num(b.outbound, "批")]))
    out.append(q("comparison", "2019年海州市外办和临江市外办各接待外宾团组多少批？",
                 [["112批"], _num(t[2019].groups, "批")]))
    # lists: every partner city, never a district of Linjiang
    for year in (2016, 2019, 2023):
        gold = [[city] for _, city in FRIENDS[year]] + [[city] for _, _, city in COUNTY_FRIENDS.get(year, [])]
        out.append(q("list", f"临江市{year}年新建的友好城市有哪些？", gold, ["江北区", "临江县"]))
    # open questions: every point of the section
    for year in (2018, 2021):
        points = OPEN_WORK[year]
        gold = [[p[:12]] for p in points]
        out.append(q("open", f"{year}年临江市外办在服务对外开放方面做了哪些工作？", gold))
    # the library does not hold these
    for question in ("临江市外办2011年接待外宾团组多少批？", "临江市外办2025年实际新建了几个友好城市？",
                     "2019年临江市接待的外宾中来自非洲的有多少人次？", "海州市外办2019年办理APEC商务旅行卡多少张？",
                     "东平市外办2020年新建了几个友好城市？", "临江市外办2018年信访工作情况如何？",
                     "临江市外办2016年选派了多少名留学生？", "2022年临江国际马拉松有多少名外籍选手参赛？"):
        out.append(q("not_found", question, None))
    return out


def main() -> None:
    t = tables()
    folder = HERE / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    for year in YEARS:
        (folder / f"{year}_临江市外办_工作总结.txt").write_text(report(t, year), encoding="utf-8")
    for name, text in NEWS.items():
        (folder / name).write_text(text, encoding="utf-8")
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as out:
        for row in questions(t):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
