"""A roll whose header was lost (church19): a church's, a temple's, a club's or a team's list
read back from a PDF, pasted into a mail or saved as a CSV without its first line. Each line
names a person, gives a date alone in its field, the person's phone, passport or mail, and a
standing (教会員, 檀家, 求道者). The date is the birth, the standing the person's faith, and a
body's member word (自治会員) makes no phone the body's. The real GiNZA detector; synthetic
people and numbers."""

import pytest

# (text, dates of birth found)
BIRTHS = [
    # a PDF's lines, fields two blanks apart, a blank line between rows
    ("聖ヨハネ会 会員一覧\n\n宇佐美 遥  1968/02/11  0263-44-1907  正会員\n\n"
     "根岸 大地  1990/11/30  080-5521-7730  準会員\n", {"1968-02-11", "1990-11-30"}),
    # a CSV without its header, 和暦 dates
    ("石黒 恵美,昭和47年3月9日,090-2741-6603,檀家\n若松 徹,平成2年8月19日,0299-81-3355,檀家\n",
     {"1972-03-09", "1990-08-19"}),
    # a mail's table of bars, solid names
    ("| 村岡陽菜 | 1985.06.02 | 070-3319-8842 |\n| 大城健太 | 1979.12.24 | 090-8816-0127 |\n",
     {"1985-06-02", "1979-12-24"}),
    # a team's travel list: romaji names and a passport number each
    ("遠征メンバー\nTAKEDA RIKU, 2003-01-17, MK1234567\nOKABE MIO, 2001-09-05, MK7654321\n",
     {"2003-01-17", "2001-09-05"}),
    # ideographic blanks, a mail address as the person's own
    ("合唱団名簿\n野口　沙織　1974年5月6日　saori.n@example.jp\n長谷　誠　1969年10月1日　m.hase@example.jp\n",
     {"1974-05-06", "1969-10-01"}),
    # a title above whose 日 is no date column's (日帰り研修)
    ("日帰り研修  参加者\n宇佐美 遥  1968/02/11  0263-44-1907\n根岸 大地  1990/11/30  080-5521-7730\n",
     {"1968-02-11", "1990-11-30"}),
]

NOT_BIRTHS = [
    # one event's day for every line (a trip, a practice)
    "宇佐美 遥  2012/04/01  0263-44-1907\n根岸 大地  2012/04/01  080-5521-7730\n",
    # recent days: a visit, a sign-up
    "宇佐美 遥  2024/06/11  0263-44-1907\n根岸 大地  2023/02/07  080-5521-7730\n",
    # a header names the date column: a join day
    "氏名  入会日  電話\n宇佐美 遥  1998/04/01  0263-44-1907\n根岸 大地  2005/10/01  080-5521-7730\n",
    # one line alone is no roll
    "宇佐美 遥  1968/02/11  0263-44-1907\n",
    # no person's number on the lines
    "宇佐美 遥  1968/02/11  正会員\n根岸 大地  1990/11/30  準会員\n",
    # a branch list: offices and their opening days
    "松本支店  1968/02/11  0263-44-1907\n長野営業所  1990/11/30  026-224-1180\n",
]

# (text, faith standings found)
STANDINGS = [
    ("宇佐美 遥  1968/02/11  0263-44-1907  陪餐会員\n根岸 大地  1990/11/30  080-5521-7730  求道者\n",
     {"陪餐会員", "求道者"}),
    ("石黒 恵美,昭和47年3月9日,090-2741-6603,檀家(本家)\n", {"檀家(本家)"}),
    ("| 村岡陽菜 | 070-3319-8842 | 受洗者 |\n", {"受洗者"}),
    ("KHAN AMIR  1984-03-02  080-6610-2291  ムスリム\n", {"ムスリム"}),  # read before too (a believer's noun): a guard
    ("大城 健太　1979/12/24　090-8816-0127　氏子\n", {"氏子"}),
]

NOT_STANDINGS = [
    "日本基督教団 みなと教会 教会員名簿\n",  # a title, no row
    "求道者の集い  毎月第2日曜  会堂\n",  # not alone in its field
    "教会員  求道者  合計\n",  # a header of counts: no number in the row
]

# (text, phones found) — a body's member word beside the phone is the person's standing
PHONES = [
    ("宇佐美 遥  0263-44-1907  自治会員\n", {"+81263441907"}),
    ("根岸 大地  045-334-2210  教会員（転入）\n", {"+81453342210"}),
    ("若松 徹　0299-81-3355　管理組合員", {"+81299813355"}),  # read before too: a guard
]


def _found(detector, text, entity_type):
    return {d.value if entity_type != "SENSITIVE" else d.text for d in detector.detect(text)
            if d.entity_type == entity_type}


@pytest.mark.parametrize("text,expected", BIRTHS)
def test_a_date_in_a_rolls_row_is_the_birth(detector, text, expected):
    assert _found(detector, text, "DATE_OF_BIRTH") == expected


@pytest.mark.parametrize("text", NOT_BIRTHS)
def test_an_events_date_is_no_birth(detector, text):
    assert _found(detector, text, "DATE_OF_BIRTH") == set()


@pytest.mark.parametrize("text,expected", STANDINGS)
def test_a_faiths_standing_alone_in_a_field_is_religion(detector, text, expected):
    assert {d.text for d in detector.detect(text) if d.entity_type == "SENSITIVE" and d.category == "宗教"} == expected


@pytest.mark.parametrize("text", NOT_STANDINGS)
def test_a_title_or_a_header_is_no_ones_faith(detector, text):
    assert _found(detector, text, "SENSITIVE") == set()


@pytest.mark.parametrize("text,expected", PHONES)
def test_a_members_word_keeps_the_phone_personal(detector, text, expected):
    assert _found(detector, text, "PHONE") == expected


# (text, 病歴 found) — a disease in brackets right after a person's honorific
CALLED = [
    ("今週覚えて祈る方\n川瀬 信也兄（糖尿病）\n", {"糖尿病"}),
    ("大野さん（高血圧・脂質異常症）の件", {"高血圧・脂質異常症"}),
    ("小松 まゆみ姉妹（花粉・ダニアレルギー）のために", {"花粉・ダニアレルギー"}),
    ("浅田 悟様（関節リウマチ（10年来））より返信", {"関節リウマチ(10年来)"}),
]

NOT_CALLED = [
    "川瀬 信也さん（転勤）のために",  # no disease in the note
    "担当：大野さん（内線 214）",
    "糖尿病（2型）の食事療法について",  # a disease with its note, no person called
]


@pytest.mark.parametrize("text,expected", CALLED)
def test_a_disease_in_brackets_after_a_persons_honorific(detector, text, expected):
    assert {d.text.replace("（", "(").replace("）", ")") for d in detector.detect(text)
            if d.entity_type == "SENSITIVE" and d.category == "病歴"} == expected


@pytest.mark.parametrize("text", NOT_CALLED)
def test_a_note_of_no_disease_or_no_one(detector, text):
    assert _found(detector, text, "SENSITIVE") == set()


# the name field right before a roll's birth: surnames that are words too (浜辺, 門松, 岬)
ROLL_NAMES = [
    ("門松 七海  1981/07/09  0587-22-1930  正会員\n岬 研二  1966/01/28  090-7711-2040  準会員\n", {"門松 七海", "岬 研二"}),
    ("KAMINARI JO, 1999-02-03, TR7654321\nYUKI MAI, 2000-11-12, TR1234567\n", {"KAMINARI JO", "YUKI MAI"}),
]


@pytest.mark.parametrize("text,expected", ROLL_NAMES)
def test_the_name_before_a_rolls_birth_is_a_person(detector, text, expected):
    assert expected <= {d.text for d in detector.detect(text) if d.entity_type == "PERSON"}


def test_a_branch_list_names_no_person(detector):
    text = "松本支店  1968/02/11  0263-44-1907\n長野営業所  1990/11/30  026-224-1180\n"
    assert not [d for d in detector.detect(text) if d.entity_type == "PERSON"]
