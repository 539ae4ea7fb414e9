"""Labels for the columns of a delimited or fixed-width table without a header row,
told by their values (detectors.columns): a host's export or a CSV handed over
without its header is read as if its header said 氏名, 郵便番号, 住所, 生年月日."""

from __future__ import annotations

from detectors.fields import is_field_label

MIN_RECORDS = 4
MIN_CELLS = 3  # cells of a record; a title, a run date or a trailer of counts has fewer

Cells = list[tuple[int, str]]


def is_record(cells: Cells) -> bool:
    return len(cells) >= MIN_CELLS


def record_labels(rows: list[tuple[int, Cells]]) -> dict[int, str]:
    """Column -> label for the typed columns of the records among rows."""
    records = [cells for _, cells in rows if is_record(cells)]
    if len(records) < MIN_RECORDS:
        return {}
    from detectors.columns import column_labels  # with the date patterns: on the first table without a header
    columns: dict[int, list[str]] = {}
    for i, cells in enumerate(records):
        for c, text in cells:
            columns.setdefault(c, [""] * len(records))[i] = text.strip()
    return column_labels(columns)


def bare_layout(rows: list[tuple[int, Cells]], header: int | None) -> tuple[int | None, dict[int, str]]:
    """(header row, labels told by the values) of a table: without a header, its
    columns typed by their values; a first row with no field label that the typed
    columns read as one of their records is no header but the first record."""
    if header is None:
        return None, record_labels(rows)
    header_cells = next((cells for r, cells in rows if r == header), [])
    if any(is_field_label(text) for _, text in header_cells):
        return header, {}
    labels = record_labels(rows)
    return (None, labels) if labels else (header, {})
