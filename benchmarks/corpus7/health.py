"""Health-care writers of corpus 7: a dental clinic, a pharmacy, a rehabilitation
facility and a sports club."""

from __future__ import annotations

import random

from benchmarks.corpus7 import formats, numbers, people, sensitive
from benchmarks.corpus7.common import (address, born, contract, email, name, other_date, phone, pick, postal,
                                       memo_mails, sex_text)
from benchmarks.corpus7.model import Blob, lookalike, value

CLINICS = ("さくら通り歯科クリニック", "みなと台デンタルオフィス", "若葉歯科医院", "ひばりヶ丘こども歯科")
TREATMENTS = ("右下6番 根管治療", "左上7番 抜髄", "スケーリング", "右上4番 CR充填", "義歯調整", "左下8番 抜歯",
              "TBI（ブラッシング指導）", "SRP 4/4", "インレー装着", "咬合調整")


def dental_ledger(rng: random.Random) -> tuple[str, Blob]:
    """患者台帳: a spreadsheet with the clinic's own contacts in the title rows."""
    clinic = people.org_contact(rng, pick(rng, CLINICS))
    header = ["カルテNo", "患者氏名", "フリガナ", "性別", "生年月日", "〒", "住所", "電話番号", "保険者番号",
              "記号・番号", "既往歴・全身疾患", "初診日", "紹介元"]
    rows = [[f"{clinic['name']} 患者台帳"], ["TEL", clinic["phone"], "FAX", clinic["fax"], "所在地", clinic["address"]],
            [], header]
    style = pick(rng, ("era", "slash", "era_dots"))
    for n in range(rng.randint(6, 10)):
        p = people.japanese(rng)
        illness = sensitive.drawn(rng, "病歴") if rng.random() < 0.6 else "特記事項なし"
        rows.append([f"{rng.randint(10000, 99999)}", name(p), name(p, "kana"), sex_text(p), born(p, style), postal(p),
                     address(p), phone(pick(rng, (p.phone, p.mobile))),
                     value("HEALTH_INSURANCE_NUMBER", numbers.insurer_number(rng)),
                     value("HEALTH_INSURANCE_NUMBER", f"{rng.randint(100, 9999)}・{rng.randint(1, 99999)}"),
                     illness, other_date(rng, "visit_date", "slash"),
                     lookalike("clinic_named", "PERSON", pick(rng, people.names.SURNAMES)[0] + pick(
                         rng, ("内科クリニック", "医院", "整形外科"))) if rng.random() < 0.5 else ""])
    if rng.random() < 0.5:
        return "xlsx", formats.xlsx({"患者台帳": rows})
    return "csv", formats.delimited([r for r in rows if r], encoding="cp932")


def dental_notes(rng: random.Random) -> tuple[str, Blob]:
    """経過記録: free notes, a patient in running text without 様, staff by surname."""
    hygienist, doctor = people.japanese(rng, "F"), people.japanese(rng, "M")
    clinic = people.org_contact(rng, pick(rng, CLINICS))
    lines = [f"{clinic['name']} 診療経過記録（抜粋）", ["TEL ", clinic["phone"], " / FAX ", clinic["fax"], " / ",
                                                       clinic["email"]], ""]
    for _ in range(rng.randint(4, 7)):
        p = people.japanese(rng)
        visit = other_date(rng, "visit_date")
        lines.append([visit, "　", name(p, "tight"), f"（{p.age}歳・{sex_text(p)}）"])
        lines.append(["主訴：", pick(rng, ("右下の歯がしみる", "入れ歯が合わない", "歯ぐきから出血", "詰め物が取れた"))])
        lines.append(["全身既往：", sensitive.drawn(rng, "病歴")])
        if rng.random() < 0.3:
            lines.append(["服薬・配慮：", sensitive.drawn(rng, "障害")])
        lines.append([f"処置：{pick(rng, TREATMENTS)}。担当DH ", name(hygienist, "surname"), "、Dr.",
                      name(doctor, "surname")])
        lines.append(["次回予約 ", other_date(rng, "appointment_date", "slash"), " 連絡先 ", phone(p.mobile)])
        lines.append("")
    lines.append(sensitive.notice(rng))
    if rng.random() < 0.5:
        return "txt", formats.text_lines(lines)
    return "docx", formats.docx([("p", line) for line in lines])


DRUGS = ("アムロジピン錠5mg", "メトホルミン塩酸塩錠250mg", "ロキソプロフェン錠60mg", "レバミピド錠100mg",
         "エスシタロプラム錠10mg", "モンテルカスト錠10mg", "アトルバスタチン錠10mg", "レボチロキシン錠50μg")


def pharmacy_export(rng: random.Random) -> tuple[str, Blob]:
    """調剤録 export in JSON (one value a line) or XML, with prescription numbers that
    look like identifiers."""
    records = []
    for _ in range(rng.randint(4, 7)):
        p = people.japanese(rng)
        records.append((p, sensitive.drawn(rng, "病歴"), numbers.insurer_number(rng), contract(rng)))
    shop = people.org_contact(rng, "あおい調剤薬局")
    if rng.random() < 0.5:
        lines = ["{", '  "pharmacy": "あおい調剤薬局 駅前店",', ['  "pharmacy_tel": "', shop["phone"], '",'],
                 ['  "pharmacy_zip": "', shop["postal"], '",'], '  "exported": "2026-11-20",', '  "patients": [']
        for i, (p, illness, insurer, rx) in enumerate(records):
            lines += ["    {", ['      "name": "', name(p), '",'], ['      "kana": "', name(p, "kana"), '",'],
                      ['      "birth": "', born(p, "iso"), '",'], ['      "tel": "', phone(p.phone, "plain"), '",'],
                      ['      "insurer": "', value("HEALTH_INSURANCE_NUMBER", insurer), '",'],
                      ['      "disease": "', illness, '",'],
                      ['      "drug": "', pick(rng, DRUGS), '",'],
                      ['      "payer_no": "', lookalike("payer_number", "HEALTH_INSURANCE_NUMBER",
                                                   numbers.insurer_number(rng)), '",'],
                      ['      "prescription_no": "', rx, '"'], "    }" + ("," if i < len(records) - 1 else "")]
        lines += ["  ]", "}"]
        return "json", formats.text_lines(lines)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<調剤録>", ["  <薬局 電話=\"", shop["phone"], "\"/>"]]
    for p, illness, insurer, rx in records:
        lines += ["  <患者>", ["    <氏名>", name(p), "</氏名>"], ["    <生年月日>", born(p, "era"), "</生年月日>"],
                  ["    <住所>", address(p), "</住所>"], ["    <保険者番号>", value("HEALTH_INSURANCE_NUMBER", insurer),
                                                          "</保険者番号>"],
                  ["    <病名>", illness, "</病名>"], ["    <公費負担者番号>", lookalike(
                      "payer_number", "HEALTH_INSURANCE_NUMBER", numbers.insurer_number(rng)), "</公費負担者番号>"], ["    <処方箋番号>", rx, "</処方箋番号>"], "  </患者>"]
    lines.append("</調剤録>")
    return "xml", formats.text_lines(lines)


def rehab_users(rng: random.Random) -> tuple[str, Blob]:
    """利用者台帳 of a rehabilitation day-care: 介護保険 numbers, the office's own number."""
    office = lookalike("facility_code", "HEALTH_INSURANCE_NUMBER", numbers.digits(rng, 10))
    rows = [["事業所番号", office, "ひだまりリハビリセンター"],
            ["利用者名", "生年月日", "要介護度", "介護保険被保険者番号", "主病名", "障害の状況", "家族連絡先", "続柄"]]
    for _ in range(rng.randint(5, 9)):
        p = people.japanese(rng)
        p = people.Person(p.family, p.given, p.family_kana, p.given_kana, p.roman, p.sex,
                          p.born.replace(year=rng.randint(1932, 1955)), p.postal, p.address, p.phone, p.mobile, p.email)
        kin = people.japanese(rng, surname=(p.family, p.family_kana))
        rows.append([name(p), born(p, "era_short"), f"要介護{rng.randint(1, 5)}",
                     value("HEALTH_INSURANCE_NUMBER", numbers.digits(rng, 10)), sensitive.drawn(rng, "病歴"),
                     sensitive.drawn(rng, "障害"), [name(kin), " ", phone(kin.mobile)],
                     pick(rng, ("長男", "夫") if kin.sex == "M" else ("長女", "妻"))])
    return "xlsx", formats.xlsx({"利用者": rows})


def rehab_handover(rng: random.Random) -> list[Blob]:
    """申し送り mails: names in prose, what happened to whom."""
    def about(rng: random.Random, p) -> list:
        kin = people.japanese(rng, surname=(p.family, p.family_kana))
        return [["・", name(p, "tight"), "さん：", sensitive.drawn(rng, pick(rng, ("病歴", "障害"))),
                 "。午後の歩行訓練は中止し、バイタル確認のみ。"],
                ["　家族（", name(kin, "tight"), "）へ電話連絡済 ", phone(p.phone, pick(rng, ("dash", "plain", "paren")))]]

    def closing(rng: random.Random, staff) -> list:
        return ["", "以上、よろしくお願いします。", ["リハビリ科 ", name(staff)], ["内線 2143 / ", email(staff)]]

    return memo_mails(rng, (2, 4), "rehab-staff@ml.example.jp", "申し送り", ["各位", "", "本日の申し送りです。"], about,
                      closing, charsets=("utf-8", "iso-2022-jp"))


def rehab_slides(rng: random.Random) -> tuple[str, Blob]:
    """症例検討 slides: one case in titles, bullets and notes."""
    p = people.japanese(rng)
    slides = [(["症例検討：", name(p), "氏"], [f"{p.age}歳 {sex_text(p)}性", ["診断：", sensitive.drawn(rng, "病歴")],
                                             ["障害：", sensitive.drawn(rng, "障害")]], "発表者メモ：家族の同意取得済み"),
              ("経過", ["入院後2週で端座位自立", "杖歩行で10m可能", "自宅は2階建て、手すり設置予定"],
               ["担当PT ", name(people.japanese(rng))]),
              ("今後の方針", ["週3回の通所リハ継続", ["キーパーソン：", name(people.japanese(rng, surname=(p.family, p.family_kana))),
                                                  "（", phone(p.mobile), "）"]], None)]
    return "pptx", formats.pptx(slides)


def sports_members(rng: random.Random) -> tuple[str, Blob]:
    """会員名簿 and 健康チェック of a sports club: two sheets, card numbers for the monthly fee."""
    members = [["会員番号", "氏名", "カナ", "生年月日", "携帯", "メール", "月会費カード", "入会日"]]
    checks = [["会員番号", "氏名", "血圧・検査値", "既往歴", "運動制限"]]
    for _ in range(rng.randint(5, 9)):
        p = people.japanese(rng)
        number = f"M{rng.randint(10000, 99999)}"
        members.append([number, name(p), name(p, "kana"), born(p, pick(rng, ("slash", "two_digit"))), phone(p.mobile), email(p),
                        value("CREDIT_CARD", numbers.card_number(rng)), other_date(rng, "join_date", "slash", 2024)])
        check = sensitive.drawn(rng, "健康診断結果") if rng.random() < 0.6 else value(
            "SENSITIVE", pick(rng, sensitive.CHECKUP_NORMAL), category="健康診断結果", optional=True)
        checks.append([number, name(p), check, sensitive.drawn(rng, "病歴") if rng.random() < 0.4 else "なし",
                       pick(rng, ("なし", "高負荷禁止", "水中のみ可"))])
    members.append(["GIFT", lookalike("gift_card", "CREDIT_CARD", numbers.card_number(rng)), "ギフト券管理番号"])
    return "xlsx", formats.xlsx({"会員": members, "健康チェック": checks})


def checkup_results(rng: random.Random) -> tuple[str, Blob]:
    """健診結果一覧 an employer keeps: each measured value and the judgement in its own
    column; abnormal ones are the finding, normal ones optional."""
    def measured(text: str, abnormal: bool):
        return value("SENSITIVE", text, category="健康診断結果", optional=not abnormal)

    rows = [["令和8年度 定期健康診断 結果一覧", None, None, None, None, None, None, None],
            ["氏名", "生年月日", "受診日", "血圧", "HbA1c(%)", "γ-GTP(U/L)", "総合判定", "医師所見"]]
    for _ in range(rng.randint(6, 10)):
        p = people.japanese(rng)
        high, sugar, liver = rng.random() < 0.4, rng.random() < 0.3, rng.random() < 0.3
        pressure = f"{rng.randint(142, 178)}/{rng.randint(92, 108)}" if high else f"{rng.randint(104, 128)}/{rng.randint(62, 82)}"
        a1c = f"{rng.randint(65, 92) / 10:.1f}" if sugar else f"{rng.randint(48, 56) / 10:.1f}"
        gtp = str(rng.randint(90, 260) if liver else rng.randint(12, 45))
        grade = pick(rng, ("D1 要治療", "D2 要精密検査", "C 要経過観察")) if (high or sugar or liver) else "A 異常なし"
        said = [text for flag, text in ((high, "高血圧の疑い、内科受診を勧める"), (sugar, "糖尿病の疑い（要精密検査）"),
                                        (liver, "肝機能障害の疑い、節酒を指導")) if flag]
        remark = value("SENSITIVE", "。".join(said), category="健康診断結果") if said and rng.random() < 0.6 else ""
        rows.append([name(p), born(p, pick(rng, ("era_short", "slash"))), other_date(rng, "checkup_date", "slash"),
                     measured(pressure, high), measured(a1c, sugar), measured(gtp, liver),
                     measured(grade, grade[0] != "A"), remark])
    if rng.random() < 0.5:
        return "xlsx", formats.xlsx({"結果一覧": rows}, {"結果一覧": ["A1:H1"]})
    return "csv", formats.delimited([[c if c is not None else "" for c in r] for r in rows], encoding="cp932")
