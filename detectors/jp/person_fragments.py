"""Parts of other words read as names (issue 12, dates10), told by what joins the span to
its neighbours, not by a list of the words:
- a title spaced out to the width of a page (「入 院 申 込 書」, 「感　謝　状」): the span is a
  part of a run of single characters parted by even blanks (a name spread over its width,
  比　嘉　　文　乃, parts its family and given name by a wider one; 林 薫 様 ends in an honorific);
- a piece of a word written in hiragana (「としょかんだより」): the span is hiragana with two
  hiragana or more on each side, after no particle and before no honorific;
- a building's name with its room after it (「メゾン・ド・ソレイユ 203号室」);
- katakana read as a name from the tail of a compound (「家事代行サービス ハウスリーフ」,
  「清掃スタッフ タナカ」): its first word a common noun glued to kanji before it (notpeople17);
- two hiragana words read as a name whose first is a word of the sentence (「いつも いとぐるま の
  教室を」, 「また あした」): one word the dictionary knows as no name and no place, and no surname's
  reading of the lists (people24)."""

from __future__ import annotations

import re

from detectors.jp.person_names import load_name_lists

_ONE = "[一-龥々ぁ-んァ-ヺ]"
_SPACE = "[ \u3000]"
# single characters parted by blanks, each standing alone (not the 様 of 様です)
_RUN = re.compile(rf"(?<![^\s]){_ONE}(?![^\s])(?:{_SPACE}+{_ONE}(?![^\s]))+")
_GAP = re.compile(rf"{_SPACE}+")
HONORIFICS = "様殿氏君宛"
_HIRAGANA = re.compile(rf"[ぁ-ん]+(?:{_SPACE}[ぁ-ん]+)?")
PARTICLES = "はがのにともをへやでかねよ"  # a word before a name in hiragana may end in one (一部は|もとむらみちこ)
_RUN_BEFORE = re.compile(r"[ぁ-ん]{2,}$")
_RUN_AFTER = re.compile(r"(?!さん|さま|ちゃん|くん|せんせい)[ぁ-ん]{2,}")  # …より, not …さん
_KANJI = re.compile("[\u4e00-\u9fff々]")
_KATAKANA = re.compile("[ァ-ヺー]+")
_PERSON_WORD_ENDS = frozenset("者員士師手家人長官訳")  # 哲学者, 職員, 通訳: a title before a name
_ROOM_AFTER = re.compile(rf"{_SPACE}*[0-9]{{1,4}} ?(?:号室|号)")


def a_word_part(text: str, start: int, end: int, lookup=None) -> bool:
    """Whether the span is a spaced-out title's part, a hiragana word's piece, a
    building's name before its room or a compound's katakana tail (lookup: the
    dictionary's reading of a word on its own)."""
    line_start = text.rfind("\n", 0, start) + 1
    return (_spaced_out(text, line_start, start, end) or _inside_hiragana(text, start, end)
            or _ROOM_AFTER.match(text, end) is not None or a_compound_tail(text, start, end, lookup)
            or _opens_with_a_word(text, start, end, lookup))


def _spaced_out(text: str, line_start: int, start: int, end: int) -> bool:
    """A part of a run of single characters parted by even blanks (a title spread over a
    page); a name spread over its width (均等割付: 比　嘉　　文　乃) parts family and given
    name by a wider blank, and an honorific after a name (林 薫 様) is no part of a title."""
    parts = text[start:end].split()
    if len(parts) < 2 or any(len(part) != 1 for part in parts):
        return False
    line_end = text.find("\n", end)
    for run in _RUN.finditer(text, line_start, len(text) if line_end < 0 else line_end):
        if run.start() <= start and end <= run.end():
            rest = (text[run.start():start] + text[end:run.end()]).split()
            honorific_after = not text[run.start():start].strip() and all(ch in HONORIFICS for ch in rest)
            return bool(rest) and not honorific_after and len(set(_GAP.findall(run.group()))) == 1
    return False


def _inside_hiragana(text: str, start: int, end: int) -> bool:
    """A hiragana span inside a longer word: two hiragana or more on each side, the word
    before it ending in no particle, the one after it no honorific (としょ|かんだ|より)."""
    before = _RUN_BEFORE.search(text, max(0, start - 8), start)
    return (before is not None and text[start - 1] not in PARTICLES and _RUN_AFTER.match(text, end) is not None
            and _HIRAGANA.fullmatch(text[start:end]) is not None)


def a_compound_tail(text: str, start: int, end: int, lookup) -> bool:
    """A katakana span in words parted by a space whose first word is a common noun
    (普通名詞) glued to kanji before it: the tail of a compound (家事代行|サービス ハウスリーフ,
    清掃|スタッフ タナカ), not a name's start. Not after a person's word (哲学者フラーデル・…,
    通訳ハヤシ): a title runs into the name it introduces. lookup: the dictionary's reading of
    a word on its own (none: no say)."""
    if lookup is None or start == 0 or not _KANJI.match(text, start - 1) or text[start - 1] in _PERSON_WORD_ENDS:
        return False
    first = _KATAKANA.match(text, start, end)
    return first is not None and first.end() < end and text[first.end()] in " \u3000" and lookup(first.group()).common


_FIELD_END = re.compile(r"[ \u3000]*(?:$|[\t\n]|様|さん|さま|殿|君|くん|ちゃん)")
_HIRAGANA_PAIR = re.compile(r"([ぁ-ゖー]{2,8})[ \u3000][ぁ-ゖー]{1,8}")
_TO_KATAKANA = {code: code + 0x60 for code in range(0x3041, 0x3097)}


def _opens_with_a_word(text: str, start: int, end: int, lookup) -> bool:
    """Two hiragana words (see the module) inside a sentence, whose first the dictionary reads as one
    word, no name, no place and nothing it does not know, and the lists hold as no surname's reading:
    an adverb or a noun of the sentence (いつも, また, こんど), not a family name. A pair that is a
    field's whole value or is addressed is a name in hiragana (とどろき しずか, あまり あおい)."""
    pair = _HIRAGANA_PAIR.fullmatch(text, start, end) if lookup is not None else None
    if pair is None or _FIELD_END.match(text, end) or text[max(0, start - 2):start] == ": " or (start > 0 and text[start - 1] in "（("):
        return False  # a cell's or a line's whole value (会員: あまり あおい), a reading in brackets: a name in hiragana
    first = pair.group(1)
    read = lookup(first)
    return (len(read.ends) == 1 and not (read.name or read.unknown or read.place)
            and first.translate(_TO_KATAKANA) not in load_name_lists().surname_kana)
