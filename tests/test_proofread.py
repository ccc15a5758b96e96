"""校对 (issue 23): each rule class on sentences written for these tests (the frozen cases of
benchmarks/frozen/proofread_cases.jsonl are never read here), the controls it must leave alone, the office's
own rule files, and taking the suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.check.proofread import HouseUsage, Level, Rule, apply_suggestions, proofread
from assistant.check.proofread.basics import cn_number, cn_numeral
from assistant.check.proofread.canonical import near_miss_findings
from assistant.check.proofread.lexicon import entries
from ingest.errors import RuleFileError


def found(text: str, year: int | None = 2024, house: HouseUsage | None = None, rules_dir: Path | None = None):
    return [(p.rule, p.level, p.text, p.suggestion) for p in proofread(text, year, house, rules_dir)]


def fixed(text: str, year: int | None = 2024) -> str:
    return apply_suggestions(text, [p for p in proofread(text, year) if p.level == Level.MUST])


@pytest.mark.parametrize(("draft", "corrected"), [
    ("市外办认真布署全年外事工作。", "市外办认真部署全年外事工作。"),
    ("全体干部再接再励，推动工作迈上新台阶。", "全体干部再接再厉，推动工作迈上新台阶。"),
    ("各项任务按步就班推进。", "各项任务按部就班推进。"),
    ("邀请外国嘉宾莅临指导，付主任陪同。", "邀请外国嘉宾莅临指导，副主任陪同。"),
    ("截止2023年底，全市共有友城12对。", "截至2023年底，全市共有友城12对。"),
    ("部分单位把关不严，以至造成延误。", "部分单位把关不严，以致造成延误。"),
    ("我们必需坚持党管外事原则。", "我们必须坚持党管外事原则。"),
    ("进一步进一步加强涉外安全管理。", "进一步加强涉外安全管理。"),
    ("完善工作的的机制。", "完善工作的机制。"),
])
def test_typos_confusions_and_repeats_are_corrected(draft: str, corrected: str) -> None:
    assert fixed(draft) == corrected


@pytest.mark.parametrize("control", [
    "报名截止日期为3月31日。",
    "截止到2023年底，项目全部完工。",
    "这件事不了了之，实实在在的问题仍然存在。",
    "生产扩产扩能技术改造加快推进。",
    "全力配合做好疫情防控工作，审批事项网上办。",
    "与芬兰图尔库市缔结友好城市关系。",
    "与菲律宾伊洛伊洛市签订友好交流意向书。",
    "达到目的的手段，关键是是否落实。",
    "组织“河西纺织品中亚行”推介活动。",
    "各级环保部门指导企业开展自查。",
    "从解决对外交往布局不平衡问题入手。",
])
def test_controls_get_no_must_finding(control: str) -> None:
    assert [f for f in found(control) if f[1] == Level.MUST] == []


def test_formulations_wording_quotes_and_adjusted_dates() -> None:
    text = "深入学习习近平新时代中国特色社会主义理论，增强四个意识，推动一带一路建设，坚决拥护以习近平总书记为核心的党中央。"
    assert fixed(text) == ("深入学习习近平新时代中国特色社会主义思想，增强“四个意识”，推动“一带一路”建设，"
                           "坚决拥护以习近平同志为核心的党中央。")
    assert fixed("服务“一带一路”战略。", 2023) == "服务“一带一路”倡议。"
    assert found("服务“一带一路”战略。", 2014) == []  # before the wording was adjusted
    assert [f[1] for f in found("国家旅游局来函。", 2019)] == [Level.SHOULD]
    assert found("国家旅游局来函。", 2016) == []
    assert found("研究制定《市外办党组三重一大制度执行规则》。") == []  # a title is cited as written
    assert found("引导党员干部不忘初心、牢记使命。") == []  # a verb phrase, not the campaign's name
    assert [f[3] for f in found("开展不忘初心、牢记使命主题教育。") if f[1] == Level.MUST] == ["“不忘初心、牢记使命”"]
    assert [f[1] for f in found("开展“不忘初心、牢记使命”主题教育。", 2024)] == [Level.NOTE]  # the 2019 campaign
    assert found("接待日本三个代表团。") == []


def test_foreign_affairs_usage() -> None:
    assert fixed("与南韩、北朝鲜的往来；台湾政府官员。") == "与韩国、朝鲜的往来；台湾地区有关部门官员。"
    assert fixed("来自美国、日本、台湾等国家的客商。") == "来自美国、日本、台湾等国家和地区的客商。"
    assert found("来自美国、日本、台湾等国家和地区的客商。") == []
    first_use = found("世卫组织专家来访，此后世卫组织又派员。")
    assert first_use == [(Rule.FOREIGN, Level.SHOULD, "世卫组织", "世界卫生组织（世卫组织）")]
    assert found("世界卫生组织（世卫组织）专家来访，此后世卫组织又派员。") == []


@pytest.mark.parametrize(("draft", "corrected"), [
    ("会期3-5天。", "会期3～5天。"),
    ("2021-2025年规划。", "2021—2025年规划。"),
    ("增长5～10%。", "增长5%～10%。"),
    ("约100余人参加。", "100余人参加。"),
    ("约50人左右参加。", "50人左右参加。"),
    ("二0二三年八月。", "二〇二三年八月。"),
    ("23年8月召开。", "2023年8月召开。"),
    ("于2023.8.1召开。", "于2023年8月1日召开。"),
    ("占百分之5。", "占5%。"),
    ("历时三、四天。", "历时三四天。"),
    ("全年接待２３批。", "全年接待23批。"),
])
def test_number_usage_gb_t_15835(draft: str, corrected: str) -> None:
    assert fixed(draft) == corrected


@pytest.mark.parametrize("control", [
    "联系电话0531-86001234。", "按照GB/T 15835-2011执行。", "增长3.5%，23年来首次。", "历时12年，2021—2025年。",
    "3～5天，5%～10%。", "二〇二三年八月。",
])
def test_number_controls(control: str) -> None:
    assert [f for f in found(control) if f[0] == Rule.NUMBER] == []


def test_heading_numbers_in_sequence() -> None:
    text = "一、工作回顾\n（一）外事接待\n1.来访\n2.出访\n4.会议\n（二）友城\n1.新结友城\n三、明年打算\n"
    result = [(f[2], f[3]) for f in found(text) if f[0] == Rule.STRUCTURE]
    assert result == [("4.", "3."), ("三、", "二、")]
    # problems numbered through the parts (整改 reports): not a skip
    assert found("一、政治方面\n1.问题一\n2.问题二\n二、组织方面\n3.问题三\n") == []
    assert found("第一部分 上半年\n1.甲\n2.乙\n第二部分 下半年\n1.丙\n") == []


def test_enumerations_punctuation_doc_numbers_and_titles() -> None:
    assert fixed("一是加强学习；三是完善制度。") == "一是加强学习；二是完善制度。"
    assert fixed("市外办将一是加强党建；二是深化合作；三是做好服务。") == "市外办将一是加强党建；二是深化合作；三是做好服务。"
    assert fixed("市办发[2023]12号。") == "市办发〔2023〕12号。"
    assert fixed("京政发（2023）第5号。") == "京政发〔2023〕5号。"
    assert fixed("印发了关于加强外事管理的通知，要求各单位落实。") == "印发了《关于加强外事管理的通知》，要求各单位落实。"
    assert found("江西省人民政府印发关于应对疫情的通知\n各市人民政府：") == []  # a title line
    half = found("全年接待外宾,共计86批(702人次).")
    assert {(f[2], f[3], f[1]) for f in half} == {(",", "，", Level.SHOULD), ("(", "（", Level.SHOULD),
                                                  (")", "）", Level.SHOULD), (".", "。", Level.SHOULD)}
    assert found("访问 https://www.example.com/a,b 或 10:30 开会，金额1,000元。") == []
    assert [f[2] for f in found("全年接待外宾，，共计86批。")] == ["，，"]


@pytest.mark.parametrize(("draft", "corrected"), [
    ("2023年-2024年工作规划。", "2023年—2024年工作规划。"),
    ("二O二三年工作报告。", "二〇二三年工作报告。"),
    ("个别市外事干部只有2、3人。", "个别市外事干部只有两三人。"),
    ("（一）、加强学习", "（一）加强学习"),
    ("美国、日本、等国家", "美国、日本等国家"),
    ("根据“关于加强外事管理的通知”要求。", "根据《关于加强外事管理的通知》要求。"),
    ("他说...好。", "他说……好。"),
    ("社会主义核心价值观：富强、民主、文明、和谐，自由、平等、公正、法制。",
     "社会主义核心价值观：富强、民主、文明、和谐，自由、平等、公正、法治。"),
    ("坚持共建共商共享原则。", "坚持共商共建共享原则。"),
    ("疫情爆发后，全市停办活动。", "疫情暴发后，全市停办活动。"),
    ("认真得推进各项工作。", "认真地推进各项工作。"),
    ("访问日本、加拿大和东盟国家。", "访问日本、加拿大和东盟国家。"),
])
def test_more_rules(draft: str, corrected: str) -> None:
    assert fixed(draft) == corrected


def test_layout_of_a_report() -> None:
    report = "关于2023年工作情况的报告\n市委、市政府，\n一、主要工作：\n正文。以上报告，妥否，请批示。\n2024年1月8日\n市人民政府外事办公室\n"
    result = {(f[2], f[3]) for f in found(report) if f[0] == Rule.STRUCTURE}
    assert ("，", "：") in result  # the addressees' colon
    assert ("：", "") in result  # no mark after a heading on its own line
    assert ("妥否，请批示", None) in result  # a report asks for nothing
    assert ("2024年1月8日\n市人民政府外事办公室", None) in result  # the office first, then the date
    assert [f[3] for f in found("（七）援外\n八、外事管理")] == ["（八）"]  # a level mixed up
    assert [f[1] for f in found("外籍人员1万1300人，12月二十八日召开。")] == [Level.MUST, Level.MUST]


def test_similar_characters_beyond_the_lexicon() -> None:
    library = HouseUsage.learn([("2022年", "签署合作协议，举办外语培训，深化人文交流。")] * 2)
    result = found("两市签署协义，举办陪训班，推动交留合作。", house=library)
    assert [(f[2], f[3], f[1]) for f in result if f[0] == Rule.TYPO] == [
        ("协义", "协议", Level.SHOULD), ("陪训", "培训", Level.SHOULD), ("交留", "交流", Level.SHOULD)]
    assert [f for f in found("副主任邓立群率团赴斯里兰卡康提市。", house=library) if f[0] == Rule.TYPO] == []
    region = found("重点访问日本、加拿大、台湾和东盟国家。")
    assert [(f[2], f[1]) for f in region] == [("台湾", Level.MUST)]
    assert found("接待香港、澳门和台湾地区团组。") == []


def test_slips_of_the_input_method_and_of_shape() -> None:
    from assistant.check.proofread.similar import similar, zipf

    assert {"往"} <= similar("住") and {"堵"} <= similar("赌") and {"擦"} <= similar("察")  # by components
    assert zipf("微信") > 3 and zipf("披示") == 0  # today's usage knows words the old dictionary lacks
    result = [(f[2], f[3], f[1]) for f in found("获市领导披示肯定，对在华外籍人员逐一模排。") if f[0] == Rule.TYPO]
    assert ("披示", "批示", Level.NOTE) in result  # in no word list; the same sound makes a word: a hint
    assert [f for f in found("通过微信群、小微企业服务号宣传抗疫政策。") if f[0] == Rule.TYPO] == []


@pytest.mark.parametrize(("draft", "corrected"), [
    ("邀请超过260余名嘉宾参会。", "邀请超过260名嘉宾参会。"),
    ("全办30余人左右参会。", "全办30余人参会。"),
    ("编制2024—25年发展规划。", "编制2024—2025年发展规划。"),
    ("2月28日（星期5）召开会议。", "2月28日（星期五）召开会议。"),
        ("外宾来访数量在创新高。", "外宾来访数量再创新高。"),
    ("两市签署结缔友好城市关系协议书。", "两市签署缔结友好城市关系协议书。"),
    ("适当下调货款利率。", "适当下调贷款利率。"),
    ("严格落实“三会两课”制度。", "严格落实“三会一课”制度。"),
])
def test_more_numbers_confusions_and_formulations(draft: str, corrected: str) -> None:
    assert fixed(draft) == corrected


def test_punctuation_rules_as_data() -> None:
    result = [(f[2], f[3]) for f in found("一是：坚持党建引领。以「钉钉子」精神推动落实，参加国际友谊论坛[线上]。\n"
                                         "2。优化换班服务。鼓励多走'网路'。制定西陵市因公出国（境）管理实施细则，")]
    assert ("：", None) in result and ("「钉钉子」", "“钉钉子”") in result and ("[线上]", "（线上）") in result
    assert ("2。", "2.") in result and ("'网路'", "‘网路’") in result
    assert ("西陵市因公出国（境）管理实施细则", "《西陵市因公出国（境）管理实施细则》") in result
    assert found("学习《中国共产党党组工作条例》和《〈中华人民共和国对外关系法〉释义》。") == []


def test_outdated_bodies_and_country_names() -> None:
    late = [(f[2], f[3]) for f in found("报国家食药监总局备案；与暹罗清迈市、东德开姆尼茨市交流。", year=2022)]
    assert ("国家食药监总局", "国家药品监督管理局") in late and ("暹罗", "泰国") in late and ("东德", "德国") in late
    assert [f for f in found("报国家食药监总局备案。", year=2016) if f[3] == "国家药品监督管理局"] == []  # before 2018
    assert found("住房和城乡建设部、共度时艰、全面从严治党，金额1,000元。", year=2024) == []
    assert ("度过难关", "渡过难关") in [(f[2], f[3]) for f in found("确保企业顺利度过难关。")]
    assert ("淮城大使馆", "总领事馆") in [(f[2], f[3]) for f in found("印度尼西亚驻淮城大使馆开馆。")]


def test_near_misses_of_canonical_names(tmp_path: Path) -> None:
    cases = {"推动构建人类命运共同休。": ("人类命运共同休", "人类命运共同体"),
             "推进自由贸易实验区建设。": ("自由贸易实验区", "自由贸易试验区"),
             "与澳大力亚签署备忘录。": ("澳大力亚", "澳大利亚"),
             "坚持全过程人民明主。": ("全过程人民明主", "全过程人民民主")}
    for draft, (wrong, right) in cases.items():
        assert (wrong, right, Level.SHOULD) in [(f[2], f[3], f[1]) for f in found(draft)], draft
    for control in ("召开全市外事工作会议。", "人力资源社会保障部、国家卫生健康委联合印发通知。",
                    "学习贯彻党的十九大精神。", "有效保障人民群众的生命安全和身体健康。", "工业和信息化等部门。",
                    "严格执行因公临时出国（境）管理规定。", "推动构建人类卫生健康共同体。", "中国—中东欧地方合作论坛。"):
        assert list(near_miss_findings(control)) == [], control
    # the office's names: a name of its own, and a writing its library uses is its usage
    (tmp_path / "names.tsv").write_text("名称\t类别\t也可写作\t说明\n临江国际茶叶博览会\t活动\n", encoding="utf-8")
    assert ("临江国际茶业博览会", "临江国际茶叶博览会") in [(f[2], f[3]) for f in found("举办临江国际茶业博览会。",
                                                                                  rules_dir=tmp_path)]
    library = HouseUsage.learn([("2022年", "推进自由贸易实验区建设。")] * 2)
    assert [f for f in found("推进自由贸易实验区建设。", house=library) if f[3] == "自由贸易试验区"] == []


def test_house_usage_from_the_library() -> None:
    library = [("2022年工作总结", "临江市人民政府外事办公室（以下简称市外办）全年接待外宾。市外办组织茶叶博览会。"
                                  "境外参展商88家。"),
               ("2023年工作总结", "市外办举办第五届茶叶博览会，市外办牵头。茶叶博览会圆满成功。境外参展商104家，"
                                  "比上届多16家境外参展商。"),
               ("2024年工作总结", "茶叶博览会移至秋季举办。境外参展商120家。")]
    usage = HouseUsage.learn(library)
    result = found("市外事办举办第六届茶业博览会，茶博会圆满成功，境外展商130家，茶具博览会同期举办。", house=usage)
    house = [(f[2], f[3]) for f in result if f[0] == Rule.HOUSE]
    assert ("市外事办", "市外办") in house
    assert ("茶业博览会", "茶叶博览会") in house  # a character of the same sound
    assert ("茶博会", "茶叶博览会") in house  # a short name the library never uses
    assert ("境外展商", "境外参展商") in house
    assert "茶具博览会" not in [h[0] for h in house]  # another character: another fair
    fairs = HouseUsage.learn([(f"{y}年工作总结", "举办蓬湾国际港口合作论坛，与新西兰罗托鲁瓦市交流。"
                                               "蓬湾国际港口合作论坛圆满成功，罗托鲁瓦市代表团来访。") for y in (2022, 2023)])
    varied = [(f[2], f[3]) for f in found("举办蓬湾国际港口城市合作论坛，罗托鲁阿市代表团来访。", house=fairs)
              if f[0] == Rule.HOUSE]
    assert ("蓬湾国际港口城市合作论坛", "蓬湾国际港口合作论坛") in varied  # a noun added inside the name
    assert ("罗托鲁阿市", "罗托鲁瓦市") in varied  # a place's name transliterated otherwise
    assert [f for f in found("蓬湾国际港口合作论坛暂停举办。", house=fairs) if f[0] == Rule.HOUSE] == []
    assert found("市外办举办第六届茶叶博览会。", house=usage) == []


def test_office_rules_add_and_switch_off(tmp_path: Path) -> None:
    (tmp_path / "typos.tsv").write_text("写法\t建议\t级别\t说明\n外事办\t市外办\t建议\t本办统一简称\n布署\t\t停用\n",
                                        encoding="utf-8")
    result = found("外事办布署工作。", rules_dir=tmp_path)
    assert (Rule.TYPO, Level.SHOULD, "外事办", "市外办") in result
    assert all(f[2] != "布署" or f[1] != Level.MUST for f in result)  # the entry is off (similar sound: a 建议)
    (tmp_path / "confusions.tsv").write_text("写法\t建议\nre:(\t错\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"confusions\.tsv:2"):
        entries(tmp_path)


def test_lexicons_are_large_and_valid() -> None:
    shipped = entries()
    by_rule = {rule: sum(1 for e in shipped if e.rule == rule) for rule in Rule}
    assert by_rule[Rule.TYPO] >= 400
    assert by_rule[Rule.FORMULATION] >= 60
    assert by_rule[Rule.FOREIGN] >= 30


def test_offsets_and_json_and_applying() -> None:
    text = "一、总体情况\n截止目前,全市布署到位。"
    proofs = proofread(text, 2024)
    for p in proofs:
        assert text[p.start:p.end] == p.text
        assert set(p.as_json()) >= {"rule", "level", "text", "suggestion", "start", "end", "explanation"}
    assert apply_suggestions(text, proofs) == "一、总体情况\n截至目前，全市部署到位。"
    assert cn_number("二十三") == 23 and cn_numeral(23) == "二十三" and cn_numeral(10) == "十"
