"""Whether a table's header names a person column (see detectors/jp/person_columns.py): the one
judgement of a header, apart so that the readers of a cell's surname alone (person_roles,
person_lone) ask it without importing the column reader."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from detectors.words import words_pattern

DATA = Path(__file__).with_name("data")
BRACKETS = re.compile(r"[(（［\[【][^)）］\]】]{0,12}[)）］\]】]")
_PART = r"(?:氏名|お?名前|姓名|芳名|名|カナ|フリガナ|ふりがな|かな|英字|ローマ字|漢字|署名|\s)*"


def _words(name: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _header_patterns() -> tuple[re.Pattern, re.Pattern]:
    roles = words_pattern(_words("person_column_roles"))
    not_person = words_pattern(_words("not_person_column_words"))
    return re.compile(rf"(?:{roles.pattern}){_PART}$"), not_person


@lru_cache(maxsize=1024)
def header_kind(header: str) -> bool | None:
    """True for a person column's header (it ends with a role, then maybe the part
    of the name: 来訪者 氏名, 口座名義(カナ)), False for a header of something else
    (来訪者会社名, 担当者電話, 会員番号), None for a header that says neither (同行)."""
    text = BRACKETS.sub(" ", unicodedata.normalize("NFKC", header)).strip().lower()
    role, not_person = _header_patterns()
    if role.search(text):
        return True
    return False if not text or not_person.search(text) else None
