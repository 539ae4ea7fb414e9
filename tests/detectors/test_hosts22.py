"""Fixed-width records padded by characters, not by CP932 bytes (hosts22): a script or a
spreadsheet that writes a host's layout counts a kanji as one position, so 山田　太郎 and
ヤマダ　タロウ fill fields of as many characters and the fields after them start at one
character in every record, at a different byte. Read in bytes the fields after a kanji
name never line up and a record's birth, phone and insurer's number stay one unread cell.
Exports made up here (a 配食 service's, a clinic's 送迎 list), in CP932 and UTF-8, with a
type letter or a header line; made-up people, insurers' numbers with their check digit."""

import pytest

from scanner.extract.record_layout import in_chars
from tests.scanner.test_bare_exports import _findings

# serial, name, reading, birth, mobile, insurer's number (法別番号 + check digit), a meal's price
PEOPLE = [
    ("A0107", "宇佐美　加代子", "ウサミ　カヨコ", "19380412", "09063120478", "06132013", "620"),
    ("A0112", "辻　昇", "ツジ　ノボル", "19451129", "08029917351", "34271502", "540"),
    ("A0118", "小田切　房江", "オダギリ　フサエ", "19330707", "07050816224", "01139047", "620"),
    ("A0125", "久保寺　清", "クボデラ　キヨシ", "19490203", "09018834096", "63281174", "1080"),
    ("A0131", "湊　多恵", "ミナト　タエ", "19411215", "08075502813", "31130065", "540"),
    ("A0140", "勅使河原　勲", "テシガワラ　イサオ", "19360921", "09041177620", "06274401", "620"),
    ("A0146", "根津　ミサヲ", "ネヅ　ミサヲ", "19440518", "07022318845", "39134010", "1080"),
    ("A0153", "石破　幸三", "イシバ　コウゾウ", "19390830", "08013364407", "01341080", "540"),
]


def _record(person, kind="R") -> str:
    serial, name, reading, birth, mobile, insurer, price = person
    # padded by characters as str.ljust does: a kanji takes one position like a digit
    return f"{kind}{serial} {name.ljust(9, chr(0x3000))}{reading.ljust(12)}{birth} {mobile} {insurer} {price.rjust(6)}"


def _export() -> str:
    lines = ["HHAISHOKU-RIYOSHA 20261201 SHIMOSUWA"] + [_record(p) for p in PEOPLE] + ["T000008"]
    return "\r\n".join(lines) + "\r\n"


def test_records_padded_by_characters_are_told_from_records_padded_by_bytes():
    records = [_record(p) for p in PEOPLE]
    assert in_chars(records)
    by_bytes = [r.encode("cp932").decode("latin-1") for r in records]  # the same columns, no kanji
    assert not in_chars(by_bytes)
    padded_by_bytes = [f"{p[0]} {p[1]}{' ' * (20 - len(p[1].encode('cp932')))}{p[3]} {p[4]}" for p in PEOPLE]
    assert not in_chars(padded_by_bytes)


@pytest.mark.slow
@pytest.mark.parametrize("encoding", ["cp932", "utf-8"])
def test_births_phones_and_insurers_of_records_padded_by_characters_are_found(scanner, tmp_path, encoding):
    found = _findings(scanner, tmp_path, "HAISHOKU.DAT", _export().encode(encoding))
    assert set(found.get("DATE_OF_BIRTH", {})) == {f"{p[3][:4]}-{p[3][4:6]}-{p[3][6:]}" for p in PEOPLE}
    assert {v[-8:] for v in found.get("PHONE", {})} == {p[4][-8:] for p in PEOPLE}  # (stored as +81…)
    assert set(found.get("HEALTH_INSURANCE_NUMBER", {})) == {p[5] for p in PEOPLE}
    assert found["DATE_OF_BIRTH"]["1938-04-12"] == "L2"


SERVICES = ["20261104", "20261111", "20261118", "20261125", "20261102", "20261109", "20261116", "20261123"]


@pytest.mark.slow
def test_a_headed_export_padded_by_characters_reads_its_labels(scanner, tmp_path):
    header = f"{'利用者番号'.ljust(6, chr(0x3000))}{'氏名'.ljust(9, chr(0x3000))}{'生年月日'.ljust(9, chr(0x3000))}送迎日"
    rows = [f"{p[0].ljust(12)}{p[1].ljust(9, chr(0x3000))}{p[3].ljust(18)}{day}" for p, day in zip(PEOPLE, SERVICES)]
    found = _findings(scanner, tmp_path, "sogei.txt", ("\n".join([header] + rows) + "\n").encode("utf-8"))
    assert set(found.get("DATE_OF_BIRTH", {})) == {f"{p[3][:4]}-{p[3][4:6]}-{p[3][6:]}" for p in PEOPLE}


GOODS = [("B0101", "介護用ベッド　３モーター", "20261101", "0120345678", "12800"),
         ("B0102", "車いす　自走式", "20261103", "0120345679", "6400"),
         ("B0103", "歩行器", "20261105", "0120345680", "2200"),
         ("B0104", "スロープ　折りたたみ", "20261107", "0120345681", "3300"),
         ("B0105", "手すり　据置型", "20261109", "0120345682", "2750"),
         ("B0106", "体位変換器", "20261111", "0120345683", "1100")]


@pytest.mark.slow
def test_a_goods_master_padded_by_characters_holds_no_person(scanner, tmp_path):
    lines = [f"{code} {name.ljust(14, chr(0x3000))}{day} {jan} {price.rjust(7)}" for code, name, day, jan, price in GOODS]
    found = _findings(scanner, tmp_path, "SHOHIN.DAT", ("\r\n".join(lines) + "\r\n").encode("cp932"))
    assert not found.get("DATE_OF_BIRTH") and not found.get("PHONE") and not found.get("PERSON")


# --- a subject's date bare after the name (a form's line that lost its 生年月日 label) ----------

SUBJECT_FOUND = [
    ("装具.txt", "装具製作記録\n対象者：日比野 多喜子　昭和18年2月3日　右大腿切断\n採型日：令和8年11月2日\n", "1943-02-03"),
    ("visit.txt", "訪問記録\n利用者: 久住真澄 S26.9.30 要介護3\n訪問日: 2026/11/20\n", "1951-09-30"),
    ("hear.txt", "聴力測定票\n受診者：御手洗 巧　2001/5/17\n測定日　2026年11月4日\n", "2001-05-17"),
    ("mem.txt", "入会カード\n氏名：小此木 若菜 1988-07-22、会社員\n", "1988-07-22"),
]
SUBJECT_NOT = [
    # an event's date after the subject's name: a first visit, a stay from a day, a time
    ("first.txt", "受付票\n患者：日比野 多喜子　2013年4月1日　初診\n", "2013-04-01"),
    ("stay.txt", "入所記録\n利用者：久住 真澄 2014/4/1〜2014/4/7\n", "2014-04-01"),
    ("slot.txt", "予約表\n面談者：御手洗 巧 2012/6/3 14:00\n", "2012-06-03"),
    # a date fewer than ten years back is no one's birth here
    ("recent.txt", "面談記録\n相談者：小此木 若菜　2024年3月8日\n", "2024-03-08"),
    # a table's cells parted by tabs: the column readers' (a staff master's hire dates)
    ("hired.txt", "".join(f"氏名: {n}\t{d}\n" for n, d in [("小此木 若菜", "1991/04/01"), ("御手洗 巧", "1987/10/01"),
                                                       ("久住 真澄", "1999/04/01"), ("日比野 多喜子", "1984/06/01")]),
     "1991-04-01"),
]


@pytest.mark.slow
@pytest.mark.parametrize("name, text, date", SUBJECT_FOUND)
def test_a_date_bare_after_a_subjects_name_is_their_birth(scanner, tmp_path, name, text, date):
    assert date in _findings(scanner, tmp_path, name, text.encode("utf-8")).get("DATE_OF_BIRTH", {})


@pytest.mark.slow
@pytest.mark.parametrize("name, text, date", SUBJECT_NOT)
def test_an_events_date_after_a_subjects_name_is_no_birth(scanner, tmp_path, name, text, date):
    assert date not in _findings(scanner, tmp_path, name, text.encode("utf-8")).get("DATE_OF_BIRTH", {})


@pytest.mark.slow
def test_an_era_letter_before_the_subjects_birth_is_the_dates_not_the_names(scanner, tmp_path):
    text = "座位保持装置 製作票\n患者：葛城 蓮　昭23.4.9　頸髄損傷\n処方医：川端 一郎医師\n"
    found = _findings(scanner, tmp_path, "seat.txt", text.encode())
    assert "1948-04-09" in found.get("DATE_OF_BIRTH", {})
    people = set(found.get("PERSON", {}))  # (stored without the blank)
    assert "葛城蓮" in people and not any("昭" in v for v in people) and "蓮" not in people


# --- records parted by one blank, not padded ------------------------------------------------------

def _spaced_export() -> str:
    lines = ["RIYOSHA 20261201"] + [" ".join([p[0], p[1], p[2], p[3], p[4], p[5], p[6]]) for p in PEOPLE] + ["END 8"]
    return "\n".join(lines) + "\n"


@pytest.mark.slow
@pytest.mark.parametrize("spaces", ["\u3000", " "])
def test_records_parted_by_one_blank_are_read_as_a_table(scanner, tmp_path, spaces):
    found = _findings(scanner, tmp_path, "riyosha.txt", _spaced_export().replace("\u3000", spaces).encode("cp932"))
    assert set(found.get("DATE_OF_BIRTH", {})) == {f"{p[3][:4]}-{p[3][4:6]}-{p[3][6:]}" for p in PEOPLE}
    assert set(found.get("HEALTH_INSURANCE_NUMBER", {})) == {p[5] for p in PEOPLE}
    assert len(found.get("PHONE", {})) == len(PEOPLE)


@pytest.mark.slow
def test_a_log_parted_by_blanks_is_no_table(scanner, tmp_path):
    log = "\n".join(f"2026-11-{d:02d} 09:15:{d:02d} INFO job=nightly-{d} rows=1{d:05d} 完了" for d in range(1, 12)) + "\n"
    found = _findings(scanner, tmp_path, "batch.log", log.encode())
    assert not found.get("DATE_OF_BIRTH") and not found.get("PHONE")


def test_a_care_homes_births_with_centenarians_are_births():
    from detectors.columns.dates import birth_columns
    import datetime as dt
    births = ["19220514", "19240930", "19381102", "19410217", "19290603", "19520826"]  # two residents past 100
    served = ["20261101", "20261104", "20261108", "20261111", "20261115", "20261118"]
    assert birth_columns({0: births, 1: served}, today=dt.date(2026, 12, 6)) == {0}
