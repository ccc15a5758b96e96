from ingest.metadata import document_type, read_metadata


def test_document_types() -> None:
    assert document_type("中共济宁人民政府外事办公室党组关于巡察整改进展情况的通报") == "整改进展情况通报"
    assert document_type("XX市外办关于主题教育阶段性进展情况汇报") == "进展情况汇报"
    assert document_type("XX市外办2023年工作总结") == "工作总结"
    assert document_type("关于2024年外事工作的报告") == "工作报告"
    assert document_type("会议纪要") == "其他"


def test_signature_gives_org_and_date() -> None:
    text = "XX市外办2023年工作总结\n一、基本情况\n新建友城5个。\nXX市人民政府外事办公室\n2024年1月5日"
    meta = read_metadata(text, "XX市外办2023年工作总结", "总结.docx")
    assert meta.org == "XX市人民政府外事办公室"
    assert meta.date == "2024-01-05"
    assert meta.year == 2023  # the year in the title wins over the signing date
    assert meta.doc_type == "工作总结"


def test_org_from_title_and_year_from_file_name_or_text() -> None:
    meta = read_metadata("正文。2023年11月新建友城。", "XX市外办关于主题教育阶段性进展情况汇报", "汇报.txt")
    assert meta.org == "XX市外办" and meta.year == 2023 and meta.date is None
    assert read_metadata("正文。", "工作总结", "2022年工作总结.txt").year == 2022


def test_a_news_items_source_in_brackets_is_its_issuer() -> None:
    text = "江陵省对外交往2023年全面恢复\n\n本网讯 2023年全省迎来外宾来访团组612批。\n\n（江陵省委外办）"
    assert read_metadata(text, "江陵省对外交往2023年全面恢复", "news.txt").org == "江陵省委外办"
    assert read_metadata("正文。\n（来源：南岭市外事办公室）", "新闻", "n.txt").org == "南岭市外事办公室"
    assert read_metadata("正文。\n（记者 张三 摄）", "新闻", "n.txt").org == ""
