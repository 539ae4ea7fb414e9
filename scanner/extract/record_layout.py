"""Columns of fixed-width records (scanner.extract.fixed_width): a record's columns in
CP932 (a kanji takes two, a half-width katakana or an ASCII character one), each
column's class of character, and where the fields of records without a header
start, told by the columns as a whole."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cache

WORD = re.compile(r"[^\s]+")
_WORD_AFTER_BLANK = re.compile(r"[ \u3000][^\s]")
_WIDE = re.compile(r"[^\x00-\x7f\uff61-\uff9f]")  # two columns in CP932
BLANK_SHARE = 0.9  # records blank in a column between fields (one record may overrun its field)
ALIGNED_SHARE = 0.6  # of the lines blank in a column between two fields (a title, a trailer aside)
PARTED_BLANKS = 0.3  # records with a blank before a field that others fill up to its edge
LONG_DIGITS = 5  # a run of digits this long ends where its field ends (a code, a date YYYYMMDD; not 2026年)
PARTED, JOINED = 1, 2  # a change of script that may part two fields; one that no one value makes
_JOINERS = "-/.:"  # inside a value after a run of digits: 8255-961080-4, 2026/11/30, 1234.50, 09:30


class Record:
    """One line of fixed-width text, with its CP932 columns (or, in_chars, one column a
    character: see in_chars)."""

    def __init__(self, text: str, in_chars: bool = False) -> None:
        self.text = text
        self.wide = [] if in_chars else [m.start() for m in _WIDE.finditer(text)]

    def column(self, index: int) -> int:
        """The column at which character index starts."""
        return index + bisect.bisect_left(self.wide, index)

    def index(self, column: int) -> int:
        """The first character starting at or after column."""
        return bisect.bisect_left(range(len(self.text) + 1), column, key=self.column)

    def words(self):
        for word in WORD.finditer(self.text):
            yield self.column(word.start()), self.column(word.end()), word.group()


def width_of(line: str) -> int:
    return len(line) + len(_WIDE.findall(line))


def in_chars(lines: list[str]) -> bool:
    """Whether records line up in characters rather than in CP932 columns: a program
    that pads its fields by characters (a script's ljust, a spreadsheet saved as
    fixed-width text) writes 山田　太郎 and ヤマダ タロウ in fields of as many characters,
    so its fields start at one character in most lines, not at one column (a host that
    pads by bytes writes the opposite; text without kanji or kana is alike both ways and
    stays in columns)."""
    if not any(_WIDE.search(line) for line in lines):
        return False
    return _aligned_starts(lines, True) > _aligned_starts(lines, False)


def _aligned_starts(lines: list[str], chars: bool) -> int:
    """How many columns start a word after a blank in most of the lines, measured in
    characters or in CP932 columns: the starts of fields."""
    starts: Counter = Counter()
    for line in lines:
        record = Record(line, chars)
        starts.update(record.column(m.start() + 1) for m in _WORD_AFTER_BLANK.finditer(line))
    return sum(1 for count in starts.values() if count >= ALIGNED_SHARE * len(lines))


_WIDE_KATAKANA = re.compile(r"[ァ-ヴヷ-ヺー]")  # not ヵ ヶ: kanji's company in names and places (三ヶ島)


@cache
def _prefectures() -> re.Pattern:
    from detectors.jp.address import PREFECTURES  # with the detectors: only for text read as records

    return re.compile("|".join(PREFECTURES))


def _classes(record: Record, width: int) -> str:
    """Each column's class: blank, digit, `k` half-width katakana, `j` a joiner inside a
    number (a hyphen, a slash, a point, a colon), other, or for the
    first and second columns of a wide character `w+`, `K+` (katakana), `H+`
    (hiragana) or `P+` (the first of a prefecture's name: where an address starts)."""
    out, wide = [], set(record.wide)  # wide: characters of two columns (none when in characters)
    prefectures = {match.start() for match in _prefectures().finditer(record.text)}
    for i, ch in enumerate(record.text):
        if _WIDE.match(ch):
            kind = ("  " if ch == "\u3000" else "P+" if i in prefectures else "K+" if _WIDE_KATAKANA.match(ch)
                    else "H+" if "ぁ" <= ch <= "ゖ" else "w+")
            out.append(kind if i in wide else kind[0])
        else:
            out.append(" " if ch.isspace() else "d" if ch.isdigit() else "k" if "\uff61" <= ch <= "\uff9f"
                       else "j" if ch in _JOINERS else "o")
    return "".join(out).ljust(width)[:width]


def _parted_counts(classes: list[str], width: int) -> tuple[list[int], ...]:
    """Per column: records that use it, that have a blank before it, that change there
    between digits and other text, and that change there as no one value does (a run of
    LONG_DIGITS digits ends, or the script changes as _script_change tells: 19750412佐藤, 佐藤　一ｻﾄｳ, M0001ｻﾄｳ)."""
    used, blank_before, parted, joined = ([0] * width for _ in range(4))
    for row in classes:
        digits, lettered = 0, False  # lettered: the run of digits follows a letter (AB12345678CD)
        for c in range(width):
            used[c] += row[c] != " "
            if c and row[c - 1] == " " and row[c] != " ":
                blank_before[c] += 1
                parted[c] += 1
            elif c and (change := _script_change(row, c)):
                parted[c] += 1
                joined[c] += change == JOINED
            elif c and row[c] != " " and row[c - 1] != " " and (row[c - 1] == "d") != (row[c] == "d"):
                parted[c] += 1
                # letters both sides of the digits are one token: a residence card, a passport P1234567A
                joined[c] += digits >= LONG_DIGITS and row[c] != "j" and not (lettered and row[c] == "o")
            if row[c] != "d":
                digits = 0
            else:
                lettered = lettered if digits else c > 0 and row[c - 1] == "o"
                digits += 1
    return used, blank_before, parted, joined


def _script_change(row: str, c: int) -> int:
    """JOINED where a value ends at column c as no one value does: half-width katakana
    after a kanji or a digit, or a prefecture after anything (a name that fills its
    field and the address: 一郎静岡県); PARTED where one of kanji, katakana and hiragana
    follows another (a name that fills its field and its reading: 佐々木　一郎ササキ,
    林　さくらハヤシ, ｻｻｷ ｲﾁﾛｳ佐々木), which prose does at every column too: such a column
    starts a field only when many records have a blank before it; else 0."""
    now, before = row[c], row[c - 1]
    if now == "k":
        return JOINED if before in "+dwKHP" else 0  # (wKHP before anything but + only in records in characters)
    if now == "P":
        return JOINED if before != " " else 0
    if before == "+" or before in "wKH":
        prior = row[c - 2] if before == "+" else before
        return PARTED if now in "wKH" and prior in "wKH" and prior != now else 0
    return PARTED if now == "w" and before == "k" else 0


def bare_fields(records: list[Record], width: int) -> list[int]:
    """First columns of the fields of records without a header: a column that most
    records use, after a column blank in nearly all of them, or where each record
    has a blank or changes between digits and other text (a value that fills its
    field runs into the next one: 昭和55年12月10日1500002) and many start a word,
    or where the records that have no blank there change as no one value does."""
    used, blank_before, parted, joined = _parted_counts([_classes(record, width) for record in records], width)
    limit, n = (1 - BLANK_SHARE) * len(records), len(records)
    return [c for c in range(width) if used[c] > limit and (
        c == 0 or used[c - 1] <= limit or (parted[c] >= BLANK_SHARE * n and (
            blank_before[c] >= PARTED_BLANKS * n or blank_before[c] + joined[c] >= BLANK_SHARE * n)))]
