"""PERSON: people named in running text by a surname alone, foreign names, names in
diaries and mails (issue 12, surnames17: detectors/jp/person_lone.py and its wiring).
Made-up people and sentences; the real detector on a real file."""

import pytest


def people(scanner, text: str, name: str = "note.txt") -> list[str]:
    record = scanner.scan_bytes(name, text.encode())
    return sorted({f.value for o in record.walk() for f in o.findings if f.entity_type == "PERSON"})


@pytest.mark.parametrize("text, expected", [
    # a role or a post, glued, after a space or after の, then a particle: the surname alone
    ("副部長熊本より、合宿の日程について説明があった。\n", ["熊本"]),
    ("コンサートマスター 秋田の合図で全員が起立した。\n", ["秋田"]),
    ("副将の千葉が開会を宣言した。\n", ["千葉"]),  # a surname the dictionary reads as a place
    ("会計岡山から前期の収支報告。\n", ["岡山"]),
    ("本件は担当の薬師寺が引き継ぎます。\n", ["薬師寺"]),  # a surname ending as a temple's does
    ("研修メモ 3月2日 担当 福島\n\n研修の内容は以下のとおり。\n", ["福島"]),
    # a Chinese or Korean surname of one character, a Vietnamese one in katakana
    ("パートリーダー 蔡の判断で休憩を早めた。\n", ["蔡"]),
    ("幹事 ゴーが会場を押さえた。\n", ["ゴー"]),
    ("指揮者 孫の解釈で第3楽章を練り直す。\n", ["孫"]),  # 孫 apart from its role: a surname (主任の孫: a grandchild)
    ("キャプテン ヴォーの提案で練習を延長。\n", ["ヴォー"]),
    # a post after the surname, as a title (a surname of the lists)
    ("宮崎団長から会費の連絡。\n", ["宮崎"]),
    ("長野コンマスの合図で起立。\n", ["長野"]),
])
def test_a_surname_after_a_role(scanner, text, expected):
    assert people(scanner, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("面会の後、趙様は少し眠られた。\n", ["趙"]),
    ("書類は楊さんご本人に返却済み。\n", ["楊"]),
    ("本日ドー様のご家族から電話あり。\n", ["ドー"]),
    ("※西園寺さん宅は回覧を郵送で。\n", ["西園寺"]),  # a surname ending as a temple's does, addressed
])
def test_a_short_foreign_surname_addressed(scanner, text, expected):
    assert people(scanner, text) == expected


@pytest.mark.parametrize("text", [
    "お孫さんが面会に来られた。孫様も同席。主任の孫が来た。\n",  # a grandchild, not Sun
    "王様のブランチを見た。金さんの話も出た。\n",  # common words of one character
    "そんなことは許さんぞ。\n",
    "部長の千葉への出張は来週。担当千葉支店から連絡。\n",  # a place, a branch
    "会場：白鳥台の市民会館、集合は若林公園。\n",  # places named like people
    "担当部署は総務課。団長会議は中止。\n",
    "コンマスブイの話。\n",  # katakana glued to a katakana role: one word
    "千葉担当の窓口へ。山口組長の記事。営業部長から連絡。長野支店長が来た。\n",  # a region covered, a group, a department
])
def test_no_person(scanner, text):
    assert people(scanner, text) == []


def test_a_vietnamese_name_in_parts_after_a_label(scanner):
    assert people(scanner, "受療者 ホー・クオック・ズイ\n生年月日 平成2年4月1日\n") == ["ホークオックズイ"]


def test_a_name_before_the_next_label_of_the_line(scanner):
    text = "氏名 千葉　奏太　フリガナ チバ　カナタ\n住所 長野県松本市\n"
    assert people(scanner, text) == ["チバカナタ", "千葉奏太"]


@pytest.mark.parametrize("value", ["陳子軒", "周美子"])
def test_a_chinese_name_read_as_a_japanese_given_name(scanner, value):
    rows = "".join(f"{name}\t{i}\n" for i, name in enumerate(["藤代 恵", value, "戸川 実", "根津 光"]))
    assert value in people(scanner, "会員\t番号\n" + rows, "members.txt")
    assert people(scanner, f"受付で{value}さんと話した。\n") == [value]


def test_an_honorific_at_the_very_start_does_not_end_the_search(nlp):
    """様式第3号 begins with 様: the names addressed after it are still sought."""
    from detectors.jp.person_addressed import addressed_kanji_names
    from detectors.jp.person_names import load_name_lists
    from detectors.nlp import GinzaNlpEngine

    engine = GinzaNlpEngine(nlp)
    engine.load()
    text = "様式第3号 温水颯真様"
    assert addressed_kanji_names(text, load_name_lists(), engine.lookup) == [(6, 10)]


@pytest.mark.parametrize("text, expected", [
    ("服部 健一さんが面会に来られた。\n", ["服部健一"]),  # a surname ending as a department does
    ("日下部 紗良さんから電話。\n", ["日下部紗良"]),
    ("営業部 沢口 恭平\n", ["沢口恭平"]),  # a department before a name still is one
])
def test_a_surname_with_a_department_suffix_before_a_given_name(scanner, text, expected):
    assert people(scanner, text) == expected
