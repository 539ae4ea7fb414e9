"""Header-less host exports where a kanji name fills its field and runs into what
follows: its reading in full-width katakana or hiragana (佐々木　一郎ササキ), the kanji
address (佐々木　一郎静岡県…), or where a staff number of seven digits runs into the
name; readings in hiragana typed as a name column; look-alikes (kanji product and
town names beside their readings) left clean. Real CP932 files; made-up people."""

import pytest

from detectors.columns.names import name_columns
from scanner.extract.fixed_width import bare_fixed_width_rows
from tests.scanner.test_bare_exports import _findings
from tests.scanner.test_edge_to_edge_exports import _fit

# kanji name (some fill 12 columns), reading in katakana and in hiragana
PEOPLE = [("宇佐美　和也", "ウサミ　カズヤ", "うさみ かずや"), ("辻　千恵子", "ツジ　チエコ", "つじ ちえこ"),
          ("大久保　淳", "オオクボ　ジュン", "おおくぼ じゅん"), ("堀　あかね", "ホリ　アカネ", "ほり あかね"),
          ("長谷部　聡子", "ハセベ　サトコ", "はせべ さとこ"), ("関口　亮平", "セキグチ　リョウヘイ", "せきぐち りょうへい"),
          ("林　美代子", "ハヤシ　ミヨコ", "はやし みよこ"), ("望月　康介", "モチヅキ　コウスケ", "もちづき こうすけ")]
ADDRESSES = ["静岡県富士市吉原2丁目", "愛知県豊橋市花田町5丁目", "岐阜県大垣市郭町1丁目", "三重県津市丸之内3丁目",
             "静岡県浜松市中区元城町", "愛知県岡崎市康生町4丁目", "岐阜県高山市花川町2丁目", "三重県伊勢市岩渕1丁目"]


def _readings_export(column: int) -> str:
    """Code, the kanji name padded with U+3000 to 12 columns (三文字の姓 with a two-character
    given name fills it), the reading right after, a birth."""
    return "\r\n".join(f"{n:06d} " + _fit(p[0], 12, "\u3000") + _fit(p[column], 22) + f"19{60 + n:02d}0{n}15"
                       for n, p in enumerate(PEOPLE, 1))


def _payroll() -> str:
    """A staff number of seven digits, the kanji name padded with U+3000 straight into the address."""
    return "\n".join(f"{n * 3:05d}{n:02d}" + _fit(p[0], 12, "\u3000") + _fit(address, 28, "\u3000") + f"{n * 21000:08d}"
                     for n, (p, address) in enumerate(zip(PEOPLE, ADDRESSES), 1))


@pytest.mark.parametrize("column", [1, 2])
def test_a_name_that_fills_its_field_is_parted_from_its_reading_in_full_width_kana(column):
    rows = bare_fixed_width_rows(_readings_export(column)).rows
    assert [row[1:3] for row in rows] == [[p[0], p[column]] for p in PEOPLE]


def test_a_name_that_fills_its_field_is_parted_from_the_address_and_from_the_staff_number():
    rows = bare_fixed_width_rows(_payroll()).rows
    assert rows[0] == ["0000301", "宇佐美　和也", "静岡県富士市吉原2丁目", "00021000"]
    assert [row[1] for row in rows] == [p[0] for p in PEOPLE]
    assert [row[2] for row in rows] == ADDRESSES


def test_a_column_of_readings_in_hiragana_is_a_column_of_names():
    assert name_columns({0: [p[2] for p in PEOPLE]}) == {0: "氏名(カナ)"}
    towns = ["さかえ まち", "ほん まち", "みどり がおか", "あさひ まち", "わかば だい"]  # readings of towns: no surname
    assert name_columns({0: towns}) == {}


@pytest.mark.slow
@pytest.mark.parametrize("column", [1, 2])
def test_names_and_readings_of_an_export_whose_names_fill_their_field_are_found(scanner, tmp_path, column):
    found = _findings(scanner, tmp_path, "JUSHIN.DAT", _readings_export(column).encode("cp932"))
    people = {p[0].replace("\u3000", "") for p in PEOPLE} | {p[column].replace("\u3000", "").replace(" ", "")
                                                             for p in PEOPLE}
    assert set(found["PERSON"]) == {name.translate({ord(" "): None}) for name in people}


@pytest.mark.slow
def test_names_of_a_payroll_file_whose_names_run_into_the_address_are_found(scanner, tmp_path):
    found = _findings(scanner, tmp_path, "KYUYO.DAT", _payroll().encode("cp932"))
    assert set(found["PERSON"]) == {p[0].replace("\u3000", "") for p in PEOPLE}


@pytest.mark.slow
def test_kanji_product_and_town_names_beside_their_readings_stay_clean(scanner, tmp_path):
    goods = [("煎茶　徳用", "ｾﾝﾁｬ ﾄｸﾖｳ"), ("醤油　濃口", "ｼｮｳﾕ ｺｲｸﾁ"), ("味噌　赤", "ﾐｿ ｱｶ"), ("昆布　日高", "ｺﾝﾌﾞ ﾋﾀﾞｶ"),
             ("海苔　焼", "ﾉﾘ ﾔｷ"), ("胡麻　白", "ｺﾞﾏ ｼﾛ")]
    products = "\r\n".join(f"{4500 + n * 7:07d} " + _fit(name, 14, "\u3000") + _fit(kana, 16) + f"{n * 380:07d}"
                           for n, (name, kana) in enumerate(goods, 1))
    towns = "\r\n".join(f"22{n:03d}" + _fit(town, 12, "\u3000") + _fit(kana, 18, "\u3000") for n, (town, kana) in enumerate(
        [("吉原", "ヨシワラ"), ("元城町", "モトシロチョウ"), ("花川町", "ハナカワチョウ"), ("岩渕", "イワブチ"),
         ("郭町", "クルワマチ"), ("丸之内", "マルノウチ")], 1))
    for name, text in (("SHOHIN.DAT", products), ("CHOMEI.DAT", towns)):
        assert _findings(scanner, tmp_path, name, text.encode("cp932")) == {}, name


@pytest.mark.slow
def test_a_name_and_its_reading_in_one_field_are_two_names(scanner, tmp_path):
    """宇佐美　和也 ｳｻﾐ ｶｽﾞﾔ in one field: the kanji name ends where its reading starts."""
    text = "\r\n".join(f"{n:05d} " + _fit(f"{p[0]} {p[1]}", 36) + f"{n * 1000:08d}" for n, p in enumerate(PEOPLE, 1))
    found = set(_findings(scanner, tmp_path, "MEIBO.DAT", text.encode("cp932"))["PERSON"])
    assert {p[0].replace("\u3000", "") for p in PEOPLE} <= found
    assert not any(any("\u4e00" <= ch <= "\u9fff" for ch in name) and any("ァ" <= ch <= "ヺ" for ch in name)
                   for name in found)  # no name runs into its reading
