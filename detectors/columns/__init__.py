"""Types of the columns of a table without a header (a host's fixed-width export, a
CSV or TSV without a header row), told by each column's values as a whole: births
(dates spread over decades, mostly 15 to 100 years back), postal codes (beside an
address column, or agreeing with its prefectures), addresses (block numbers), names
(a surname and a given name of the name lists), and a person's pension and
employment-insurance numbers (a ten- and an eleven-digit column side by side, no
phone's). Births count only in records about people (a column of names or of addresses
beside them): release dates of a product master spread over decades too. In a master of
places with nobody in it (KEN_ALL and its like), the codes beside the prefectures are
labelled as codes of towns, which no detector takes for a person's postal code. Each type
is given as the label a header would have had (生年月日, 郵便番号, 住所, 氏名): the detectors
read it as they read a header, and no finding is made here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from detectors.columns.accounts import ACCOUNT_LABEL, account_columns
from detectors.columns.cards import card_columns
from detectors.columns.dates import BIRTH_LABEL, birth_labels
from detectors.columns.diagnoses import DIAGNOSIS_LABEL, diagnosis_columns
from detectors.columns.identity import identity_columns, person_documents
from detectors.columns.insurance import INSURER_LABEL, insurance_columns
from detectors.columns.names import NAME_LABEL, name_columns, surname_columns
from detectors.columns.phones import PHONE_LABEL, counts_up, phone_columns, phone_prefectures
from detectors.columns.places import (address_columns, agreeing, place_code_columns, postal_codes, postal_columns,
                                      written_as_codes)

POSTAL_LABEL, ADDRESS_LABEL = "郵便番号", "住所"
CLAIM_LABELS = (INSURER_LABEL, DIAGNOSIS_LABEL)  # the columns of a claim (レセプト): its patients'
PLACE_CODE_LABEL = "町域コード"  # a code of a town in a master of places: no person's postal code


def column_labels(columns: Mapping[int, Sequence[str]], today: dt.date | None = None) -> dict[int, str]:
    """Column -> the label its values call for, for the columns of a known type
    (columns: each column's cell texts, aligned by record, "" where blank)."""
    addresses = address_columns(columns)
    labels = {c: ADDRESS_LABEL for c in addresses}
    labels |= {c: POSTAL_LABEL for c in postal_columns(columns, addresses)}
    labels |= {c: label for c, label in name_columns(columns).items() if c not in labels}
    labels = labels or person_documents(columns)  # a residence card is nothing's but a person's
    if labels:  # a record about a person
        labels |= _contact_labels(columns, labels)
        labels |= surname_columns(columns, labels)  # staff beside the guests (a dive log's guides)
        claims = {c: label for c, label in (insurance_columns(columns) | diagnosis_columns(columns)).items()
                  if c not in labels}
        patients = any(label in CLAIM_LABELS for label in claims.values())  # a claim's births are children's too
        births = birth_labels(columns, today, patients)  # a host's coded births are no postal codes (4080624)
        labels |= {c: label for c, label in births.items()
                   if c not in labels or (labels[c] == POSTAL_LABEL and label != BIRTH_LABEL)}
        labels |= {c: label for c, label in claims.items() if c not in labels}
        labels |= identity_columns(columns, labels)
        labels |= card_columns(columns, labels)  # the card a customer paid with (cards20)
        return labels | {c: ACCOUNT_LABEL for c in account_columns(columns, labels, NAME_LABEL, POSTAL_LABEL)}
    # a payments log names no one: its cards are still a holder's (cards20)
    return {c: PLACE_CODE_LABEL for c in place_code_columns(columns)} | card_columns(columns, {})


def _contact_labels(columns: Mapping[int, Sequence[str]], labels: Mapping[int, str]) -> dict[int, str]:
    """A person's bare phone columns, and his postal codes where no address told them:
    7-digit columns that agree with the prefectures his landlines' area codes name."""
    untyped = {c: column for c, column in columns.items() if c not in labels}
    phones = phone_columns(untyped)
    if not phones:
        return {}
    prefectures = phone_prefectures(columns, phones, max(len(column) for column in columns.values()))
    found = {c: PHONE_LABEL for c in phones}
    if POSTAL_LABEL not in labels.values():
        found |= {c: POSTAL_LABEL for c, column in untyped.items()
                  if c not in phones and (codes := postal_codes(column)) is not None
                  and (agreeing(codes, prefectures) or ((c + 1) in phones and _written_as_codes(column, codes)))}
    return found


def _written_as_codes(column: Sequence[str], codes: list[str | None]) -> bool:
    """A column of codes in the postal code's own shape (123-4567), standing right before a
    person's phone column as a form's 〒 and 電話 stand (so no local number without its area
    code; a goods' 品番 after the phone, a pawnshop's, is no code of his), in no counting order
    (a key's 001-0001 counts up): his postal code though no address or landline agrees (a
    member list that keeps the code alone; keys18b)."""
    return written_as_codes(column) and not counts_up([code for code in codes if code])
