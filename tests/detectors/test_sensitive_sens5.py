"""要配慮 in an organisation's own lists and said indirectly (issue 12, sens5): a union's
dues list and a temple's 護持会費 list exported with semicolons (CP932), roles or a union
under a 組合 column, a form's label cell composed as a value, care-plan labels, needs
and dispositions told in a clause; a union's table of seats, a notice and a poster say
nothing of anyone. Made-up people, the real detector (GiNZA) and real files."""

import pytest

from benchmarks.sens5_writers import odt_bytes, rtf_bytes, semicolon_csv
from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file, sensitive

FOUND = [
    ("障害", "利用者の杉浦 雅人さんは面談で手話通訳を希望している。", "手話通訳を希望"),
    ("障害", "杉浦 雅人さんは脳出血の後、右上肢に麻痺が残っている。", "右上肢に麻痺が残って"),
    ("犯罪歴", "依頼者の杉浦 雅人は前回の件で不起訴処分となった。", "不起訴処分となった"),
    ("犯罪被害", "依頼者の杉浦 雅人は交差点で車にはねられた。", "車にはねられた"),
    ("犯罪被害", "杉浦 雅人さんは同居人から暴力を受け、実家へ避難した。", "暴力を受け"),
    ("犯罪被害", "杉浦 雅人さんの自宅に空き巣が入った。", "自宅に空き巣が入った"),
    ("病歴", "杉浦 雅人さんは心臓ペースメーカー装着中。", "ペースメーカー装着中"),
]
NOT_FOUND = [
    "手話通訳者養成講座のご案内。講師 杉浦 雅人",
    "交通事故の被害を防ぐための講習会。担当 杉浦 雅人",
]


@pytest.mark.slow
@pytest.mark.parametrize("category, text, phrase", FOUND)
def test_a_need_a_remaining_paralysis_or_a_disposition_is_found(detector, category, text, phrase):
    found = sensitive(detector, text)
    assert any(d.category == category and phrase in d.text for d in found), [(d.category, d.text) for d in found]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_course_or_a_lecture_says_nothing_of_anyone(detector, text):
    assert sensitive(detector, text) == []


@pytest.mark.slow
def test_roles_in_a_unions_semicolon_dues_list_are_found(scanner):
    rows = [["組合員番号", "氏名", "職場", "役職", "組合費"], ["U301", "杉浦 雅人", "製造課", "書記長", "3,200"],
            ["U302", "宮腰 沙羅", "総務課", "組合員", "3,200"], ["U303", "早瀬 圭吾", "検査課", "分会長", "3,200"]]
    found = in_file(scanner, "組合費.csv", semicolon_csv(rows, ["あおば電機労働組合 組合費控除一覧"]))
    assert ("労働組合", "書記長") in found and ("労働組合", "分会長") in found
    assert not [f for f in found if "番号" in f[1]]  # the header's 組合員番号 is a column of ids


@pytest.mark.slow
def test_quoted_semicolon_rows_under_a_header_composed_before_each(scanner):
    rows = [["番号", "施主", "住所", "種別", "金額"], ["1", "杉浦 雅人", "中央区寺町1-2-3", "護持会員", "8000"],
            ["2", "宮腰 沙羅", "中央区寺町4-5-6", "檀家総代", "8000"]]
    data = "\r\n".join(";".join(f'"{c}"' for c in row) for row in rows).encode("cp932")
    assert in_file(scanner, "護持会費.csv", data) == [("宗教", "檀家総代"), ("宗教", "護持会員")]


@pytest.mark.slow
def test_a_union_or_a_role_under_a_union_column(scanner, tmp_path):
    sheet = [["社員番号", "氏名", "入社日", "所属組合"], ["E101", "杉浦 雅人", "2012/04/01", "あおば電機労働組合 本社支部"],
             ["E102", "宮腰 沙羅", "2018/10/01", "未加入"], ["E103", "早瀬 圭吾", "2019/04/01", "健康保険組合"]]
    path = tmp_path / "台帳.xlsx"
    w.write_xlsx(path, {"台帳": sheet})
    assert in_file(scanner, "台帳.xlsx", path.read_bytes()) == [("労働組合", "あおば電機労働組合 本社支部")]


@pytest.mark.slow
def test_a_unions_table_of_seats_and_its_notice_say_nothing(scanner, tmp_path):
    sheet = [["あおば電機労働組合 役員選挙 公示"], ["No", "役職", "定数", "締切"], ["1", "執行委員長", "1名", "3月10日"],
             ["2", "書記長", "1名", "3月10日"], ["選挙管理委員", "杉浦 雅人"]]
    path = tmp_path / "公示.xlsx"
    w.write_xlsx(path, {"公示": sheet})
    assert in_file(scanner, "公示.xlsx", path.read_bytes()) == []
    poster = odt_bytes(["浄土真宗本願寺派 光西寺", "報恩講のご案内", "門徒の皆様のお参りをお待ちしております。"])
    assert in_file(scanner, "案内.odt", poster) == []


@pytest.mark.slow
def test_care_plan_and_case_memo_in_odt_and_rtf(scanner):
    plan = odt_bytes(["居宅サービス計画書", "利用者名：杉浦 雅人 様", "主病名：慢性腎不全", "要介護度：要介護3"])
    assert in_file(scanner, "計画.odt", plan) == [("病歴", "慢性腎不全")]
    memo = rtf_bytes(["事件メモ", "依頼者：宮腰 沙羅", "依頼者は投資名目の詐欺被害に遭った。"])
    assert in_file(scanner, "メモ.rtf", memo) == [("犯罪被害", "詐欺被害に遭った")]
