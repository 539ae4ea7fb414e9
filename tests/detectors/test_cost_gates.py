"""cost11: the address patterns that re tries at every position (a city after
CITY_START, 字 after a municipality) are tried only at the starts a few characters
before each 市区町村 (first_chars.matches_before): the same matches, groups and all,
as finditer, on sparse text (tried per anchor) and on dense text (re's own scan).
The recognizers are the real ones of the registry."""

import random

import pytest

from detectors import first_chars
from detectors.engine import RECOGNIZER_CLASSES
from detectors.first_chars import matches_before
from detectors.jp.base import JapanesePatternRecognizer

PIECES = ["松本市", "中央", "2-5-3", "三丁目", "十五番地", "の", "二", "号", "久留米市", "839-1881", "〒", "さんは", "に",
          "実家は", "沼津市", "区", "村", "町", "市役所", "港北区", "日吉本町", "4-1", "メゾン", "203", "号室", " ", "\t",
          "\n", ":", "【住所】", "(", "先月", "弘前市", "大字", "十", "一", "〇", "百", "林町", "二一三三番地五", "あ", "ア",
          "東京都", "、", "。", "0", "12", "市場", "村上", "町田", "<", ">", "字中原", "123", "郡", "大字上野", "字中原123", "字東山12-3",
          " 1984/10/21 TZ3051742", "1984年10月21日"]  # a birth before a document's number (ids24)


def _anchored():
    recognizers = [cls() for cls in RECOGNIZER_CLASSES if issubclass(cls, JapanesePatternRecognizer)]
    return [(pattern.name, regex, *r._anchors[pattern.name]) for r in recognizers
            for pattern, regex in zip(r.patterns, r._compiled) if pattern.name in r._anchors]


def _texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    short = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14))) for _ in range(3000)]
    # a long text where the anchors are rare: tried per anchor, not by re's scan
    padding = "本日の会議の議事録です。" * 40
    return short + [padding + text + padding for text in short[:600]]


@pytest.mark.parametrize("share", [first_chars.ANCHOR_SHARE, 1.0, 0.0])
def test_anchored_patterns_match_as_finditer_does(monkeypatch, share):
    monkeypatch.setattr(first_chars, "ANCHOR_SHARE", share)
    anchored = _anchored()
    assert {name for name, *_ in anchored} >= {"address_city", "address_kanji_city"}
    for name, regex, anchor, reach in anchored:
        found = 0
        for text in _texts(len(name)):
            expected = [(m.span(), m.groups()) for m in regex.finditer(text)]
            assert [(m.span(), m.groups()) for m in matches_before(regex, anchor, reach, text)] == expected, (name, text)
            found += len(expected)
        assert found > 100, name


def test_a_city_address_is_found_in_prose_and_after_its_postal_code():
    recognizer = next(cls() for cls in RECOGNIZER_CLASSES if cls.__name__ == "AddressRecognizer")
    text = "本日の連絡です。" * 30 + "山田さんは松本市中央2-5-3に住んでいます。送付先 〒839-1881久留米市東町3-4-5"
    values = sorted(text[r.start:r.end] for r in recognizer.analyze(text, ["ADDRESS"]))
    assert values == ["久留米市東町3-4-5", "松本市中央2-5-3"]


DATE_LABEL_PIECES = ["変更年月日", "転居日", "日付", "取得年月", "change_date", "birthday", "moved_on", "henko_bi", "_at", "_ymd",
                     "DATE", "Day", "日", "付", "月", " ", "  ", ":", "：", "=", "】", "【", "]", "[", "\t", "<", ">", "</",
                     "shutoku_bi", '"', "'", "henkoDate", "{", ",", "生年月日", "昭和", "1980", "a", "İ", "ı", "_bİ", "号",
                     "<henko_bi>", "<date>", "<row>", '"henkoDate"', '"value"', "<td>"]


def test_a_dates_label_is_searched_for_only_where_its_end_can_stand():
    """cost11: date_labels' two searches run only on a window whose last characters
    could end their match; every window one of them matches passes the gate."""
    from detectors.jp import date_labels

    rng = random.Random(21)
    windows = ["".join(rng.choice(DATE_LABEL_PIECES) for _ in range(rng.randint(0, 7))) for _ in range(60000)]
    windows = [window.rpartition("\t")[2][-date_labels.LABEL_REACH:] for window in windows]
    labels = elements = 0
    for window in windows:
        if date_labels._OWN_LABEL.search(window):
            assert date_labels._may_end_a_label(window), window
            labels += 1
        if date_labels._ELEMENT.search(window):
            assert date_labels._may_close_an_element(window), window
            elements += 1
    assert labels > 1000 and elements > 500
    assert sum(not date_labels._may_end_a_label(window) for window in windows) > 10000


def test_an_anchors_reach_is_the_longest_name_before_it():
    """The reach is the pattern's own: a longer city name (CITY_NAME) or municipality
    before 字 (_AZA) must lengthen it, or a match would be missed."""
    from detectors.jp import address, address_forms

    assert address.CITY_NAME.endswith("{1,%d}?" % address.CITY_ANCHOR[1])
    anchor, reach = address_forms.AddressFormsRecognizer.ANCHORED["address_aza"]
    assert address_forms._AZA.startswith(f"{address_forms._NAME}{{1,{reach}}}?{anchor}")
