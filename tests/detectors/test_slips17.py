"""Issue 12, slips17: a headerless list of passengers, guests or entrants keyed by numbers
that pass the My Number check. Its rows give the person's age (41, 41歳, beside the sex)
and no birth date the age fits, or a ship's or a flight's name and no birth date: a
manifest's, a register's or an entry list's, never a person's filing, whatever its keys.
A filing's row (a birth date, the age it fits, a crew's ship beside a birth) keeps its
number. The real GiNZA detector and extractors; made-up people and numbers."""

import pytest
from stdnum.jp import in_

from detectors.jp.manifest_rows import manifest_row
from scanner.crawl import crawl

KEYS = ("340299001690", "287869531755", "425922378100", "998000582540", "815508996415", "618126495769")
# name, reading, birth, age (in 2025), sex, home, phone
PEOPLE = (("今村 悠斗", "イマムラ ユウト", "1984/05/12", 41, "男", "福井県福井市大手3丁目2番1号", "090-3311-2207"),
          ("佐伯 美月", "サエキ ミツキ", "1990/10/03", 35, "女", "岡山県倉敷市阿知2丁目5番9号", "080-4412-9931"),
          ("三好 誠", "ミヨシ マコト", "1958/01/22", 67, "男", "徳島県鳴門市撫養町南浜1番2号", "088-612-3456"),
          ("野々村 茜", "ノノムラ アカネ", "1975/07/30", 50, "女", "山口県下関市竹崎町4丁目3番3号", "070-2288-1144"),
          ("宇野 拓真", "ウノ タクマ", "2001/03/15", 24, "男", "大分県別府市北浜1丁目9番7号", "090-8765-0012"),
          ("安達 静香", "アダチ シズカ", "1966/12/08", 59, "女", "長崎県佐世保市島瀬町6番1号", "080-1200-3344"))


def _found(scanner, folder) -> list[str]:
    return sorted(f.value for entry in crawl(folder) for record in scanner.scan_entry(entry).walk()
                  for f in record.findings if f.entity_type == "MY_NUMBER")


def _write(tmp_path, name: str, row: str, encoding: str = "utf-8") -> None:
    lines = [row.format(n=n, key=key, name=name_, kana=kana, born=born, age=age, sex=sex, home=home, phone=phone)
             for n, (key, (name_, kana, born, age, sex, home, phone)) in enumerate(zip(KEYS, PEOPLE))]
    (tmp_path / name).write_bytes(("\n".join(lines) + "\n").encode(encoding))


def test_the_numbers_of_these_tests_pass_their_check():
    assert all(in_.is_valid(k) for k in KEYS)


@pytest.mark.parametrize("name, row", [
    ("0412.csv", "2026/04/1{n},{key},みさき丸,{kana},{name},{sex},{age},{phone},{home}"),  # a boat's boarding list
    ("guests.csv", "{key},2026/08/0{n},{name},{age}歳,{home},{phone}"),  # an inn's register: the age with its unit
    ("entries.tsv", "{key}\t{name}\t{sex}\t{age}\t{home}"),  # a race's entrants: the age beside the sex
    ("uketsuke.csv", "{key},{name},満{age}才,{home}"),  # a clinic's reception list
    ("flight.csv", "{key},2026-09-1{n},NH 46{n}便,{name},{home}"),  # a tour's flight list: no age, a flight
    ("boat.csv", "{key},2027/01/0{n},第二海鳳丸,{name},{home}"),  # no age, a ship
    ("ferry.csv", "{key},フェリーあさかぜ,{kana},{home}"),
])
def test_a_manifests_or_a_registers_keys_are_no_my_numbers(scanner, tmp_path, name, row):
    _write(tmp_path, name, row.replace(",", "\t") if name.endswith(".tsv") else row,
           "cp932" if "みさき丸" in row else "utf-8")
    assert _found(scanner, tmp_path) == []


@pytest.mark.parametrize("row", [
    "{n:03d},第五海王丸,{name},{born},{key},{home}",  # a crew's payroll: the ship beside a birth
    "{key},{name},{born},{age}歳,{home}",  # the age the birth fits
    "{key},{name},{born},{sex},{age},{phone},{home}",
    "{name},{key},男,1,{home}",  # a code beside the sex is no age
    "{key},{name},{home}",
])
def test_a_filings_headerless_run_is_still_found(scanner, tmp_path, row):
    _write(tmp_path, "export.csv", row)
    assert _found(scanner, tmp_path) == sorted(KEYS)


@pytest.mark.parametrize("cells, manifest", [
    (["2026/05/02", "浜田 蓮", "38", "男", "宮崎県日南市油津1丁目1番1号"], True),
    (["浜田 蓮", "M", "38"], True),
    (["浜田 蓮", "38歳"], True),
    (["浜田 蓮", "1987/06/01", "38歳"], False),  # the age fits the birth
    (["浜田 蓮", "S62.6.1", "38"], False),  # an era before 令和: a birth
    (["浜田 蓮", "2023/02/11", "2歳"], False),  # a child's birth the age fits
    (["浜田 蓮", "2026/05/02", "2歳"], False),
    (["浜田 蓮", "Female", "３８"], True),  # full-width digits
    (["浜田 蓮", "満３８歳"], True),
    (["浜田 蓮", "男", "7"], False),  # a bare number under ten is no age
    (["浜田 蓮", "男", "034"], False),  # a staff number's leading zero
    (["浜田 蓮", "こはる丸", "2026/05/02"], True),
    (["浜田 蓮", "二の丸", "2026/05/02"], False),  # a castle's ward, a town's name
    (["浜田 蓮", "ゆうなぎの丸", "2026/05/02"], True),
    (["浜田 蓮", "オーシャンフェリー北斗", "2026/05/02"], True),
    (["浜田 蓮", "JL123便"], True),
    (["浜田 蓮", "郵便"], False),
    (["浜田 蓮", "きよし丸", "1987-06-01"], False),  # a crew's register: a birth beside the ship
])
def test_manifest_row(cells, manifest):
    assert manifest_row(cells) is manifest


_READINGS = (("イマムラ　ユウト", "今村悠斗"), ("サエキ　ミツキ", "佐伯美月"), ("ミヨシ　マコト", "三好誠"), ("ノノムラ　アカネ", "野々村茜"))


@pytest.mark.parametrize("cell, person", [
    ("林志軒", True), ("白雨桐", True), ("方子恒", True),  # a Chinese surname and a given name of two kanji
    ("高校生", False), ("金曜日", False),  # one word of the dictionary
    ("金子様", False),  # a suffix: no given name
])
def test_a_chinese_name_in_a_headerless_column_of_names(detector, cell, person):
    rows = [f"{n}\t2026/04/1{n}\t{kana}\t{kanji}\t40\t男" for n, (kana, kanji) in enumerate(_READINGS)]
    text = "\n".join(rows + ["9\t2026/04/19\tリン　シーシュエン\t" + cell + "\t40\t男"])
    assert (cell in {d.value for d in detector.detect(text) if d.entity_type == "PERSON"}) is person


@pytest.mark.parametrize("header, found", [
    ("乗船券", False), ("整理券", False), ("引換券", False), ("チケット", False), ("領収書", False), ("レシート", False),
    ("番号札", False),  # a ticket's or a voucher's, no 番号 after it
    ("個人番号", True), ("扶養控除", True),  # a My Number's own header; a filing's 控除 is no stub
])
def test_a_one_word_header_naming_a_ticket_or_a_voucher(scanner, tmp_path, header, found):
    rows = "\n".join(f"{name},{key},{born},{home}" for key, (name, _, born, _, _, home, _) in zip(KEYS, PEOPLE))
    (tmp_path / "list.csv").write_text(f"氏名,{header},生年月日,住所\n{rows}\n", encoding="utf-8")
    assert _found(scanner, tmp_path) == (sorted(KEYS) if found else [])
