"""PERSON and DATE_OF_BIRTH classes of people18b (issue 12): a surname said again after the role
glued before it, a one-character or capitals surname said again, a Latin salutation, Vietnamese
names with tone marks, a passport spelling in brackets after the kanji name, a name after ご本人,
eight digits with 生. Made-up people; the real detector on a real file."""

import pytest


def found(scanner, text: str, kind: str = "PERSON") -> list[str]:
    record = scanner.scan_bytes("memo.txt", text.encode())
    return sorted({f.value for o in record.walk() for f in o.findings if f.entity_type == kind})


@pytest.mark.parametrize("text, expected", [
    # a full name, then the surname again glued after a role (配達員, 看護師, 運転手, 担当)
    ("・井之上　朋子様、腰痛で通院中。\n　配達員井之上より：門の前に置き配可。\n", ["井之上", "井之上朋子"]),
    ("訪問先：千葉 秀樹様（糖尿病）\n看護師千葉が血糖値を確認。\n", ["千葉", "千葉秀樹"]),
    ("・TRAN MINH DUC様、特になし。\n　担当TRANから連絡あり。\n", ["TRAN", "TRANMINHDUC"]),
    # a surname of one character after a role that ends in a person's suffix
    ("乗客 鄭 美玲様 車椅子\n運転手鄭より：乗車確認済み\n", ["鄭", "鄭美玲"]),
    # a surname glued after a role alone: 管理人, 介護士
    ("鍵は管理人三輪さんへ返却してください。\n", ["三輪"]),
])
def test_a_surname_after_a_role_glued(scanner, text, expected):
    assert found(scanner, text) == expected


@pytest.mark.parametrize("text", [
    "全員千葉に集合してください。\n",
    "法人千葉の決算書を送付します。\n",
    "定員三輪車10台まで。\n",
    "全日本選手権への出場が決まった。\n",  # 選手権 is one word, not 選手 and the surname 権
])
def test_no_role_no_surname(scanner, text):
    assert found(scanner, text) == []


@pytest.mark.parametrize("text, expected", [
    ("SILVA 様\n\n書類をお送りします。ご確認ください。\n", ["SILVA"]),
    ("LE 様\n\n面談の日程をご連絡します。\n", ["LE"]),
    ("Tran Anh さん\n\n来週の研修の件です。\n", ["TranAnh"]),
    ("NTT 様\n\n回線の件でご連絡します。\n", []),  # an acronym, not a surname
])
def test_a_latin_salutation(scanner, text, expected):
    assert found(scanner, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("お客様 Nguyễn Thị Mai 様よりご連絡がありました。\n", ["NguyễnThịMai"]),
    ("申請者：TRẦN VĂN ĐỨC（ベトナム）\n", ["TRẦNVĂNĐỨC"]),
    ("研修生 Phạm Thị Hương さんが来日しました。\n", ["PhạmThịHương"]),
    ("Le Mans à Paris の写真\n", []),
])
def test_a_vietnamese_name_with_marks(scanner, text, expected):
    assert found(scanner, text) == expected


def test_capitals_in_brackets_after_the_kanji_name(scanner):
    assert found(scanner, "担当：勅使河原　晃（TESHIGAWARA AKIRA）\n") == ["TESHIGAWARAAKIRA", "勅使河原晃"]


def test_a_name_in_capitals_after_gohonnin(scanner):
    assert found(scanner, "ご本人 THAPA SUNIL（1979-02-11生）\n住所 東京都\n") == ["THAPASUNIL"]


@pytest.mark.parametrize("text, expected", [
    ("配偶者 山岸　和代（19720315生）本籍 東京都\n", ["1972-03-15"]),
    ("長男 20110704生まれ\n", ["2011-07-04"]),
    ("注文番号 20110704生産分\n", []),
])
def test_eight_digits_born(scanner, text, expected):
    assert found(scanner, text, "DATE_OF_BIRTH") == expected


@pytest.mark.parametrize("text, expected", [
    ("面接：真壁栄一（罰金刑あり）。本人は反省している。\n", ["真壁栄一"]),
    ("面談：筑波 恵（初回）\n", ["筑波恵"]),
    ("面接：午前10時から\n", []),
    ("面談：本日実施（担当者不在）\n", []),
])
def test_a_name_after_an_interview_label(scanner, text, expected):
    assert found(scanner, text) == expected
