"""Host exports whose numeric fields run edge to edge: a run of digits made of a sex
code, a birth, a postal code and a phone cut into its fields by the column as a whole,
kanji names with the half-width katakana right after them parted, and look-alikes
(slips, product and postal masters) left clean. Real CP932 files; made-up people."""

import pytest

from detectors.columns.digit_runs import digit_run_cuts
from scanner.extract.fixed_width import bare_fixed_width_rows
from tests.scanner.test_bare_exports import _findings

# code, kanji name, kana, sex, birth, postal code, phone, address
PEOPLE = [("0000101", "久保田　由紀子", "ｸﾎﾞﾀ ﾕｷｺ", "2", "19640312", "2730005", "0474123456", "千葉県船橋市本町3-4-5"),
          ("0000102", "菅原　亮", "ｽｶﾞﾜﾗ ﾘｮｳ", "1", "19871130", "3100021", "09012345678", "茨城県水戸市南町2丁目6番1号"),
          ("0000103", "五十嵐　純一", "ｲｶﾞﾗｼ ｼﾞｭﾝｲﾁ", "1", "19520707", "6700905", "0792234567", "兵庫県姫路市白銀町8-2"),
          ("0000104", "高木　沙織", "ﾀｶｷﾞ ｻｵﾘ", "2", "20010224", "3900874", "08023456789", "長野県松本市大手4-1-12"),
          ("0000105", "野口　忠雄", "ﾉｸﾞﾁ ﾀﾀﾞｵ", "1", "19450918", "8600806", "0963345678", "熊本県熊本市中央区花畑町1-9"),
          ("0000106", "今井　奈々", "ｲﾏｲ ﾅﾅ", "2", "19991105", "9330023", "0766456789", "富山県高岡市末広町5-5")]
PREFECTURES = ["千葉県", "茨城県", "兵庫県", "長野県", "熊本県", "富山県"]


def _fit(value: str, width: int, blank: str = " ") -> str:
    room = width - len(value.encode("cp932"))
    return value + blank * (room // len(blank.encode("cp932"))) + " " * (room % len(blank.encode("cp932")))


def _export() -> str:
    """The kanji name padded with full-width spaces (久保田　由紀子 fills its 14 columns), the
    kana right after it, then sex, birth, postal code and phone as one run, the address."""
    return "\r\n".join(p[0] + " " + _fit(p[1], 14, "\u3000") + _fit(p[2], 16) + "".join(p[3:6]) + _fit(p[6], 11)
                       + _fit(p[7], 34, "\u3000") for p in PEOPLE)


def test_a_run_of_sex_birth_postal_code_and_phone_is_cut_into_its_fields():
    runs = ["".join(p[3:7]) for p in PEOPLE]
    assert digit_run_cuts(runs, PREFECTURES) == [1, 9, 16, 26]  # 10 digits where most phones end; 11 read to the end


def test_a_number_before_a_birth_stays_whole_when_no_postal_code_agrees_with_the_address():
    runs = [f"{n * 7919 % 10**8:08d}{p[4]}" for n, p in enumerate(PEOPLE, 1)]
    assert digit_run_cuts(runs, PREFECTURES) == [8, 16]


def test_runs_without_a_date_or_phone_and_short_runs_are_not_cut():
    assert digit_run_cuts([f"{n * 104729:016d}" for n in range(1, 7)], PREFECTURES) == []
    assert digit_run_cuts([p[4] for p in PEOPLE], PREFECTURES) == []  # one value: a birth


def test_the_records_of_an_edge_to_edge_export_are_split_into_their_fields():
    rows = bare_fixed_width_rows(_export()).rows
    assert rows[0][:7] == ["0000101", "久保田　由紀子", "ｸﾎﾞﾀ ﾕｷｺ", "2", "19640312", "2730005", "0474123456"]
    assert rows[1][:7] == ["0000102", "菅原　亮", "ｽｶﾞﾜﾗ ﾘｮｳ", "1", "19871130", "3100021", "09012345678"]
    assert rows[1][-1] == "茨城県水戸市南町2丁目6番1号"


@pytest.mark.slow
def test_births_postal_codes_phones_and_names_of_an_edge_to_edge_export_are_found(scanner, tmp_path):
    found = _findings(scanner, tmp_path, "KOKYAKU.DAT", _export().encode("cp932"))
    assert set(found["DATE_OF_BIRTH"]) == {f"{p[4][:4]}-{p[4][4:6]}-{p[4][6:]}" for p in PEOPLE}
    assert set(found["POSTAL_CODE"]) == {p[5] for p in PEOPLE}
    assert len(found["PHONE"]) == len(PEOPLE)
    assert {"久保田由紀子", "クボタユキコ", "菅原亮", "スガワラリョウ"} <= set(found["PERSON"])
    assert found["DATE_OF_BIRTH"]["1964-03-12"] == "L1"


@pytest.mark.slow
def test_look_alikes_with_runs_of_digits_stay_clean(scanner, tmp_path):
    """Slips (number, sales date, customer code, amount in one run), a product master
    (code, JAN code, release dates over decades), a postal master (municipality code
    and postal code in one run): no person, nothing found."""
    items = ["ﾉｰﾄ A5", "ｲﾝｸ ｱｵ", "ｸﾘｯﾌﾟ ｼﾞｭｳ", "ﾌｧｲﾙ ｱｶ", "ｲﾝｸ ｱｵ", "ﾉｰﾄ A5"]
    slips = "\r\n".join(f"{n * 7:08d}2026{n + 3:02d}{n + 10:02d}{p[5]}{n * 7919:010d} " + _fit(item, 12)
                        for n, (p, item) in enumerate(zip(PEOPLE, items), 1))
    products = "\r\n".join(f"{4900000 + n * 1371}49{n * 987654321:011d}{1988 + 6 * n}{n:02d}{10 + n}" + _fit(item, 12)
                           + f"{n * 120:08d}" for n, item in enumerate(items, 1))
    towns = "\r\n".join(f"{12204 + n}{p[5]}" + _fit("ﾁｮｳﾒｲ", 8) + _fit(pref, 10, "\u3000") + _fit(p[7][3:9], 16, "\u3000")
                        for n, (p, pref) in enumerate(zip(PEOPLE, PREFECTURES)))
    for name, text in (("URIAGE.DAT", slips), ("SHOHIN.DAT", products), ("YUBIN.DAT", towns)):
        assert _findings(scanner, tmp_path, name, text.encode("cp932")) == {}, name
