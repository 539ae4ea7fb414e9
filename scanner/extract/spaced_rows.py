"""A headerless export whose fields are parted by one blank, not padded to widths
(`K0012 宇佐美　加代子 ウサミ　カヨコ 19380412 09063120478 06132013`: a script's
join, an `awk` print, a host's unpadded dump): most of its lines hold the same number
of blank-parted words, one column of them a person's name in kanji or kana and one a
long run of digits in every record. Its rows are a table's, read as a fixed-width
export's are (each column's values say what it holds: a birth, a phone by its numbering
plan, an insurer's number by its check digit). A name written family and given apart by
an ASCII blank (山田 太郎, ﾔﾏﾀﾞ ﾀﾛｳ) is two words of one script side by side in every
record: one cell again. Prose and logs hold lines of every length; a title or a trailer
of another count of words is a one-cell row."""

from __future__ import annotations

import re
from collections import Counter

from scanner.extract.table import TextTable

SAMPLE_LINES = 24
HEAD_CHARS = 8192
MIN_RECORDS = 5
MIN_WORDS = 4
RECORD_SHARE = 0.8  # of the sampled lines with the common count of words
_NAME_WORD = re.compile(r"[一-龥々〆ヶぁ-んァ-ヺー\u3000ｦ-ﾟ]+")  # kanji or kana, 　 inside (山田　太郎)
_LONG_DIGITS = re.compile(r"[0-9]{6,}")
_SCRIPTS = (re.compile(r"[一-龥々〆ヶ]+"), re.compile(r"[ァ-ヺー]+"), re.compile(r"[ｦ-ﾟ]+"), re.compile(r"[ぁ-んー]+"))


def _words(line: str) -> list[str]:
    return [word for word in line.strip().split(" ") if word]  # (not split(): 　 is inside a name)


def _one_script(values: list[str]) -> re.Pattern | None:
    return next((script for script in _SCRIPTS if all(script.fullmatch(v) for v in values)), None)


def _name_pairs(records: list[list[str]]) -> list[int]:
    """The columns that, with the column after them, hold words of one script in every
    record (a family name's and a given name's), from the right."""
    pairs, c = [], 0
    while c + 1 < len(records[0]):
        script = _one_script([r[c] for r in records])
        if script is not None and all(script.fullmatch(r[c + 1]) for r in records):
            pairs.append(c)
            c += 1
        c += 1
    return pairs[::-1]


def _joined(record: list[str], pairs: list[int]) -> list[str]:
    for c in pairs:
        record = record[:c] + [f"{record[c]} {record[c + 1]}"] + record[c + 2:]
    return record


def _is_register(records: list[list[str]]) -> bool:
    """Whether a column holds a name's word and another a long run of digits in every record."""
    columns = list(zip(*records))
    return (any(all(_NAME_WORD.fullmatch(v) for v in column) for column in columns)
            and any(all(_LONG_DIGITS.fullmatch(v) for v in column) for column in columns))


def spaced_rows(text: str) -> TextTable | None:
    """The rows of a blank-parted headerless export with their line numbers, or None."""
    if _LONG_DIGITS.search(text, 0, HEAD_CHARS) is None or "\t" in text[:HEAD_CHARS]:
        return None  # most text: no run of digits a record's field would hold, or cells parted by tabs
    head = [line for line in text[:HEAD_CHARS].split("\n")[:SAMPLE_LINES] if line.strip()]
    if len(head) < MIN_RECORDS:
        return None
    words, seen = Counter(len(_words(line)) for line in head).most_common(1)[0]
    if words < MIN_WORDS or seen < MIN_RECORDS or seen < RECORD_SHARE * len(head):
        return None
    numbered = [(n, line) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    indexes = [i for i, (_, line) in enumerate(numbered) if len(_words(line)) == words]
    records = [_words(numbered[i][1]) for i in indexes]
    if not _is_register(records[:SAMPLE_LINES]):
        return None
    pairs = _name_pairs(records[:SAMPLE_LINES])
    rows = [[line.strip()] for _, line in numbered]
    for i, record in zip(indexes, records):
        rows[i] = _joined(record, pairs)
    return TextTable(rows, [n for n, _ in numbered])
