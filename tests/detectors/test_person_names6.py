"""Names offices write beyond a 氏名 cell (issue 12, names6): a former surname beside a
married name, a mail's display name in romaji, names under JSON and XML keys, romaji
and reading columns, foreign names in three parts, Last | First columns, key/value
lines that are no fixed-width table, a child by a hiragana name with ちゃん; bodies, peoples, faiths and goods named like
people stay unreported. Made-up people, the real GiNZA model, real files."""

import pytest

from tests.scanner.test_bare_exports import _findings

CASES = [
    ("氏名：大槻 颯太（旧姓 浜口）　所属：総務課\n", ["大槻 颯太", "浜口"]),
    ("氏名：杉浦陽菜（古川）\n", ["杉浦陽菜", "古川"]),  # a listed surname alone in brackets after a name
    ("・異動　森本 沙織（旧：北村）\n", ["森本 沙織", "北村"]),
    ("旧姓併記のお願い\n", []),  # 併記 is no surname
    ('From: "Miho Hamaguchi" <miho.hamaguchi@example.jp>\n', ["Miho Hamaguchi"]),
    ('Cc: "Nonomura, Tomoya" <t.nonomura@example.jp>\n件名: 研修\n', ["Nonomura, Tomoya"]),
    ('From: "Akira Design" <a@example.jp>\n件名: 見積\n', []),  # a listed given name and a firm's word
    ('From: "Customer Support" <support@example.jp>\n', []),  # no listed name
    ('[{"id": 0, "family_name": "浜口", "given_name": "颯太"}]\n', ["浜口", "颯太"]),
    ('[{"id": 1, "name": "卓上ライト"}, {"name": "大槻 美穂"}]\n', ["大槻 美穂"]),  # a bare name key: a product too
    ("<r><sei>宮下</sei><mei>悠真</mei><name>電動ベッド</name></r>\n", ["宮下", "悠真"]),
    ("No: 2\t氏名: ソウザ ガブリエル シルバ\tローマ字: SOUZA GABRIEL SILVA\n", ["ソウザ ガブリエル シルバ", "SOUZA GABRIEL SILVA"]),
    ("パークハイツ楡 管理組合 居住者名簿（1号棟）\n", []),
    ("本人より「ミャンマーの少数民族カレンの出身」との話あり。（記録：綿貫）\n", ["綿貫"]),
    ("本人より「エホバの証人のため輸血不可」との話あり。（記録：笠置）\n", ["笠置"]),
    ("商品コード: 1\t商品名: まもる君 防犯ブザー\t単価: 800\n", []),
    ("氏名: 山田 花子\t商品名: 防犯ブザー\n", ["山田 花子"]),
    ("ひなたちゃん（3歳）が午後から発熱。そうたくんのお母さんから電話。\n", ["ひなた", "そうた"]),
    ("おにいちゃんが来た。おばあちゃんの家。あかちゃんが泣いた。\n", []),  # no given name of the lists
    ("マスコットキャラクターのまもるくんが登場します。\n", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_names_beyond_a_name_cell_and_things_named_like_people(detector, text, expected):
    assert [d.text for d in detector.detect(text) if d.entity_type == "PERSON"] == expected


def test_key_value_lines_are_read_as_a_form_not_as_a_fixed_width_table(scanner, tmp_path):
    text = "氏名：石黒 咲良　所属：総務課\n氏名：浜口 智也　所属：総務課\n氏名：小田切 結衣　所属：総務課\n"
    found = _findings(scanner, tmp_path, "meibo.txt", text.encode("utf-8"))
    assert set(found["PERSON"]) == {"石黒咲良", "浜口智也", "小田切結衣"}


def test_last_and_first_columns_are_one_name(scanner, tmp_path):
    found = _findings(scanner, tmp_path, "staff.csv", b"Last,First,Dept\nOdagiri,Sakura,Sales\nMiyashita,Yui,HR\n")
    assert set(found["PERSON"]) == {"OdagiriSakura", "MiyashitaYui"}


def test_readings_and_romaji_in_columns_of_their_own(scanner, tmp_path):
    text = "氏名,読み,ローマ字\n金 敏俊,キム ミンジュン,KIM MINJUN\n王 小明,ワン シャオミン,WANG XIAOMING\n"
    found = _findings(scanner, tmp_path, "students.csv", text.encode("utf-8"))
    assert {"ワンシャオミン", "キムミンジュン", "金敏俊", "王小明"} <= set(found["PERSON"])
