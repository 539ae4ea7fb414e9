"""Host exports whose headers are romaji, English or half-width kana words (headers13),
in every structured format daicho reads: each value found under its header word, and
a product code passing the My Number check under SHOHIN_CD found as nothing. Real
files through the real extraction and the real GiNZA detector."""

from __future__ import annotations

import pytest

from benchmarks.headers13_formats import FORMATS, SUFFIX, written
from scanner.crawl import crawl

HEADERS = ["SIMEI", "ZYUSYO", "KOJIN_NO", "SEINENGAPPI", "KOUZA_NO", "SHUKYO_MEI", "SHOHIN_CD"]
ROWS = [["佐々木 千尋", "岡山県倉敷市阿知2-7-3", "123456789018", "19800412", "1234567", "浄土真宗", "987654321093"],
        ["堀江 浩二", "長野県松本市中央4-1-9", "234567890121", "19661130", "7654321", "日蓮宗", "876543210989"]]
WANTED = {("MY_NUMBER", "123456789018"), ("MY_NUMBER", "234567890121"), ("DATE_OF_BIRTH", "1980-04-12"),
          ("DATE_OF_BIRTH", "1966-11-30"), ("BANK_ACCOUNT", "1234567"), ("BANK_ACCOUNT", "7654321"),
          ("PERSON", "佐々木千尋"), ("PERSON", "堀江浩二")}


@pytest.fixture(scope="module")
def found(tmp_path_factory, detector):
    from scanner.objects import ObjectScanner

    root = tmp_path_factory.mktemp("headers13")
    for fmt in FORMATS:
        (root / f"members_{fmt}.{SUFFIX[fmt]}").write_bytes(written(fmt, HEADERS, ROWS, "KAIIN"))
    scanner = ObjectScanner(detector)
    return {entry.uri.rpartition("/")[2].split(".")[0][len("members_"):]:
            {(f.entity_type, f.value) for o in scanner.scan_entry(entry).walk() for f in o.findings}
            for entry in crawl(root)}


@pytest.mark.parametrize("fmt", FORMATS)
def test_values_under_romaji_headers_are_found_in_every_format(found, fmt):
    values = found[fmt]
    assert WANTED <= values
    assert {t for t, v in values if t == "SENSITIVE" and v.startswith("宗教:")}
    assert not {(t, v) for t, v in values if v in ("987654321093", "876543210989")}
