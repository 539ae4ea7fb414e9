"""要配慮 words that stand inside another word or name a group, a language or a place
of worship, in sentences that do name a person (issue 12, look-alikes in prose): no
finding; the same words about the person still found. Made-up people and sentences."""

import pytest

from detectors.jp.sensitive.boundaries import a_group_modifier, a_place_of_worship

NOT_ABOUT_THE_PERSON = [
    # a kanji word begun inside a longer word (破壊, 中華人民, 主義)
    "大川 悠斗さんの倉庫は台風で破壊された。",
    "大川 悠斗さんは中華人民共和国の大連に赴任した。",
    "大川 悠斗さんは師の主義手法に賛同した。",
    # an origin as a modifier of a kanji noun: a language, a group, a movement
    "大川 悠斗さんはアイヌ語の地名を調べている。",
    "大川 悠斗さんは白人開拓者の日記を翻訳した。",
    "大川 悠斗さんは反民族行為の訴訟を取材した。",
    # a place of worship, a facility's access
    "大川 悠斗さんは礼拝堂の修復を担当した。",
    "当館は車いすでの利用が可能です。館長は大川 悠斗さん。",
]

STILL_ABOUT_THE_PERSON = [
    ("吉田 美咲さんは右手に麻痺が残っている。", "障害"),  # a side and a body part are one word
    ("中村 さくらさんはアイヌ民族の出身です。", "人種・民族"),
    ("金 英樹さんは在日韓国人三世である。", "人種・民族"),
    ("森 カルロスさんは日系人社員として採用された。", "人種・民族"),  # a person noun after the origin
    ("大川 悠斗さんは車いすで通勤している。", "障害"),
]


def _sensitive(detector, text):
    return [d.category for d in detector.detect(text) if d.entity_type == "SENSITIVE"]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_ABOUT_THE_PERSON)
def test_words_inside_words_groups_and_places_are_no_finding(detector, text):
    assert _sensitive(detector, text) == []


@pytest.mark.slow
@pytest.mark.parametrize("text, category", STILL_ABOUT_THE_PERSON)
def test_the_same_words_about_the_person_are_found(detector, text, category):
    assert category in _sensitive(detector, text)


@pytest.mark.parametrize("text, end, expected", [
    ("アイヌ語の", 3, True),
    ("日系人社員", 3, False),
    ("少数民族出身", 4, False),
    ("白人の", 2, False),  # の: what follows decides elsewhere
    ("在日韓国人三世", 5, False),  # a generation: still the person's origin
    ("ブラジル国籍", 4, False),
    ("黒人音楽", 2, True),
])
def test_an_origin_before_a_noun(text, end, expected):
    assert a_group_modifier(text, end) is expected


def test_a_place_of_worship():
    assert a_place_of_worship("礼拝堂", 2) and a_place_of_worship("礼拝の場", 2)
    assert not a_place_of_worship("礼拝の間は席を外す", 2)  # a while as often as a room
