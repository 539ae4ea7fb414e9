"""Names in passing and a few beliefs, union seats and records (issue 12, people16): a
Chinese or Korean given name that begins with a direction or 学 (姜東旭, 張学文) or that
the dictionary knows as a name (馬暁燕); a common surname ending as a shop's name does
(二階堂, 土屋); a surname the text names a person by elsewhere, said again alone
(設楽は…, 津久井と…, 確認：守屋); a hiragana given name after a surname of three characters or with
a small kana (三ツ矢ひなたは, 一ノ瀬みのりと), addressed by 氏; a full name in kanji
addressed by an honorific whose surname is a common word (温水颯真様); a name in
passport capitals after a name label (氏名(英字) SEKO …); a thing named after a person
with 号 (宮本むさし号), a school after 県立. A rite refused for a faith is a stand of conscience (信条); a
union's youth or women's committee seat; a sentence served, told without its term.
Made-up people, the real GiNZA model."""

import pytest

from detectors.jp.person_kanji import cjk_names
from detectors.nlp import GinzaNlpEngine
from tests.detectors.test_sensitive_beliefs import in_file

NAMES = [
    ("面談には金南熙さんと張学文さんが出席した。\n", ["金南熙", "張学文"]),
    ("江東区に住む。高東京へ。王様の耳。林東側の道。\n", []),  # a place, a word, a suffix: no name
    ("点検日報\n土屋と二階堂は午前の巡回。午後は守屋が合流。\n", ["土屋", "二階堂", "守屋"]),
    ("和田屋さんから饅頭を仕入れた。\n", []),  # a shop after its owner stays a shop
    ("当番表\n津久井と長谷部は倉庫の棚卸し。\n明日は津久井美保が休み。\n", ["津久井", "長谷部", "津久井美保"]),
    ("津久井に出張した。\n", []),  # a place, no one named by it
    ("連絡帳\n長女の川口あかり氏が来所。\n", ["川口あかり"]),
    ("三ツ矢ひなたは午後に来所。一ノ瀬みのりと面談。\n", ["三ツ矢ひなた", "一ノ瀬みのり"]),
    ("佐藤からは連絡なし。\n", ["佐藤"]),  # から is no given name
    ("配達先\n米倉陽翔様 岩手県盛岡市\n温水颯真様 宮城県仙台市\n", ["米倉陽翔", "温水颯真"]),
    ("合格者\n井筒柚葉さん（県庁）\n", ["井筒柚葉"]),
    ("ご担当者様、理事長様、社員一同様、新郎新婦様、田中工務店様\n", []),
    ("会員登録票\n氏名(英字)　NUKUI TAMAKI\n", ["NUKUI TAMAKI"]),
    ("剪定の件、宮本むさし号の松は来週。本人了承。\n", []),
    ("佐藤が号泣した。\n", ["佐藤"]),  # a particle then 号泣: still a person
    ("夜勤：守屋 玲奈、土屋 悠斗\n守屋は巡回、土屋は記録。\n確認：守屋\n", ["守屋 玲奈", "土屋 悠斗", "守屋", "土屋", "守屋"]),
    ("昔ながらの長屋が並ぶ。\n", []),  # no one named 長屋 in the text: a row house
    ("合格者\n矢萩陽葵さん\t県立東高\n", ["矢萩陽葵"]),  # 陽葵 a name to the dictionary; 東高 a school
]


@pytest.mark.parametrize("text, expected", NAMES)
def test_names_in_passing_and_things_named_after_people(detector, text, expected):
    assert [d.text for d in detector.detect(text) if d.entity_type == "PERSON"] == expected


def test_a_chinese_given_name_the_dictionary_knows_as_a_name(nlp):
    """馬美玲 where 馬 reads as a horse: 美玲 is one word, but a name's."""
    engine = GinzaNlpEngine(nlp)
    engine.load()
    assert cjk_names("本名:馬美玲\n", engine.lookup, ()) == [(3, 6)]
    assert cjk_names("本名:金曜日\n", engine.lookup, ()) == []


def _sensitive(scanner, text):
    return in_file(scanner, "note.txt", text.encode("utf-8"))


@pytest.mark.parametrize("text, expected", [
    ("令和8年6月2日　米倉陽翔（平成20年3月3日生）\n　生徒より聴取。宗教上の理由で国歌を斉唱しない。\n",
     [("信条", "宗教上の理由で国歌を斉唱しない")]),
    ("相沢 美里（平成20年4月3日生）\n母親の話では、信仰上の理由から剣道の授業は見学させたいとのこと。\n",
     [("信条", "信仰上の理由から剣道の授業は見学")]),
    ("柏木 翼（平成20年5月3日生）\n本人は宗教上の理由で豚肉を食べない。\n", [("宗教", "宗教上の理由で豚肉を食べない")]),
])
def test_a_rite_refused_for_a_faith_is_a_stand_of_conscience(scanner, text, expected):
    assert _sensitive(scanner, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("申し送り\n早瀬 大吾は連合地協の青年委員。本人了承の上で共有。\n", [("労働組合", "連合地協の青年委員")]),
    ("申し送り\n国枝 美帆は自治労の支部女性委員長を務める。\n", [("労働組合", "自治労の支部女性委員長を務める")]),
    ("回覧\n町内会の青年委員は4名。担当 早瀬 大吾\n", []),
])
def test_a_union_committee_seat_said_in_passing(scanner, text, expected):
    assert _sensitive(scanner, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("登録番号,氏名,欠格事由申告\nT-1,早瀬 大吾,懲役刑の執行終了後2年(詐欺)\nT-2,国枝 美帆,該当なし\n",
     [("犯罪歴", "懲役刑の執行終了後2年(詐欺)")]),
    ("講師登録票\n氏名 早瀬 大吾\n欠格事由 禁固刑の執行を終えた（道路交通法違反）\n", [("犯罪歴", "禁固刑の執行を終えた（道路交通法違反）")]),
    ("募集要項\n禁錮以上の刑に処せられた者は応募できません。\n担当 早瀬 大吾\n", []),
])
def test_a_sentence_served_told_without_its_term(scanner, text, expected):
    assert _sensitive(scanner, text) == expected
