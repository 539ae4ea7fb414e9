"""A host's dump whose fields are parted by bars, with no header and no markdown rule
(`1|06123457|ﾔﾏﾀﾞﾀﾛｳ|S47.03.14|湿疹`, issue 12 receipt16): most of its lines hold the same
number of bars. Its rows are a table's, read as a fixed-width export's are (a column's
values say what it holds when no header does); a title or a trailer of another count of
bars is a one-cell row."""

from __future__ import annotations

from collections import Counter

from scanner.extract.table import TextTable

SAMPLE_LINES = 50
MIN_RECORDS = 4
MIN_BARS = 2  # three fields at least
RECORD_SHARE = 0.8  # of the sampled lines with the common count of bars


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|") and line.endswith("|") and len(line) > 1:  # |a|b| as a host boxes it
        line = line[1:-1]
    return [cell.strip() for cell in line.split("|")]


def bar_rows(text: str) -> TextTable | None:
    """The rows of a bar-parted dump with their line numbers, or None."""
    if "|" not in text[:4096]:
        return None
    numbered = [(n, line) for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    counts = Counter(line.strip().strip("|").count("|") for _, line in numbered[:SAMPLE_LINES])
    bars, seen = counts.most_common(1)[0]
    if bars < MIN_BARS or seen < MIN_RECORDS or seen < RECORD_SHARE * min(len(numbered), SAMPLE_LINES):
        return None
    rows = [_cells(line) if line.strip().strip("|").count("|") == bars else [line.strip()] for _, line in numbered]
    return TextTable(rows, [n for n, _ in numbered])
