"""PERSON in an office's prose and records as other writers write them (issue 12, names18):
a handover book's 受け column of surnames, a signature's romaji line, a head count that
GiNZA reads as one word (二名), a pet named after its kind and の. Made-up people; real
files, the real detector."""

import pytest


def people(scanner, name: str, data: bytes) -> list[str]:
    record = scanner.scan_bytes(name, data)
    return sorted({"".join(f.value.split()) for o in record.walk() for f in o.findings if f.entity_type == "PERSON"})


FOUND = [
    # a handover's receiver, a shift's worker: surnames alone under a role's header
    ("handover.csv", "日付,申し送り内容,受け\n5/1,給湯器の部品未着,桑田\n5/2,鍵を返却,真鍋\n5/3,足場の点検,桑田\n",
     ["桑田", "真鍋"]),
    ("shift.csv", "日付,作業内容,作業者\n6/3,配管洗浄,真鍋 光太郎\n6/4,点検,桑田 まどか\n", ["桑田まどか", "真鍋光太郎"]),
    ("duty.csv", "日付,当直者,備考\n7/1,桑田,特になし\n7/2,真鍋,巡回2回\n", ["桑田", "真鍋"]),
    # a signature's romaji under the kanji name, given name first or surname first
    ("signature.txt", "ご確認をお願いします。\n\n設備部　真鍋 光太郎\nKotaro Manabe\nTEL 03-5555-0123\n",
     ["KotaroManabe", "真鍋光太郎"]),
    ("signature2.txt", "以上です。\n\n桑田 まどか\nKuwata Madoka\n", ["KuwataMadoka", "桑田まどか"]),
    # a name kept in two columns whose headers are 苗字 | 名前, or a reading before its part
    ("course.csv", "苗字,名前,ふりがな(姓),ふりがな(名),修了\n真鍋,光太郎,まなべ,こうたろう,○\n桑田,まどか,くわた,まどか,×\n",
     ["くわたまどか", "まなべこうたろう", "桑田まどか", "真鍋光太郎"]),
    ("readings.csv", "No,カナ(姓),カナ(名)\n1,マナベ,コウタロウ\n2,クワタ,マドカ\n", ["クワタマドカ", "マナベコウタロウ"]),
    # a circular's stamp row: each reader's surname and the box of their seal
    ("circular.txt", "【回覧】\n部長 □　課長 □　真鍋 □　桑田 □\n点検結果を添付します。\n", ["桑田", "真鍋"]),
    ("seals.txt", "確認欄\n真鍋㊞　桑田㊞\n", ["桑田", "真鍋"]),
    ("printer.txt", "発注先：大谷印刷所、真鍋印刷、桑田印刷\n", []),
    # a surname in a list of people another tier found
    # a child called by a given name of one kanji
    ("family.txt", "見学会に真鍋さんのご家族が来られました。朔くんはポンプ室に夢中、紬ちゃんは泣いていました。\n", ["朔", "真鍋", "紬"]),
    ("forward.txt", "工事部各位（真鍋、大塚、桑田）\n見積書を転送します。\n", ["大塚", "桑田", "真鍋"]),
    ("copies.txt", "配布先：工事部 真鍋、堀江、桑田様\n受付にてお渡しします。\n", ["堀江", "桑田", "真鍋"]),
]

NOT_FOUND = [
    # a head count after the people it counts
    ("count.txt", "講習の受講者は真鍋さんと桑田さんの二名です。欠席は三名。\n", ["桑田", "真鍋"]),
    # a pet's kind, then の, then its name
    ("dogs.txt", "台風の接近に伴い、現場の柴犬のコテツは事務所で預かります。\n", []),
    ("cats.txt", "事務所の三毛猫のミケと黒ラブのジローにえさをあげてください。\n", []),
    ("labrador.txt", "現場の黒ラブのジローは事務所で預かります。\n", []),
    # boxes of a check sheet beside titles and words, a list of places
    ("checks.txt", "点検項目\n配管 □　弁 □　部長 □\n", []),
    ("babies.txt", "赤ちゃんとお嬢ちゃんとお兄ちゃんが来ました。\n", []),
    # a figure quoted, an author cited, a name that is a book's title
    ("lecture.md", "# 安全大会\n二宮尊徳の言葉「積小為大」を紹介。推薦図書は吉川英治の『宮本武蔵』と池波正太郎著『剣客商売』。\n", []),
    # a building called after a family, its katakana word before the surname
    ("delivery.txt", "納入先：メゾン桑田 203号室、コーポ真鍋（北公園の隣）。\n", []),
    ("places.txt", "巡回先：堀江、新町、北浜、本町の各現場。\n", []),
]


@pytest.mark.parametrize("name,text,expected", FOUND + NOT_FOUND, ids=[f[0] for f in FOUND + NOT_FOUND])
def test_office_names_read_right(scanner, name, text, expected):
    assert people(scanner, name, text.encode()) == expected


def test_a_pupil_and_a_person_in_prose_stay(scanner):
    text = "真鍋光太郎の教え子の桑田まどかさんが来社。真鍋光太郎の経歴は別紙。\n"
    assert people(scanner, "pupil.txt", text.encode()) == ["桑田まどか", "真鍋光太郎"]


def test_lines_and_words_like_them_stay_out(scanner):
    # a title-case line that is no listed name, a title on the first line, a team's colour
    text = "Kotaro Manabe\nBest Regards\nSafety First\nチームブルーの桑田さんが担当。\n"
    found = people(scanner, "lines.txt", text.encode())
    assert "BestRegards" not in found and "SafetyFirst" not in found and "桑田" in found
