"""Fixed-width exports of host systems (顧客番号  氏名カナ  郵便番号  住所 …) as tables.

A host writes one record a line, each field padded to its width in bytes of
CP932 (a kanji takes two columns, a half-width katakana or an ASCII character
one). When the first lines hold a header of field labels, the fields are the runs
of columns that some record below it uses, and each is labelled by the header
words above it: a 基礎年金番号 column makes its cells pension numbers, as in a CSV.

Without a header, text is read as records when most of its lines (a title, a run
date or a trailer of counts aside) have one width in CP932 and the same columns
blank: each run of columns that some records use is a field, and the table's
reader types each column by its values (detectors.columns). Prose and logs,
whose lines differ in width, are left as they are: cutting them at blanks that
happen to line up would only cut their context apart.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cache

from detectors.fields import is_field_label
from scanner.extract.digit_fields import split_digit_runs
from scanner.extract.table import TextTable

HEADER_SEARCH_LINES = 3  # a title or a run date may stand above the header
HEAD_CHARS = 2048  # the header is within the first lines
MIN_RECORDS = 2
MIN_FIELDS = 3
MIN_GAP = 2  # blank columns between two fields that no header word tells apart
_WORD = re.compile(r"[^\s]+")
_WIDE = re.compile(r"[^\x00-\x7f\uff61-\uff9f]")  # two columns in CP932
_USED = re.compile(rb"\x01+")
MIN_BARE_RECORDS = 5  # records of a table without a header
RECORD_SHARE = 0.6  # of the text's lines that have the records' width
UNPADDED_SHARE = 0.8  # of the widest line's width: records whose last field is not padded
SAMPLE_LINES = 64  # lines that decide whether text may be records at all
BLANK_SHARE = 0.9  # records blank in a column between fields (one record may overrun its field)
NAME_GAP = 2  # columns: the space inside a name (ﾔﾏﾀﾞ ﾀﾛｳ, 山田　太郎) in a field of names
TEXT_SHARE = 0.8
PARTED_BLANKS = 0.3  # records with a blank before a field that others fill up to its edge
LONG_DIGITS = 5  # a run of digits this long ends where its field ends (a code, a date YYYYMMDD; not 2026年)
LAYOUT_RECORDS = 1000  # records that decide the fields
PARTED, JOINED = 1, 2  # a change of script that may part two fields; one that no one value makes


class _Record:
    def __init__(self, text: str) -> None:
        self.text = text
        self.wide = [m.start() for m in _WIDE.finditer(text)]

    def column(self, index: int) -> int:
        """The column at which character index starts."""
        return index + bisect.bisect_left(self.wide, index)

    def index(self, column: int) -> int:
        """The first character starting at or after column."""
        return bisect.bisect_left(range(len(self.text) + 1), column, key=self.column)

    def words(self):
        for word in _WORD.finditer(self.text):
            yield self.column(word.start()), self.column(word.end()), word.group()


def _header_index(lines: list[str]) -> int | None:
    for index, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        words = _WORD.findall(line)
        if (len(words) >= MIN_FIELDS and not any(ch.isdigit() for ch in line)
                and sum(is_field_label(w) for w in words) >= 2):
            return index
    return None


def _fields(records: list[_Record], header: _Record) -> list[tuple[int, int]]:
    """Column ranges [start, end) of the fields. A field starts at a header word
    where half the records start a word too (fields written edge to edge: an
    address that fills its width runs into the phone number after it), or after
    two or more columns that no record uses (one blank column is as likely the
    space inside a name, ﾔﾏﾀﾞ ﾀﾛｳ, in every record); it ends where its records'
    text ends."""
    used = bytearray()
    word_starts: dict[int, int] = {}
    for record in records:
        for start, end, _ in record.words():
            if end > len(used):
                used.extend(bytes(end - len(used)))
            used[start:end] = b"\x01" * (end - start)
            word_starts[start] = word_starts.get(start, 0) + 1
    starts, previous_end = set(), -MIN_GAP
    for run in _USED.finditer(used):
        if run.start() - previous_end >= MIN_GAP:
            starts.add(run.start())
        previous_end = run.end()
    starts |= {start for start, _, _ in header.words() if 2 * word_starts.get(start, 0) >= len(records)}
    starts = sorted(starts)
    ends = [used.rfind(1, start, stop) + 1 or start for start, stop in zip(starts, starts[1:] + [len(used)])]
    return list(zip(starts, ends))


def _cut(record: _Record, fields: list[tuple[int, int]]) -> list[str]:
    """The record's text in each field (text past the last field stays in it)."""
    bounds = [0] + [record.index(start) for start, _ in fields[1:]] + [len(record.text)]
    return [record.text[a:b].strip() for a, b in zip(bounds, bounds[1:])]


def _labels(header: _Record, fields: list[tuple[int, int]]) -> list[str]:
    """Each header word goes to the field it starts in, or to the next one when it
    starts past the field's text (a header word may be wider than its field)."""
    starts = [start for start, _ in fields]
    labels: list[list[str]] = [[] for _ in fields]
    for start, _, word in header.words():
        index = max(bisect.bisect_right(starts, start) - 1, 0)
        if start >= fields[index][1] and index + 1 < len(fields):
            index += 1
        labels[index].append(word)
    return [" ".join(words) for words in labels]


def fixed_width_rows(text: str) -> TextTable | None:
    """The rows of a fixed-width table under a header line (lines above it as
    one-cell rows) with their line numbers, or None when text is not one."""
    if _header_index([line for line in text[:HEAD_CHARS].splitlines() if line.strip()]) is None:
        return None  # most text: decided on its first lines, without splitting the rest
    # numbered by "\n" as every text file's locations are (a form feed between a
    # printout's pages is no line of its own)
    numbered = [(n, part) for n, line in enumerate(text.split("\n"), start=1)
                for part in line.splitlines() if part.strip()]
    lines = [line for _, line in numbered]
    header = _header_index(lines)
    if header is None or len(lines) - header - 1 < MIN_RECORDS:
        return None
    records = [_Record(line) for line in lines[header + 1:]]
    heading = _Record(lines[header])
    fields = _fields(records, heading)
    if len(fields) < MIN_FIELDS:
        return None
    labels = _labels(heading, fields)
    if sum(is_field_label(label) for label in labels) < 2:
        return None
    rows = [[line.strip()] for line in lines[:header]] + [labels] + [_cut(record, fields) for record in records]
    return TextTable(rows, [n for n, _ in numbered])


def _width(line: str) -> int:
    return len(line) + len(_WIDE.findall(line))


def _record_lines(lines: list[str]) -> tuple[int, list[int]] | None:
    """(width, indexes) of the records among lines: the lines of the width most of
    them share, and those a little narrower or wider (a phone of 10 or 11 digits
    last, unpadded); or, when the last field of a record is not padded (a phone number
    of 12 or 13 characters, trailing blanks cut off), the lines nearly as wide as
    the widest, when they are most. A title or a trailer is shorter."""
    widths = [_width(line) for line in lines]
    if not widths:
        return None
    width, count = Counter(widths).most_common(1)[0]
    if count >= RECORD_SHARE * len(lines):
        band = [i for i, w in enumerate(widths) if UNPADDED_SHARE * width <= w <= width / UNPADDED_SHARE]
        return max(widths[i] for i in band), band
    widths = [_width(line.rstrip()) for line in lines]
    width = max(widths)
    wide = [i for i, w in enumerate(widths) if w >= UNPADDED_SHARE * width]
    return (width, wide) if len(wide) >= RECORD_SHARE * len(lines) else None


_WIDE_KATAKANA = re.compile(r"[ァ-ヴヷ-ヺー]")  # not ヵ ヶ: kanji's company in names and places (三ヶ島)


@cache
def _prefectures() -> re.Pattern:
    from detectors.jp.address import PREFECTURES  # with the detectors: only for text read as records

    return re.compile("|".join(PREFECTURES))


def _classes(record: _Record, width: int) -> str:
    """Each column's class: blank, digit, `k` half-width katakana, other, or for the
    first and second columns of a wide character `w+`, `K+` (katakana), `H+`
    (hiragana) or `P+` (the first of a prefecture's name: where an address starts)."""
    out = []
    prefectures = {match.start() for match in _prefectures().finditer(record.text)}
    for i, ch in enumerate(record.text):
        if _WIDE.match(ch):
            out.append("  " if ch == "\u3000" else "P+" if i in prefectures else "K+" if _WIDE_KATAKANA.match(ch)
                       else "H+" if "ぁ" <= ch <= "ゖ" else "w+")
        else:
            out.append(" " if ch.isspace() else "d" if ch.isdigit() else "k" if "\uff61" <= ch <= "\uff9f" else "o")
    return "".join(out).ljust(width)[:width]


def _parted_counts(classes: list[str], width: int) -> tuple[list[int], ...]:
    """Per column: records that use it, that have a blank before it, that change there
    between digits and other text, and that change there as no one value does (a run of
    LONG_DIGITS digits ends, or the script changes as _script_change tells: 19750412佐藤, 佐藤　一ｻﾄｳ, M0001ｻﾄｳ)."""
    used, blank_before, parted, joined = ([0] * width for _ in range(4))
    for row in classes:
        digits = 0
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
                joined[c] += digits >= LONG_DIGITS
            digits = digits + 1 if row[c] == "d" else 0
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
        return JOINED if before in "+d" else 0
    if now == "P":
        return JOINED if before != " " else 0
    if before == "+":
        return PARTED if now in "wKH" and row[c - 2] in "wKH" and row[c - 2] != now else 0
    return PARTED if now == "w" and before == "k" else 0


def _bare_fields(records: list[_Record], width: int) -> list[int]:
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


_NAME_HALVES = re.compile(r"[^\s\d]+[ \u3000][^\s\d]+")


def _name_halves(records: list[_Record], starts: list[int], index: int) -> bool:
    """Whether fields index and index + 1 read as one word, one space, one word
    without digits (ﾔﾏﾀﾞ ﾀﾛｳ, 山田　太郎) in most records that fill both."""
    bounds = starts[index:index + 3]
    pairs = [record.text[record.index(bounds[0]):record.index(bounds[2]) if len(bounds) == 3 else None].strip()
             for record in records]
    both = [pair for pair in pairs if len(pair.split()) >= 2]
    halves = sum(1 for pair in both if _NAME_HALVES.fullmatch(pair))
    return 2 * len(both) >= len(pairs) and halves >= TEXT_SHARE * len(both)


def _names_joined(records: list[_Record], starts: list[int]) -> list[int]:
    """Fields parted only by the space inside a name joined again: in a file whose
    surnames all have two characters, that space is blank in every record."""
    index = 0
    while index + 1 < len(starts):
        ends = [record.column(len(record.text[:record.index(starts[index + 1])].rstrip())) for record in records]
        if starts[index + 1] - max(ends) <= NAME_GAP and _name_halves(records, starts, index):
            del starts[index + 1]
        else:
            index += 1
    return starts


def bare_fixed_width_rows(text: str) -> TextTable | None:
    """The rows of a fixed-width export without a header (lines of another width, a
    title or a trailer, as one-cell rows) with their line numbers, or None."""
    if _record_lines([line for line in text[:HEAD_CHARS * 8].splitlines()[:SAMPLE_LINES] if line.strip()]) is None:
        return None  # most text: decided on its first lines
    numbered = [(n, part) for n, line in enumerate(text.split("\n"), start=1)
                for part in line.splitlines() if part.strip()]
    found = _record_lines([line for _, line in numbered])
    if found is None or len(found[1]) < MIN_BARE_RECORDS:
        return None
    width, indexes = found
    records = {i: _Record(numbered[i][1]) for i in indexes}
    if len(records) < MIN_BARE_RECORDS:
        return None
    sample = list(records.values())[:LAYOUT_RECORDS]
    starts = _names_joined(sample, _bare_fields(sample, width))
    if len(starts) < MIN_FIELDS:
        return None
    fields = [(start, start) for start in starts]
    rows = [_cut(records[i], fields) if i in records else [line.strip()] for i, (_, line) in enumerate(numbered)]
    return TextTable(split_digit_runs(rows, sorted(records)), [n for n, _ in numbered])
