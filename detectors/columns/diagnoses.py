"""A column of diagnoses in a table without a header (a claims export's 傷病名: 本態性高血圧症,
2型糖尿病, 急性上気道炎の疑い), told by the heads of diseases' names as a whole column. Once a
headerless table's other columns are labelled (氏名, 生年月日), a cell under no label is read
as a label's value no more; the column is given the label a claim's header would have had."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import cache

from detectors.jp.sensitive.health import DISEASE_ENDINGS
from detectors.jp.sensitive.lexicon import read_words

DIAGNOSIS_LABEL = "傷病名"
SHARE = 0.8  # of the column's filled values named as diseases are
MIN_VALUES = 4
# a qualifier after the disease's name: a suspicion, a side, a state (の疑い, 疑い, (右), 〔主〕)
_QUALIFIER = re.compile(r"(?:の?疑い|[(（〔\[][^)）〕\]]{1,8}[)）〕\]])+$")
_NAME = re.compile(r"[^\s:：]{2,30}")  # one word: no other field run into it (1 19720314 気管支喘息)


@cache
def _diseases() -> frozenset[str]:
    return frozenset(read_words("diseases"))


def is_diagnosis(value: str) -> bool:
    """A disease's name by its head (…症, …炎, …病, …骨折) or of the lexicon (気管支喘息), a qualifier aside."""
    name = _QUALIFIER.sub("", unicodedata.normalize("NFKC", value).strip())
    return _NAME.fullmatch(name) is not None and (name.endswith(DISEASE_ENDINGS) or name in _diseases())


def diagnosis_columns(columns: Mapping[int, Sequence[str]]) -> dict[int, str]:
    """Column -> 傷病名 for the columns whose values are mostly diseases' names."""
    found = {}
    for c, column in columns.items():
        values = [value for value in column if value.strip()]
        if len(values) >= MIN_VALUES and sum(map(is_diagnosis, values)) >= SHARE * len(values):
            found[c] = DIAGNOSIS_LABEL
    return found
