"""PERSON: a place, a school, an office or a piece called like a person, told by the word
glued to the value (issue 12, names17b: detectors/jp/person_landmarks.py), while the people
of the same texts stay. Made-up people and places; real files, the real detector."""

import pytest


def people(scanner, name: str, data: bytes) -> list[str]:
    record = scanner.scan_bytes(name, data)
    return sorted({"".join(f.value.split()) for o in record.walk() for f in o.findings if f.entity_type == "PERSON"})


FILES = [
    # a surname and a venue's or a place's word glued after it
    ("hall.txt", "次回は2026年3月1日です。受付は宇佐美ホールの前です。\n連絡係は山岸 美紀さん（090-1234-5678）。\n",
     ["山岸美紀"]),
    ("booking.txt", "山岸 美紀 様\n\nご予約の件です。\n会場：宇佐美ホール　お問い合わせ番号 HX1234567\n", ["山岸美紀"]),
    ("events.csv", "行事,日程,会場\n新年会,令和8年1月10日,松浦浜\n総会,令和8年4月1日,石原ホール\n", []),
    ("minutes.txt", "第3回 理事会議事録\n日時 令和8年2月9日　場所 松浦浜\n出席：理事長 山岸 美紀\n", ["山岸美紀"]),
    ("route.csv", "日程,行程\n2023/09/28,松浦浜から稜線へ\n", []),
    # a school of an art, its name glued before 書道会 or 教室
    ("form.txt", "墨翔書道会 入会申込書\nお名前 山岸 美紀\n", ["山岸美紀"]),
    ("roll.csv", "翠游書道会 会員名簿,,\n会員番号,氏名,電話\n12,山岸 美紀,090-1234-5678\n", ["山岸美紀"]),
    # a piece dedicated to someone, its title before the performer
    ("programme.txt", "第1部\nジャンヌのために　山岸 美紀\nアメリのために　小野 拓真\n", ["小野拓真", "山岸美紀"]),
    # a temple's office in a letterhead
    ("notice.html", "<html><body><p>お知らせ</p><p>浄泉寺 寺務所</p><p>〒123-4567 山形県鶴岡市本町1丁目2番3号</p>"
                    "<p>TEL 0235-11-2222</p><p>担当 山岸 美紀</p></body></html>", ["山岸美紀"]),
]


@pytest.mark.parametrize("name,text,expected", FILES, ids=[f[0] for f in FILES])
def test_places_schools_and_pieces_are_no_people(scanner, name, text, expected):
    assert people(scanner, name, text.encode()) == expected


def test_names_glued_to_a_word_of_their_own_stay(scanner):
    text = "会長 山岸 美紀\n会員の小野拓真さん\n北川さんと長浜さんが参加。\nアンナのために、花を買った。\n"
    found = people(scanner, "prose.txt", text.encode())
    assert "山岸美紀" in found and "小野拓真" in found and "北川" in found and "長浜" in found


LISTED = [
    # a letter in English greeting its reader by name, given name first or surname first
    ("letter.txt", "Dear Haruto Fujimoto,\n\nThank you for your order of 2026-04-01.\nBest regards,\nFront Desk\n",
     ["HarutoFujimoto"]),
    ("letter2.txt", "Hello Ms. Sakamoto Yui.\nYour room is ready.\n", ["SakamotoYui"]),
    ("team.txt", "Dear Valued Customer,\nDear Sales Team,\n", []),
    # a participants' list labelled 参加： or 同行：, the surnames alone
    # a surname alone, its full name restated in brackets after it (one character too)
    ("memo.txt", "安全衛生課\n\n運転手 堀（堀 美紀）について：面談を設定する。\n担当 小野寺（小野寺拓真）から連絡。\n東京（東京都）\n",
     ["堀", "堀美紀", "小野寺", "小野寺拓真"]),
    # a Japanese surname of one character addressed, or alone in a role's cell; a wife, a
    # longer surname and a moat said politely stay what they are
    ("mail.txt", "山岸さん\nなお堀さんは署名運動の世話人とのことです。\n奥さんと大森さん、お堀さんにも。\n", ["堀", "大森", "山岸"]),
    ("roll.csv", "氏名,電話,紹介者\n山岸 美紀,090-1111-2222,堀\n小野 拓真,090-3333-4444,辻\n",
     ["堀", "小野拓真", "山岸美紀", "辻"]),
    ("guests.txt", "ゲスト配慮事項\n\n堀 遥 様：車いす使用\n\n当日の担当：営業課 辻\n", ["堀遥", "辻"]),
    ("staff.tsv", "氏名\t担当\n山岸 美紀\t柴\n", ["山岸美紀", "柴"]),
    ("trip.txt", "記録：牧野 拓真\n参加：山岸（CL）、小野、牧野\n\n下山後、解散。\n", ["山岸", "小野", "牧野", "牧野拓真"]),
]


@pytest.mark.parametrize("name,text,expected", LISTED, ids=[f[0] for f in LISTED])
def test_greeted_and_listed_people_are_found(scanner, name, text, expected):
    assert people(scanner, name, text.encode()) == sorted(expected)
