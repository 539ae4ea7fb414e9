"""What reads as a check-up result and is no person's (checkup14): a group's figures (averages
and shares of people per department), a thing's judgement on a page that examines no person
(a fire alarm's inspection, a horse's test), a cow's blood test on a farm's record, a sentence
pointing at the results below, a title naming a record of check-ups, the person's own name
field under a title line — none reported; a person's result in a lab record of units
written mIU/mL still is. A person's disability told with its accommodation in brackets, by a
shortened certificate, the certificate's own spelling, its side or degree, or beside its aid
is 障害. Made-up people, the real detector and real files."""

import pytest

from tests.detectors.test_sensitive_beliefs import in_file
from tests.detectors.test_sensitive_checkup11 import _rows

SIGNED = "記録者 日向 湊"

NOTHING_IN = [
    ("averages.tsv", _rows([["部署別 健診データ平均"], ["部署", "平均BMI", "平均収縮期血圧", "有所見者割合"],
                            ["営業部", "24.1", "128 mmHg", "46%"], ["開発部", "22.8", "119 mmHg", "31%"], [SIGNED]])),
    ("fire.txt", "\n".join(["消防用設備 点検結果報告", "誘導灯:バッテリー不良 判定 D", "消火器:圧力低下 要交換",
                            SIGNED]).encode("utf-8")),
    ("cow.tsv", _rows([["牛 血液検査"], ["個体番号", "GOT", "BUN", "判定"], ["No.3", "120 H", "22", "要観察"], [SIGNED]])),
    ("horse.tsv", _rows([["乗馬クラブ 馬体検査"], ["馬名", "GT値", "判定"], ["アオバ号", "88 ↑", "要観察"], [SIGNED]])),
]


@pytest.mark.slow
@pytest.mark.parametrize("name, data", NOTHING_IN, ids=[name for name, _ in NOTHING_IN])
def test_a_groups_or_a_things_results_are_not_reported(scanner, name, data):
    assert in_file(scanner, name, data) == []


@pytest.mark.slow
def test_a_pointer_and_a_title_are_not_results_but_the_values_are(scanner):
    mail = "\n".join(["健診結果(個人)", "氏名:南雲 健吾", "保健指導 面談記録", "対象者 南雲 健吾 様", "人間ドックの結果、以下の所見がありました。",
                      "γ-GTP 156 U/L(H)", "健診で血圧 162/98 mmHg、要受診と判定された。"])
    found = in_file(scanner, "note.txt", mail.encode("utf-8"))
    assert all(c == "健康診断結果" for c, _ in found)
    assert any("156" in t for _, t in found) and any("162/98" in t for _, t in found)
    assert not any("所見があり" in t or "記録" in t or "南雲" in t for _, t in found), found


@pytest.mark.slow
def test_a_lab_value_in_milli_international_units_is_a_result(scanner):
    rows = [["検査記録"], ["氏名", "南雲 若菜"], ["検査", "結果", "単位", "判定"], ["FSH", "14.8", "mIU/mL", "H"],
            ["体脂肪率", "34.2", "%", "H"]]  # a body's own rate, not a group's
    found = in_file(scanner, "lab.tsv", _rows(rows))
    assert [c for c, _ in found] == ["健康診断結果"] * 2 and {"14.8", "34.2"} <= {t for _, t in found}, found


DISABILITIES = [
    ("配慮事項:聴覚障害(筆談対応)", "聴覚障害"), ("配慮事項:身障手帳2級", "身障手帳2級"),
    ("配慮事項:人工透析(じん臓機能障害1級)", "じん臓機能障害1級"), ("状況:左耳難聴", "左耳難聴"),
    ("状況:難聴あり、補聴器使用", "難聴"), ("本人は軽度知的障害です。", "知的障害"),
    ("障害の状況:身体4級", "身体4級"), ("手帳:精神2級", "精神2級"), ("手帳:療育B", "療育B"),
]


@pytest.mark.slow
@pytest.mark.parametrize("line, phrase", DISABILITIES, ids=[p for _, p in DISABILITIES])
def test_a_persons_disability_is_reported_however_written(scanner, line, phrase):
    found = in_file(scanner, "card.txt", "\n".join(["職員カード", "氏名:葛西 颯太", line]).encode("utf-8"))
    assert any(c == "障害" and phrase in t for c, t in found), found
    assert not any(c == "病歴" for c, _ in found), found


@pytest.mark.slow
def test_a_toilet_for_wheelchairs_is_still_no_ones(scanner):
    text = "\n".join(["施設案内", "1階 トイレ(車椅子対応)あり", SIGNED])
    assert in_file(scanner, "guide.txt", text.encode("utf-8")) == []


@pytest.mark.slow
def test_a_measure_beside_a_result_told_is_not_a_second_finding(scanner):
    rows = [["定期健康診断 事後措置一覧"], ["社員番号", "氏名", "有所見項目・判定", "就業区分"],
            ["T1201", "久保田 湊", "血圧 168/102 要精密検査", "時間外制限"],
            ["T1202", "真壁 佳奈", "", "要面談"], ["T1203", "葛西 陽向", "D2", "就業制限"]]
    found = in_file(scanner, "measures.tsv", _rows(rows))
    said = [t for _, t in found]
    assert any("168/102" in t for t in said) and "時間外制限" not in said, found
    assert "要面談" in said and "就業制限" in said, found  # alone in its row, or beside a bare grade


@pytest.mark.slow
def test_a_fee_tables_certificate_grades_are_no_ones(scanner):
    text = "\n".join(["入館料のご案内", "大人 500円", "身体1級・2級の方は無料", SIGNED])
    assert in_file(scanner, "fees.txt", text.encode("utf-8")) == []
