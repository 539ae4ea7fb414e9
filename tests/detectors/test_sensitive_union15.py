"""A union's membership, a faith and a creed that are a person's, and what is a body's own (issue
12, union15): a union's heading, letterhead, signature, agreement's party or addressee (its name
then its officer) in text and in sheets; a co-operative's 組合員名簿 and its bare 組合員 values;
a party's seat read as a union's; a cemetery's 宗派 column saying 不問; a faith or a party inside
a shop's name or before its own affair; rites of several faiths listed as a menu. And kept: a
union's officers listed with the seat in the first column, a value under 加入組合 above, a creed
labelled 政治的信条. Made-up people and bodies, the real GiNZA model and real files."""

import pytest

from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file


def _csv(rows):
    return "\r\n".join(",".join(row) for row in rows).encode("utf-8")


def _kinds(found, category):
    return [text for kind, text in found if kind == category]


@pytest.mark.slow
@pytest.mark.parametrize("lines", [
    ["北浜運輸労働組合", "〒231-0001 横浜市中区新港2-3-4", "TEL 045-111-2222", "執行委員長 鳴海 宗一郎", "",
     "組合員の皆さんへ", "夏季一時金の要求案を職場で討議してください。"],
    ["時間外労働に関する協定書", "株式会社北浜運輸と北浜運輸労働組合は次のとおり協定する。", "北浜運輸労働組合 執行委員長 鳴海 宗一郎"],
    ["北浜運輸労働組合", "書記長 鳴海 宗一郎 殿", "株式会社北浜運輸 人事部長 葛西 美和", "要求に対する回答書"],
])
@pytest.mark.parametrize("fmt", ["txt", "csv", "xlsx"])
def test_a_unions_own_desk_is_no_members_record(scanner, lines, fmt):
    rows = [[line] for line in lines]
    data = {"txt": "\n".join(lines).encode("utf-8"), "csv": _csv(rows), "xlsx": w.xlsx_bytes({"Sheet1": rows})}[fmt]
    assert _kinds(in_file(scanner, f"letter.{fmt}", data), "労働組合") == []


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_unions_officers_led_by_the_seat_are_members(scanner, fmt):
    rows = [["北浜運輸労働組合 役員名簿"], ["役職", "氏名", "職場"], ["執行委員長", "鳴海 宗一郎", "配車課"],
            ["書記長", "葛西 美和", "経理課"]]
    data = _csv(rows) if fmt == "csv" else w.xlsx_bytes({"Sheet1": rows})
    assert sorted(_kinds(in_file(scanner, f"officers.{fmt}", data), "労働組合")) == ["執行委員長", "書記長"]


@pytest.mark.slow
def test_a_co_operatives_roll_and_its_members_are_no_unions(scanner):
    rows = [["しおかぜ漁業協同組合 組合員名簿"], ["氏名", "区分", "船名"], ["鳴海 宗一郎", "組合員", "第三鳴海丸"],
            ["葛西 美和", "正組合員", "美和丸"]]
    for fmt, data in (("csv", _csv(rows)), ("txt", "\n".join("\t".join(r) for r in rows).encode("utf-8"))):
        assert _kinds(in_file(scanner, f"roll.{fmt}", data), "労働組合") == [], fmt


@pytest.mark.slow
def test_a_value_under_a_union_label_above_stays_a_members(scanner, tmp_path):
    path = tmp_path / "身上書.docx"
    w.write_docx(path, ["身上書", "氏名", "鳴海 宗一郎", "加入組合", "しおかぜ合同ユニオン"])
    assert _kinds(in_file(scanner, path.name, path.read_bytes()), "労働組合") == ["しおかぜ合同ユニオン"]


@pytest.mark.slow
def test_a_partys_seat_is_a_creed_not_a_union(scanner):
    text = "面談記録\n相談者 鳴海 宗一郎\n社民党の党員で、支部の地区委員を務めているとのこと。"
    found = in_file(scanner, "note.txt", text.encode("utf-8"))
    assert _kinds(found, "労働組合") == [] and _kinds(found, "信条"), found


@pytest.mark.slow
def test_faiths_and_parties_inside_a_body_or_its_affair_are_no_ones(scanner):
    rows = [["取引先", "担当者", "内容"], ["株式会社キリスト教書センター", "鳴海 宗一郎", "書籍"],
            ["仏光堂", "葛西 美和", "公明党の政策集の印刷"], ["有限会社神道写真館", "葛西 美和", "撮影"]]
    found = in_file(scanner, "vendors.xlsx", w.xlsx_bytes({"Sheet1": rows}))
    assert _kinds(found, "宗教") == [] and _kinds(found, "信条") == [], found


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "鳴海 宗一郎さんは葬祭会館の社員で、仏式・神式・キリスト教式の葬儀を担当している。",
    "挙式プラン\n神前式や人前式、キリスト教式からお選びいただけます。\n担当 葛西 美和",
])
def test_rites_of_several_faiths_listed_are_a_menu(scanner, text):
    assert _kinds(in_file(scanner, "menu.txt", text.encode("utf-8")), "宗教") == []


@pytest.mark.slow
def test_a_cemeterys_column_that_asks_no_faith_says_nothing(scanner):
    rows = [["区画", "使用者", "宗派"], ["C-1", "鳴海 宗一郎", "不問"], ["C-2", "葛西 美和", "問わない"]]
    assert _kinds(in_file(scanner, "plots.csv", _csv(rows)), "宗教") == []


@pytest.mark.slow
def test_a_faith_kept_and_a_creed_under_its_own_label(scanner):
    rows = [["氏名", "宗教", "政治的信条"], ["鳴海 宗一郎", "天理教", "護憲"], ["葛西 美和", "なし", "なし"]]
    found = in_file(scanner, "staff.xlsx", w.xlsx_bytes({"Sheet1": rows}))
    assert _kinds(found, "宗教") == ["天理教"] and _kinds(found, "信条") == ["護憲"], found


@pytest.mark.slow
@pytest.mark.parametrize("rows", [
    [["あさひ台管理組合 請求明細"], ["部屋番号", "氏名", "管理費", "組合費"], ["201", "鳴海 宗一郎", "14000", "400"]],
    [["はまなす生協 ご利用明細"], ["組合員番号", "氏名", "利用額", "組合費"], ["5501", "葛西 美和", "6200", "1000"]],
])
def test_another_bodys_bill_has_no_union_dues(scanner, rows):
    assert _kinds(in_file(scanner, "bill.xlsx", w.xlsx_bytes({"Sheet1": rows})), "労働組合") == []


@pytest.mark.slow
@pytest.mark.parametrize("text, phrase", [
    ("面談記録\n相談者 鳴海 宗一郎\n本人は天皇制に反対する思想を持っていると話した。", "天皇制に反対する思想を持って"),
    ("面談記録\n相談者 鳴海 宗一郎\n社民党の熱心な支持者で、選挙のたびに声をかけている。", "社民党の熱心な支持者"),
    ("面談記録\n相談者 鳴海 宗一郎\n本人は反核デモの主催者として地元で知られている。", "反核デモの主催者"),
])
def test_a_creed_held_supported_or_led_is_the_persons(scanner, text, phrase):
    found = _kinds(in_file(scanner, "note.txt", text.encode("utf-8")), "信条")
    assert any(phrase in span or span in phrase for span in found), found
