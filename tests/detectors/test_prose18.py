"""PERSON in encyclopaedic and news prose (issue 12, prose18): Japanese, Chinese and
Korean names whose given part the dictionary reads as a word or does not know, found
where the sentence says they are people — a definition that begins with them, a role
right before them, a credit for a share of a work — and katakana names before 知事,
亡き後 or 没後. Made-up people and sentences; the real GiNZA model."""

import pytest

from detectors.jp.person_defined import _given_part
from detectors.jp.person_names import load_name_lists

PEOPLE = [
    # a definition that begins with the name (a pen name, a stage name, a word as a given name)
    ("後藤夕凪は、大阪府出身の俳人。", "後藤夕凪"),
    ("森春雷は、日本の俳人。", "森春雷"),
    ("谷口夜光は、日本の漫画家である。", "谷口夜光"),
    # a role or a kind of person with の or ・ right before
    ("会長の山根明をはじめとする関係者も来場した。", "山根明"),
    ("ボーカルの長谷仍花の活動が注目を集めた。", "長谷仍花"),
    ("社長の金載哲と記念会が提訴した。", "金載哲"),
    # a credit for a share of a work
    ("主題歌は森下夜光が作詞、片岡朝凪が作曲を担当した。", "森下夜光"),
    ("主題歌は森下夜光が作詞、片岡朝凪が作曲を担当した。", "片岡朝凪"),
    ("同誌には川村一個が表紙イラストを寄稿した。", "川村一個"),
    # a governor's title after a surname or a katakana name
    ("2012年に大村知事が新党を設立した。", "大村"),
    ("改革案はヘルマッチ知事から酷評された。", "ヘルマッチ"),
    # a post only a person holds, glued after a surname the dictionary reads as a place
    ("これに若林首相が反論した。", "若林"),
    ("これに筒井議員が反論した。", "筒井"),
    ("筒井容疑者が逮捕された。", "筒井"),
    ("筒井弁護士によれば問題はない。", "筒井"),
    # only a person dies
    ("ザルバーニ亡き後の時代に活躍した。", "ザルバーニ"),
    ("ロヴェッリ没後、工房は弟子が継いだ。", "ロヴェッリ"),
]

NOT_PEOPLE = [
    # a surname and a common word after a role: the person's film, study, regime, statement
    "監督の黒澤映画は名作だ。",
    "教授の田中研究が注目された。",
    "監督の木村体制が続いた。",
    "会長の松本発言が波紋を呼んだ。",
    "選手の森本塁打が決まった。",
    # a surname and a body's or a place's word
    "社長の山田工業は好調だ。",
    "担当の佐藤商事に連絡した。",
    # a definition of a shop or a park, not of a person
    "田中商店は、東京都の老舗の和菓子店。",
    "上野動物園は、東京都の動物園。",
    # a ministry's or a ship's name before a post (surnames of the lists too)
    "大蔵大臣が答弁した。",
    "翌年、長門艦長に就任した。",
    "民主党議員が反対した。",
    # a body credited with making a work
    "本作は東映が制作、角川書店が発行した。",
]


@pytest.mark.slow
@pytest.mark.parametrize("text, name", PEOPLE + [(text, None) for text in NOT_PEOPLE])
def test_people_said_so_and_nobody_else(detector, text, name):
    """Each name of PEOPLE is found in its sentence; no PERSON at all in NOT_PEOPLE."""
    found = [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]
    assert name in found if name else found == []


@pytest.mark.parametrize("run, given", [
    ("山根明", "明"), ("長谷仍花", "仍花"), ("金載哲", "載哲"),
    ("山田工業", ""), ("田中課長", ""), ("中野支店", ""), ("東京都", ""),
])
def test_given_part_after_a_surname(run, given):
    assert _given_part(run, load_name_lists()) == given
