"""A host's dump whose fields are parted by bars, with no header and no markdown rule
(`1|06123457|ﾔﾏﾀﾞﾀﾛｳ|S47.03.14|湿疹`, issue 12 receipt16): most of its lines hold the same
number of bars. Its rows are a table's, read as a fixed-width export's are (a column's
values say what it holds when no header does); a title or a trailer of another count of
bars is a one-cell row. A list typed by hand parts its fields with a full-width bar or
slash as often (`山田太郎／090-1234-5678／1984.11.12`, ids24): the same reading, one
delimiter a text (not the ASCII slash: a date's 1984/11/12 holds two)."""

from __future__ import annotations

from collections import Counter

from scanner.extract.table import TextTable

SAMPLE_LINES = 50
MIN_RECORDS = 4
MIN_BARS = 2  # three fields at least
RECORD_SHARE = 0.8  # of the sampled lines with the common count of bars
DELIMITERS = ("|", "｜", "／")
HEAD_CHARS = 4096


def _cells(line: str, bar: str) -> list[str]:
    line = line.strip()
    if line.startswith(bar) and line.endswith(bar) and len(line) > 1:  # |a|b| as a host boxes it
        line = line[1:-1]
    return [cell.strip() for cell in line.split(bar)]


def _bars(line: str, bar: str) -> int:
    return line.strip().strip(bar).count(bar)


def bar_rows(text: str) -> TextTable | None:
    """The rows of a bar-parted dump with their line numbers, or None."""
    head = text[:HEAD_CHARS]
    for bar in DELIMITERS:
        if bar in head and (table := _bar_rows(text, bar)):
            return table
    return None


def _bar_rows(text: str, bar: str) -> TextTable | None:
    numbered = [(n, line) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    counts = Counter(_bars(line, bar) for _, line in numbered[:SAMPLE_LINES])
    bars, seen = counts.most_common(1)[0]
    if bars < MIN_BARS or seen < MIN_RECORDS or seen < RECORD_SHARE * min(len(numbered), SAMPLE_LINES):
        return None
    rows = [_cells(line, bar) if _bars(line, bar) == bars else [line.strip()] for _, line in numbered]
    return TextTable(rows, [n for n, _ in numbered])
