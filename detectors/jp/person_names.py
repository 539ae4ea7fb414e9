"""Japanese name lists: the kanji spellings of given names, the common surnames, and
both in passport romaji, from the `japanese-personal-name-dataset` package (MIT
licence; about 70,000 given-name spellings of 9,400 readings and the 2,000 most
common surnames; ~1.4 MB installed, ~15 MB in memory, read once per process in 0.2-0.5 s).

Sudachi's 人名 tags know the names people are usually called by; the lists tell
the rest: a given name after a surname the tokenizer reads as a place (兵庫慎司)
or as words (梶原一騎), and NAKAMURA KENJI in a passport's order and spelling.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# A name's reading in katakana written solid, surname and given name together (ヤマダタロウ: a claim's
# カナ氏名, a roster's reading column): no long-vowel mark, which goods' and places' words write
# (ボールペン, コピー) and names' readings do not (ユウコ). Bounds: two kana each at the least; the
# lists' longest surname reading is 6 kana and given name's 8, a rarer surname's a kana or two more.
# The one pattern of the column, the person-column and the headerless-row readers (revnames18).
SOLID_READING = re.compile(r"[ァ-ヶ]{4,16}")


@dataclass(frozen=True)
class NameLists:
    given_names: frozenset[str]  # kanji spellings: 太郎, 心愛, 竜樹
    surnames: frozenset[str]  # kanji: 佐藤, 中野, 梶原
    given_romaji: frozenset[str]  # upper case, passport spelling: TARO, KENJI, YUKO
    surname_romaji: frozenset[str]  # SATO, ITO, OHNO, NAMBA
    given_kana: frozenset[str]  # katakana readings, as furigana write them: タロウ, ユウコ
    surname_kana: frozenset[str]  # サトウ, スズキ

    def romaji_pair(self, first: str, second: str) -> bool:
        """Two upper-case romaji words that are a listed given name and surname, either order."""
        return (first in self.given_romaji and second in self.surname_romaji
                or first in self.surname_romaji and second in self.given_romaji)


def passport_spellings(romaji: str) -> set[str]:
    """Hepburn as written in Japanese passports: long vowels unmarked (さとう SATO,
    おおの ONO or OHNO, ゆうこ YUKO), ん before b, m, p as M (なんば NAMBA)."""
    word = romaji.lower()
    short = re.sub(r"ou|oo", "o", word).replace("uu", "u")
    spellings = {word, short, re.sub(r"ou|oo", "oh", word).replace("uu", "u")}
    spellings |= {re.sub(r"n(?=[bmp])", "m", s) for s in spellings}
    return {s.upper() for s in spellings if s.isalpha()}


def restored_double_i(romaji: str, reading: str) -> set[str]:
    """The list writes えいいち as eichi, けいいち as keichi: its doubled i dropped where
    the passport keeps it (EIICHI, KEIICHI). A reading with いい gets the spelling with
    the i after a vowel doubled too (mail18b); a reading without it is left alone."""
    if "いい" not in reading or "ii" in romaji:
        return {romaji}
    return {romaji} | {romaji[:m.end()] + "i" + romaji[m.end():] for m in _VOWEL_I.finditer(romaji)}


_VOWEL_I = re.compile(r"(?<=[aeiou])i(?=[^aeiou])")


def katakana(hiragana: str) -> str:
    return "".join(chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in hiragana)


@cache
def load_name_lists() -> NameLists:
    """Read the lists once a process (immutable): the recognizer and the typing of
    table columns (detectors.columns) share them."""
    from japanese_personal_name_dataset import clear_cache, load_dataset

    men, women, surnames = load_dataset(include_last_names=True)
    clear_cache()  # the package keeps its dictionaries; the sets below are all we need
    given = [entry for names in (men, women) for entry in names.values()]
    return NameLists(
        given_kana=frozenset(katakana(reading) for names in (men, women) for reading in names),
        surname_kana=frozenset(katakana(entry["reading"]) for entry in surnames.values()),
        given_names=frozenset(spelling for entry in given for spelling in entry["kanji"]),
        surnames=frozenset(surnames),
        given_romaji=frozenset(s for names in (men, women) for reading, entry in names.items()
                               for spelled in restored_double_i(entry["en"], reading) for s in passport_spellings(spelled)),
        surname_romaji=frozenset(s for entry in surnames.values() for s in passport_spellings(entry["en"])),
    )
