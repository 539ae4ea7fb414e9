"""Names under a key of JSON or an element of XML written on one line, which the
field reader (scanner/extract/json_fields: pretty-printed JSON only) does not
compose as `label: value`: {"family_name": "浜口", "given_name": "颯太"},
<shimei>河野 恵美</shimei>, {"lastName": "森本", "firstName": "沙織"}.
A given name alone (颯太) says nothing in prose; under given_name it is the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Keys of a person's name as apps and systems spell them (snake, camel and romanised Japanese).
_NAME_KEYS = (r"(?:full_?|display_?|user_?|member_?|customer_?|contact_?)?name(?:_?(?:kanji|kana|ja|jp|yomi))?"
              r"|(?:full|display|user|member|customer|contact)Name(?:Kana|Kanji)?|nameKana|nameKanji"
              r"|shimei(?:_?(?:kana|kanji|yomi))?|namae|simei"
              r"|(?:family|last|given|first|middle)_?[Nn]ame(?:_?(?:[Kk]ana|[Kk]anji))?|surname"
              r"|sei(?:_?(?:kana|kanji))?|mei(?:_?(?:kana|kanji))?|yomi(?:gana)?|furigana|kana")
_JSON = re.compile(rf'"({_NAME_KEYS})"[ \t]*:[ \t]*"([^"\n]{{1,24}})"', re.IGNORECASE)
_XML = re.compile(rf"<({_NAME_KEYS})(?:[ \t][^>\n]{{0,60}})?>([^<\n]{{1,24}})</\1>", re.IGNORECASE)
_SCRIPT = r"[\u4e00-\u9fff々ぁ-ゖァ-ヶーｦ-ﾟ]"
_NAME_VALUE = re.compile(rf"{_SCRIPT}{{1,8}}(?:(?:[ \u3000]{{1,2}}|・){_SCRIPT}{{1,10}}){{0,3}}")
_BARE = re.compile(r"(?:user_?|member_?|customer_?|contact_?|display_?)?name", re.IGNORECASE)  # any thing's name too
# a word of a person's name is written in one script: 佐々木, 木ノ下, さくら, マリア (not 磁器マグ, 北欧チェア) (own9)
_ONE_SCRIPT_WORD = re.compile(r"[\u4e00-\u9fff々ヶノ]+|[ぁ-ゖー]+|[ァ-ヶー]+|[ｦ-ﾟ]+")
_WORD_EDGE = re.compile(r"[ \u3000・]+")


def keyed_names(text: str, a_name_value: Callable[[str], bool], known: Callable[[str], bool]):
    """(start, end) of a name key's value: a name in Japanese script; under a bare
    `name` (a product's as often) only a spaced name of words in one script each or one
    the dictionary or the lists know."""
    if '":' not in text and "</" not in text:
        return
    for pattern in (_JSON, _XML):
        for match in pattern.finditer(text):
            value = match.group(2).strip(" \u3000")
            if not _NAME_VALUE.fullmatch(value) or not a_name_value(value):
                continue
            words = _WORD_EDGE.split(value)
            if _BARE.fullmatch(match.group(1)) and not known(value) and (
                    len(words) < 2 or not all(_ONE_SCRIPT_WORD.fullmatch(w) for w in words)):
                continue  # a product's or a thing's name: one word, or a word of mixed script (磁器マグ 白)
            start = match.start(2) + match.group(2).index(value)
            yield start, start + len(value)


def a_bare_name_key(key: str) -> bool:
    """A bare `name` key (name, user_name …): a product's or a thing's name as often."""
    return _BARE.fullmatch(key) is not None
