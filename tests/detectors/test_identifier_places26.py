"""Issue 12, ids26: identifiers decided by where they stand, whatever the writer. A column
of bare seven digits after an address that names no prefecture is no postal code (an
order's number), while one in the code's own shape, or one before the address, is; a 〒
code followed by the next field's 電話 label is still a code, and no address runs on over
it; a lot's number ends before the phone in the next field; a table's header row in <td>
cells whose labels stand side by side keeps its columns, and the rows under it are
records; a run of numbers counting up is the organisation's own series, not passports.
The real GiNZA detector and the real extractors; made-up people and places."""

import json

from detectors.columns.places import postal_columns
from scanner.extract.budget import Budget
from scanner.extract.dispatch import extract

CITY_ADDRESSES = ["松山市道後町3丁目2番8号", "函館市元町14番地", "盛岡市中ノ橋通2-5-1", "長岡市表町4丁目1番3号",
                  "西宮市甲子園町8-12", "呉市本通6丁目3番1号"]


def _found(detector, name, data, entity):
    units = extract(name, data, Budget()).units
    return [d.text for unit in units for d in detector.detect(unit.text, labels=unit.labels())
            if d.entity_type == entity]


def test_bare_seven_digits_after_an_address_without_a_prefecture_are_no_postal_codes():
    orders = ["4821937", "1650283", "9027461", "3318054", "7240916", "5592803"]
    assert postal_columns({0: CITY_ADDRESSES, 1: orders}, {0}) == set()
    codes = ["790-0842", "040-0054", "020-0871", "940-0066", "663-8152", "737-0045"]
    assert postal_columns({0: CITY_ADDRESSES, 1: codes}, {0}) == {1}
    bare = [code.replace("-", "") for code in codes]
    assert postal_columns({0: bare, 1: CITY_ADDRESSES}, {1}) == {0}  # before its address, as 〒 stands


def test_a_marked_code_before_the_phone_label_of_the_next_field(detector):
    text = "連絡先は次のとおりです。\n住所：愛媛県松山市道後町3-2-8　〒790-0842　電話：089-921-4470\n"
    assert _found(detector, "m.txt", text.encode(), "POSTAL_CODE") == ["〒790-0842"]
    assert _found(detector, "m.txt", text.encode(), "ADDRESS") == ["愛媛県松山市道後町3-2-8"]


def test_a_lots_number_ends_before_the_phone_in_the_next_field(detector):
    text = "団員名簿\n\n岸本 早苗　昭41.03.15生　函館市元町1420番地　0138-22-4615\n"
    assert _found(detector, "r.txt", text.encode(), "ADDRESS") == ["函館市元町1420番地"]


def test_a_header_row_in_td_cells_whose_second_cell_names_no_field(detector):
    html = ("<html><body><table><tr><td>氏名</td><td>楽器</td><td>連絡先</td><td>生年月日</td><td>備考</td></tr>"
            "<tr><td>岸本 早苗</td><td>笙</td><td>0138-22-4615</td><td>1966年3月15日</td><td></td></tr>"
            "<tr><td>三浦 健太</td><td>篳篥</td><td>089-921-4470</td><td>昭和52年8月2日</td><td></td></tr>"
            # a name holding a label's word (カナ) is a record's first cell under the header all the same
            "<tr><td>ハヤセ カナコ</td><td>笙</td><td>052-771-3904</td><td>1958年11月20日</td><td></td></tr>"
            "</table></body></html>")
    assert _found(detector, "m.html", html.encode(), "DATE_OF_BIRTH") == ["1966年3月15日", "昭和52年8月2日", "1958年11月20日"]


def test_a_run_of_numbers_counting_up_is_no_passport(detector):
    members = ("岸本 早苗", "三浦 健太", "野口 彩花", "堀内 聡", "村瀬 透", "宮田 結衣", "小野寺 陸", "杉浦 真央", "西岡 航")
    series = {"passes": [{"pass_no": f"KM3000{n}", "name": name} for n, name in zip(range(41, 50), members)]}
    assert _found(detector, "p.json", json.dumps(series, ensure_ascii=False, indent=2).encode(), "PASSPORT") == []
    # a family applying together may be issued consecutive numbers: a run as long as a family stays theirs
    family = {"travellers": [{"passport_no": f"TK48219{n}", "name": name} for n, name in zip(range(36, 40), members)]}
    assert _found(detector, "f.json", json.dumps(family, ensure_ascii=False, indent=2).encode(), "PASSPORT") == [
        f"TK48219{n}" for n in range(36, 40)]
    drawn = {"travellers": [{"passport_no": number, "name": name} for number, name in
                            (("TK4821937", "岸本 早苗"), ("TR1650283", "三浦 健太"), ("TZ9027461", "野口 彩花"))]}
    assert _found(detector, "t.json", json.dumps(drawn, ensure_ascii=False, indent=2).encode(), "PASSPORT") == [
        "TK4821937", "TR1650283", "TZ9027461"]
