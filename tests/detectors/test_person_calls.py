"""PERSON in customer-service records and visitor logs (issue 12, hostnames): a caller
named without a title (「…より入電」, 「折り返し先：…」, 「担当：…」), a surname the
dictionary reads as a proper noun of no kind addressed with 様, a given name after a
space and before a particle, a name with two spaces, a one-character surname before
a given name in a person column; a company's party (ご一行), remarks after a name and
common words after the same labels left out. Through the real detector; made-up people."""

import pytest

from tests.detectors.test_person_columns import _people

FOUND = [
    ("2026/12/01 10:05 松尾様より問合せ、納期の確認。", ["松尾"]),
    ("12/01 大久保 学から電話あり、住所変更の依頼。", ["大久保 学"]),
    ("対応: 宮下 翔より入電。", ["宮下 翔"]),
    ("12/02 折り返し先：関 裕美（携帯）", ["関 裕美"]),
    ("12/02 入電 担当：東一郎", ["東一郎"]),
    ("折り返し先：堀 真一　夕方以降希望", ["堀 真一"]),  # the remark after the name is no part of it
    ("顧客名: 東 喜久子 様\t対応者: 村瀬 蒼", ["東 喜久子", "村瀬 蒼"]),  # one-character surname in a person column
    ("氏名: 辻  千恵子\t生年月日: 19690412", ["辻  千恵子"]),  # two spaces, as some exports write them
    ("来訪者: 浜田様ご一行\t人数: 4", ["浜田"]),  # the party of a person: the person
]
NOT_FOUND = [
    "担当：経理", "折り返し先：自宅", "担当: Sales Team", "折り返し先：090-1234-5678",
    "来訪者: 青葉運輸 ご一行\t人数: 3",  # a company's party
    "来訪者: みなと工業御一行\t人数: 2",
    "皆様よりご意見をいただきました。", "お客様より入電。配送日の変更。",
    # a team or a desk after a label that names one as often as a person
    "担当：インフラ運用チーム", "担当：東日本サポートデスク", "担当：情報システム部運用", "折り返し先：代表番号へ",
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", FOUND)
def test_callers_and_visitors_are_found(detector, text, expected):
    assert _people(detector, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_FOUND)
def test_companies_remarks_and_common_words_are_not_people(detector, text):
    assert _people(detector, text) == []


@pytest.mark.slow
def test_a_visitors_log_whose_header_names_one_personal_field_is_read_under_it(scanner, tmp_path):
    """A title row over a header with one field label (お名前): the log is a table,
    not a key/value form; visitors and hosts are found, companies and badges not."""
    from tests.scanner.test_bare_exports import _findings

    rows = ["来館記録,令和8年12月", "来館日,時刻,お名前,会社,用件,応対,バッジ",
            "12/01,9:30,堀真一,みどり測量,打合せ,村瀬 蒼,B-03", "12/01,10:10,小川翠様,青葉運輸,納品,宮下 翔,B-07",
            "12/02,13:45,関 裕美,さくら造園,見積,村瀬 蒼,B-01", "12/03,15:00,東 喜久子,北斗電設,点検,宮下 翔,B-02"]
    found = _findings(scanner, tmp_path, "来館記録.csv", "\r\n".join(rows).encode("cp932"))
    assert set(found["PERSON"]) == {"堀真一", "小川翠", "関裕美", "東喜久子", "村瀬蒼", "宮下翔"}

