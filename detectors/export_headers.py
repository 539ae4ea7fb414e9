"""Headers of exports that the detectors' context words do not hold, and names in
two columns.

A romaji, English or homely header (seinengappi, seinen, birth_date, zip, addr, mobile,
keiyaku, おところ, れんらく先, 会員さま) is glossed with the Japanese label it stands for
(`addr 住所: …`), so a value's context is the same as under 住所.

A name kept in two columns (姓 | 名, sei | mei, Last Name | First Name, Last | First, セイ | メイ):
the two cells of a row are composed as one field, surname first, under one name
label (`氏名: 河合 大輔`, `氏名(カナ): カワイ ダイスケ`), so the person recognizer reads
one name where it read a surname and a given name apart (a shift roster, a customer
master exported with romaji or English headers)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from detectors.foreign_headers import foreign_label
from detectors.header_words import field_label

_PART = r"(?P<part>[ _]?(?:[(（]?(?:漢字|カナ|かな|フリガナ|ふりがな|kana|kanji|ローマ字|英字|romaji)[)）]?))?"
# a reading named before the part, the part in brackets (ふりがな(姓), カナ（名）, よみ 姓: names18)
_READING_FIRST = r"(?P<pre>(?:フリガナ|ふりがな|カナ|かな|ヨミ|よみ|ヨミガナ|よみがな|kana)[ _]?[(（]?)?"
_SURNAME = re.compile(rf"{_READING_FIRST}(?:姓|氏|苗字|名字|sei|last(?: ?name)?|family(?: ?name)?|surname|セイ)[)）]?{_PART}")
# 名前 beside 苗字 or 姓 is the given name (a neighbouring surname column is asked for: name_pair)
_GIVEN = re.compile(rf"{_READING_FIRST}(?:名前|名|mei|first(?: ?name)?|given(?: ?name)?|メイ)[)）]?{_PART}")
_KANA_PART = ("カナ", "かな", "フリガナ", "ふりがな", "kana")
_LATIN_PART = ("ローマ字", "英字", "romaji")


_GLOSSES = {
    "生年月日": ("seinengappi", "seinen gappi", "birthday", "birth date", "birthdate", "dob", "tanjobi", "date of birth",
             "umare", "seinen", "seinengapi", "tanjoubi", "tanjyobi", "tanjyoubi", "birth", "birth ymd", "born"),
    "郵便番号": ("zip", "zipcode", "zip code", "postcode", "post code", "postal code", "yubin", "yubin no", "yubinbango",
             "yubin bango", "〒番号", "post no", "postal no", "zip no", "yubin bangou", "yuubin bangou"),
    "住所": ("addr", "address", "jusho", "juusho", "jyusho", "おところ", "お所", "ご住所地", "すまい", "お住まい"),
    "電話": ("tel", "tel no", "phone", "denwa", "mobile", "keitai", "cell", "phone number", "telephone", "れんらく先",
           "ご連絡先", "でんわ", "けいたい"),
    "氏名": ("shimei", "namae", "会員さま", "会員様", "おなまえ", "ご芳名"),
    # a free-text column and a health column of a romaji or English export (BIKO, Remarks, ALLERGY) (health19)
    "備考": ("biko", "bikou", "bikoo", "remarks", "remark", "notes", "note", "memo", "comment", "comments", "tokki",
           "tokki jiko", "tokkijiko"),
    "アレルギー": ("allergy", "allergies", "arerugi", "arerugii", "arerugii jouhou"),
    "フリガナ": ("kana", "furigana", "name kana", "shimei kana", "yomi", "よみがな"),
    # a contract's number in a host's member file: the number a 12-digit key is (detectors.jp.number_labels)
    "契約番号": ("keiyaku", "keiyaku no", "keiyakuno", "keiyaku bango", "keiyaku bangou", "contract no", "contract id",
             "contract number", "shoken no", "shouken no", "shoken bango", "policy no", "policy number"),
}
_GLOSS = {word: label for label, words in _GLOSSES.items() for word in words}
_NUMBERED = re.compile(r"[ _]?\d$")


@lru_cache(maxsize=4096)
def glossed(label: str) -> str:
    """The label, with the Japanese label it stands for after it (addr 住所)."""
    key = _NUMBERED.sub("", _header((label,)))
    gloss = _GLOSS.get(key) or foreign_label(label) or field_label(label)
    return f"{label} {gloss}" if gloss and gloss not in label else label


def _header(labels: tuple[str, ...]) -> str:
    text = unicodedata.normalize("NFKC", " ".join(labels)).strip().lower()
    return text.replace("_", " ").replace("-", " ") if text.isascii() else text


@lru_cache(maxsize=1024)
def _role(labels: tuple[str, ...]) -> tuple[str, str] | None:
    """("surname" | "given", the part of the name: カナ, 漢字 …) of a column's header."""
    header = _header(labels)
    for role, pattern in (("surname", _SURNAME), ("given", _GIVEN)):
        match = pattern.fullmatch(header)
        if match:
            part = (match["part"] or "").strip(" _()（）")
            kana = part in _KANA_PART or bool(match["pre"]) or header in ("セイ", "メイ")
            return role, "カナ" if kana else "英字" if part in _LATIN_PART else ""
    return None


@lru_cache(maxsize=1024)
def name_pair(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, bool] | None:
    """(the label of the whole name, whether the second column holds the surname)
    for two neighbouring columns that hold one name's parts; None for others."""
    if not first or not second:
        return None
    one, two = _role(first), _role(second)
    if one is None or two is None or one[0] == two[0] or one[1] != two[1]:
        return None
    label = f"氏名({one[1]})" if one[1] else "氏名"
    return label, two[0] == "surname"
