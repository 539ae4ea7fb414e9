"""PERSON in a table's person columns (issue 12, namecols): headers composed of a
role and a part of the name, columns judged by their cells, the person (not the
company or the honorific) in a cell, romaji and half-width katakana names; and
companies, departments, places and common words in the same columns left out.
Through the real detector and through real files (CSV, TSV, xlsx). Made-up people."""

import pytest

from detectors.jp.person_columns import header_kind
from samples import writers as w
from scanner.crawl import crawl

HEADERS = [
    ("来訪者", True), ("来訪者　氏名", True), ("訪問者氏名", True), ("面会者", True), ("応対者", True),
    ("口座名義(カナ)", True), ("名義人", True), ("お名前（カナ）", True), ("氏名(英字)", True), ("Name", True),
    ("世帯主", True), ("施主", True), ("故人", True), ("契約者", True), ("被保険者", True), ("宛名", True),
    ("会員名", True), ("受付者", True), ("記入者", True),
    ("来訪者会社名", False), ("担当者電話", False), ("会員番号", False), ("担当部署", False), ("故人命日", False),
    ("受付日", False), ("在留資格", False), ("出張先", False),
    ("ｺｳｻﾞﾒｲｷﾞ", True), ("ｼﾒｲ(ｶﾅ)", True),  # a host system's half-width katakana
    ("同行", None), ("配属", None), ("敬称", None),
]


@pytest.mark.parametrize("header, kind", HEADERS)
def test_a_header_says_whether_its_column_holds_people(header, kind):
    assert header_kind(header) is kind


# (composed fields as a table row gives them, the PERSON texts expected)
CELLS = [
    ("来訪者: 松永修平\t会社名: 三葉工機株式会社", ["松永修平"]),
    ("来訪者: 松永修平様\t用件: 打合せ", ["松永修平"]),
    ("来訪者名: (株)三葉工機 松永様\t用件: 納品", ["松永"]),
    ("来訪者: 三葉工機 松永様\t用件: 納品", ["松永"]),  # a company without its legal form
    ("来訪者: 松永修平（三葉工機）\t", ["松永修平"]),
    ("来訪者: 松永修平 他2名\t", ["松永修平"]),
    ("面会者: 北島\t用件: 点検", ["北島"]),  # a surname alone under a person header
    ("受付者: 総務課 北島\t", ["北島"]),
    ("面会者: 総務部 北島部長\t", ["北島"]),  # a title after the name
    ("口座名義(カナ): ﾏﾂﾅｶﾞ ｼｭｳﾍｲ\t口座番号: 1234567", ["ﾏﾂﾅｶﾞ ｼｭｳﾍｲ"]),
    ("口座名義: ﾏﾂﾅｶﾞｼｭｳﾍｲ\t", ["ﾏﾂﾅｶﾞｼｭｳﾍｲ"]),
    ("氏名(英字): GURUNG, RAM BAHADUR\t国籍: ネパール", ["GURUNG, RAM BAHADUR"]),
    ("Name: Budi Santoso\t", ["Budi Santoso"]),
    ("世帯主: 北島健吾\t施主: 北島多恵\t故人: 北島源三", ["北島健吾", "北島多恵", "北島源三"]),
    ("宛名: 北島 健吾、北島 多恵\t", ["北島 健吾", "北島 多恵"]),
    ("宛名: 北島様方 松永修平様\t", ["北島", "松永修平"]),  # care of: two people
    ("ｺｳｻﾞﾒｲｷﾞ: ﾏﾂﾅｶﾞ ｼｭｳﾍｲ\t", ["ﾏﾂﾅｶﾞ ｼｭｳﾍｲ"]),
    # what stands in the same columns and is no person
    ("宛名: 三葉工機株式会社 御中\t", []),
    ("契約者: 株式会社三葉工機\t", []),
    ("担当: 営業\t", []),
    ("会員名: 正会員\t", []),
    ("記入者: 未定\t", []),
    ("担当: Sales Team\t", []),
    ("来訪者会社名: 北島商店\t", []),
    ("出張先: 豊田\t", []),
]


def _people(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", CELLS)
def test_the_person_in_a_person_columns_cell(detector, text, expected):
    assert _people(detector, text) == expected


@pytest.mark.slow
def test_a_column_under_an_unknown_header_is_judged_by_its_cells(detector):
    """Most cells of 同行 are names the dictionary knows: the rare one is a name too."""
    rows = ["同行: 松永修平\t部署: 総務課", "同行: 北島多恵\t部署: 経理課", "同行: 山岸由紀子\t部署: 人事課",
            "同行: 松永煌星\t部署: 総務課"]
    assert "松永煌星" in _people(detector, "\t\n".join(rows))
    departments = ["同行: 総務課\t部署: 総務課", "同行: 経理課\t部署: 経理課", "同行: 人事課\t部署: 人事課"]
    assert _people(detector, "\t\n".join(departments)) == []


def _found(scanner, tmp_path, name: str, data: bytes) -> set[str]:
    (tmp_path / name).write_bytes(data)
    values = set()
    for entry in crawl(tmp_path):
        for record in scanner.scan_entry(entry).walk():
            values |= {f.value for f in record.findings if f.entity_type == "PERSON"}
    return values


def _csv(rows: list[list[str]], separator: str = ",", encoding: str = "cp932") -> bytes:
    return "\r\n".join(separator.join(row) for row in rows).encode(encoding)


@pytest.mark.slow
def test_a_visitor_log_csv(scanner, tmp_path):
    rows = [["来訪日", "来訪者　氏名", "会社名", "面会者"],
            ["2026/04/01", "松永修平様", "三葉工機株式会社", "北島"],
            ["2026/04/02", "三葉工機 山岸様", "三葉工機株式会社", "北島健吾"]]
    found = _found(scanner, tmp_path, "来訪者記録.csv", _csv(rows))
    assert found == {"松永修平", "山岸", "北島", "北島健吾"}


@pytest.mark.slow
def test_a_payroll_transfer_list_in_half_width_katakana(scanner, tmp_path):
    rows = [["社員番号", "口座名義(カナ)", "銀行名", "支店名", "口座番号"],
            ["E101", "ﾏﾂﾅｶﾞ ｼｭｳﾍｲ", "みずなみ銀行", "本町支店", "1234567"],
            ["E102", "ｷﾀｼﾞﾏ ﾀｴ", "みずなみ銀行", "駅前支店", "7654321"]]
    found = _found(scanner, tmp_path, "給与振込口座.csv", _csv(rows))
    assert {"マツナガシュウヘイ", "キタジマタエ"} <= found
    assert not {v for v in found if "銀行" in v or "支店" in v}


@pytest.mark.slow
def test_a_residence_status_register_in_romaji(scanner, tmp_path):
    sheet = [["在留資格台帳"], ["No", "氏名(英字)", "国籍", "在留資格", "配属"],
             [1, "NGUYEN, THI LAN", "ベトナム", "特定技能1号", "製造課"],
             [2, "Maria Cruz", "フィリピン", "技能実習2号", "品質保証部"],
             [3, "GURUNG RAM BAHADUR", "ネパール", "技術・人文知識・国際業務", "設計課"]]
    found = _found(scanner, tmp_path, "在留資格台帳.xlsx", w.xlsx_bytes({"台帳": sheet}))
    assert found == {"NGUYENTHILAN", "MariaCruz", "GURUNGRAMBAHADUR"}


@pytest.mark.slow
def test_a_label_list_tsv_names_the_person_not_the_company_or_building(scanner, tmp_path):
    rows = [["郵便番号", "住所1", "住所2", "宛名", "敬称"],
            ["223-0061", "横浜市港北区日吉1-2", "メゾン北島 201号", "三葉工機(株) 松永 修平", "様"],
            ["223-0062", "横浜市港北区日吉2-3", "コーポ山岸 105", "北島 多恵", "様"],
            ["223-0063", "横浜市港北区日吉3-4", "", "三葉工機株式会社", "御中"]]
    found = _found(scanner, tmp_path, "宛名リスト.tsv", _csv(rows, "\t", "utf-8"))
    assert found == {"松永修平", "北島多恵"}
