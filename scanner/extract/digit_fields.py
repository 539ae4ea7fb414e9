"""Fields that a host wrote edge to edge as one run of digits (a birth, a postal code
and a phone with no blank between them) cut apart in the records of a fixed-width
table, where the column's values as a whole say they are made of such fields
(detectors.columns.digit_runs): each piece becomes a cell of its own, for the table's
reader to type as it types any column."""

from __future__ import annotations

from detectors.columns.digit_runs import digit_run_cuts
from detectors.columns.places import prefecture_of

SAMPLE_RECORDS = 200  # records that decide the cuts of a column (a host file may hold millions)


def _pieces(cell: str, cuts: list[int]) -> list[str]:
    """The cell cut at cuts, the last piece running to the end of the cell's own
    digits (a phone of 11 digits where most have 10), the rest after it a cell."""
    last = cuts[-2] if len(cuts) > 1 else 0
    end = last + len(cell[last:]) - len(cell[last:].lstrip("0123456789"))
    bounds = [0] + cuts[:-1] + [max(end, last), len(cell)]
    return [cell[a:b].strip() for a, b in zip(bounds, bounds[1:])]


def split_digit_runs(rows: list[list[str]], records: list[int]) -> list[list[str]]:
    """rows with the cells of the records (rows[i] for i in records, all of one width)
    cut where a column's leading runs of digits are made of several fields."""
    if not records:
        return rows
    width = len(rows[records[0]])
    records = [i for i in records if len(rows[i]) == width]
    sample = records[:SAMPLE_RECORDS]
    prefectures = [next(filter(None, map(prefecture_of, rows[i])), None) for i in sample]
    cuts = {c: found for c in range(width) if (found := digit_run_cuts([rows[i][c] for i in sample], prefectures))}
    if not cuts:
        return rows
    out = list(rows)
    for i in records:
        out[i] = [piece for c, cell in enumerate(rows[i])
                  for piece in (_pieces(cell, cuts[c]) if c in cuts else [cell])]
    return out
