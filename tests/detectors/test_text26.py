"""PERSON and 要配慮 read by what the sentence and the line say (issue 12, text26): a word named like a
person that heads a group (〜の会), that is the predicate of a topic that is no one (例会は…の高原です),
that a common noun of three characters follows after a blank (〜 体育館, 〜 主遣い), or that ends a short
quotation glued to a word (紅白「花千代」); a roster's line whose birth date is written with an era's
letter or first kanji (S52.4.1生, 平7.4.1生); a body part's loss written with a blank (右手指 欠損); an
origin whose place has a gloss in brackets (台湾(中華民国)にルーツ); a means of talking (筆談) that only
follows the condition it serves. Made-up people and sentences, the real GiNZA model."""

import pytest


def _people(detector, text):
    return sorted(d.text.replace("\u3000", " ") for d in detector.detect(text) if d.entity_type == "PERSON")


def _sensitive(detector, text):
    return sorted((d.text, d.category) for d in detector.detect(text) if d.entity_type == "SENSITIVE")


@pytest.mark.parametrize("text, people", [
    # a group named after a word that is a surname too
    ("星野の会 オリオン　〒384-1405 長野県南佐久郡川上村大字御所平1620\n", []),
    ("白石の会 オリオン　〒384-1405 長野県南佐久郡川上村大字御所平1620\n", []),
    # the predicate of an outing's topic, not a self-introduction
    ("来月の例会は 6月3日、北方面の高原です。車は 森本 一郎 さんが出します。", ["森本 一郎"]),
    # a hall by its town: a common noun of three characters after a blank
    ("次回の練習は 5月9日 です。集合場所は 武田 体育館。", []),
    # a fish's name ending a short quotation, glued to the word before it
    ('"koi": "丹頂「雪千代」",', []),
    ("出品：紅白「花千代」", []),
])
def test_named_like_a_person_by_its_sentence(detector, text, people):
    assert _people(detector, text) == people


@pytest.mark.parametrize("text, people", [
    # a self-introduction: no topic, or a topic that is a person
    ("お世話になっております。総務課の高原です。", ["高原"]),
    ("担当は総務の高原です。よろしくお願いします。", ["高原"]),
    # a roster's line: the name, then a birth date by an era's letter or kanji
    ("会員名簿\n森本 一郎　S41.2.3生　札幌市中央区北1条西2丁目 011-555-0101\n"
     "湊 誠　S52.4.1生　札幌市中央区北2条西3丁目 011-555-0102\n", ["森本 一郎", "湊 誠"]),
    ("会員名簿\n森本 一郎　昭41.2.3生　札幌市中央区北1条西2丁目 011-555-0101\n"
     "氷室 伊織　平7.4.1生　札幌市中央区北2条西3丁目 011-555-0102\n", ["森本 一郎", "氷室 伊織"]),
    # a section's heading: the name, a blank and the date's label (no 面談日 as a given name)
    ("■岩本美空　面談日 R06.02.01\n既卒1回目。", ["岩本美空"]),
    # a rare given name of two kanji that the dictionary also holds as a common noun
    ("氏名：喜屋武 一颯", ["喜屋武 一颯"]),
])
def test_people_stay(detector, text, people):
    assert _people(detector, text) == people


def test_a_body_parts_loss_with_a_blank_and_no_means_of_talking(detector):
    text = "受付票 お客様：森本 一郎 様\n備考：お客様は右手指 欠損（労災）のため、受け渡し時は筆談で。"
    assert _sensitive(detector, text) == [("右手指 欠損", "障害")]


def test_an_origin_with_a_gloss_in_brackets(detector):
    text = "氏名：森本 一郎\n特記：台湾（中華民国）にルーツを持つ\n"
    assert [category for _, category in _sensitive(detector, text)] == ["人種・民族"]


@pytest.mark.parametrize("text, value", [
    ("桧山 一郎 さんと 森本 二郎 さんが出します。\n森本さんはB型肝炎キャリアなので夜道は無理をさせないように。",
     "B型肝炎キャリアなので"),
    ("森本 一郎　昭20.05.22生　札幌市中央区北1条西2丁目 011-555-0101\n　本籍 北海道小樽市1番地　C型肝炎キャリア\n",
     "C型肝炎キャリア"),
    ("研修生：森本 一郎\n健康：C型肝炎キャリア（定期受診）\n", "C型肝炎キャリア"),
])
def test_a_carrier_told_of_someone(detector, text, value):
    assert (value, "病歴") in _sensitive(detector, text)


def test_a_carrier_in_a_notice_is_no_ones(detector):
    assert _sensitive(detector, "B型肝炎キャリアの方は事前にお申し出ください。") == []


def test_a_member_of_a_party_unnamed(detector):
    text = "差出人 森本 一郎です。手記には町の政党支部の党員のことを書きました。"
    assert ("町の政党支部の党員", "信条") in _sensitive(detector, text)
    assert _sensitive(detector, "差出人 森本 一郎です。各政党の代表が討論した。") == []
