"""PERSON: companies, teams, parties, products and sites named like people in prose
(issue 12, wikilook2), judged by what the sentence has them do or own; the people
beside them still found, and predicates people take too left alone. Made-up names
and sentences, the real GiNZA model."""

import pytest

from detectors.jp.person_org import _kind_ends
from detectors.jp.person_trade import traded

THINGS = [
    # a company: run, merged with, its shares and staff; listed as one of N companies
    "2019年、彼女はロスウッドの代表取締役に就任した。",
    "翌年、ロスウッドは大手商社と業務提携を結んだ。",
    "ブライスおよびロスウッドの2社が共同で出資した。",
    "楽器メーカーだったロスウッドは家電に進出した。",
    "世界最高のバンドはロスウッドであると語った。",
    # a team, a party, a school: moved to, stood for, graduated from, a count between
    "彼は2021年にロスウッドへ移籍した。",
    "彼はロスウッドで3シーズンにわたってプレーした。",
    "彼女はロスウッドから出馬して初当選した。",
    "彼はロスウッドを卒業した。",
    "映画祭ではロスウッドに3度ノミネートされた。",
    # a product driven and used, a site's entrance
    "父は今もロスウッドを運転している。",
    "ロスウッド車を購入した。",
    "ロスウッドの入り口に碑が建てられた。",
]

PEOPLE = [
    ("翌年、河野雅彦はロスウッドへ移籍した。", "河野雅彦"),
    ("大西隆之はブライスの代表取締役に就任した。", "大西隆之"),
    # predicates said of people too: a person's president, a contract, a hire, a circle
    ("晩年のハリソンの社長としての手腕が評価された。", "ハリソン"),
    ("球団は河野雅彦と契約した。", "河野雅彦"),
    ("河野雅彦の周辺では噂が広がった。", "河野雅彦"),
    # another subject between the topic and a company's event
    ("河野雅彦は、勤め先が倒産した後に独立した。", "河野雅彦"),
]


def _people(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]


@pytest.mark.slow
@pytest.mark.parametrize("text", THINGS)
def test_things_named_like_people_are_not_people(detector, text):
    assert _people(detector, text) == []


@pytest.mark.slow
@pytest.mark.parametrize("text, name", PEOPLE)
def test_people_beside_things_are_still_found(detector, text, name):
    assert any(name in found for found in _people(detector, text))


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
    assert traded(text, start, end, _kind_ends) is expected
