"""Identity documents' numbers in a column of a person's records without a header
(hostids17): a pawnshop's, a second-hand dealer's or a hotel's 本人確認記録 (古物営業法,
質屋営業法, 犯罪収益移転防止法) writes the number of whichever document was shown in one
column: a driver's licence (12 digits passing the commission code and check digit), a
residence card (AB12345678CD), a passport (TR1234567, or another country's E12345678).
No one value says much (twelve digits are any code's), the column does:
- most of its values have a document's shape and at least two kinds of document stand
  in it (no code column mixes checked licences with residence cards or passports), or
  nearly all are licences passing both checks, or all are residence cards; passports
  alone are SKUs' and bookings' shape too and need the kind named in the record;
- or a column beside it names each record's document (運転免許証, 在留カード, 旅券, DL, PP,
  RC) and the numbers' shapes agree with those names.
A column of documents by their shapes is itself a sign that the records are people's (only
a person holds a residence card), beside a column of births or phones: a 在留外国人's name in
half-width kana or in Latin letters is in no list of names.
The column is labelled 本人確認書類番号; each record's value is then labelled by its own
shape, or by the kind its record names (cell_labels): 運転免許証番号, 在留カード番号, 旅券番号."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence

from detectors.columns.dates import birth_labels
from detectors.columns.insurance import is_my_number
from detectors.columns.phones import phone_columns
from detectors.jp.document_kinds import GENERIC_DOCUMENT_LABEL
from detectors.jp.drivers_license import passes_checks

IDENTITY_LABEL = "本人確認書類番号"
KIND_LABEL = "本人確認書類"
LICENCE, CARD, PASSPORT = "運転免許証番号", "在留カード番号", "旅券番号"
DOCUMENTS = (LICENCE, CARD, PASSPORT)
MIN_VALUES = 4
SHAPED_SHARE = 0.9  # of a column's values with a document's shape
NAMED_SHAPED_SHARE = 0.6  # the same beside a column naming the documents (a 保険証's number has no shape of ours)
AGREE_SHARE = 0.8  # of the records with both a named kind and a shaped number, where the two agree
KIND_SHARE = 0.8  # of a column's values naming a document
MAX_KINDS = 8  # distinct values of a column of documents' kinds

SHORTEST, LONGEST = 8, 16  # characters of a document's number, blanks around it included
_LICENCE_DIGITS = re.compile(r"[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4}")
_CARD = re.compile(r"[A-Z]{2}[0-9]{8}[A-Z]{2}")
_PASSPORT = re.compile(r"[A-Z]{2}[0-9]{7}")
# another country's passport (China E/G + 8 digits, Korea M + 8, Viet Nam C + 7, the Philippines
# P1234567A): read as a passport only in a column already told to be documents'
_PASSPORT_ABROAD = re.compile(r"[A-Z][0-9]{7,8}[A-Z]?")
# a cell naming the document shown, in words or a host's letter code (NFKC, upper case)
_KIND_WORDS = ((LICENCE, re.compile(r"(?:運転)?免許証?|運転経歴証明書|DL|LICEN[CS]E|DRIVER'?S? ?LICEN[CS]E")),
               (CARD, re.compile(r"在留(?:カード)?|特別永住者?(?:証明書)?|RC|ZAIRYU|RESIDENCE ?CARD")),
               (PASSPORT, re.compile(r"旅券|パスポート|PP|PASSPORT")))
_OTHER_KIND = re.compile(r"(?:健康)?保険証|住基カード|学生証|身分証|その他")
# a My Number card shown: its 12 digits (the card's back) are the holder's 個人番号 where they
# pass its check digit, whatever the dealer should have copied
MY_NUMBER_KIND = "個人番号"
_MY_NUMBER_CARD = re.compile(r"マイナ(?:ンバー)?(?:カード)?|個人番号(?:カード)?|MY ?NUMBER(?: ?CARD)?|通知カード")
_KIND_CELL_CHARS = 24
_IDENTITY_WORD = re.compile(r"確認|本人|身分|提示")  # a header's word of identity documents


def _normal(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip().upper()


def shape_label(value: str) -> str | None:
    """The document a value's own shape says (licence: both checks pass), or None."""
    return _shape(_normal(value)) if SHORTEST <= len(value) <= LONGEST else None


def _shape(value: str) -> str | None:
    if _LICENCE_DIGITS.fullmatch(value):
        return LICENCE if passes_checks(value.replace("-", "").replace(" ", "")) else None
    if _CARD.fullmatch(value):
        return CARD
    return PASSPORT if _PASSPORT.fullmatch(value) else None


def _loose_label(value: str) -> str | None:
    """The document a value may be of in a column told to be documents': a licence whose
    check digit fails (the check is UNVERIFIED), another country's passport."""
    if not SHORTEST <= len(value) <= LONGEST:  # a name, a date: most values of most columns
        return None
    value = _normal(value)
    if _LICENCE_DIGITS.fullmatch(value):
        return LICENCE
    return _shape(value) or (PASSPORT if _PASSPORT_ABROAD.fullmatch(value) else None)


def named_kind(cell: str) -> str | None:
    """The document a cell names (運転免許証, 在留カード, PP), KIND_LABEL for another document
    (保険証, マイナンバーカード), or None."""
    if not cell or len(cell) > _KIND_CELL_CHARS:
        return None
    cell = _normal(cell)
    for label, words in _KIND_WORDS:
        if words.fullmatch(cell):
            return label
    if _MY_NUMBER_CARD.fullmatch(cell):
        return MY_NUMBER_KIND
    return KIND_LABEL if _OTHER_KIND.fullmatch(cell) else None


def document_named(cell: str) -> str | None:
    """The number's label of the identity document a cell names (運転免許証 → 運転免許証番号,
    個人番号カード → 個人番号), or None (another document, no document)."""
    named = named_kind(cell)
    return named if named in DOCUMENTS or named == MY_NUMBER_KIND else None


def _kind_columns(columns: Mapping[int, Sequence[str]], labels: Mapping[int, str]) -> list[int]:
    """Untyped columns that may name each record's document: words or a host's codes, a few
    distinct values that repeat (運転免許証, 旅券; DL, PP, HI; 01, 02, 03)."""
    found = []
    for c, column in columns.items():
        values = [value for value in column if value]
        if (c not in labels and len(values) >= MIN_VALUES and len(set(values)) <= min(MAX_KINDS, len(values) / 2)
                and all(len(value) <= _KIND_CELL_CHARS for value in values)):
            found.append(c)
    return found


def _agrees_with_kinds(column: Sequence[str], kinds: Sequence[str]) -> bool:
    """Whether each kind's numbers (in a column mostly of documents' shapes) have its
    document's shape: the document a kind names (DL, 旅券), or for a code naming none (01,
    02) the shape most of its numbers have, two codes two documents at least (a category
    beside a code of one shape says nothing)."""
    shapes: dict[str, Counter] = {}
    for value, kind in zip(column, kinds):
        if value and kind and (shape := shape_label(value) or _named_shape(value, kind)):
            shapes.setdefault(kind, Counter())[shape] += 1
    expected = {kind: named if (named := named_kind(kind)) in DOCUMENTS else counts.most_common(1)[0][0]
                for kind, counts in shapes.items()}
    judged = sum(sum(counts.values()) for counts in shapes.values())
    agreeing = sum(counts[expected[kind]] for kind, counts in shapes.items())
    named = any(named_kind(kind) in DOCUMENTS for kind in shapes)
    return (judged >= MIN_VALUES and agreeing >= AGREE_SHARE * judged
            and (named or len(set(expected.values())) >= 2))


def _named_shape(value: str, kind: str) -> str | None:
    """The document a record's kind names where its value may be of it though its shape alone
    says nothing: a My Number card's twelve digits passing their check (470350807736 |
    マイナンバーカード), a licence's twelve digits whose check digit fails (the check is unverified),
    another country's passport."""
    named = named_kind(kind)
    if named == MY_NUMBER_KIND:
        return named if is_my_number(_normal(value)) else None
    return named if named in DOCUMENTS and _loose_label(value) == named else None


def _mostly_shaped(values: list[str], share: float = SHAPED_SHARE) -> bool:
    """Whether share of values have a document's shape (given up at the first values too
    many without one: most columns are no documents')."""
    allowed, misses = (1 - share) * len(values), 0
    for value in values:
        misses += _loose_label(value) is None
        if misses > allowed:
            return False
    return True


def _documents_by_shape(column: Sequence[str], passports: bool = False) -> bool:
    """Whether a column's values are documents' numbers by their shapes; passports alone only
    where its header says it holds identity documents (passports: a label of 本人確認)."""
    values = [value for value in column if value]
    if not _mostly_shaped(values):
        return False
    kinds = Counter(label for value in values if (label := shape_label(value)))
    if len(kinds) >= 2:
        return sum(kinds.values()) >= MIN_VALUES
    alone = (LICENCE, CARD, PASSPORT) if passports else (LICENCE, CARD)
    return any(kinds[kind] >= SHAPED_SHARE * len(values) for kind in alone)


def identity_columns(columns: Mapping[int, Sequence[str]], labels: Mapping[int, str]) -> dict[int, str]:
    """Column -> label of the untyped columns of a person's records that hold identity
    documents' numbers, and of the column naming each record's document."""
    kind_columns = _kind_columns(columns, labels)
    found: dict[int, str] = {}
    for c, column in columns.items():
        values = [value for value in column if value]
        if (c in labels or c in kind_columns or len(set(values)) < MIN_VALUES
                or not _mostly_shaped(values, NAMED_SHAPED_SHARE)):  # most columns: given up here
            continue
        if _documents_by_shape(column):
            found[c] = IDENTITY_LABEL
        elif (agreeing := next((k for k in kind_columns if _agrees_with_kinds(column, columns[k])), None)) is not None:
            found |= {c: IDENTITY_LABEL, agreeing: KIND_LABEL}
    if found and KIND_LABEL not in found.values() and (named := _named_column(columns, kind_columns)) is not None:
        found[named] = KIND_LABEL
    return found


def _named_column(columns: Mapping[int, Sequence[str]], kind_columns: list[int]) -> int | None:
    """The column of kinds naming documents (運転免許証, PP) beside a column told by its shapes."""
    return next((k for k in kind_columns
                 if sum(named_kind(value) is not None for value in columns[k]) >= KIND_SHARE * sum(map(bool, columns[k]))),
                None)


def person_documents(columns: Mapping[int, Sequence[str]]) -> dict[int, str]:
    """The documents' columns of records that nothing else says are people's (no name of the
    lists, no address): told by their shapes alone, beside a column of births or of phones."""
    found = {c: IDENTITY_LABEL for c in _shaped_columns(columns, set())}
    if not found:
        return {}
    others = {c: column for c, column in columns.items() if c not in found}
    return found if phone_columns(others) or birth_labels(others) else {}


def _own_label(text: str, named: str | None) -> str | None:
    """A document column's value's own label: by its shape, else by the kind its record
    names when the value may be of it, else another country's passport when none is named."""
    if named == MY_NUMBER_KIND and is_my_number(_normal(text)):
        return MY_NUMBER_KIND
    loose = _loose_label(text)
    return shape_label(text) or (named if named and named == loose else None) or (
        loose if loose == PASSPORT and named is None else None)


def cell_labels(labels: dict[int, str], cells: Sequence[tuple[int, str]]) -> dict[int, str]:
    """labels with each identity column's label made the document's own for this record."""
    if IDENTITY_LABEL not in labels.values():
        return labels
    named = next((named_kind(text) for c, text in cells if labels.get(c) == KIND_LABEL), None)
    own = dict(labels)
    for c, text in cells:
        if labels.get(c) == IDENTITY_LABEL:
            own[c] = _own_label(text, named) or IDENTITY_LABEL
    return own


def generic_columns(labels: Mapping[int, str]) -> set[int]:
    """Columns under a header that names a document's number but no document (確認書類番号,
    書類番号, 証明書No., a bare 番号)."""
    return {c for c, label in labels.items() if GENERIC_DOCUMENT_LABEL.search(label.strip())}


def header_documents(columns: Mapping[int, Sequence[str]], labels: Mapping[int, str]) -> set[int]:
    """Of the columns under a generic document label (columns: every column's values, row by
    row), those whose values are documents' numbers by their shapes, as a column without a
    header is told (a column of passports alone under a label of identity documents,
    確認書類番号, not a bare 番号), or whose shapes agree with a column naming each row's
    document (本人確認 | 番号 over マイナンバーカード | 470350807736)."""
    generic = {c: columns[c] for c in generic_columns(labels) if c in columns}
    shaped = _shaped_columns(generic, {c for c in generic if _IDENTITY_WORD.search(labels[c])})
    named = [c for c, column in columns.items() if c not in generic and _names_documents(column)]
    return shaped | {c for c, column in generic.items() if c not in shaped and named
                     and _mostly_shaped([v for v in column if v], NAMED_SHAPED_SHARE)
                     and any(_agrees_with_kinds(column, columns[k]) for k in named)}


def _names_documents(column: Sequence[str]) -> bool:
    values = [value for value in column if value]
    return len(values) >= MIN_VALUES and sum(named_kind(value) is not None for value in values) >= KIND_SHARE * len(values)


def _shaped_columns(columns: Mapping[int, Sequence[str]], passports: set[int]) -> set[int]:
    """The columns of documents by their shapes (passports alone in the columns passports)."""
    return {c for c, column in columns.items()
            if len({value for value in column if value}) >= MIN_VALUES and _documents_by_shape(column, c in passports)}


def header_cell_labels(labels: dict[int, str], documents: set[int], cells: Sequence[tuple[int, str]]) -> dict[int, str]:
    """labels with the header's generic label of each documents' column made this record's
    document's own (運転免許証番号 under 確認書類番号) where its value's shape tells it, or the
    kind a cell of its record names (マイナンバーカード under 確認書類: 個人番号)."""
    own = dict(labels)
    named = next((kind for c, text in cells if c not in documents and (kind := named_kind(text))), None)
    for c, text in cells:
        if c in documents and (label := _own_label(text, named)):
            own[c] = label
    return own
