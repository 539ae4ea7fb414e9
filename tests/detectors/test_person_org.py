"""PERSON: organisations, teams, bands and brands that read like people's names in
prose (issue 12, non-personal look-alikes), judged by what the sentence says they do
or have, and by what the same text says of them elsewhere; the people beside them
still found. Made-up names, companies and sentences."""

import pytest

from detectors.jp.person_org import said_of_an_organisation, things_in_text

ORGANISATIONS = [
    # a destination one joins, a group formed, what a company does or has
    "翌年、彼はウィルソンに移籍した。",
    "1999年にモーガンを結成し、初ライブを行った。",
    "2010年、ハリソンが倒産した。",
    "ジョンソンの本社はミラノにある。",
    "ウィルソンのメンバーは4人だった。",
    # a work one appears in, a product released, a place settled in
    "彼女はドラマのモーガンに出演した。",
    "同社は1988年にハリソンを発売した。",
    "一家は1850年にジョンソンに移住した。",
    # a definition whose last noun is a kind of thing; a kind right before the name
    "ウィルソンは、ドイツ出身のロックバンド。",
    "彼らはモーガンというバンドを組んだ。",
    "ロックバンド・モーガンの3作目である。",
    "乗員は試験艦ハリソンに乗艦した。",
    # a chain of common nouns used attributively (a show, a maker)
    "トップ・ギアの撮影で来日した。",
    # an era named by a word is a company's or a club's in someone's career (person_prose)
    "彼はウィルソン時代に頭角を現した。",
    # what the sentence has a company, a team, a party, a product or a site do or own (person_trade)
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
    # the person who moves, forms or leaves is still a person
    ("翌年、河野雅彦はロスベルクに移籍した。", "河野雅彦"),
    ("1999年、佐伯道子がメルヴィスを結成した。", "佐伯道子"),
    # a person's number, a person addressed as president: kanji go on after the word
    ("担当の宇野の社員番号を確認した。", "宇野"),
    ("大会では河野社長が挨拶した。", "河野"),
    # predicates said of people too are not read as an organisation's
    ("2003年、ハリソンが運営するブログが閉鎖された。", "ハリソン"),
    ("同僚のジョン・ハリソンから独立を持ちかけられた。", "ジョン・ハリソン"),
    ("河野雅彦の監督による短編映画が公開された。", "河野雅彦"),
    ("晩年のハリソンの社長としての手腕が評価された。", "ハリソン"),
    # beside a company, a team or a party (person_trade), and its predicates people take too
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
@pytest.mark.parametrize("text", ORGANISATIONS)
def test_organisations_named_like_people_are_not_people(detector, text):
    assert _people(detector, text) == []


@pytest.mark.slow
@pytest.mark.parametrize("text, name", PEOPLE)
def test_people_beside_organisations_are_still_found(detector, text, name):
    assert any(name in found for found in _people(detector, text))


@pytest.mark.slow
def test_a_text_names_an_organisation_in_one_sense(detector):
    text = "監督はウィルソンに移籍した。\n翌年、ウィルソンと新たに契約を結んだ。"
    assert _people(detector, text) == []


@pytest.mark.parametrize("text, end, expected", [
    ("ロスベルクに移籍した", 5, True),
    ("ロスベルクの社員番号", 5, False),  # kanji go on: a field of a person
    ("ロスベルク社の", 5, True),
    ("河野社長が", 2, False),
    ("ロスベルク製の", 5, True),
    ("ロスベルク製作所", 5, False),
    ("ロスベルクに出演", 5, True),
    ("ロスベルクの首都", 5, True),
    ("ロスベルクが運営する", 5, False),
    ("ロスベルクと会った", 5, False),
])
def test_what_follows_a_candidate(text, end, expected):
    assert said_of_an_organisation(text, end) is expected


def test_one_sense_per_text_needs_a_whole_word():
    # ロスベルク inside a longer word is not the candidate said to be a club
    text = "ノイロスベルクに移籍。ロスベルクは笑った。"
    assert things_in_text(text, [(11, 16)]) == set()
    text = "彼はロスベルクに移籍。ロスベルクは勝った。"
    assert things_in_text(text, [(11, 16)]) == {"ロスベルク"}
