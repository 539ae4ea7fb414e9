"""Import a ledger from .xlsx, .xls or .csv (UTF-8 or CP932) in the standard layout.

The header row is found below any title rows; headers are matched tolerantly;
extra columns are kept. Every problem row is reported with its row number, and a
ledger with any rejected row is not imported at all.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from inventory.ledger.columns import FOUND_COLUMNS, LEDGER_COLUMNS, PATHS, PROPOSAL_MARKERS, START, find_header
from inventory.ledger.dates import DateFormatError
from inventory.ledger.model import LedgerEntry, LedgerFormatError, parse_entry
from inventory.ledger.text import normalize_words
from inventory.ledger.workbook import workbook_sheets
from inventory.notes import Note

_PATH_SEPARATORS = ("\n", ";", "；")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _workbook_rows(path: Path) -> list[list[object]]:
    """The first sheet with a ledger header (a workbook may open with a cover sheet)."""
    for rows in workbook_sheets(path):
        if find_header([[_cell(v) for v in r] for r in rows]):
            return rows
    return []


def _csv_rows(path: Path) -> list[list[object]]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return list(csv.reader(io.StringIO(data.decode(encoding), newline="")))
        except UnicodeDecodeError:
            continue
    raise LedgerFormatError([(0, Note.of("ledger.bad_encoding"))])


def split_paths(text: str) -> tuple[str, ...]:
    for separator in _PATH_SEPARATORS[1:]:
        text = text.replace(separator, "\n")
    return tuple(p.strip().replace("\\", "/") for p in text.split("\n") if p.strip())


def _path_problem(path: str) -> Note | None:
    if path.startswith("/") or ":" in path.split("/")[0] and not path.startswith(("imap://", "smb://")):
        return Note.of("ledger.not_relative", path=path)
    if ".." in PurePosixPath(path).parts:
        return Note.of("ledger.parent_path", path=path)
    return None


def _entry(row_number: int, raw: list[object], mapping: dict[int, str], headers: list[str]) -> LedgerEntry:
    values = {name: "" for name in LEDGER_COLUMNS}
    extra: dict[str, str] = {}
    start_cell: object = None
    for column, value in enumerate(raw):
        name = mapping.get(column)
        if name == START:
            start_cell = value
        elif name:
            values[name] = _cell(value)
        elif column < len(headers) and headers[column] and headers[column] not in FOUND_COLUMNS and _cell(value):
            extra[headers[column]] = _cell(value)
    paths = split_paths(values.pop(PATHS, ""))
    return parse_entry(row_number, {k: values[k] for k in LEDGER_COLUMNS}, extra, paths, start_cell)


@dataclass(frozen=True)
class LedgerFile:
    entries: list[LedgerEntry]
    proposals: list[tuple[int, str]] = field(default_factory=list)  # (row, name): skipped, see PROPOSAL_MARKERS


def is_proposal(name: str) -> bool:
    return normalize_words(name).lower().startswith(tuple(m.lower() for m in PROPOSAL_MARKERS))


def entries_from_rows(rows: list[list[object]]) -> LedgerFile:
    header = find_header([[_cell(v) for v in r] for r in rows])
    if header is None:
        raise LedgerFormatError([(0, Note.of("ledger.no_header"))])
    header_index, mapping = header
    headers = [_cell(v) for v in rows[header_index]]
    name_column = next(c for c, n in mapping.items() if n == "個人情報名")
    entries, problems, proposals = [], [], []
    for index in range(header_index + 1, len(rows)):
        raw, row_number = rows[index], index + 1
        if not any(_cell(v) for v in raw):
            continue
        if name_column >= len(raw) or not _cell(raw[name_column]):
            problems.append((row_number, Note.of("ledger.empty_name")))
            continue
        if is_proposal(_cell(raw[name_column])):
            proposals.append((row_number, _cell(raw[name_column])))
            continue
        try:
            entry = _entry(row_number, raw, mapping, headers)
        except DateFormatError as error:
            problems.append((row_number, Note.of("ledger.bad_start", detail=error.note)))
            continue
        problems += [(row_number, p) for p in map(_path_problem, entry.paths) if p]
        entries.append(entry)
    if problems:
        raise LedgerFormatError(problems)
    return LedgerFile(entries, proposals)


def read_ledger(path: str | Path) -> list[LedgerEntry]:
    """The entries of a ledger file (proposal rows left out)."""
    return read_ledger_file(path).entries


def read_ledger_file(path: str | Path) -> LedgerFile:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls"):
        rows = _workbook_rows(path)
    elif suffix in (".csv", ".txt"):
        rows = _csv_rows(path)
    else:
        raise LedgerFormatError([(0, Note.of("ledger.unsupported", name=path.name))])
    return entries_from_rows(rows)
