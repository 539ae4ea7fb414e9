"""Fields that a host wrote edge to edge cut apart in the records of a fixed-width
table, where the column's values as a whole say they are made of such fields: a run
of digits made of a birth, a postal code and a phone with no blank between them
(detectors.columns.digit_runs), or dates with separators that fill their fields and
run into the next one, a staff number before them (detectors.columns.date_fields).
Each piece becomes a cell of its own, for the table's reader to type as it types any
column."""

from __future__ import annotations

from collections.abc import Callable

from detectors.columns.date_fields import cut_dates, date_layout
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


def cut_columns(rows: list[list[str]], records: list[int], layout_of: Callable, cut: Callable) -> list[list[str]]:
    """rows with the cells of the records cut in the columns for which layout_of(the
    column's values in the sampled records, those records) finds a layout: cut(cell,
    layout) gives a cell's pieces."""
    if not records:
        return rows
    width = len(rows[records[0]])
    records = [i for i in records if len(rows[i]) == width]
    sample = records[:SAMPLE_RECORDS]
    layouts = {c: layout for c in range(width) if (layout := layout_of([rows[i][c] for i in sample], sample))}
    if not layouts:
        return rows
    out = list(rows)
    for i in records:
        out[i] = [piece for c, cell in enumerate(rows[i])
                  for piece in (cut(cell, layouts[c]) if c in layouts else [cell])]
    return out


def split_digit_runs(rows: list[list[str]], records: list[int]) -> list[list[str]]:
    """rows with the cells of the records (rows[i] for i in records, all of one width)
    cut where a column's leading runs of digits are made of several fields."""
    prefectures: dict[int, str | None] = {}

    def cuts(values: list[str], sample: list[int]) -> list[int]:
        for i in sample:
            if i not in prefectures:
                prefectures[i] = next(filter(None, map(prefecture_of, rows[i])), None)
        return digit_run_cuts(values, [prefectures[i] for i in sample])
    return cut_columns(rows, records, cuts, _pieces)


def split_date_cells(rows: list[list[str]], records: list[int]) -> list[list[str]]:
    """rows with the cells of the records cut before and after the dates that a
    column's values start with (after digits of one length: a staff number)."""
    return cut_columns(rows, records, lambda values, _: date_layout(values), cut_dates)
