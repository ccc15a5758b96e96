"""Open questions: the answering section quoted point by point, of the asked year, with what is left out said."""

from __future__ import annotations

from dataclasses import replace

from assistant.ask.points import (
    Section,
    asked_point,
    completed,
    is_open,
    items_asked,
    one_point,
    open_answer_text,
    open_sections,
    point_answer_text,
    point_asked,
    points_of,
    whole_section,
    without_point,
)
from assistant.grounding.intent import intent_of
from ingest.document import Chunk
from vectorstore.hits import Hit

WORK_2020 = "全年接待海外侨胞240人次。一是向海外侨胞寄送防疫物资1.2万件；二是开通涉侨事务网上办理平台；三是走访慰问困难归侨侨眷86户。"
WORK_2023 = "全年接待海外侨胞1960人次。一是举办侨商投资洽谈会；二是建设侨胞之家示范点5个；三是开展侨界法律服务进社区活动。"


def hit(i: int, text: str, year: int, heading: str = "（五）侨务工作扎实开展") -> Hit:
    chunk = Chunk(f"c{i}", f"d{year}", i, text, (f"一、{year}年工作完成情况", heading),
                  f"东屿市外事侨务办公室{year}年工作总结", f"{year}.txt", year)
    return Hit(chunk, 1.0 / (i + 1))


def test_points_are_cut_at_their_marks_or_else_at_sentences() -> None:
    assert points_of(WORK_2020) == ["全年接待海外侨胞240人次。", "一是向海外侨胞寄送防疫物资1.2万件；",
                                    "二是开通涉侨事务网上办理平台；", "三是走访慰问困难归侨侨眷86户。"]
    assert points_of("（1）建立台账。（2）定期通报。") == ["（1）建立台账。", "（2）定期通报。"]
    assert points_of("组织专题调研。形成报告1份。") == ["组织专题调研。", "形成报告1份。"]
    # headings run into the text (a notice copied from a web page) start points too
    assert points_of("三、严格复工。企业要到岗。四、认真开展风险排查。在复产复工前，企业要组织大排查。") == [
        "三、严格复工。企业要到岗。", "四、认真开展风险排查。在复产复工前，企业要组织大排查。"]
    assert points_of("共举办1.5天培训，2023年1.2万人次参加。") == ["共举办1.5天培训，2023年1.2万人次参加。"]


def test_open_questions_are_told_from_figure_and_list_questions() -> None:
    for q in ("市外办在主题教育中是如何开展调查研究的？", "2020年侨务工作做了哪些事？", "服务开放方面采取了什么举措？",
              "跨省通行证件有哪些使用要求？", "企业对返京员工应该有什么样的防控措施？", "16年外侨办党建抓了些啥",
              "21年涉外防疫是咋搞的", "去年侨务上干了什么"):
        assert is_open(q, intent_of(q)), q
    for q in ("2020年接待海外侨胞多少人次？", "2020年外办主任是谁？", "一共新建了几个友城？", "友城分布在哪些国家？",
              "去年办了什么时候的展会"):
        assert not is_open(q, intent_of(q)), q


def test_the_section_of_the_asked_year_is_quoted_whole_and_cited() -> None:
    question = "2020年侨务工作做了哪些事？"
    weights = {"侨务": 2.0, "工作": 0.5}
    hits = [hit(0, WORK_2023, 2023), hit(1, WORK_2020, 2020)]
    sections = open_sections(hits, weights, intent_of(question))
    assert [s.hit.chunk.year for s in sections] == [2020]
    text = open_answer_text(sections)
    assert text.startswith("据2020年《东屿市外事侨务办公室2020年工作总结》“（五）侨务工作扎实开展”部分[1]：")
    for part in ("防疫物资", "网上办理平台", "困难归侨侨眷"):
        assert part in text
    assert "侨商投资洽谈会" not in text and "另有" not in text


def test_a_section_longer_than_the_budget_says_how_much_is_left_out_and_names_the_others() -> None:
    weights = {"侨务": 2.0}
    sections = open_sections([hit(0, WORK_2020, 2020), hit(1, WORK_2023, 2023)], weights,
                             intent_of("侨务工作做了哪些事？"), budget=40)
    text = open_answer_text(sections)
    assert "该部分共 4 点，以上列出前 2 点" in text
    assert "资料中另有：2023年《东屿市外事侨务办公室2023年工作总结》“（五）侨务工作扎实开展”部分[2]" in text


def test_no_section_of_the_asked_year_gives_no_open_answer() -> None:
    assert open_sections([hit(0, WORK_2023, 2023)], {"侨务": 1.0}, intent_of("2020年侨务工作做了哪些事？")) == []


def test_a_section_cut_into_passages_is_one_section_in_the_reports_order() -> None:
    first = hit(3, "一是精准发力。确定攻坚难题8个。二是搭建平台。", 2020, "三、推进对外开放")
    second = hit(2, "组织对接洽谈20场。三是拓宽渠道服务开放。", 2020, "三、推进对外开放")
    second = Hit(replace(second.chunk, index=4), second.score)
    sections = open_sections([second, first], {"对外开放": 2.0}, intent_of("如何推进对外开放？"))
    assert len(sections) == 1 and [h.chunk.index for h in sections[0].hits] == [3, 4]
    assert sections[0].points == ("一是精准发力。确定攻坚难题8个。", "二是搭建平台。组织对接洽谈20场。", "三是拓宽渠道服务开放。")
    assert points_of("三是拓宽渠道。圆满完成洽会任务。") == ["三是拓宽渠道。圆满完成洽会任务。"]


def test_a_point_asked_by_its_place_is_quoted_alone_with_the_sections_count() -> None:
    assert [point_asked(q) for q in ("今后整改工作的打算第一条是什么？", "侨务工作第三点讲的什么", "第2项内容",
                                     "第一批是什么时候", "第五届论坛在哪里举办")] == [1, 3, 2, None, None]
    assert without_point("整改打算的第二点是什么") == "整改打算的是什么"
    question = "2020年侨务工作的第二条是什么？"
    sections = open_sections([hit(0, WORK_2023, 2023), hit(1, WORK_2020, 2020)], {"侨务": 2.0}, intent_of(question))
    point = asked_point(sections, 2)
    assert point is not None and point.quoted == ("二是开通涉侨事务网上办理平台；",)  # the lead sentence is no point
    assert point_answer_text(point, 2).endswith("该部分共 3 条，第 2 条是：\n二是开通涉侨事务网上办理平台；")
    assert asked_point(sections, 4) is None
    assert one_point("三是做好后半篇文章。不断强化思想认识。\n联系方式：0537-2348660") == "三是做好后半篇文章。不断强化思想认识。"
    assert one_point("（一）强化主体责任\n坚决落实决策部署，层层传导工作压力。\n附件") == (
        "（一）强化主体责任\n坚决落实决策部署，层层传导工作压力。")


def test_a_chapter_long_point_is_taken_sentence_by_sentence() -> None:
    chapter = "一、减轻中小微企业负担 1.停征部分行政事业性收费。" + "疫情期间停征特种设备检验费。" * 30 + "2.减免中小微企业房租。"
    points = points_of("为帮助企业共渡难关，制定以下工作措施。" + chapter)
    assert points[0] == "为帮助企业共渡难关，制定以下工作措施。"
    assert points[1] == "一、减轻中小微企业负担 1.停征部分行政事业性收费。" and points[-1] == "2.减免中小微企业房租。"


def test_the_part_under_a_run_in_heading_naming_the_topic_is_quoted_alone() -> None:
    notice = ("对承租国有资产类经营用房的中小微企业，2月免收房租。（责任单位：省财政厅，各设区市政府） 四、实施援企稳岗政策。"
              "坚持不裁员的参保企业，失业保险稳岗返还比例提高到60%；30人以下小微企业给予3个月的稳岗返还。"
              "（责任单位：省人力资源社会保障厅） 五、加大信贷支持。扩大中小微企业贷款覆盖面。")
    chunk = Chunk("c0", "d", 0, notice, (), "关于印发支持中小微企业若干措施的通知", "n.txt", 2020)
    question = "陕西省在援企稳岗方面有哪些举措？"
    [section] = open_sections([Hit(chunk, 1.0)], {"陕西省": 3.0, "援企稳岗": 7.0}, intent_of(question))
    assert section.quoted[0].startswith("四、实施援企稳岗政策。坚持不裁员")
    assert all("贷款" not in p and "房租" not in p for p in section.quoted)
    # no heading names the topic: the passage's points as before
    [other] = open_sections([Hit(chunk, 1.0)], {"陕西省": 3.0, "失业保险": 7.0}, intent_of("陕西省失业保险有哪些举措？"))
    assert other.first == 0 and "房租" in other.quoted[0]


def test_an_unmarked_sentence_of_clauses_is_one_point_and_a_restated_headline_is_no_answer() -> None:
    news = ("办税多走网路 服务特事特办——税务系统多举措为纳税人解忧 新华社北京2月4日电 题: 办税多走网路。"
            "延长申报期限。各地税务部门积极拓展非接触式办税缴费服务；对个性化问题尽量通过12366纳税服务热线解决；"
            "对确需到办税服务厅办理业务的，主动通过预约服务提供便利。" + "记者了解到，各地正在推进相关工作。" * 40)
    assert points_of("拓展非接触式服务；尽量通过热线解决。预约办理。") == ["拓展非接触式服务；尽量通过热线解决。", "预约办理。"]
    chunk = Chunk("c0", "d", 0, news, (), "办税多走网路 服务特事特办——税务系统多举措为纳税人解忧", "n.txt", None)
    weights = {"税务": 1.0, "纳税人": 1.0, "办税": 1.0, "缴费": 1.0, "举措": 1.0}
    [section] = open_sections([Hit(chunk, 1.0)], weights, intent_of("税务部门为纳税人办税缴费出台了哪些举措？"), 300)
    assert section.quoted[0].startswith("各地税务部门积极拓展非接触式办税缴费服务；对个性化问题")


def test_a_run_in_heading_is_a_short_phrase_naming_what_the_title_does_not() -> None:
    guide = ("一、适用范围 本指南规定了救助管理机构开展救助管理的工作要求。二、工作流程 1.身体检视。求助人员发热者，救助管理机构应当立即上报。"
             "三、托养机构监管 委托托养机构照料受助人员的，要监督托养机构落实防控措施。")
    chunk = Chunk("c0", "d", 0, guide, (), "流浪乞讨人员救助管理机构疫情防控工作指南", "g.txt", 2020)
    weights = {"救助": 1.0, "机构": 1.0, "发热": 3.0, "流浪乞讨": 2.0}
    [section] = open_sections([Hit(chunk, 1.0)], weights, intent_of("救助机构对发热的流浪乞讨人员采取了什么措施？"))
    assert section.first == 0 and len(section.quoted) == len(section.points)  # 三、托养机构监管 tells nothing apart
    donation = ("二、接受捐赠要登记。三、捐赠款物应当全部用于疫情防控，不得挪作他用。"
                "四、要做好统计工作。非定向捐赠的款物应当统筹安排使用。")
    chunk = Chunk("c1", "d", 0, donation, (), "关于做好社会捐赠款物使用管理工作的通知", "n.txt", 2020)
    [section] = open_sections([Hit(chunk, 1.0)], {"非定向": 3.0, "捐赠": 1.0, "疫情防控": 1.0}, intent_of("非定向捐赠的款物如何处理？"))
    assert section.first == 0  # 三、捐赠款物应当全部用于疫情防控 is a sentence, not a heading


def test_the_titles_words_tell_no_point_apart() -> None:
    guide = ("根据市政府通知，制定本指引。" + "一、由企业主要负责人组建防控领导小组，制定应急预案，责任到位。" * 6
             + "三、督促本单位外地来京员工落实防控措施，到京前14日内离开湖北地区的人员，在医学观察后再复工。"
             + "四、保持环境卫生清洁，每天定时消毒。" * 6 + "十四、教育引导员工保持良好心态，身体不适及时上报。北京市经济和信息化局")
    chunk = Chunk("c0", "d", 0, guide, (), "北京市工业及软件和信息服务业企业防控疫情指引", "g.txt", 2020)
    weights = {"北京市": 3.3, "工业": 2.7, "信息": 1.5, "企业": 0.8, "员工": 3.3, "外地": 2.0, "防控": 0.4}
    [section] = open_sections([Hit(chunk, 1.0)], weights, intent_of("北京市工业企业对外地来京员工有什么样的防控措施？"), 300)
    assert section.quoted[0].startswith("三、督促本单位外地来京员工")


def test_every_section_of_a_report_is_about_the_body_that_issued_it() -> None:
    def section(i: int, heading: str, text: str) -> Hit:
        chunk = Chunk(f"c{i}", "d2020", i, text, ("一、2020年工作成效", heading), "关于2020年全州外事工作情况的报告",
                      "r.txt", 2020)
        return Hit(chunk, 1.0)

    publicity = section(0, "（七）强化外事统筹和对外宣传", "发挥州委外办统筹作用，完善重大涉外事项报告制度，统筹疫情防控和对外交往，讲好澜源故事。")
    epidemic = section(1, "（六）统筹做好涉外疫情防控", "建立在州外籍人员健康监测台账，实行一人一档动态管理。")
    weights = {"2020年": 2.2, "澜源": 2.7, "州委外办": 4.4, "涉外": 1.3, "疫情防控": 7.7}
    question = intent_of("2020年澜源州委外办在涉外疫情防控上采取了哪些措施？")
    issuers = {"d2020": "中共澜源傣族自治州委员会外事工作委员会办公室"}
    sections = open_sections([publicity, epidemic], weights, question, issuers=issuers)
    assert sections[0].hit is epidemic


def test_numbered_items_matching_alike_are_answered_as_their_whole_section() -> None:
    parent = ("一、2013年工作", "（四）引进国外智力工作")
    title = "松阳市外侨办2013年工作总结"
    chunks = [Chunk(f"c{i}", "d", i, text, path, title, "r.txt", 2013) for i, (path, text) in enumerate([
        (("一、2013年工作", "（三）友城工作"), "新结友城1个。"),
        (parent, "全年引进外国专家52人次。主要做法："),
        ((*parent, "1.摸清需求"), "发放引智需求调查表。"),
        ((*parent, "2.优化服务"), "设立外国专家公寓，"),
        ((*parent, "2.优化服务"), "提供翻译和出行便利。"),
        ((*parent, "3.表彰激励"), "推荐外国专家获得友谊奖。"),
        (("一、2013年工作", "（五）外事管理"), "严格出访审批。")])]
    weights = {"外国专家": 2.0, "措施": 0.5}
    asked = intent_of("引进外国专家采取了哪些措施")
    sections = open_sections([Hit(chunks[3], 1.0), Hit(chunks[1], 0.9)], weights, asked)
    assert items_asked(sections) == ("d", parent)  # an item and its section
    both = {"外国专家": 2.0, "公寓": 1.0, "友谊奖": 1.0}
    assert items_asked(open_sections([Hit(chunks[3], 1.0), Hit(chunks[5], 0.9)], both, asked)) == ("d", parent)
    whole = whole_section(chunks, parent, sections[0].score)
    assert whole.points == ("全年引进外国专家52人次。", "主要做法：", "1.摸清需求：发放引智需求调查表。",
                            "2.优化服务：设立外国专家公寓，提供翻译和出行便利。", "3.表彰激励：推荐外国专家获得友谊奖。")
    text = open_answer_text([whole])
    assert text.startswith("据2013年《松阳市外侨办2013年工作总结》“（四）引进国外智力工作”部分[1]：")
    # one item asked alone is answered alone
    assert items_asked(open_sections([Hit(chunks[3], 1.0)], weights, intent_of("优化服务采取了哪些措施"))) is None


def test_actions_asked_by_their_verb_are_open_questions() -> None:
    for question in ("2023年市委外办开展了哪些调查研究", "2025年为外籍船员换班提供了哪些服务", "推出了什么便民举措"):
        assert is_open(question, intent_of(question)), question
    assert not is_open("与哪些国家签了协议", intent_of("与哪些国家签了协议"))


def test_an_open_answer_takes_the_items_of_its_section_that_were_not_retrieved() -> None:
    # 采取了四项措施： and the four measures, each a passage under its own heading 1. … 4.
    path = ("一、主要工作完成情况", "（三）远洋渔业涉外服务")
    texts = [("截至年底，外派渔工1265人。为加强外派渔工权益保障，我办采取了四项措施：", path),
             ("1.设立外派渔工服务站。", (*path, "1.")), ("2.推行劳动合同备案。", (*path, "2.推行劳动合同备案")),
             ("3.设立应急救助基金。", (*path, "3.")), ("4.建立渔工家属联络制度。", (*path, "4.")),
             ("全市新设外商投资企业14家。", ("一、主要工作完成情况", "（四）服务开放型经济"))]
    chunks = [Chunk(f"c{i}", "d2014", i, t, p, "临海市外办2014年工作总结", "2014.txt", 2014)
              for i, (t, p) in enumerate(texts)]
    retrieved = Section((Hit(chunks[0], 0.9),), tuple(points_of(texts[0][0])), 2, 0.9)
    whole = completed(retrieved, chunks)
    assert whole.quoted[-4:] == ("1.设立外派渔工服务站。", "2.推行劳动合同备案。", "3.设立应急救助基金。",
                                 "4.建立渔工家属联络制度。") and len(whole.quoted) == 6
    assert "新设外商投资企业" not in "".join(whole.quoted)
    # a section too long for the budget stays as retrieved, its best points chosen
    assert completed(retrieved, chunks, budget=40) == retrieved


def test_points_the_report_numbers_itself_are_not_numbered_again() -> None:
    measures = "采取了三项措施：\n1．建立渔工台账。\n2．开展行前培训。\n3．设立服务点。"
    sections = open_sections([hit(0, measures, 2020)], {"措施": 2.0}, intent_of("2020年采取了哪些措施？"))
    text = open_answer_text(sections)
    assert "1．建立渔工台账。" in text and "3．设立服务点。" in text
    assert ". 1．" not in text and "2. 2．" not in text


def test_a_section_of_no_marked_points_is_quoted_as_it_runs_and_counted_in_sentences() -> None:
    news = "“网上办税情况怎么样？业务比例能占到多少？”王军仔细询问。上海网上申报率达到99%。" * 3
    chunk = Chunk("c0", "d", 0, news, (), "税务总局连线各地", "n.txt", 2020)
    sections = open_sections([Hit(chunk, 1.0)], {"网上": 2.0, "申报": 1.0}, intent_of("网上办税做得如何？"), 60)
    text = open_answer_text(sections)
    assert "1." not in text and "“网上办税情况怎么样？业务比例能占到多少？”王军仔细询问。" in text
    assert "（该部分共 12 句，以上列出" in text


def test_a_run_in_heading_names_what_a_passage_is_about_and_a_dateline_names_nothing() -> None:
    national = Chunk("c0", "d0", 0, "新华社北京2月7日电 五部门印发通知，国家发展改革委对重点保障企业实行名单制管理。",
                     (), "五部门：强化重点保障企业资金支持", "a.txt", 2020)
    local = Chunk("c1", "d1", 0, "一、总体要求 做好资金保障。二、规范重点保障企业名单管理 由市发展改革委实施名单制管理。",
                  (), "北京市财政局关于强化资金支持的通知", "b.txt", 2020)
    weights = {"北京": 2.5, "重点": 1.7, "保障": 1.1, "企业名单": 4.7, "管理": 1.6}
    question = "北京对重点保障企业名单是如何管理的？"
    sections = open_sections([Hit(national, 1.0), Hit(local, 0.5)], weights, intent_of(question))
    assert sections[0].hit.chunk.doc_id == "d1"
    assert sections[0].quoted[0].startswith("二、规范重点保障企业名单管理")
