"""What the proofreading rules share: character classes, Chinese numerals, the standards they cite."""

from __future__ import annotations

from ingest.nlp.numbers import to_number

CJK = "\u4e00-\u9fff"
CN = "一二三四五六七八九十"
CN_DIGITS = "零〇一二三四五六七八九两十百千万亿"
GB15835 = "GB/T 15835-2011《出版物上数字用法》"
GB15834 = "GB/T 15834-2011《标点符号用法》"
GB9704 = "GB/T 9704-2012《党政机关公文格式》"


def cn_number(text: str) -> int | None:
    """一 … 九十九 as a number (十二, 二十, 二十三); None for anything else."""
    if not text or any(c not in CN for c in text):
        return None
    value = to_number(text)
    return int(value) if value is not None and value.is_integer() and 1 <= value <= 99 else None


def cn_numeral(n: int) -> str | None:
    """1 … 99 in Chinese numerals (二十三); None beyond."""
    if not 1 <= n <= 99:
        return None
    if n <= 10:
        return CN[n - 1]
    tens, ones = divmod(n, 10)
    return (CN[tens - 1] if tens > 1 else "") + "十" + (CN[ones - 1] if ones else "")


def full_year(two_digits: int, year: int | None) -> int:
    """The year a two-digit year (23年) stands for in a draft of `year`: this century up to the draft's year."""
    recent = (year % 100 if year else 30) + 1
    return (2000 if two_digits <= recent else 1900) + two_digits
