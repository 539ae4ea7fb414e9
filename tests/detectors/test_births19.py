"""Children's and parents' names in a club's, a team's or a children's centre's papers, and
beliefs said of a course's participants (issue 12, births19):
- a reading column (ふりがな, よみがな) written in hiragana and glued: the reading of each row's
  person as katakana readings are (a surname's reading of the lists, then a given name's);
- a rare surname that is also a given name's spelling and a common word, glued to a given
  name the dictionary tags (a roster's 保護者 cell, a phone tree's line before its bracket);
- who wrote or tallied a log (記入：, 集計：) before a surname alone;
- a surname the dictionary knows, a space, a given name the lists lack, addressed (…さん);
- 病歴: an allergy to any allergens listed before アレルギー (小麦・えびアレルギー);
- 障害: a condition noted with its disability's class in brackets or after its grade (〜装着（内部障害）);
- 信条: a petition signed (〜を求める請願に署名), a cause named by 反/脱 whatever the issue
  (反〇〇団体の支持者), a seat on a movement's organising committee (〜行進の実行委員).
Made-up people and wordings only."""

import pytest

from tests.detectors.test_names18 import people
from tests.detectors.test_sensitive_health14 import recognizer, told  # noqa: F401


FOUND = [
    # a reading column in hiragana, glued, beside the player's and the guardian's names
    ("roster.csv", "背番号,なまえ,よみがな,学年,保護者\n7,梶原 蒼,かじわらそう,小4,梶原 美保\n"
                   "8,桐生 結衣,きりゅうゆい,小5,桐生 徹\n9,大河 七瀬,おおかわななせ,小3,大河 亮\n",
     ["おおかわななせ", "かじわらそう", "きりゅうゆい"]),
    # a reading under its own header (よみ) in hiragana, whatever the lists hold
    ("kana.csv", "番号,氏名,よみ\n1,大楠 ひかる,おおくすひかる\n2,桐生 結衣,きりゅうゆい\n", ["おおくすひかる"]),
    # a glued name whose surname is a common word and a given name's spelling too
    ("pickup.csv", "児童,保護者,携帯\n桐生結衣,明神恵子,090-1111-2222\n梶原蒼,久遠直樹,090-1111-3333\n", ["明神恵子"]),
    ("tree.txt", "【連絡網】\n桐生結衣（ユイ）→ お母さん 090-1234-5678\n明神颯太（ソウ）→ お母さん 080-2345-6789\n", ["明神颯太"]),
    # a child called by くん or ちゃん in a centre's log
    ("diary.txt", "明神颯太くん（小3）が鉄棒から落ちた。\n", ["明神颯太"]),
    # who wrote or tallied the log
    ("log.txt", "学童クラブ 活動記録　記入：桐生\n本日は雨のため室内遊び。\n", ["桐生"]),
    ("tally.txt", "アンケート結果\n集計：梶原（社会教育主事）\n", ["梶原"]),
    ("tally2.txt", "アンケート結果\n集計：西園寺（社会教育主事）\n", ["西園寺"]),
    # a surname the dictionary knows before a given name the lists lack, addressed
    ("note.txt", "お父さんの大楠 結翔さんに電話した。\n", ["大楠結翔"]),
]


@pytest.mark.parametrize("name, text, names", FOUND)
def test_children_and_parents_names_in_a_clubs_papers(scanner, name, text, names):
    found = people(scanner, name, text.encode("utf-8"))
    assert set(names) <= set(found), found


NOT_FOUND = [
    ("status.csv", "利用者,確認\n梶原 蒼,あり\n桐生 結衣,すみ\n", ["あり", "すみ"]),
    ("check.txt", "点検：済\n確認：未定\n", ["済", "未定"]),
]


@pytest.mark.parametrize("name, text, absent", NOT_FOUND)
def test_words_near_those_shapes_are_no_names(scanner, name, text, absent):
    found = people(scanner, name, text.encode("utf-8"))
    assert not set(absent) & set(found), found


BELIEFS = [
    ("叔父は原発新設反対の請願に署名した。", "請願に署名した"),
    ("受講者の一人は核のごみ処分場を求める陳情に署名済み。", "陳情に署名済み"),
    ("兄は反カジノ団体の支持者だ。", "反カジノ団体の支持者"),
    ("母は脱炭素の市民団体の支援者です。", "脱炭素の市民団体の支援者"),
    ("私は護憲集会の実行委員長を務めている。", "護憲集会の実行委員長"),
    ("祖母は反戦行進の実行委員。", "反戦行進の実行委員"),
]


@pytest.mark.parametrize("text, phrase", BELIEFS)
def test_a_belief_by_a_petition_signed_a_cause_against_or_a_committee_seat(recognizer, text, phrase):
    found = told(recognizer, text)
    assert any(kind == "信条" and phrase in value for value, kind in found), found


@pytest.mark.parametrize("text", [
    "反省会に参加した。",
    "交通違反者の団体講習に参加した。",
    "脱毛サロンの会員になった。",
    "申込書に署名した。",
])
def test_near_misses_tell_no_belief(recognizer, text):
    assert not [t for t, kind in told(recognizer, text) if kind == "信条"], told(recognizer, text)


HEALTH = [
    ("病歴", "特記：小麦・えびアレルギー", "小麦・えびアレルギー"),
    ("病歴", "長女はキウイ／ももアレルギーがある。", "キウイ/ももアレルギー"),
    ("病歴", "本人はピーナッツアレルギーのため給食は除去食。", "ピーナッツアレルギー"),
    ("障害", "留意点：植込み型除細動器を装着（内部障害）", "植込み型除細動器を装着(内部障害)"),
    ("障害", "留意点：在宅酸素療法を継続中（呼吸器機能障害3級）", "在宅酸素療法を継続中(呼吸器機能障害3級)"),
    ("障害", "留意点：心臓機能障害3級でペースメーカーを装着", "心臓機能障害3級でペースメーカーを装着"),
]


@pytest.mark.parametrize("category, text, phrase", HEALTH)
def test_an_allergy_to_anything_or_a_condition_noted_as_a_disability(recognizer, category, text, phrase):
    found = told(recognizer, text)
    assert any(kind == category and phrase in value for value, kind in found), found


@pytest.mark.parametrize("text", [
    "卵アレルギー対応の献立を用意しています。",
    "アレルギー物質：小麦・えび",
    "そばアレルギーの方は事前にお知らせください。",
    "キウイアレルギーなし",
])
def test_an_allergy_of_no_one(recognizer, text):
    assert not [t for t, kind in told(recognizer, text) if "アレルギー" in t], told(recognizer, text)


def test_an_allergy_listed_in_a_rosters_cell_is_the_childs(scanner):
    data = "番号,氏名,特記\n1,桐生 結衣,小麦・えびアレルギー\n2,梶原 蒼,なし\n".encode("utf-8")
    record = scanner.scan_bytes("allergy.csv", data)
    values = [f.value for o in record.walk() for f in o.findings if f.entity_type == "SENSITIVE"]
    assert any("小麦・えびアレルギー" in value for value in values), values
