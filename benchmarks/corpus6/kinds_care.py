"""Care: a care manager's ケアプラン, a home's daily 介護記録, a visiting nurse's
records."""

from __future__ import annotations

from benchmarks.corpus2.formats import pdf_doc, text_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text
from benchmarks.corpus4.writers import odt_doc
from benchmarks.corpus6.desk import Desk
from benchmarks.corpus6.writers import as_cells, framed_docx


def _care_number(d: Desk) -> Mark:
    """介護保険の被保険者番号: 10 digits, the identifier type is not settled (optional)."""
    return Mark("0" + str(d.between(10 ** 8, 10 ** 9 - 1)), "HEALTH_INSURANCE_NUMBER", optional=True)


def care_plan(d: Desk, n: int) -> Doc:
    p = d.person(born=(1928, 1950))
    family = d.family(p, sex="F", born=(1955, 1975))
    pairs = [("利用者名", d.name(p, "kanji"), " 様"), ("生年月日", d.birth(p, d.pick(["era", "era_dot", "era_kanji"]))),
             ("住所", d.address(p)), ("介護保険被保険者番号", _care_number(d)),
             ("医療保険", "保険者番号 ", d.mark("HEALTH_INSURANCE_NUMBER"), " 記号・番号 ",
              f"{d.between(10, 99)}・{d.between(1, 999)}"), ("要介護度", d.pick(["要介護2", "要介護3", "要支援2"])),
             ("主たる介護者", d.name(family, "kanji"), "（長男の妻） ", d.phone(family, True))]
    needs = Table().add("生活全般の解決すべき課題", "長期目標", "サービス内容")
    needs.add(("", d.said("病歴"), "。服薬管理が必要"), "服薬を自分で続けられる", "訪問看護 週1回")
    needs.add(("", d.said("障害")), "安全に移動できる", "福祉用具貸与（歩行器）")
    wishes = Text().add("本人の意向：", "「家で最期まで過ごしたい」").add("留意事項：", d.said("宗教"), "。ご家族も了承済み。")
    wishes.add("作成日 ", d.not_birth(d.day(), "plan_date", "era"), "　居宅介護支援事業所 ほのか")
    header = Text().add("居宅サービス計画書（1）　利用者：", d.name(p, "kanji"))
    if n % 2:
        return framed_docx(f"care/careplan_{n:02d}.docx", [as_cells(pairs), needs, wishes], "care_plan", header=header,
                           footer=Text().add("ケアマネジャー ", d.name(d.person(), "kanji")))
    return odt_doc(f"care/careplan_{n:02d}.odt", [header, as_cells(pairs), needs, wishes], "care_plan")


def care_log(d: Desk, n: int) -> Doc:
    residents = [d.person(born=(1925, 1948)) for _ in range(d.between(4, 7))]
    table = Table(name=f"{d.between(1, 30)}日").add("時刻", "利用者", "区分", "記録", "記録者")
    for _ in range(d.between(10, 18)):
        r = d.pick(residents)
        note = d.pick(["昼食全量摂取。", "入浴拒否あり、明日に変更。", "午睡1時間。", "レクリエーション参加（風船バレー）。"])
        entry = (note,)
        if d.chance(0.25):
            entry = (d.said(d.pick(["病歴", "障害"])), "。", note)
        table.add(f"{d.between(6, 21)}:{d.pick(['00', '15', '30', '45'])}", d.name(r, d.pick(["kanji", "tight"])),
                  d.pick(["食事", "排泄", "入浴", "バイタル", "様子"]), entry, d.name(d.person(), "surname"))
    roster = Table(name="利用者一覧").add("居室", "氏名", "生年月日", "緊急連絡先")
    for r in residents:
        roster.add(str(d.between(101, 215)), d.name(r, "kanji"), d.birth(r, "era_dot"), d.phone(d.person(), True))
    if n % 3 == 0:
        handover = Text().add(f"申し送り（{table.name}・夜勤→日勤）")
        for row in table.rows[1:]:
            handover.add("・", row[1], "さん　", *row[3])
        return text_doc(f"care/moushiokuri_{n:02d}.txt", handover, "care_log", encoding="cp932", newline="\r\n")
    return xlsx_doc(f"care/kaigo_kiroku_{n:02d}.xlsx", [table, roster], "care_log")


def nurse_visit(d: Desk, n: int) -> Doc:
    p = d.person(born=(1930, 1960))
    text = Text().add("訪問看護記録書Ⅱ").add("利用者：", d.name(p), "（", str(p.age()), "歳）　生年月日 ", d.birth(p))
    text.add("訪問日：", d.not_birth(d.day(), "visit_date", "era"), "　訪問者：看護師 ", d.name(d.person(), "kanji"))
    text.add("医療保険：保険者番号 ", d.mark("HEALTH_INSURANCE_NUMBER"), "　記号 ", str(d.between(1, 99)), " 番号 ",
             str(d.between(100, 9999)))
    text.add("BT 36.8 / BP 138/82 / SpO2 96%")
    text.add("主病名：", d.said("病歴"))
    text.add("状態：下肢浮腫軽度。本人「最近よく眠れない」と。", p.surname[0], "さんの妻より、夜間の頻尿の相談あり。")
    if d.chance(0.5):
        text.add("家族情報：長女 ", d.name(d.person(), "kanji"), "（", d.address(d.person(), "no_pref"), " 在住）")
    text.add("次回は通所先 ", d.thing("facility_name"), " と日程調整")
    if n % 2:
        return pdf_doc(f"nursing/kiroku_{n:02d}.pdf", text, "nurse_visit")
    return text_doc(f"nursing/houmon_{n:02d}.txt", text, "nurse_visit", encoding="cp932", newline="\r\n")
