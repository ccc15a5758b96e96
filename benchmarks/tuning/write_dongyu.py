# ruff: noqa: E501  (report sentences are data: one line each reads best)
"""Writes the second tuning library: yearly reports of 东屿市外事侨务办公室 (2015-2024, the 2019 report
missing) and a news item of another city's office, with questions of every kind the frozen set has.

This set is for development: rules and thresholds may be tuned on it (the frozen set in
`benchmarks/frozen` may not be). It is written in other wording than the frozen set (other measures,
other headings, other question phrasing) so that what is tuned here is a reading of the genre, not of
one template. Gold answers come from the tables below.

    python -m benchmarks.tuning.write_dongyu   # rewrites benchmarks/tuning/reports/东屿* and dongyu_questions.jsonl
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.tuning.common import cn, q

HERE = Path(__file__).parent
YEARS = [y for y in range(2015, 2025) if y != 2019]  # the 2019 report is not in the library

VISITS = {2014: (41, 388), 2015: (47, 402), 2016: (52, 455), 2017: (58, 530), 2018: (55, 497), 2019: (63, 611),
          2020: (12, 86), 2021: (9, 64), 2022: (21, 173), 2023: (66, 640), 2024: (71, 702)}
TRIPS = {2015: (35, 160), 2016: (38, 171), 2017: (33, 149), 2018: (40, 182), 2019: (44, 205), 2020: (3, 11),
         2021: (2, 8), 2022: (14, 59), 2023: (46, 210), 2024: (49, 233)}
APEC = {2015: 28, 2016: 35, 2017: 44, 2018: 51, 2019: 47, 2020: 6, 2021: 10, 2022: 39, 2023: 88, 2024: 95}
OVERSEAS = {2015: 1200, 2016: 1350, 2017: 1480, 2018: 1620, 2019: 1710, 2020: 240, 2021: 310, 2022: 880,
            2023: 1960, 2024: 2150}
VISIT_TARGETS = {2015: 50, 2016: 55, 2017: 60, 2018: 65, 2019: 15, 2020: 20, 2021: 25, 2022: 60, 2023: 75, 2024: 80}
FRIENDS: dict[int, list[tuple[str, str]]] = {
    2015: [("葡萄牙", "波尔图市")],
    2016: [("挪威", "卑尔根市"), ("印度尼西亚", "泗水市")],
    2017: [],
    2018: [("爱尔兰", "科克市"), ("摩洛哥", "丹吉尔市"), ("芬兰", "图尔库市")],
    2019: [("格鲁吉亚", "巴统市")],
    2020: [],
    2021: [("斯里兰卡", "加勒市")],
    2022: [("克罗地亚", "杜布罗夫尼克市")],
    2023: [("肯尼亚", "蒙巴萨市"), ("厄瓜多尔", "瓜亚基尔市")],
    2024: [("马耳他", "瓦莱塔市"), ("冰岛", "雷克雅未克市")],
}
FRIENDS_BEFORE_2015 = 6
DIRECTORS = {range(2015, 2018): "陈卫国", range(2018, 2022): "周海燕", range(2022, 2025): "吴志强"}
FESTIVAL_COUNTRIES = {2015: 15, 2016: 19, 2017: 22, 2018: 24, 2019: 27, 2020: 8, 2021: 10, 2022: 17, 2023: 31,
                      2024: 34}
OVERSEAS_WORK = {  # 侨务工作: three points in some years
    2016: ("举办“寻根之旅”海外华裔青少年夏令营", "成立东屿市侨商联合会", "为归侨侨眷办理实事32件"),
    2020: ("向海外侨胞寄送防疫物资1.2万件", "开通涉侨事务网上办理平台", "走访慰问困难归侨侨眷86户"),
    2023: ("举办首届东屿侨商投资洽谈会，签约项目9个", "建设“侨胞之家”示范点5个", "开展侨界法律服务进社区活动"),
}


def edition(year: int) -> int:
    return year - 2011  # 2015: 第四届


def director(year: int) -> str:
    return next(name for span, name in DIRECTORS.items() if year in span)


def total_friends(year: int) -> int:
    return FRIENDS_BEFORE_2015 + sum(len(FRIENDS[y]) for y in range(2015, year + 1))


def change(year: int) -> str:
    now, before = VISITS[year][0], VISITS[year - 1][0]
    if year % 2 == 0:
        return f"（上年为{before}批）"
    word = "增加" if now >= before else "减少"
    return f"，比上年{word}{abs(now - before)}批"


def report(year: int) -> str:
    visits, people = VISITS[year]
    trips, trip_people = TRIPS[year]
    friends = FRIENDS[year]
    if friends:
        names = "、".join(f"{country}{city}" for country, city in friends)
        friend_line = (f"全年新增国际友好城市{len(friends)}个，分别是{names}；截至{year}年底，全市累计缔结国际友好城市"
                       f"{total_friends(year)}个。")
    else:
        friend_line = f"全年未新增国际友好城市，重点深化与现有{total_friends(year)}个友好城市的务实合作。"
    lines = [
        f"东屿市外事侨务办公室{year}年工作总结及{year + 1}年工作计划",
        "",
        f"{year}年，市外侨办在市委、市政府的坚强领导下，围绕全市中心工作，统筹推进外事、侨务各项工作，取得新的成效。现将有关情况报告如下。",
        "",
        f"一、{year}年工作完成情况",
        f"（一）友城工作稳步推进。{friend_line}",
        f"（二）来访接待有序开展。全年接待外国政要、友城代表团等来访团组{visits}批{people}人次{change(year)}。",
        f"（三）因公出访管理规范。审核报批因公出国（境）团组{trips}批{trip_people}人次，办理APEC商务旅行卡{APEC[year]}张。",
        f"（四）重大活动圆满完成。成功举办第{cn(edition(year))}届东屿国际海洋文化节，来自{FESTIVAL_COUNTRIES[year]}个国家和地区的嘉宾参加。",
    ]
    work = OVERSEAS_WORK.get(year)
    points = f"一是{work[0]}；二是{work[1]}；三是{work[2]}。" if work else "积极服务海外侨胞回乡投资兴业。"
    lines.append(f"（五）侨务工作扎实开展。全年接待海外侨胞{OVERSEAS[year]}人次。{points}")
    lines += [
        "二、存在的问题",
        "外事资源统筹还不够有力，服务地方发展的精准度有待提高；涉外人才队伍建设仍需加强。",
        f"三、{year + 1}年工作计划",
        f"{year + 1}年，力争接待来访团组{VISIT_TARGETS[year]}批，办好第{cn(edition(year + 1))}届东屿国际海洋文化节，继续拓展国际友好城市网络。",
        "",
        f"东屿市外事侨务办公室主任 {director(year)}",
        f"{year + 1}年1月10日",
    ]
    return "\n".join(lines) + "\n"


NEWS = (
    "西港市外办召开2022年度工作总结会\n\n"
    "2023年1月12日，西港市外办召开2022年度工作总结会。会议通报，2022年西港市外办共接待来访团组35批260人次，"
    "办理APEC商务旅行卡52张，新增国际友好城市3个。西港市外办主任黄振华出席会议并讲话。\n"
)


def questions() -> list[dict]:
    v = {y: f"{VISITS[y][0]}批" for y in VISITS}
    rows = [
        q("figure", "东屿市外侨办2016年接待来访团组多少批？", [[v[2016]]], [v[2015], v[2017], f"{VISIT_TARGETS[2016]}批"]),
        q("figure", "2018年东屿市接待了多少批外国来访团组？", [[v[2018]]], [v[2017], v[2019], f"{VISIT_TARGETS[2018]}批"]),
        q("figure", "东屿市2021年办理APEC卡多少张？", [[f"{APEC[2021]}张"]], [f"{APEC[2020]}张", f"{APEC[2022]}张"]),
        q("figure", "2023年东屿市审核报批因公出国（境）团组多少批？", [[f"{TRIPS[2023][0]}批"]], [f"{TRIPS[2022][0]}批", f"{TRIPS[2024][0]}批"]),
        q("figure", "东屿市外侨办2024年接待海外侨胞多少人次？", [[f"{OVERSEAS[2024]}人次"]], [f"{OVERSEAS[2023]}人次"]),
        q("figure", "2017年东屿市接待来访团组的人数是多少？", [[f"{VISITS[2017][1]}人次"]], [f"{VISITS[2016][1]}人次", f"{VISITS[2018][1]}人次"]),
        q("figure", "截至2018年底东屿市累计缔结了多少个国际友好城市？", [[f"{total_friends(2018)}个"]], [f"{total_friends(2016)}个", f"{total_friends(2021)}个"]),
        q("figure", "2022年东屿国际海洋文化节有多少个国家和地区的嘉宾参加？", [[f"{FESTIVAL_COUNTRIES[2022]}个"]], [f"{FESTIVAL_COUNTRIES[2021]}个", f"{FESTIVAL_COUNTRIES[2023]}个"]),
        # the 2019 report is missing: its figures are in the 2020 report as 上年 only where the template says so
        q("report_year", "2019年东屿市接待来访团组多少批？", [[v[2019]]], [v[2018], v[2020], f"{VISIT_TARGETS[2019]}批"]),
        q("report_year", "东屿市外侨办2022年工作总结中说上年接待来访团组多少批？", [[v[2021]]], [v[2022], v[2020]]),
        q("report_year", "在2017年的工作总结里，东屿市计划2018年接待来访团组多少批？", [[f"{VISIT_TARGETS[2017]}批"]], [v[2018], v[2017], f"{VISIT_TARGETS[2018]}批"]),
        q("report_year", "东屿市2023年计划接待多少批来访团组？", [[f"{VISIT_TARGETS[2022]}批"]], [v[2023], f"{VISIT_TARGETS[2023]}批"]),
        q("report_year", "2024年工作总结提到的2024年实际接待来访团组数是多少？", [[v[2024]]], [f"{VISIT_TARGETS[2023]}批", v[2023]]),
        q("entity", "西港市外办2022年接待来访团组多少批？", [["35批"]], [v[2022]]),
        q("entity", "东屿市外侨办2022年接待来访团组多少批？", [[v[2022]]], ["35批"]),
        q("entity", "西港市2022年办理了多少张APEC商务旅行卡？", [["52张"]], [f"{APEC[2022]}张"]),
        q("person", "2016年东屿市外事侨务办公室主任是谁？", [["陈卫国"]], ["周海燕", "吴志强", "黄振华"]),
        q("person", "东屿市外侨办2020年的主任是哪位？", [["周海燕"]], ["陈卫国", "吴志强", "黄振华"]),
        q("person", "2023年东屿市外侨办主任叫什么名字？", [["吴志强"]], ["陈卫国", "周海燕", "黄振华"]),
        q("ordinal", "2017年举办的是第几届东屿国际海洋文化节？", [["第六届", "第6届"]], ["第五届", "第七届"]),
        q("ordinal", "第十二届东屿国际海洋文化节是哪一年举办的？", [["2023年"]], ["2022年", "2024年"]),
        q("ordinal", "东屿市2021年工作计划中要办第几届海洋文化节？", [["第十届", "第10届"]], ["第九届", "第十一届"]),
        q("event_year", "东屿市与芬兰图尔库市是哪一年结为友好城市的？", [["2018年"]], ["2019年", "2017年"]),
        q("event_year", "杜布罗夫尼克市是哪年成为东屿市友好城市的？", [["2022年"]], ["2023年", "2021年"]),
        q("event_year", "东屿市侨商联合会是哪一年成立的？", [["2016年"]], ["2017年"]),
        q("comparison", "东屿市2022年和2023年接待来访团组分别是多少批？", [[v[2022]], [v[2023]]], []),
        q("comparison", "与2016年相比，2018年东屿市办理APEC商务旅行卡增加了多少张？", [[f"{APEC[2018] - APEC[2016]}张"]], []),
        q("comparison", "东屿市2024年接待海外侨胞人次比2023年多多少？", [[f"{OVERSEAS[2024] - OVERSEAS[2023]}人次"]], []),
        q("list", "东屿市2018年新增了哪些国际友好城市？", [[c] for _, c in FRIENDS[2018]], ["东屿市"]),
        q("list", "2023年东屿市新结好的友城有哪几个？", [[c] for _, c in FRIENDS[2023]], ["东屿市"]),
        q("open", "东屿市外侨办2020年侨务工作做了哪些事？", [["防疫物资"], ["网上办理平台"], ["困难归侨侨眷"]], []),
        q("open", "2023年东屿市外侨办在侨务方面开展了哪些工作？", [["侨商投资洽谈会"], ["侨胞之家"], ["法律服务"]], []),
        q("not_found", "东屿市外侨办2014年审核报批因公出国（境）团组多少批？", None),
        q("not_found", "2025年东屿市实际接待来访团组多少批？", None),
        q("not_found", "西港市外办2022年接待海外侨胞多少人次？", None),
        q("not_found", "东屿市外侨办副主任是谁？", None),
        q("not_found", "东屿市与巴统市是哪一年结好的？", None),
        q("not_found", "北川市外办2023年办理APEC商务旅行卡多少张？", None),
    ]
    return rows


def main() -> None:
    folder = HERE / "reports"
    for year in YEARS:
        (folder / f"{year}_东屿市外侨办工作总结.txt").write_text(report(year), encoding="utf-8")
    (folder / "2023_西港市外办_新闻.txt").write_text(NEWS, encoding="utf-8")
    (HERE / "dongyu_questions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in questions()), encoding="utf-8")


if __name__ == "__main__":
    main()
