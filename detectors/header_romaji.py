"""A host export's header as romaji words: UPPER_SNAKE, camelCase, lower snake, a
number after it (TEL1, JUSHO2), half-width or full-width katakana read as romaji
(ｼﾞｭｳｼｮ → jusho), and every spelling of one romaji word brought to one form: kunrei
and wāpuro spellings (SIMEI, ZYUSYO, SYUKYO, JYUSHO) as Hepburn, long vowels written
or not (KOUZA, SHUUKYOU, BANGOU → koza, shukyo, bango). A host whose katakana has no
small letters (EBCDIC kana: ｾｲﾈﾝｶﾞﾂﾋﾟ for ｾｲﾈﾝｶﾞｯﾋﾟ) is read both ways.

Kanji in a header stay as they are (口座No → 口座, no): they are already the words
the detectors' context reads."""

from __future__ import annotations

import re
import unicodedata

_KANA = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
    "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴ",
    "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho ma mi mu me mo "
    "ya yu yo ra ri ru re ro wa o n ga gi gu ge go za ji zu ze zo da ji zu de do ba bi bu be bo pa pi pu pe po vu"
    .split()))
_SMALL = {"ャ": "ya", "ュ": "yu", "ョ": "yo", "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o"}
_LARGE_AS_SMALL = {"ヤ": "ャ", "ユ": "ュ", "ヨ": "ョ", "ツ": "ッ"}  # a kana set without small letters
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2})")
_SCRIPT = re.compile(r"[A-Za-z]+|[ァ-ヴー]+|[\u4e00-\u9fff々〒]+")
_SPELLINGS = [(re.compile(p), r) for p, r in (
    (r"zy|jy", "j"), (r"sy", "sh"), (r"ty|cy", "ch"), (r"(?<![st])si", "shi"),
    (r"(?<![cs])ti", "chi"), (r"(?<!t)tu", "tsu"), (r"(?<![sc])hu", "fu"), (r"zi|di", "ji"), (r"ou|oo|oh(?![aiueo])", "o"),
    (r"uu", "u"), (r"ii", "i"), (r"aa", "a"), (r"ee", "e"), (r"ei", "e"), (r"m(?=[bp])", "n"))]


def one_spelling(word: str) -> str:
    """A romaji (or English) word in one spelling: Hepburn, long vowels unwritten."""
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


def _katakana(text: str, no_small: bool = False) -> str:
    if no_small:
        text = "".join(_LARGE_AS_SMALL.get(ch, ch) if i and (ch != "ツ" or i + 1 < len(text)) and
                       (ch == "ツ" or _KANA.get(text[i - 1], "").endswith("i")) else ch for i, ch in enumerate(text))
    out: list[str] = []
    double = False
    for ch in text:
        if ch == "ッ":
            double = True
            continue
        if ch in _SMALL and out:
            out[-1] = (out[-1][:-1] if out[-1].endswith("i") and len(out[-1]) > 1 else out[-1]) + _SMALL[ch]
            out[-1] = out[-1].replace("shy", "sh").replace("chy", "ch").replace("jy", "j")
            continue
        syllable = _KANA.get(ch, "" if ch == "ー" else ch)
        out.append(syllable[0] + syllable if double and syllable else syllable)
        double = False
    return "".join(out)


def header_words(header: str, no_small: bool = False) -> list[str]:
    """The words of a header, lower case, one spelling each; kanji runs as they are."""
    text = unicodedata.normalize("NFKC", header)
    words: list[str] = []
    for run in _SCRIPT.findall(_CAMEL.sub(" ", text)):
        if run[0].isascii():
            words.append(one_spelling(run.lower()))
        elif "ァ" <= run[0] <= "ヴ" or run[0] == "ー":
            words.append(one_spelling(_katakana(run, no_small)))
        else:
            words.append(run)
    return words


def has_small_kana_lost(header: str) -> bool:
    """A katakana header a kana set without small letters may have written."""
    text = unicodedata.normalize("NFKC", header)
    return any(ch in _LARGE_AS_SMALL for ch in text)
