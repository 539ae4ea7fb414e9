"""PERSON: companies, teams, parties, products and sites named like people in prose
(issue 12, wikilook2), judged by what the sentence has them do or own, and predicates
people take too left alone. Whole sentences through the real GiNZA model are in
test_person_org.py (ORGANISATIONS, PEOPLE); made-up names and sentences."""

import pytest

from detectors.jp.person_org import kind_ends_at
from detectors.jp.person_trade import traded


@pytest.mark.parametrize("text, start, end, expected", [
    ("ロスウッドの代表取締役", 0, 5, True),
    ("ロスウッドの社長としての", 0, 5, False),
    ("ロスウッドの社長が", 0, 5, True),
    ("ロスウッド車掌", 0, 5, False),  # kanji go on: not a car
    ("ロスウッド車の", 0, 5, True),
    ("ロスウッドと契約", 0, 5, False),
    ("ロスウッドと業務提携", 0, 5, True),
    ("ロスウッドは、同社が倒産し", 0, 5, False),
    ("ロスウッドは大手と合併した", 0, 5, True),
    ("子会社だったロスウッドを", 6, 11, True),
    ("監督だったロスウッドを", 5, 10, False),  # a person's role is no kind of thing
    ("バンドはロスウッドと語った", 4, 9, False),  # no copula after it
])
def test_what_the_sentence_has_a_candidate_do(text, start, end, expected):
    assert traded(text, start, end, kind_ends_at) is expected
