"""One rule where two were written for one class (revnames18), tried on the edges where the
two differed. Made-up people, places and bodies."""

import pytest

from detectors.columns.names import name_columns
from detectors.jp.person_columns import NameJudge
from detectors.jp.person_kanji import cjk_names, read_as_a_given_name
from detectors.jp.person_lone import one_character_surnames
from detectors.jp.person_names import load_name_lists
from detectors.jp.person_premises import a_facility_and_its_nickname
from detectors.nlp import GinzaNlpEngine
from detectors.own_named import organisations_own_row


@pytest.fixture(scope="module")
def engine(nlp):
    loaded = GinzaNlpEngine(nlp)
    loaded.load()
    return loaded


def people(detector, text: str) -> list[str]:
    return [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]


# 1. A surname of one character: one finder, a Chinese and a Japanese letter set
ADDRESSED = [
    ("周様は来月帰国します。", ["周"]),  # both finders had these
    ("橘さんは欠席です。", ["橘"]),
    ("湊 葵 様\nご案内です。", ["湊 葵"]),
    ("劉 偉さんの件です。", ["劉 偉"]),  # a given name apart: only the Japanese finder read it
    ("周 様へ\nお届けします。", ["周"]),  # a space before the honorific: only the Japanese finder
    ("なお周さんは欠席。", ["周"]),  # お ending a word: the Chinese finder lost it
    ("担当: 周\n", ["周"]),  # a role's cell: only the Japanese set was read there
    ("お堀さんを散歩。大森さんと頑張さん。王様の耳。", []),
    ("ピーボー様のブイさん", ["ブイ"]),
]


@pytest.mark.parametrize("text, expected", ADDRESSED)
def test_a_one_character_surname_addressed(text, expected):
    assert [text[s:e] for s, e in one_character_surnames(text)] == expected


def test_a_japanese_surname_of_one_character_after_a_role(detector):
    """After a role, the Chinese set alone was read (担当の楊が); 橘 is as much a surname."""
    assert "橘" in people(detector, "本日の受付は担当の橘が行います。\n")
    assert "楊" in people(detector, "本日の受付は担当の楊が行います。\n")
    assert people(detector, "主任の孫が来た。\n") == []


# 2. A Chinese or Korean full name: one reader for a column's cell and a name's field
def test_a_full_name_the_dictionary_cuts_after_the_surname(engine):
    judge = NameJudge(engine.lookup, load_name_lists())
    for name in ("張国強", "趙文博", "周子軒"):
        assert judge.known(name), name  # a field's value or a cell's first word, as in a column's cell
    for word in ("金曜日", "高校生", "陳建国"):
        assert not judge.known(word), word
    # running text asks more of its reading: 張国強 alone says no name there
    assert not read_as_a_given_name("張国強", engine.lookup) and read_as_a_given_name("周子軒", engine.lookup)
    assert cjk_names("昨日、周子軒が来た。", engine.lookup, ()) == [(3, 6)]


def test_a_full_name_as_a_name_fields_value(engine):
    judge = NameJudge(engine.lookup, load_name_lists())
    assert judge.a_name_value("趙文博") and not judge.a_name_value("高校生")


# 3. A reading written solid: one pattern and its bounds
def test_the_solid_readings_bounds():
    from detectors.jp.person_names import SOLID_READING  # the one pattern (revnames18)

    assert SOLID_READING.fullmatch("ヤマダユキ") and SOLID_READING.fullmatch("カミヤマグチリョウジュウロウ")
    assert not SOLID_READING.fullmatch("ボールペン") and not SOLID_READING.fullmatch("ユキ")


def test_a_headerless_column_of_long_readings():
    """A surname's reading and a long given name's run past twelve kana (the column reader's old bound)."""
    column = ["カミヤマグチリョウジュウロウ", "ヒガシクニミヤキュウイチロウ", "スギモトハルカ", "オオイズミカンジュウロウ"]
    assert name_columns({0: column}) == {0: "氏名(カナ)"}


def test_a_rare_surnames_reading_in_a_person_column():
    """A rare surname's reading before a given name's of two kana: past twelve kana too (the
    person-column reader's old bound), never with small kana in the surname's part."""
    judge = NameJudge(None, load_name_lists())
    assert judge._kana_name("ヌカサワユリ") and judge._kana_name("ワカミヤマエダカワラノユキ")
    assert not judge._kana_name("ヌキャサワユリ")


# 4. A body's kind, then its own name: one rule for a person column and an organisation's own row
KIND_THEN_NAME = [
    ("放課後児童クラブ ひまわり", True),
    ("訪問看護ステーション あおば", True),
    ("ホテル潮見 本館", True),  # a hotel: only the own-row rule knew it
    ("保育園 すみれ", True),  # a nursery of a short kanji word: only the person-column rule knew it
    ("第二保育園 さくら 組", True),  # three words: only the own-row rule took them
    ("薬師寺　修", False),
    ("ひまわり ", False),  # a space at the end: one word
    ("小野寺 弘美", False),
    ("(株)アオバ設計 田中", False),  # a firm, then its contact
    ("放課後児童クラブ 山田 太郎", False),  # a club, then a member
]


@pytest.mark.parametrize("value, expected", KIND_THEN_NAME)
def test_a_kind_then_its_name(value, expected):
    assert a_facility_and_its_nickname(value) is expected


class _Row:
    def __init__(self, text: str) -> None:
        self.text = text

    def names_a_person(self, start: int, end: int) -> bool:
        return False

    def gives_a_birth_date(self, start: int, end: int) -> bool:
        return False


@pytest.mark.parametrize("cell, own", [("保育園 すみれ", True), ("ひだまり歯科 田中", False), ("ひだまり歯科", True)])
def test_an_organisations_own_row(cell, own):
    row = _Row(f"氏名: {cell}\t電話: 03-1234-5678")
    assert organisations_own_row(row, 0, len(row.text)) is own
