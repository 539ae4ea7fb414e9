"""Issue 12, contact10: addresses and phones wherever a record places them — under a
column's header in a row above (a two-row header not composed before the cells), split
over romaji keys or XML elements, a field of a headerless record before a phone field,
a rural lot's bare number, 漢数字 blocks joined by の, a city after a particle or its
postal code, the labels of a home (住居, 実家, 宛先) and a system's keys (mobile, keitai);
an organisation's own contacts and counts after a village stay unreported. The real
GiNZA detector and the real extractors; made-up people and places."""

import pytest

from scanner.extract.budget import Budget
from scanner.extract.dispatch import extract
from samples import writers as w

_CONTACTS = ("ADDRESS", "PHONE", "POSTAL_CODE")


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


def _found_in_file(detector, name, data, entity):
    units = extract(name, data, Budget()).units
    return [d.text for unit in units for d in detector.detect(unit.text) if d.entity_type == entity]


def test_an_address_under_a_two_row_header_of_a_sheet(detector):
    rows = [["利用者", "", "連絡先"], ["氏名", "現住所", "自宅電話"],
            ["浅野 和人", "上越市春日山町三丁目十二番五号", "0255231234"], ["三浦 徹", "弘前市城東北4-2-8", "0172281234"]]
    found = _found_in_file(detector, "roster.xlsx", w.xlsx_bytes({"名簿": rows}), "ADDRESS")
    assert found == ["上越市春日山町三丁目十二番五号", "弘前市城東北4-2-8"]


def test_an_address_split_over_romaji_keys_and_xml_elements(detector):
    csv = "shimei,todofuken,shikuchoson,banchi\nASANO KAZUTO,新潟県,上越市,春日山町3-12-5\n".encode()
    assert _found_in_file(detector, "split.csv", csv, "ADDRESS") == ["春日山町3-12-5"]
    xml = "<r><name>浅野 和人</name><pref>新潟県</pref><city>上越市</city><street>春日山町3-12-5</street><zip>9430801</zip></r>"
    assert _found_in_file(detector, "r.xml", xml.encode(), "ADDRESS") == ["春日山町3-12-5"]
    kanji = xml.replace("春日山町3-12-5", "春日山町九丁目三番十号")  # no arabic digit in the whole text
    assert _found_in_file(detector, "r.xml", kanji.encode(), "ADDRESS") == ["春日山町九丁目三番十号"]


def test_a_headerless_records_address_before_its_phone_field(detector):
    fixed = "00880000  片桐 彩      新居浜市喜光地町3丁目19番地           0564886281    A"
    assert _found(detector, fixed, "ADDRESS") == ["新居浜市喜光地町3丁目19番地"]
    assert _found(detector, fixed, "PHONE") == ["0564886281"]
    assert _found(detector, "会場：横浜市中区山下町12-3 電話 045-123-4567", "ADDRESS") == []  # a sentence, no record


@pytest.mark.parametrize("written, address", [
    ("住所　沖縄県島尻郡座間味村座間味105", "沖縄県島尻郡座間味村座間味105"),
    ("住所：東京都三宅島三宅村坪田2750", "東京都三宅島三宅村坪田2750"),
    ("送付先\t北海道虻田郡ニセコ町曽我123番地", "北海道虻田郡ニセコ町曽我123番地"),
    ("岡山県倉敷市玉島乙島六千番地に転居した。", "岡山県倉敷市玉島乙島六千番地"),
    ("秋田県秋田市手形二の五の十三 ロイヤルコート二〇二号室", "秋田県秋田市手形二の五の十三 ロイヤルコート二〇二号室"),
    ("岐阜県大垣市林町二一三三番地五", "岐阜県大垣市林町二一三三番地五"),
    ("住所　足立区梅島四の五の二十", "足立区梅島四の五の二十"),
    ("実家は沼津市大手町2-14-7にある。", "沼津市大手町2-14-7"),
    ("浅野さんは先月弘前市城東北二丁目二十五番十二号に転居された。", "弘前市城東北二丁目二十五番十二号"),
    ("山本さんは先月松本市中央2-5-3に転居した。", "松本市中央2-5-3"),
    ("【住所】沼津市大手町2-14-7", "沼津市大手町2-14-7"),
    ("住所: 〒839-1881久留米市東合川1083番地2", "久留米市東合川1083番地2"),
    ("帰省先：弘前市城東北4-2-8", "弘前市城東北4-2-8"),
    ("本日、京都府京都市上京区堀川通寺之内上ル寺之内竪町605の利用者宅を訪問した。",
     "京都府京都市上京区堀川通寺之内上ル寺之内竪町605"),
])
def test_addresses_written_as_other_hands_write_them(detector, written, address):
    assert _found(detector, written, "ADDRESS") == [address]


def test_a_rows_label_two_cells_before_its_value(detector):
    assert _found(detector, "住所\t\t沼津市大手町2-14-7", "ADDRESS") == ["沼津市大手町2-14-7"]
    assert _found(detector, "山本 太一\t0559621234", "PHONE") == []  # a name before it is no label


@pytest.mark.parametrize("text", [
    "長野県下伊那郡阿智村では120人が登録。",
    "阿智村の高齢化率は35%。",
    "東京都の二の舞にならぬよう、第一の三の矢",
    "沖縄県八重山郡竹富町産の在庫は200箱。",
])
def test_counts_and_words_after_a_place_are_no_address(detector, text):
    assert _found(detector, text, "ADDRESS") == [], text


def test_a_village_offices_letterhead_is_its_own(detector):
    text = "阿智村役場 福祉課\n長野県下伊那郡阿智村智里1234\nTEL 0265-43-2220\n\nボランティア保険のご案内"
    assert [d for d in detector.detect(text) if d.entity_type in _CONTACTS] == []


@pytest.mark.parametrize("text, phone", [
    ("mobile：0334567890", "0334567890"),
    ('{"keitai": "0559621234"}', "0559621234"),
    ("300103,仲村恵理,19850420,5039204,大垣市赤坂町4-22-18,0584914711,01", "0584914711"),
    ("\u3000山口県下関市彦島江の浦町2446番地6\u3000083-464-2520", "083-464-2520"),
    ("電話\t\t0559621234", "0559621234"),
])
def test_phones_under_a_systems_key_or_in_a_record(detector, text, phone):
    assert _found(detector, text, "PHONE") == [phone]


def test_a_fixed_width_records_postal_code_agreeing_with_its_address(detector):
    record = "02102000  ﾀﾁﾊﾞﾅ ﾕｳﾄ      20001105  6041978  07066355180  1  京都府京都市中京区堀川通四条下る四条堀川町5丁目22番22号"
    assert _found(detector, record, "POSTAL_CODE") == ["6041978"]
    other = record.replace("6041978", "1041978")  # a number of the same shape no code of 京都府 starts with
    assert _found(detector, other, "POSTAL_CODE") == []
    amount = "1001  東京都港区芝5-33-1  1234567  3200000"  # after the address: an amount, not its code
    assert _found(detector, amount, "POSTAL_CODE") == []
    key = "1234724  酒井 源太  1199306061770041  東京都練馬区石神井町六丁目5番地2"  # the record's key, its first field
    assert _found(detector, key, "POSTAL_CODE") == []
