"""Labels for the columns of a delimited or fixed-width table without a header row,
told by their values (detectors.columns): a host's export or a CSV handed over
without its header is read as if its header said 氏名, 郵便番号, 住所, 生年月日."""

from __future__ import annotations

import re
from functools import cache

from detectors.fields import is_field_label

MIN_RECORDS = 4
MIN_CELLS = 3  # cells of a record; a title, a run date or a trailer of counts has fewer

Cells = list[tuple[int, str]]


def is_record(cells: Cells) -> bool:
    return len(cells) >= MIN_CELLS


MAX_PERIOD = 4  # record types of one person (1 基本, 2 所属, 3 給与…) that a host writes in turn
PERIODIC_SHARE = 0.9  # of the records whose type the record one period later repeats
TYPE_STRIDE = 100_000  # apart, the columns of two record types typed together (more than any record has)

TypedLabels = dict[str, dict[int, str]]  # record type ("" for every record) -> column -> label


# Where a record's type stands: its first character, or the end of its first cell, after
# the staff number the records of one person share (0050001, 0050002: key 005000, types 1, 2)
TYPE_PLACES = (0, 1, 2)  # 0: first character; n: last n characters of the first cell
_PLACE_MARK = "@"  # a type told at the end of the first cell is kept as "@n:type"


def record_type(cells: Cells, place: int = 0) -> str:
    """A host's record type (1, 2, D) where it has them: the first character of a record,
    or the last `place` characters of its first cell."""
    first = cells[0][1].strip() if cells else ""
    return first[:1] if not place else f"{_PLACE_MARK}{place}:{first[-place:]}"


def _key(cells: Cells, place: int) -> str:
    return cells[0][1].strip()[:-place] if place and cells else ""


def _in_turns(records: list[Cells], types: list[str], period: int, place: int) -> bool:
    """Whether types repeat with period in PERIODIC_SHARE of the records; a type at the
    end of the first cell also keeps the rest of the cell (a person's key) through a
    turn, and the types of a turn are consecutive codes (1, 2, 3: not 0 and 5 of staff
    numbers counted in fives)."""
    repeated = sum(a == b for a, b in zip(types, types[period:]))
    if (len(set(types[:period])) < 2 or len(types) < period * MIN_RECORDS
            or repeated < PERIODIC_SHARE * (len(types) - period)):
        return False
    if not place:
        return True
    codes = sorted(ord(kind[-1]) for kind in set(types[:period]))
    same_key = sum(_key(a, place) == _key(b, place) for a, b in zip(records, records[1:]))
    return codes == list(range(codes[0], codes[0] + period)) and same_key >= PERIODIC_SHARE * (len(records) - 1) * (
        (period - 1) / period)


def _person_types(records: list[Cells]) -> list[str] | None:
    """Each record's type, when the records come in turns of two to four types (a
    person's 1 基本 record, then 2 所属: his birth in one, his 入社日 in the next), or None."""
    for place in TYPE_PLACES:
        types = [record_type(cells, place) for cells in records]
        if any(_in_turns(records, types, period, place) for period in range(2, MAX_PERIOD + 1)):
            return types
    return None


def _columns(records: list[Cells], kinds: list[str], types: list[str] | None) -> dict[int, list[str]]:
    """Each column's texts aligned by record, or, for records in turns of types, by
    person (each record joined to the person its turn started; column c of the k-th
    kind is TYPE_STRIDE * k + c, so that columns side by side stay side by side)."""
    people = [i for i, kind in enumerate(types) if kind == types[0]] if types else list(range(len(records)))
    person = {start: n for n, start in enumerate(people)}
    columns: dict[int, list[str]] = {}
    owner = -1
    for i, cells in enumerate(records):
        owner = person.get(i, owner)
        offset = TYPE_STRIDE * kinds.index(types[i]) if types else 0
        for c, text in cells:
            if owner >= 0:
                columns.setdefault(offset + c, [""] * len(people))[owner] = text.strip()
    return columns


def record_labels(rows: list[tuple[int, Cells]]) -> TypedLabels:
    """Record type -> column -> label for the typed columns of the records among rows
    (one type "" unless the records come in turns of types, each typed with the
    records of its person: a 入社日 of type 2 is then later than the birth of type 1)."""
    records = [cells for _, cells in rows if is_record(cells)]
    if len(records) < MIN_RECORDS:
        return {}
    from detectors.columns import column_labels  # with the date patterns: on the first table without a header
    types = _person_types(records)
    kinds = list(dict.fromkeys(types or []))
    labels = column_labels(_columns(records, kinds, types))
    if not types:
        return {"": labels} if labels else {}
    typed: TypedLabels = {kind: {} for kind in kinds}
    for key, label in labels.items():
        typed[kinds[key // TYPE_STRIDE]][key % TYPE_STRIDE] = label
    return typed if labels else {}


# a header word of a number naming no document (確認書類番号, 書類番号, 証明書No.): its column may hold
# licences, residence cards and passports (detectors.columns.identity)
_NUMBER_WORD = re.compile(r"番号|[Nn][Oo]|№|[Nn]umber|ナンバー")


@cache
def _identity():
    """detectors.columns.identity, imported on the first table that may hold documents."""
    from detectors.columns import identity

    return identity


def header_documents(labels: dict[int, str], rows: list[tuple[int, Cells]], header_end: int) -> set[int]:
    """The columns under a header's generic document label whose values are documents'."""
    if not any(_NUMBER_WORD.search(label) for label in labels.values()):
        return set()
    if not _identity().generic_columns(labels):
        return set()
    body = [dict(cells) for r, cells in rows if r > header_end]
    columns = {c: [row.get(c, "").strip() for row in body] for c in {c for row in body for c in row}}  # row by row
    return _identity().header_documents(columns, labels)


_CODE_DIGITS = 7  # digits of a document's number at least (a passport's seven)


def kinds_after(cells: Cells, labels: list[str]) -> list[str]:
    """A form row's labels with a number left unlabelled before a cell naming an identity
    document labelled as that document's (小田切 隆 | 8404-1416-3074 | 個人番号カード): the
    document's name written after its number, as a ledger without a header keeps them."""
    own = list(labels)
    for p in range(len(cells) - 1):
        text = cells[p][1]
        if not own[p] and len(text) <= 20 and sum(ch.isdigit() for ch in text) >= _CODE_DIGITS \
                and (label := _identity().document_named(cells[p + 1][1])):
            own[p] = label
    return own


def header_labels_of(labels: dict[int, str], documents: set[int], cells: Cells) -> dict[int, str]:
    """The header's labels of a row, a documents' column's made its value's own document's."""
    return _identity().header_cell_labels(labels, documents, cells) if documents else labels


def _own_labels(labels: dict[int, str], cells: Cells) -> dict[int, str]:
    """labels, an identity column's made the document's own for this record (a licence,
    a residence card, a passport in one column: detectors.columns.identity)."""
    return _identity().cell_labels(labels, cells) if labels else labels


def labels_of(typed: TypedLabels, cells: Cells) -> dict[int, str]:
    """The labels of a record's columns: those of its type, or of every record."""
    if len(typed) <= 1:
        return _own_labels(next(iter(typed.values()), {}), cells)
    kind = next(iter(typed))
    place = int(kind[1:kind.index(":")]) if kind.startswith(_PLACE_MARK) else 0
    return _own_labels(typed.get(record_type(cells, place), typed.get("", {})), cells)


def bare_layout(rows: list[tuple[int, Cells]], header: int | None) -> tuple[int | None, TypedLabels]:
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
