"""A label joining a nationality to an origin (国籍・出自, 国籍／民族): a country alone under it
(日本, ベトナム国籍) answers the nationality — a legal status, not 要配慮 — and only words of an
origin (アイヌ民族, 中国朝鮮族の出身) are the 人種・民族 (sensitive17b)."""

from __future__ import annotations


from detectors.jp.sensitive.lexicon import FieldLabel, compile_pattern, words_regex
from detectors.jp.sensitive.parentage import ABROAD

ORIGIN = "人種・民族"
NATIONALITY_OR_ORIGIN = "nationality_or_origin"  # labels.tsv's kind "any", for a label joined to 国籍
_COUNTRY_ALONE = compile_pattern(rf"(?:{words_regex(ABROAD + ('日本', '大韓民国', '中華人民共和国'))})(?:国)?(?:籍|人)?\Z")


def joined_to_nationality(text: str, field: FieldLabel) -> FieldLabel:
    """The origin label's meaning when its header also asks the nationality."""
    if field.category == ORIGIN and "国籍" in text:
        return FieldLabel(ORIGIN, NATIONALITY_OR_ORIGIN)
    return field


def a_country_alone(value: str) -> bool:
    """Whether a value under such a label names a country and nothing more."""
    return bool(_COUNTRY_ALONE.match(value))
