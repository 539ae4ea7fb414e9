"""Issue 12, ids7: an animal's birth and name are no person's (a vet chart, a pet
hotel's card, a horse's register), the owner's stay found; a date under a birth
column's header a row above (an HTML table's text, rows apart by blank lines) is a
birth; a driving licence under a 免許証番号 column's header is found and twelve digits
passing its check under another number's label (会員番号, 予約番号) are not, nor a
card's eight digits under 保険証券番号 or 施設コード; a licence's row with its colour
and class under a bare 番号 header is one. The real GiNZA detector; made-up people,
animals and numbers."""

import pytest

from detectors.jp.drivers_license import check_digit_matches
from detectors.jp.number_labels import HEALTH_INSURANCE_LABEL, LICENCE_LABEL, labelled_as_other_number

LICENCES = ("447288859870", "521551950111", "306202972471")
INSURER, POLICY = "06130017", "31130016"


def _found(detector, text, entity):
    return sorted(d.value for d in detector.detect(text) if d.entity_type == entity)


def test_the_licences_of_these_tests_pass_the_check():
    assert all(check_digit_matches(n) for n in LICENCES)


def test_a_pet_hotels_card_keeps_the_owners_birth_only(detector):
    card = ("ペットホテル 宿泊申込書\n■飼い主様情報\nお名前：真鍋 千尋\n生年月日：1980年5月1日\nご住所：東京都練馬区豊玉北二丁目\n"
            "■ペット情報\nお名前：モカ\n種類：猫\n生年月日：2020年3月3日\n性別：メス（避妊済）")
    assert _found(detector, card, "DATE_OF_BIRTH") == ["1980-05-01"]
    named = card.replace("お名前：モカ", "お名前：小太郎")
    assert _found(detector, named, "PERSON") == ["真鍋千尋"]


def test_a_vet_charts_rows_are_animals(detector):
    rows = ("診察券番号\t飼い主氏名\tペット名\t品種\t生年月日\t性別\n"
            "診察券番号: 102938\t飼い主氏名: 久米 孝之\tペット名: ソラ\t品種: 柴犬\t生年月日: 2019/04/01\t性別: オス")
    assert _found(detector, rows, "DATE_OF_BIRTH") == []
    assert _found(detector, rows, "PERSON") == ["久米孝之"]


def test_an_html_tables_header_line_says_the_rows_are_animals(detector):
    table = ("\n\t飼い主様\tワンちゃんのお名前\t犬種\t誕生日\n\n\t新庄 綾乃\tマロン\tチワワ\t2018-11-03\n\n"
             "\t穂積 賢治\tきなこ\tトイプードル\t2016-02-14\n\n")
    assert _found(detector, table, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("line", ["愛犬のハナ（2019年6月3日生まれ）は元気です。", "犬名：レオ\n犬種：パグ\n生年月日：2021年1月9日"])
def test_an_animals_birth_in_a_sentence_or_a_sheet(detector, line):
    assert _found(detector, line, "DATE_OF_BIRTH") == []


def test_a_persons_birth_beside_words_of_no_animal_stays(detector):
    form = "社員名簿\n氏名：立花 由佳\n生年月日：1985年7月7日\n性別：女\n体重：52kg\nインフルエンザワクチン：接種済"
    assert _found(detector, form, "DATE_OF_BIRTH") == ["1985-07-07"]
    roster = "氏名\t生年月日\t住所\n氏名: 桐山 浩二\t生年月日: 1972/03/15\t住所: 愛知県犬山市犬山北古券"
    assert _found(detector, roster, "DATE_OF_BIRTH") == ["1972-03-15"]


def test_a_birth_column_header_a_row_above(detector):
    table = ("\n健診予約一覧\n\n\t時刻\t氏名\t生年月日\t電話\n\n\t9:00\t沖田 美帆\t1969/11/08\t090-1234-5678\n\n"
             "\t9:30\t相良 伸也\t昭和53年9月30日\t03-3456-7890\n\n")
    assert _found(detector, table, "DATE_OF_BIRTH") == ["1969-11-08", "1978-09-30"]
    booked = table.replace("生年月日", "予約日")
    assert _found(detector, booked, "DATE_OF_BIRTH") == []
    close = table.replace("\n\n\t9:30", "\n\t9:30").replace("1969/11/08", "昭和44年11月8日") + "\t10:00\t桐山 浩二\t1990-07-14\t\n"
    assert _found(detector, close, "DATE_OF_BIRTH") == ["1969-11-08", "1978-09-30", "1990-07-14"]


@pytest.mark.parametrize("before, other", [("会員番号 ", True), ("予約番号：", True), ("運転免許証番号 ", False),
                                           ("免許証 No. ", False), ("運転免許証 第", False)])
def test_a_licences_own_labels(before, other):
    assert labelled_as_other_number(before + LICENCES[0], len(before), LICENCE_LABEL) is other


@pytest.mark.parametrize("before, other", [("保険証券番号：", True), ("施設コード ", True), ("保険者番号：", False),
                                           ("被保険者証 記号・番号 ", False)])
def test_a_health_insurance_cards_own_labels(before, other):
    assert labelled_as_other_number(before + INSURER, len(before), HEALTH_INSURANCE_LABEL) is other


def test_licences_in_an_html_table_and_not_under_another_numbers_label(detector):
    table = "\n\t運転者\t運転免許証番号\n\n" + "".join(f"\t山田 {n}郎\t{x[:4]} {x[4:8]} {x[8:]}\n\n"
                                                for n, x in zip("一二", LICENCES))
    assert _found(detector, table, "DRIVERS_LICENSE") == sorted(LICENCES[:2])
    letter = f"運転免許証をご提示いただきありがとうございました。\n予約番号：{LICENCES[2]}"
    assert _found(detector, letter, "DRIVERS_LICENSE") == []


def test_a_drivers_row_with_its_colour_and_class(detector):
    rows = ("運転免許証の確認記録\n番号\t氏名\t色\t種類\n"
            f"番号: {LICENCES[0]}\t氏名: 山田 太郎\t色: ゴールド\t種類: 準中型・大型二輪\n"
            f"番号: {LICENCES[1]}\t氏名: 川口 次郎\t色: 赤\t種類: 3")
    assert _found(detector, rows, "DRIVERS_LICENSE") == [LICENCES[0]]


def test_a_cards_numbers_beside_a_policys(detector):
    form = f"初診受付票\n氏名：真鍋 千尋\n保険者番号：{INSURER}\n記号・番号：1234・56\n保険証券番号：{POLICY}"
    assert _found(detector, form, "HEALTH_INSURANCE_NUMBER") == sorted([INSURER, "123456"])


@pytest.mark.parametrize("holder, found", [("株式会社しおかぜ工業", []), ("ヤマダ タロウ", ["8961684"])])
def test_a_key_value_sheets_account_and_its_holder_on_the_next_row(detector, holder, found):
    sheet = ("請求書\t\n振込先\t振込先: しおさい信用金庫 本店 普通 \t\n口座番号\t口座番号: 8961684\t\n"
             f"口座名義\t口座名義: {holder}\t\n支払期日\t2026/11/30")
    assert _found(detector, sheet, "BANK_ACCOUNT") == found


@pytest.mark.parametrize("text, found", [
    ("当社は1990年4月1日に誕生しました。", []), ("当院は平成10年4月1日生まれの新しい病院です。", []),
    ("ブランド誕生日 2001年10月1日", []), ("会社員の山田 太郎（1970年1月2日生まれ）は", ["1970-01-02"]),
    ("創業者 川口 次郎（1950年3月4日生まれ）", ["1950-03-04"]), ("当社社長 山田 太郎（1960年5月6日生まれ）", ["1960-05-06"])])
def test_an_organisations_own_birth(detector, text, found):
    assert _found(detector, text, "DATE_OF_BIRTH") == found


def test_an_animals_birth_on_a_line_that_says_so(detector):
    chart = "診療記録\nポチ（柴犬・オス）生年月日 2021年4月1日\n主訴：食欲不振"
    assert _found(detector, chart, "DATE_OF_BIRTH") == []


def test_a_key_value_sheets_date_under_a_composed_birth_is_no_birth(detector):
    sheet = ("会員お申込み\t\nお名前\tお名前: 猪瀬 善次\t\n生年月日\t生年月日: 昭和二十二年四月二十五日\t\n"
             "有効期限\t有効期限: 08/29\t\n入会日\t2026/05/03")
    assert _found(detector, sheet, "DATE_OF_BIRTH") == ["1947-04-25"]


@pytest.mark.parametrize("row", ["ペット同伴: 有", "趣味: 愛犬との散歩", "作付品種: コシヒカリ", "住所: 愛知県犬山市"])
def test_a_persons_row_with_a_word_about_animals_keeps_the_birth(detector, row):
    rows = f"氏名\t生年月日\t備考\n氏名: 桐山 浩二\t生年月日: 1972/03/15\t{row}"
    assert _found(detector, rows, "DATE_OF_BIRTH") == ["1972-03-15"]


def test_two_words_a_persons_record_may_have_speak_of_an_animal_together(detector):
    rows = "名前\t品種\t生年月日\t性別\t混合ワクチン\n名前: ハナ\t品種: 柴\t生年月日: 2020/06/01\t性別: ♀\t混合ワクチン: 済"
    assert _found(detector, rows, "DATE_OF_BIRTH") == []


def test_a_persons_call_name_is_a_name(detector):
    rows = ("Name\t呼び名\t生年月日\nName: YOON JAEHO\t呼び名: ユン ジェホ\t生年月日: 1979-06-12")
    assert "ユンジェホ" in _found(detector, rows, "PERSON")


def test_a_cattle_register_has_no_persons_births(detector):
    rows = "個体識別番号\t品種\t性別\t生年月日\n個体識別番号: 1234567890\t品種: 黒毛和種\t性別: 雌\t生年月日: 2024/03/05"
    assert _found(detector, rows, "DATE_OF_BIRTH") == []
