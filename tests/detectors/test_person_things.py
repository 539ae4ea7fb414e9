"""PERSON: names of things that read like people's names in prose (issue 12,
non-personal look-alikes), judged by what the sentence says around them; and the
people beside them still found. Made-up names, things and sentences."""

import pytest

from detectors.jp.person_things import in_a_title, names_a_thing_in_prose

THINGS = [
    # a thing's word right after the name, or ending it
    "辞典は1950年に三枝正道館から刊行された。",
    "翌年、救助船の島原勝丸が港に入った。",
    "視察団は村岡康介政権の閣僚と会談した。",
    "丘の上のイザベラ神殿が修復された。",
    # a place right before it: the tail of a state, or a place glued to a lone surname
    "一家はネブラスカ州ウィンスロウで雑貨店を営んでいた。",
    "橋は対岸の日根野舟場を繋いだ。",
    # an event named after a person
    "1901年、北畠宗麟の乱が鎮圧された。",
    # titles: a word for a work before or after the quotation
    "テレビ番組「岡部真澄」が放送された。",
    "彼は映画「港町の岡部真澄」に出演した。",
    "自伝的な「Memories of Clara Lind」シリーズを出版した。",
    # a chain whose part ends in a word for an organisation
    "彼はハンス・ブレーメンモータースポーツに移籍した。",
    # (prose7) a feature of the land after it, a band named after its leader, a boat,
    # an address, an episode's number or a list of works around a quotation, a band's player
    "1972年にハンナ・ヴォルデン・バンドが新曲を録音した。",
    "保存会は三輪木舟の復元に取り組んだ。",
    "第5話「港で待つ岡部真澄」が放送された。",
    "「岡部真澄の夏」や「潮騒の町」などで主演した。",
]

PEOPLE = [
    ("館長の三枝正道は開館式で挨拶した。", "三枝正道"),
    ("校長の村岡康介が式辞を述べた。", "村岡康介"),
    ("作曲の島原勝也と編曲の岡部真澄が並んで紹介された。", "岡部真澄"),
    ("「岡部真澄さんに連絡してください」と課長が言った。", "岡部真澄"),
    ("ネブラスカ州出身のジョン・ウィンスロウは帰国した。", "ジョン・ウィンスロウ"),
    ("対岸の日根野で舟場と会った。", "舟場"),
    # a label run on after the name ends in 号 (番号): the name is still found
    ("久保田 菜月 個人番号 123456789018\n", "久保田 菜月"),
    # (prose7) a name addressed inside listed quotations is spoken, not a title; a player
    # named after a band's role; a name that begins with an address's unit, no prefecture before
    ("「岡部真澄選手、入場!」、「次の試合です」といったコールが響いた。", "岡部真澄"),
    ("担当の町田恵子が伺います。", "町田恵子"),
]


def _people(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]


@pytest.mark.slow
@pytest.mark.parametrize("text", THINGS)
def test_things_named_like_people_are_not_people(detector, text):
    assert _people(detector, text) == []


@pytest.mark.slow
@pytest.mark.parametrize("text, name", PEOPLE)
def test_people_beside_those_words_are_still_found(detector, text, name):
    assert any(name in found for found in _people(detector, text))


def test_roles_after_a_name_are_not_things():
    text = "三枝館長と村岡校長"
    assert not names_a_thing_in_prose(text, 0, 2)
    assert not names_a_thing_in_prose(text, 5, 7)


def test_a_quotation_is_a_title_only_beside_a_word_for_a_work():
    said = "「岡部真澄が来た」と言った。"
    assert not in_a_title(said, 1, 5)
    titled = "小説「岡部真澄の夏」を読んだ。"
    assert in_a_title(titled, 3, 7)
    after = "「岡部真澄の夏」シリーズ"
    assert in_a_title(after, 1, 5)


@pytest.mark.parametrize("text, name", [
    ("1884年、蒲生忠春の乱が起きた。", "蒲生忠"),  # a candidate short of the name the event is named after
    ("北沢ゆかり特別賞が贈られた。", "北沢ゆかり"),  # a prize, a word between
    ("第2回河野雅彦記念杯を開いた。", "河野雅彦"),
])
def test_events_and_prizes_named_after_someone(text, name):
    start = text.index(name)
    assert names_a_thing_in_prose(text, start, start + len(name))


@pytest.mark.parametrize("text, name, expected", [
    ("工場は静岡県富士宮市上条原にあった。", "市上条原", True),  # an address begun before it
    ("工場は富士宮市上条原にあった。", "市上条原", False),  # no prefecture: not read as one
    ("担当町田恵子", "町田恵子", False),
    ("隊はハリソン山脈を越えて北へ向かった。", "ハリソン", True),  # a feature of the land after it
    ("ハリソン山岸が来た。", "ハリソン", False),
    ("保存会は三輪木舟を復元した。", "三輪木舟", True),
    ("「潮騒の町」、「岡部真澄の夏」といった作品", "岡部真澄", True),
    ("「岡部真澄の夏」、「潮騒の町」を書いた。", "岡部真澄", False),  # no など or といった: not a list of works
])
def test_addresses_boats_and_lists_of_works(text, name, expected):
    start = text.index(name)
    assert names_a_thing_in_prose(text, start, start + len(name)) is expected


@pytest.mark.slow
def test_a_band_before_its_player_is_not_a_person(detector):
    """…のギタリスト: what stands before is a band; the player named after it is a person."""
    assert _people(detector, "元アンジェラのギタリスト島原勝也が加わった。") == ["島原勝也"]


def test_romaji_among_the_words_of_a_quoted_title():
    text = "彼は「Songs for a Quiet Harbor」を録音した。"
    start = text.index("Quiet")
    assert in_a_title(text, start, start + len("Quiet Harbor"))
    alone = "彼は「Mary Quinn」と呼んだ。"  # the whole quotation: a name, not a title
    assert not in_a_title(alone, alone.index("Mary"), alone.index("」"))
