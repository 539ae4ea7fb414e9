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

from detectors.columns.coded_dates import parted_era_codes
from detectors.columns.date_fields import MIN_VALUES, VALID_SHARE, parted_dates
from detectors.fields import is_field_label
from scanner.extract.digit_fields import split_date_cells, split_digit_runs
from scanner.extract.record_layout import WORD, Record, bare_fields, in_chars, width_of
from scanner.extract.table import TextTable
from scanner.extract.tail_fields import join_digit_groups, split_tail_fields

HEADER_SEARCH_LINES = 3  # a title or a run date may stand above the header
HEAD_CHARS = 2048  # the header is within the first lines
MIN_RECORDS = 2
MIN_FIELDS = 3
MIN_GAP = 2  # blank columns between two fields that no header word tells apart
_USED = re.compile(rb"\x01+")
MIN_BARE_RECORDS = 5  # records of a table without a header
RECORD_SHARE = 0.6  # of the text's lines that have the records' width
UNPADDED_SHARE = 0.8  # of the widest line's width: records whose last field is not padded
SAMPLE_LINES = 64  # lines that decide whether text may be records at all
NAME_GAP = 2  # columns: the space inside a name (ﾔﾏﾀﾞ ﾀﾛｳ, 山田　太郎) in a field of names
TEXT_SHARE = 0.8
LAYOUT_RECORDS = 1000  # records that decide the fields
DATE_RECORDS, DATE_GATE_RECORDS = 200, 8  # records that decide whether two fields are one date


# 氏名 生年月日 入社日 所属: a host pads its labels to its fields' widths; a header whose labels stand one
# blank apart heads rows parted by blanks, where the blank inside 小松 直人 would part a field
_SINGLE_SPACED = re.compile(r"[^\s]+(?: [^\s]+)+")
_FORM_PAIR = re.compile(r"[^\s:：][:：][^\s:：]")  # 氏名：石黒 咲良　所属：総務課 is a form's line, not a header


def _header_index(lines: list[str]) -> int | None:
    for index, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        words = WORD.findall(line)
        if (len(words) >= MIN_FIELDS and not any(ch.isdigit() for ch in line) and not _FORM_PAIR.search(line)
                and sum(is_field_label(w) for w in words) >= 2):
            return index
    return None


def _fields(records: list[Record], header: Record) -> list[tuple[int, int]]:
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


def _cut(record: Record, fields: list[tuple[int, int]]) -> list[str]:
    """The record's text in each field (text past the last field stays in it)."""
    bounds = [0] + [record.index(start) for start, _ in fields[1:]] + [len(record.text)]
    bounds[1:-1] = [_number_start(record.text, a, b) for a, b in zip(bounds, bounds[1:-1])]
    return [record.text[a:b].strip() for a, b in zip(bounds, bounds[1:])]


def _number_start(text: str, previous: int, bound: int) -> int:
    """bound, or the start of a number that crosses it after a blank: a host right-aligns
    its numbers, and one a digit longer than most (a mobile among landlines, 07012345678
    where most are 0312345678) starts a column before its field does."""
    if not (bound < len(text) and text[bound].isascii() and text[bound].isdigit()
            and text[bound - 1:bound].isascii() and text[bound - 1:bound].isdigit()):
        return bound
    start = bound - 1
    while start > max(previous, 1) and text[start - 1].isascii() and text[start - 1].isdigit():
        start -= 1
    # (a field before that holds the number's head alone is left empty)
    return start if start > 0 and text[start - 1] == " " else bound


def _labels(header: Record, fields: list[tuple[int, int]]) -> list[str]:
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
    if _SINGLE_SPACED.fullmatch(lines[header].strip()):
        return None  # labels one blank apart: a table whose fields are parted by blanks, not padded to widths
    chars = in_chars(lines[header + 1:header + 1 + SAMPLE_LINES])
    records = [Record(line, chars) for line in lines[header + 1:]]
    heading = Record(lines[header], chars)
    fields = _fields(records, heading)
    if len(fields) < MIN_FIELDS:
        return None
    labels = _labels(heading, fields)
    if sum(is_field_label(label) for label in labels) < 2:
        return None
    rows = [[line.strip()] for line in lines[:header]] + [labels] + [_cut(record, fields) for record in records]
    return TextTable(rows, [n for n, _ in numbered])


def _record_lines(lines: list[str], measure=width_of) -> tuple[int, list[int]] | None:
    """(width, indexes) of the records among lines: the lines of the width most of
    them share, and those a little narrower or wider (a phone of 10 or 11 digits
    last, unpadded); or, when the last field of a record is not padded (a phone number
    of 12 or 13 characters, trailing blanks cut off), the lines nearly as wide as
    the widest, when they are most. A title or a trailer is shorter. measure: a line's width."""
    widths = [measure(line) for line in lines]
    if not widths:
        return None
    width, count = Counter(widths).most_common(1)[0]
    if count >= RECORD_SHARE * len(lines):
        band = [i for i, w in enumerate(widths) if UNPADDED_SHARE * width <= w <= width / UNPADDED_SHARE]
        return max(widths[i] for i in band), band
    widths = [measure(line.rstrip()) for line in lines]
    width = max(widths)
    wide = [i for i, w in enumerate(widths) if w >= UNPADDED_SHARE * width]
    return (width, wide) if len(wide) >= RECORD_SHARE * len(lines) else None


_NAME_HALVES = re.compile(r"[^\s\d]+[ \u3000][^\s\d]+")


def _name_halves(records: list[Record], starts: list[int], index: int) -> bool:
    """Whether fields index and index + 1 read as one word, one space, one word
    without digits (ﾔﾏﾀﾞ ﾀﾛｳ, 山田　太郎) in most records that fill both."""
    bounds = starts[index:index + 3]
    pairs = [record.text[record.index(bounds[0]):record.index(bounds[2]) if len(bounds) == 3 else None].strip()
             for record in records]
    both = [pair for pair in pairs if len(pair.split()) >= 2]
    halves = sum(1 for pair in both if _NAME_HALVES.fullmatch(pair))
    return 2 * len(both) >= len(pairs) and halves >= TEXT_SHARE * len(both)


def _joined(starts: list[int], one_field) -> list[int]:
    """starts without the start of each field that one_field(index, starts) says is one
    with the field before it (index: that field's; judged again after each join)."""
    index = 0
    while index + 1 < len(starts):
        if one_field(index, starts):
            del starts[index + 1]
        else:
            index += 1
    return starts


def _names_joined(records: list[Record], starts: list[int]) -> list[int]:
    """Fields parted only by the space inside a name joined again: in a file whose
    surnames all have two characters, that space is blank in every record."""
    def one_name(index: int, starts: list[int]) -> bool:
        ends = [record.column(len(record.text[:record.index(starts[index + 1])].rstrip())) for record in records]
        return starts[index + 1] - max(ends) <= NAME_GAP and _name_halves(records, starts, index)
    return _joined(starts, one_name)


def _two_fields(record: Record, bounds: list[int]) -> tuple[str, str]:
    """The record's text of the field at bounds[0], and of it with the next field."""
    start = record.index(bounds[0])
    return (record.text[start:record.index(bounds[1])],
            record.text[start:record.index(bounds[2]) if len(bounds) > 2 else None])


def _parted_era_codes(fields: list[tuple[str, str]]) -> bool:
    return parted_era_codes(fields, MIN_VALUES, VALID_SHARE)


def _dates_joined(records: list[Record], starts: list[int]) -> list[int]:
    """Fields parted only by a blank inside a date joined again (S45. 4.12: the blank
    before a month of one digit lines up in most records). Judged on the first records
    (DATE_GATE_RECORDS of them first: most pairs of fields hold no date at all)."""
    def one_date(index: int, starts: list[int]) -> bool:
        bounds = starts[index:index + 3]
        gate = [_two_fields(record, bounds) for record in records[:DATE_GATE_RECORDS]]
        return any(parted(gate) and parted([_two_fields(record, bounds) for record in records[:DATE_RECORDS]])
                   for parted in (parted_dates, _parted_era_codes))
    return _joined(starts, one_date)


def _without_ends(width: int, indexes: list[int], lines: list[str], measure=width_of) -> tuple[int, list[int]]:
    """(width, indexes) without a header record first and a trailer record last when the
    records open with a record type that they do not share (H 20261130…, D… or a staff
    number, T 00000008: padded to the records' width, their blanks would break the columns
    of the data)."""
    kinds = Counter(_record_kind(lines[i]) for i in indexes[1:-1])
    kind, count = kinds.most_common(1)[0] if kinds else ("", 0)
    if not kind.strip() or count < TEXT_SHARE * (len(indexes) - 2):
        return width, indexes
    kept = [i for n, i in enumerate(indexes) if _record_kind(lines[i]) == kind or 0 < n < len(indexes) - 1]
    return max(measure(lines[i]) for i in kept), kept


def _record_kind(line: str) -> str:
    """A record's type letter (D, H, T), or "0" for every record that opens with a digit (a
    staff number: its own digits are no type)."""
    return "0" if line[:1].isdigit() else line[:1]


def bare_fixed_width_rows(text: str) -> TextTable | None:
    """The rows of a fixed-width export without a header (lines of another width, a
    title or a trailer, as one-cell rows) with their line numbers, or None."""
    head = [line for line in text[:HEAD_CHARS * 8].splitlines()[:SAMPLE_LINES] if line.strip()]
    if _record_lines(head) is None and _record_lines(head, len) is None:
        return None  # most text: decided on its first lines
    chars = in_chars(head)  # records padded by characters, not by CP932 columns
    measure = len if chars else width_of
    numbered = [(n, part) for n, line in enumerate(text.split("\n"), start=1)
                for part in line.splitlines() if part.strip()]
    found = _record_lines([line for _, line in numbered], measure)
    if found is None or len(found[1]) < MIN_BARE_RECORDS:
        return None
    width, indexes = _without_ends(found[0], found[1], [line for _, line in numbered], measure)
    records = {i: Record(numbered[i][1], chars) for i in indexes}
    if len(records) < MIN_BARE_RECORDS:
        return None
    sample = list(records.values())[:LAYOUT_RECORDS]
    starts = _dates_joined(sample, _names_joined(sample, bare_fields(sample, width)))
    if len(starts) < MIN_FIELDS - 1:
        return None
    fields = [(start, start) for start in starts]
    rows = [_cut(records[i], fields) if i in records else [line.strip()] for i, (_, line) in enumerate(numbered)]
    rows = split_digit_runs(split_date_cells(rows, sorted(records)), sorted(records))
    rows = split_tail_fields(join_digit_groups(rows, sorted(records)), sorted(records))  # a number in groups; run-into fields
    if len(rows[min(records)]) < MIN_FIELDS:  # two fields are records when one is made of several (dates, codes)
        return None
    return TextTable(rows, [n for n, _ in numbered])
