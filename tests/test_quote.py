"""What/which questions answered by quoting the sentence that holds the answer."""

from __future__ import annotations

from assistant.ask.quote import best_quote
from assistant.grounding.intent import intent_of
from ingest.document import Chunk
from vectorstore.hits import Hit

OPENING = ("根据市委统一部署，2023年4月15日至6月16日，市委第五巡察组对市外办党组进行了常规巡察。"
           "10月12日，市委巡察组向市外办党组反馈了巡察意见。")
ATTITUDE = "对市委巡察组反馈的意见，市外办党组坚持高标准，持续抓好整改落实。"


def hit(i: int, text: str) -> Hit:
    chunk = Chunk(f"c{i}", "d", i, text, (), "关于巡察整改进展情况的通报", "t.txt", 2023)
    return Hit(chunk, 1.0 / (i + 1))


def test_which_one_of_a_kind_is_answered_by_the_sentence_naming_it_by_its_ordinal() -> None:
    question = "是哪个巡察组巡察了市外办？"
    weights = {"巡察组": 0.5, "巡察": 0.3, "市外办": 0.65}
    hits = [hit(0, ATTITUDE), hit(1, OPENING)]
    quote = best_quote(hits, weights, intent_of(question), question=question)
    assert quote is not None and "第五巡察组" in quote.text
    # without the question's "which", the higher-ranked passage wins the tie as before
    assert best_quote(hits, weights, intent_of(question)).hit is hits[0]


def test_the_office_that_stated_the_questions_own_figure_is_named() -> None:
    from assistant.ask.identify import asks_body, identify_body

    def report(i: int, title: str, text: str) -> Hit:
        return Hit(Chunk(f"c{i}", f"d{i}", 0, text, (), title, "t.txt", 2023), 1.0)

    hits = [report(0, "云禾市人民政府外事办公室2023年度工作报告", "为71家企业的236人办理APEC商务旅行卡。"),
            report(1, "雁南市外办：2023年对外交往全面恢复", "为65家企业的212人办理APEC商务旅行卡，企业出海更加便利。"),
            report(2, "柳湾市外办2023年工作综述", "全年接待外宾团组212批。")]
    question = "2023年有个外办给212名企业人员办了APEC卡，是哪个外办？"
    weights = {"2023年": 1.7, "212名": 6.8, "外办": 1.6, "企业": 1.6, "人员": 2.5, "apec": 6.8}
    assert asks_body(question) and not asks_body("市外办2023年办了多少张APEC卡？")
    assert asks_body("2021年外派渔工412人的是哪里") and not asks_body("2021年博览会在哪里举办")
    named = identify_body(question, weights, hits)
    assert named is not None and named.body == "雁南市" and "212人" in named.sentence
    assert identify_body("2023年有个外办给300名企业人员办了APEC卡，是哪个外办？", weights, hits) is None
    # the words asking for the body are no words of what it did
    other = "2023年有212名企业人员办了APEC卡，这是哪里的统计数字？"
    asked = {"2023年": 1.7, "212名": 6.8, "企业": 1.6, "人员": 2.5, "apec": 6.8, "统计": 3.0, "数字": 3.0}
    assert asks_body(other) and (named := identify_body(other, asked, hits)) and named.body == "雁南市"
    # a count in 个 is the same count in another counter (236个人: 236人), never another value
    spoken = "2023年有236个企业人员办了APEC卡，这是哪里的统计数字？"
    asked = {"2023年": 1.7, "236个": 6.8, "企业": 1.6, "人员": 2.5, "apec": 6.8}
    assert (named := identify_body(spoken, asked, hits)) and named.body == "云禾市"
    assert identify_body(spoken.replace("236个", "237个"), asked, hits) is None


def test_another_documents_sentence_holding_nearly_as_much_of_the_question_is_quoted_too() -> None:
    from assistant.ask.quote import quotes

    def notice(i: int, text: str) -> Hit:
        return Hit(Chunk(f"c{i}", f"d{i}", 0, text, (), f"通知{i}", "t.txt", 2020), 1.0 / (i + 1))

    question = "中央财政对地方财政先行支付的救治费用有什么规定？"
    weights = {"中央财政": 2.0, "地方": 3.0, "先行": 3.0, "支付": 3.0, "救治": 4.0, "费用": 4.0}
    summary = notice(0, "对于确诊患者发生的救治费用，在医保按规定支付后，个人负担部分由中央和地方财政给予补助。")
    rule = notice(1, "所需资金由地方财政先行支付，中央财政对地方财政按实际发生费用的60%予以补助。")
    unrelated = notice(2, "各地要做好防控物资保障工作。")
    chosen = quotes([summary, rule, unrelated], weights, intent_of(question), question=question)
    assert [q.hit for q in chosen] == [rule, summary] or [q.hit for q in chosen] == [summary, rule]
    assert any("60%" in q.text for q in chosen)
    assert len(quotes([rule, unrelated], weights, intent_of(question), question=question)) == 1


def test_a_quote_takes_the_sentence_before_it_that_holds_the_rest_of_the_question() -> None:
    """文件和开会: the best sentence is on 开会; the one before it, on 文件, is quoted with it; a sentence before
    that holding only a minor word (要求) is not, nor the next section (三、) after it."""
    text = ("政策制定要从实际出发，工作要求要实而精。要精简文件，能合并的合并，能不发的不发。要少开会、开短会、开管用的会，"
            "防止基层干部精力被无谓消耗。三、加强部门沟通，实现信息共享。")
    chunk = Chunk("c0", "d", 0, text, (), "国务院联防联控机制关于为基层减负的通知", "t.txt", 2020)
    question = "国务院联防联控机制的通知对文件和开会提出了什么要求？"
    weights = {"国务院": 2.6, "联防": 3.3, "联控": 3.2, "机制": 2.6, "通知": 1.0, "文件": 3.5, "开会": 5.7, "要求": 1.7}
    quote = best_quote([Hit(chunk, 1.0)], weights, intent_of(question), question=question)
    assert quote is not None
    assert quote.sentences == ("要精简文件，能合并的合并，能不发的不发。", "要少开会、开短会、开管用的会，防止基层干部精力被无谓消耗。")


def test_of_two_sentences_equal_with_their_title_the_one_holding_more_itself_is_quoted() -> None:
    text = "一、降价范围 此次降电价范围为一般工商业用户。二、降价措施 自2月1日起，电网企业按原到户电价的95%结算。"
    chunk = Chunk("c0", "d", 0, text, (), "关于阶段性降低企业用电成本的通知", "t.txt", 2020)
    question = "阶段性降低企业用电成本的降价措施是什么？"
    weights = {"阶段性": 3.6, "降价": 5.7, "企业": 0.8, "用电": 4.4, "成本": 3.1}
    quote = best_quote([Hit(chunk, 1.0)], weights, intent_of(question), question=question)
    assert quote is not None and quote.sentences == ("二、降价措施 自2月1日起，电网企业按原到户电价的95%结算。",)


def test_every_sentence_of_the_passage_naming_a_listed_thing_is_quoted_and_a_foreign_city_is_any() -> None:
    text = ("4月，我市与毛里塔尼亚努瓦迪布市签署结好协议书，全市国际友好城市增至5个。努瓦迪布是西非最大的渔港之一。"
            "同年，与烧津市签署水产加工技术合作备忘录，与蒙得维的亚市签署渔船靠港服务合作协议。全年派出团组两批。")
    chunk = Chunk("c0", "d", 0, text, ("2．友城交往",), "临海市委外办2024年工作报告", "t.txt", 2024)
    question = "2024年临海跟外国城市签了哪些协议或备忘录"
    weights = {"2024年": 1.7, "外国": 2.9, "城市": 2.0, "协议": 3.2, "备忘录": 4.0}
    quote = best_quote([Hit(chunk, 1.0)], weights, intent_of(question), question=question, things=("协议", "备忘录"),
                       min_match=0.0, budget=0)
    assert quote is not None and "水产加工技术合作备忘录" in quote.text and "渔船靠港服务合作协议" in quote.text
    assert "西非最大的渔港" not in quote.text and "团组两批" not in quote.text


def test_a_notices_own_title_at_the_top_of_its_text_is_no_answer() -> None:
    title = "人社部办公厅关于免费开放中国职业培训在线等培训平台的通知"
    text = (f"{title} 人社厅函〔2020〕24号 各省人力资源社会保障厅：为推动职业技能提升行动，我部决定免费开放培训平台。"
            "一、在疫情防控期间“中国职业培训在线”“新职业在线学习平台”等培训平台，免费向劳动者开放。")
    chunk = Chunk("c0", "d", 0, text, (), title, "t.txt", 2020)
    question = "人社部免费开放了哪些培训平台？"
    weights = {"人社部": 3.0, "免费": 2.0, "开放": 1.5, "培训": 1.0, "平台": 1.5}
    quote = best_quote([Hit(chunk, 1.0)], weights, intent_of(question), question=question)
    assert quote is not None and "新职业在线学习平台" in quote.text and not quote.text.startswith(title)


def test_of_sentences_holding_as_much_of_the_question_the_one_saying_its_phrase_is_quoted() -> None:
    question = "江州市哪些友城已正式互派人员了？"
    weights = {"江州市": 3.0, "友城": 1.0, "人员": 1.0}
    chunk = Chunk("c0", "d", 0, "江州市外办牵头召开友城工作会议，部署互访人员安排。截至目前，全市已有6个友城正式互派人员。"
                  "其中2个友城互派了留学生。", (), "江州、柳州两市推进友城交流", "t.txt", 2023)
    quote = best_quote([Hit(chunk, 1.0)], weights, intent_of(question), question=question)
    assert quote is not None and quote.text.startswith("截至目前，全市已有6个友城正式互派人员。")
    # no question given, no phrase to weigh: the first of the tied sentences, as before
    assert best_quote([Hit(chunk, 1.0)], weights, intent_of(question)).text.startswith("江州市外办牵头")


def test_a_province_is_named_by_its_short_name() -> None:
    from ingest.nlp.names import mentions_city

    assert mentions_city("福建、江苏两省协助台企复工", "福建省") and mentions_city("平凉子站", "平凉市")
    assert not mentions_city("江苏省台办", "福建省")


def test_a_points_heading_is_weighed_with_the_sentence_saying_the_point() -> None:
    from ingest.nlp.sentences import heads_next

    assert heads_next("二、优化服务 5. 做好意见收集。") and heads_next("（三）加强宣传：")
    assert not heads_next("三、捐赠款物应当全部用于疫情防控，不得挪作他用。")
    text = ("二、优化服务 5. 做好意见收集。通过12345热线、网站留言等渠道收集群众诉求。6. 加强宣传。"
            "通过报纸、电视等渠道发布政策解读。")
    question = "市民有何渠道反映意见？"
    weights = {"渠道": 1.0, "意见": 1.0, "反映": 0.5}
    quote = best_quote([hit(0, text)], weights, intent_of(question), question=question)
    assert quote is not None and "12345" in quote.text and "报纸" not in quote.text


def test_which_countries_are_listed_from_the_sentence_naming_them_not_from_one_saying_countries() -> None:
    question = "19年来访的外国军舰都是哪些国家的"
    weights = {"来访": 2.0, "外国": 1.9, "军舰": 3.4, "国家": 2.8}
    text = ("第四次举办“外国驻华使节走进江州”活动，18个国家的驻华使节参加。接待俄罗斯、泰国海军舰艇3批次，为历年最多。"
            "接待来访外宾团组52批。")
    things = ("国家",)
    quote = best_quote([hit(0, text)], weights, intent_of(question), question=question, things=things, min_match=0.0,
                       budget=0)
    assert quote is not None and quote.text.startswith("接待俄罗斯、泰国海军舰艇3批次")
    # a sentence naming no country, nor the word, lists none
    assert best_quote([hit(0, "接待来访外宾团组52批。")], weights, intent_of(question), question=question,
                      things=things, min_match=0.0) is None
