"""PERSON: katakana names the dictionary does not tag as names, found where the
sentence says the word is a person (issue 12, wikirecall): a relative, a life event
or a title after it, a role before it, a definition or a life it is the topic of.
Made-up names and sentences; the real GiNZA model."""

import pytest

from detectors.jp.person_said import defined_as_a_person
from detectors.nlp import GinzaNlpEngine

PEOPLE = [
    # a relative, a life event, a group of people, a title only a person holds
    ("晩年、ゾルバーノの妻は画廊を開いた。", "ゾルバーノ"),
    ("1931年にクヴェトレクが死去した。", "クヴェトレク"),
    ("彼女は1950年にブラニツキと結婚した。", "ブラニツキ"),
    ("若い頃はオルトマイヤーに師事していた。", "オルトマイヤー"),
    ("警察はヴォイチェクを逮捕した。", "ヴォイチェク"),
    ("ストラヴィンコ兄弟が商会を継いだ。", "ストラヴィンコ"),
    ("会談にはメルダーニ首相も加わった。", "メルダーニ"),
    ("同行したのはクレスティン中佐だった。", "クレスティン"),
    ("市民はヤロスラフ・ペトルカを首領に選んだ。", "ヤロスラフ・ペトルカ"),
    # a role or a kind of person right before
    ("経済学者のフラーデル・ポシェクは土地を手放した。", "フラーデル・ポシェク"),
    ("ボーカルのミルコヴァが新曲を書いた。", "ミルコヴァ"),
    ("彼は指揮者教授オストロフカに学んだ。", "オストロフカ"),
    # the topic of a definition or of a life
    ("ドブリャンスキは、ポーランドの経済学者。", "ドブリャンスキ"),
    ("ヴェルネシュは多作で知られた作家だった。", "ヴェルネシュ"),
    ("1880年にグルシェンカは王立協会の会長に選ばれた。", "グルシェンカ"),
    ("ザヴァドスキは地元の神学校で学んだ。", "ザヴァドスキ"),
    # (prose7) a title of nobility even after a place's name; a people or a role glued or
    # joined by ・ before the name; a pilot, an inventor; a group or a surname after it;
    # listed among a kind of person; a life told in a long clause
    ("のちにウィーン伯爵は領地を手放した。", "ウィーン"),
    ("1702年、ドイツ人ヤロミール・クベシュが港に到着した。", "ヤロミール・クベシュ"),
    ("翌年、哲学者フラーデル・ポシェクは講演で反論した。", "フラーデル・ポシェク"),
    ("行方不明の父親・ヴォイツェフ博士を探す旅に出た。", "ヴォイツェフ"),
    ("その夜、ブラニツキとオストロフカ両人が町を出た。", "オストロフカ"),
    ("彼はクヴェトレク姓のまま青年期を過ごした。", "クヴェトレク"),
    ("1990年代にはドブラニェクなどの経済学者と共同で調査を行った。", "ドブラニェク"),
    ("嵐の中、ゾルバーノが操縦する機体が着陸した。", "ゾルバーノ"),
    ("ヴェルネシュは1961年3月2日に南ロンドンの聖マーガレット病院において、肺炎で亡くなった。", "ヴェルネシュ"),
]

NOT_PEOPLE = [
    # a country's or a city's head, a thing of a person, a common word after a role
    "会議にはマレーシア首相が出席した。",
    "大統領のクリスマス・メッセージが放送された。",
    "選手のユニフォームが新しくなった。",
    # kinds of person themselves, and a group of them
    "メンバーが脱退して3人になった。",
    "ユーザーは設定画面で言語を選んだ。",
    "オペレーターは状況を冷静に述べた。",
    # a style or a brand is born, a company joins as a member; not a person
    "ジャズはニューオーリンズで生まれた。",
    "翌年、ボルテックスは業界団体の会員に選ばれた。",
    "翌年、ボルテックスは新線の運営事業者に選ばれた。",
    "開発者のボルテックスが新版を公開した。",
    # what a body or a product does too: states, joins, is born, retires
    "2001年、ヴェスタリアが同盟に加入した。",
    "ヴェスタリアは声明で遺憾の意を述べた。",
    "ヴェスタリアは1960年代に英国で生まれた。",
    # a company before a title it shares with people, letters glued before (a company)
    "ロスメイヤー社長が記者会見を開いた。",
    "JPラドクリフの妻が訪れた。",
    # another topic before the word: the life is not its
    "同社はヴァルトハイムで生まれた技術を使う。",
    # (prose7) a place before a word that begins with a title's character is no noble (公園);
    # a common word after a people; a company's word glued after a kind's kanji (大将…)
    "一行はウィーン公園を散策した。",
    "フランス人シェフが料理を振る舞った。",
    "焼肉店を運営する大将ダイニングサービスが謝罪した。",
]


def _people(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]


@pytest.mark.slow
@pytest.mark.parametrize("text, name", PEOPLE)
def test_what_the_sentence_says_makes_a_person(detector, text, name):
    assert name in _people(detector, text)


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_no_person_where_the_sentence_says_none(detector, text):
    assert _people(detector, text) == []


@pytest.mark.parametrize("text, expected", [
    ("ドブリャンスキは、ポーランドの経済学者。", True),
    ("ドブリャンスキは、ポーランドの経済学者である。", True),
    ("ドブリャンスキは、ポーランドの自動車メーカー。", False),
    ("ドブリャンスキは、ポーランドの大手。", False),  # 大手: a company, not a kind of person
    ("ドブリャンスキは、ポーランドの国家。", False),
    ("その後ドブリャンスキは、ポーランドの経済学者。", True),
    ("同社のドブリャンスキは、ポーランドの経済学者。", False),  # another topic first
])
def test_a_definition_that_ends_in_a_kind_of_person(text, expected):
    start = text.index("ドブリャンスキ")
    assert defined_as_a_person(text, start, start + len("ドブリャンスキ")) is expected


@pytest.mark.slow
@pytest.mark.parametrize("word, place", [("マレーシア", True), ("ウィーン", True), ("ユニフォーム", False)])
def test_the_dictionary_tells_a_place(nlp, word, place):
    assert GinzaNlpEngine(nlp).lookup(word).place is place
