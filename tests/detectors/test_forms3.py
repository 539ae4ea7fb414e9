"""HR forms and rosters (issue 12, forms3): a 扶養控除等申告書's dependants' table
inside the form, 個人番号 in twelve boxes, its 障害者 check boxes and notes; 身上書
family tables; an accommodations sheet; 後援会, union and temple rosters and a
union's minutes. Made-up people (valid check digits), real files, the real detector."""

from samples import writers as w
from samples.synth import valid_my_number
import random

RNG = random.Random(12)
SPOUSE, CHILD, ME = (valid_my_number(RNG) for _ in range(3))


def findings(scanner, name, data):
    record = scanner.scan_bytes(name, data)
    return [f for o in record.walk() for f in o.findings]


def sensitive(found):
    return sorted((f.category, f.text) for f in found if f.entity_type == "SENSITIVE")


def dependants_form(ticked: bool) -> bytes:
    box = "■" if ticked else "□"
    rows = [["令和9年分　給与所得者の扶養控除等（異動）申告書"], ["あなたの氏名", "森田　俊彦", "あなたの生年月日", "昭和58年2月9日"],
            ["あなたの個人番号", *ME], [],
            ["区分", "氏名", "あなたとの続柄", "生年月日", "個人番号", *[""] * 11, "同居・別居の区分", "障害者区分"],
            ["A 源泉控除対象配偶者", "森田　直美", "妻", "S60.7.21", *SPOUSE, "同居", ""],
            ["B 控除対象扶養親族", "森田　大輝", "長男", "2006/11/03", *CHILD, "同居", "一般障害者" if ticked else ""], [],
            ["障害者区分", f"{box}一般の障害者", "□特別の障害者", "該当者", "□本人", f"{box}扶養親族"],
            ["（注）上の該当する項目にチェックを付けてください。"],
            ["障害者とは、身体障害者手帳又は療育手帳の交付を受けている人などをいいます。"]]
    return w.xlsx_bytes({"申告書": rows})


def test_dependants_numbers_in_boxes_and_births_in_the_forms_table_are_found(scanner):
    found = findings(scanner, "扶養控除.xlsx", dependants_form(False))
    numbers = {f.value for f in found if f.entity_type == "MY_NUMBER"}
    births = {f.value for f in found if f.entity_type == "DATE_OF_BIRTH"}
    assert {SPOUSE, CHILD, ME} <= numbers
    assert {"1983-02-09", "1985-07-21", "2006-11-03"} <= births


def test_the_disability_area_printed_on_the_form_is_no_finding(scanner):
    assert sensitive(findings(scanner, "扶養控除.xlsx", dependants_form(False))) == []


def test_a_dependants_disability_filled_in_is_found(scanner):
    found = sensitive(findings(scanner, "扶養控除.xlsx", dependants_form(True)))
    assert found and all(category == "障害" and "障害者" in text for category, text in found)


def test_a_run_of_digits_each_under_its_own_column_is_not_joined(scanner):
    rows = [["回答者", *[f"Q{n}" for n in range(1, 13)]], ["森田　俊彦", *ME]]
    found = findings(scanner, "アンケート.xlsx", w.xlsx_bytes({"回答": rows}))
    assert not [f for f in found if f.entity_type == "MY_NUMBER"]


def test_a_supporters_roster_gives_each_members_standing_not_its_title(scanner):
    rows = ["岡部ゆうじ後援会　会員名簿", "事務所：岡部ゆうじ後援会事務所 岡山市北区表町1-1", "会員番号,氏名,入会日,区分",
            "0001,森田 直美,2024/4/1,幹事", "0002,石井 拓真,2024/5/1,青年部"]
    found = sensitive(findings(scanner, "後援会.csv", "\r\n".join(rows).encode("cp932")))
    assert found == [("信条", "幹事"), ("信条", "青年部")]


def test_a_temple_roster_gives_each_members_standing(scanner):
    rows = ["臨済宗 東光寺　檀家名簿", "No,施主,区分", "1,森田 俊彦,檀家総代", "2,石井 拓真,檀家"]
    found = sensitive(findings(scanner, "檀家.csv", "\n".join(rows).encode("utf-8")))
    assert {("宗教", "檀家"), ("宗教", "檀家総代")} <= set(found)


def test_union_minutes_give_the_officers_roles_and_a_notice_gives_none(scanner, tmp_path):
    minutes, notice = tmp_path / "議事録.docx", tmp_path / "お知らせ.docx"
    w.write_docx(minutes, ["岡山化工労働組合　執行委員会 議事録", "出席者：執行委員長 石井　拓真、書記長 森田　直美",
                           "石井　拓真委員長から要求案の説明があった。"])
    w.write_docx(notice, ["組合員の皆様へ", "岡山化工労働組合 執行委員会", "執行委員会は毎月第2木曜日に開催します。"])
    found = sensitive(findings(scanner, "議事録.docx", minutes.read_bytes()))
    assert found and all(category == "労働組合" for category, _ in found)
    assert any("書記長" in text and "森田" in text for _, text in found)
    assert sensitive(findings(scanner, "お知らせ.docx", notice.read_bytes())) == []


def test_an_accommodation_told_as_a_conviction_is_a_belief(scanner):
    rows = [["社員番号", "氏名", "配慮事項"], ["S1", "森田　直美", "思想信条上の理由により国旗掲揚時の起立を控えたい"],
            ["S2", "石井　拓真", "小学生の子の送迎のため16時退社"]]
    found = sensitive(findings(scanner, "配慮.xlsx", w.xlsx_bytes({"配慮": rows})))
    assert [category for category, _ in found] == ["信条"]


def test_a_health_state_of_no_problem_is_no_illness(scanner):
    rows = [["身上書"], ["氏名", "森田　俊彦"], ["健康状態", "特に問題なし"]]
    assert sensitive(findings(scanner, "身上書.xlsx", w.xlsx_bytes({"身上書": rows}))) == []


def test_a_roster_row_found_by_its_label_and_its_word_is_no_row_of_options(scanner):
    rows = [["浄土真宗 光照寺 門徒台帳"], ["世帯主名", "住所", "門徒区分", "法名"], ["森田 俊彦", "奈良県橿原市八木町1", "門徒", "釋浄信"],
            ["石井 拓真", "奈良県橿原市八木町2", "准門徒", "釋誓心"]]
    found = sensitive(findings(scanner, "門徒台帳.xlsx", w.xlsx_bytes({"台帳": rows})))
    assert {("宗教", "門徒"), ("宗教", "准門徒")} <= set(found)


def test_option_captions_without_a_mark_are_printed_and_a_marked_one_is_chosen(scanner):
    def area(mark):
        return w.xlsx_bytes({"申告書": [["氏名", "森田　俊彦"], ["障害者区分", "一般の障害者", mark, "特別の障害者", "", "同居特別障害者", ""]]})
    assert sensitive(findings(scanner, "扶養.xlsx", area(""))) == []
    chosen = sensitive(findings(scanner, "扶養.xlsx", area("○")))
    assert chosen and all(category == "障害" and "障害者" in text for category, text in chosen)
