"""Issue 12, practicum16: a college's practicum or placement list printed to PDF — each
student's mobile after the facility they are sent to, their antibody or infection test
results, and the list's header line that is no person. The real GiNZA detector; made-up
students, facilities and numbers; PDFs written here with reportlab in the three layouts
pdfminer gives a table (a row joined by spaces, a paragraph a cell, a box a column)."""

from pathlib import Path

import pytest

from scanner.extract import extract
from scanner.extract.budget import Budget


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


def _results(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "SENSITIVE"
            and getattr(d, "category", None) == "健康診断結果"]


# --- a student's mobile after the facility's name ---------------------------------------

@pytest.mark.parametrize("place", ["こだま保育園", "寺岡台保育園", "若葉幼稚園", "みなと第二こども園", "北山リハビリセンター", "ほのか特別養護老人ホーム"])
@pytest.mark.parametrize("number", ["090-3141-5926", "080(2718)2818", "07016180339"])
def test_a_mobile_after_the_placement_facility_on_a_students_row(detector, place, number):
    text = f"配属一覧\n\nK-31 寺島 七瀬 {place} {number} 2週間\n"  # (寺: a facility's kind too)
    assert _found(detector, text, "PHONE") == [number]


def test_the_facilitys_landline_after_its_name_stays_the_facilitys(detector):
    text = "K-31 北条 七瀬 こだま保育園 03-5821-7734\n"
    assert _found(detector, text, "PHONE") == []


def test_a_facility_listed_with_its_mobile_and_no_person_stays_the_facilitys(detector):
    text = "協力園一覧\nこだま保育園 090-3141-5926\n若葉幼稚園 080-2718-2818\n"
    assert _found(detector, text, "PHONE") == []


def test_a_row_read_cell_by_cell(detector):
    text = "K-31\n\n北条 七瀬\n\nこだま保育園\n\n090-3141-5926\n\nK-32\n\n三輪 悠斗\n\n若葉幼稚園\n\n080-2718-2818\n"
    assert _found(detector, text, "PHONE") == ["090-3141-5926", "080-2718-2818"]


def test_a_column_of_mobiles_under_a_neutral_contact_header(detector):
    text = ("氏名\n北条 七瀬\n三輪 悠斗\n\n配属先\nこだま保育園\n若葉幼稚園\n\n"
            "連絡先\n090-3141-5926\n080-2718-2818\n")
    assert _found(detector, text, "PHONE") == ["090-3141-5926", "080-2718-2818"]


# --- antibody, antigen and tuberculosis results ----------------------------------------

@pytest.mark.parametrize("result", ["ムンプス抗体 陰性", "水痘抗体価 低値", "麻疹IgG抗体: 基準値未満", "風疹抗体価 8倍未満",
                                    "おたふくかぜ抗体 要追加接種", "麻しん 抗体価 (±)", "HBs抗原 陽性", "HCV抗体 (+)", "クォンティフェロン 判定保留"])
def test_a_result_after_its_item_on_a_students_row(detector, result):
    text = f"K-31 北条 七瀬 こだま保育園 {result}\n"
    assert _results(detector, text) == [result]


def test_a_result_told_in_a_sentence(detector):
    text = "北条七瀬さんは水痘抗体が陰性でしたので、実習前に接種をお願いします。"
    assert _results(detector, text) == ["水痘抗体が陰性"]


@pytest.mark.parametrize("text", ["K-31 北条 七瀬 こだま保育園 麻疹抗体 陽性\n", "K-31 北条 七瀬 こだま保育園 HBs抗原 陰性\n", "K-31 北条 七瀬 こだま保育園 ムンプス抗体 済\n",
                                  "麻疹抗体が陰性の方は、実習前に予防接種を受けてください。\n"])
def test_an_immune_result_a_done_mark_or_a_rule_is_no_finding(detector, text):
    assert _results(detector, text) == []


# --- the list's header is no person ---------------------------------------------------

@pytest.mark.parametrize("header", ["学生番号 氏名 配属先 携帯番号", "氏名 派遣先", "番号 氏名 研修先 連絡先 備考"])
def test_a_header_line_after_the_name_label_is_no_person(detector, header):
    text = f"{header}\nK-31 北条 七瀬 こだま保育園 090-3141-5926\n"
    assert _found(detector, text, "PERSON") == ["北条 七瀬"]


# --- PDFs of our own: each layout pdfminer gives a table -------------------------------

_HEADER = ["番号", "氏名", "配属先", "連絡先", "抗体検査"]
_ROWS = [["K-31", "北条 七瀬", "こだま保育園", "090-3141-5926", "ムンプス抗体 陰性"],
         ["K-32", "三輪 悠斗", "若葉幼稚園", "080(2718)2818", "済"],
         ["K-33", "松井 結衣", "みなと第二こども園", "07016180339", "水痘抗体価 低値"]]


def _pdf(path: Path, columns: list[int], step: int) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4), invariant=1)
    pdf.setFont("HeiseiKakuGo-W5", 9)
    pdf.drawString(40, 560, "令和9年度 実習配属先一覧")
    for r, row in enumerate([_HEADER] + _ROWS):
        for x, cell in zip(columns, row):
            pdf.drawString(x, 520 - step * r, cell)
    pdf.showPage()
    pdf.save()
    return path.read_bytes()


@pytest.mark.parametrize("columns,step", [([40, 75, 125, 215, 285], 24),  # a row joined by spaces
                                          ([40, 110, 220, 350, 480], 24),  # a paragraph a cell
                                          ([40, 110, 220, 350, 480], 11)])  # a box a column
def test_a_practicum_list_pdf_in_each_layout(detector, tmp_path, columns, step):
    data = _pdf(tmp_path / "list.pdf", columns, step)
    text = "\n".join(unit.text for unit in extract("list.pdf", data, Budget()).units)
    found = detector.detect(text)
    assert sorted(d.text for d in found if d.entity_type == "PHONE") == sorted(row[3] for row in _ROWS)
    assert sorted(d.text for d in found if d.entity_type == "SENSITIVE") == ["ムンプス抗体 陰性", "水痘抗体価 低値"]
    assert sorted(d.text for d in found if d.entity_type == "PERSON") == sorted(row[1] for row in _ROWS)


def test_a_result_in_a_column_box_belongs_to_the_name_on_the_same_line(detector):
    text = ("受入先一覧\n\n学生名\n沢口 里穂\n片桐 雄大\n高畑 美咲\n\n受入先\nもえぎ園\nしらかば苑\nもえぎ園\n\n"
            "備考欄の記載は実習指導室で確認のこと。ほかの連絡事項はありません。以下余白。担当者へ申し送り済み。\n\n"
            "感染症\n済\n風しん 抗体 陰性\n済\n")
    assert _results(detector, text) == ["風しん 抗体 陰性"]


def test_a_result_box_with_no_names_box_of_its_size_is_tied_to_no_one(detector):
    text = ("受入先一覧\n\n学生名\n沢口 里穂\n片桐 雄大\n\n"
            "備考欄の記載は実習指導室で確認のこと。ほかの連絡事項はありません。以下余白。担当者へ申し送り済み。\n\n"
            "感染症\n済\n風しん 抗体 陰性\n済\n")
    assert _results(detector, text) == []


@pytest.mark.parametrize("home", ["介護老人保健施設 かえでの里", "グループホーム ゆうきの家", "小規模多機能 あゆみの郷"])
def test_a_care_home_named_in_kana_like_a_person_is_no_person(detector, home):
    text = f"K-31 北条 七瀬 {home} 090-3141-5926\n"
    assert _found(detector, text, "PERSON") == ["北条 七瀬"]


def test_a_result_alone_under_its_antibody_column_in_rows_joined_by_spaces(detector):
    text = ("令和9年度 実習生一覧\n\n番号 氏名 配属先 携帯番号 麻疹抗体 水痘抗体 HBs抗原\n\n"
            "K-31 北条 七瀬 こだま保育園 090 3141 5926 陰性 済 陰性\n\n"
            "K-32 三輪 悠斗 若葉幼稚園 080-2718-2818 陽性 低値 陽性\n\n"
            "K-33 松井 結衣 こだま保育園 070-1618-0339 済 済 陰性\n")
    found = [(d.text, d.start) for d in detector.detect(text) if d.entity_type == "SENSITIVE"]
    # (two results side by side are merged into one finding, as every result phrase is)
    assert [t for t, _ in sorted(found, key=lambda f: f[1])] == ["陰性", "低値 陽性"]


def test_a_bare_result_in_a_column_box_under_its_antibody_header(detector):
    text = ("実習生一覧\n\n氏名\n沢口 里穂\n片桐 雄大\n高畑 美咲\n\n受入先\nもえぎ園\nしらかば苑\nもえぎ園\n\n"
            "水痘抗体\n済\n低値\n陽性\n")
    assert _results(detector, text) == ["低値"]


@pytest.mark.parametrize("text", ["氏名　北条七瀬　続柄　長女", "氏名 北条 七瀬 生年月日 2001年4月3日"])
def test_a_name_with_the_next_fields_labels_after_it_stays(detector, text):
    found = _found(detector, text, "PERSON")  # (the value may run on over the labels, as before)
    assert len(found) == 1 and found[0].replace(" ", "").replace("\u3000", "").startswith("北条七瀬")
