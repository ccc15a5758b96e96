"""HTML pages saved from an intranet: visible text, one block element per line."""

from __future__ import annotations

from pathlib import Path

from ingest.errors import LoadError
from ingest.loaders.text import decode_text

BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
              "article", "blockquote", "pre"}


def load_html(path: Path) -> str:
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(decode_text(path.read_bytes()))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise LoadError(f"HTML 文件无法解析 (cannot parse HTML: {exc})") from exc
    for element in root.xpath("//script|//style|//noscript|//head"):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    return root.text_content()
