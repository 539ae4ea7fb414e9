"""Hospitals and pharmacies: a ward's 入退院一覧 (ages, two-digit-year births, patient
numbers), a pharmacist's 服薬指導記録 in SOAP lines, a dentist's 問診票 printed to PDF,
and a check-up centre's booking list saved as an HTML page."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import pdf_doc, text_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative, sensitive
from benchmarks.corpus5 import numbers
from benchmarks.corpus5.offices import Clerk
from benchmarks.corpus5.pages import html_doc
from benchmarks.corpus5.voices import phrases

WARDS = ["3東", "4西", "5東", "回復期リハ"]
DIAGNOSES = ["右大腿骨頸部骨折", "誤嚥性肺炎", "急性胆のう炎", "脳梗塞（左片麻痺）", "うっ血性心不全", "腰部脊柱管狭窄症"]


def ward_list(k: Clerk, n: int) -> Doc:
    """A ward clerk's admissions and discharges: patient number, name, age, birth as
    yy/m/d, the illness, the insurer number, the doctor in charge."""
    table = Table(name=k.pick(WARDS), title=[f"入退院一覧　{k.body('hospital').name}　令和8年{k.between(4, 11)}月"])
    table.add("患者ID", "氏名", "年齢", "生年月日", "入院日", "退院予定", "病名", "保険者番号", "主治医")
    doctors = k.people(3)
    for _ in range(k.between(8, 13)):
        p = k.folk(age="old")
        came = date(2026, k.between(4, 10), k.between(1, 28))
        table.add(negative(numbers.not_my_number(k.rng), "MY_NUMBER", "patient_id"), k.name(p, "tight"),
                  f"{2026 - p.born.year}", k.birth(p, k.pick(["two", "two_dot"])),
                  k.other_day(came, "admission_date", "slash"),
                  k.other_day(date(2026, 11, k.between(1, 28)), "discharge_date", "slash"),
                  sensitive(k.pick(DIAGNOSES), "病歴"), Mark(numbers.insurer(k.rng), "HEALTH_INSURANCE_NUMBER"),
                  k.name(k.pick(doctors), "surname"))
    return xlsx_doc(f"病院/病棟/入退院一覧_{n:02d}.xlsx", [table], "ward_list")


def pharmacy_note(k: Clerk, n: int) -> Doc:
    """A pharmacist's 服薬指導記録 (UTF-8, CP932 or, from the old dispensing system, EUC-JP):
    the patient's line, then S / O / A / P."""
    p, pharmacy = k.folk(), k.body("pharmacy")
    text = Text().add(f"【服薬指導記録】{pharmacy.name}　記録者：", k.name(k.folk(), "surname"))
    text.add("患者：", k.name(p), "　生年月日：", k.birth(p, k.pick(["era", "era_short", "two_kanji"])),
             "　保険者番号：", Mark(numbers.insurer(k.rng), "HEALTH_INSURANCE_NUMBER"))
    text.add("連絡先：", k.phone(p, k.pick(["home", "mobile"])), "　来局日：",
             k.other_day(date(2026, k.between(6, 11), k.between(1, 28)), "dispensing_date", "slash"))
    text.add("S）", k.pick(["飲み忘れはほとんどないとのこと。", "最近ふらつきがあると訴え。", "ジェネリック希望。"]))
    text.add("O）", sensitive(k.pick(phrases("病歴", "pharmacist")), "病歴"), "。")
    text.add("A）", k.pick(["服薬状況は良好。", "相互作用に注意が必要。", "残薬あり、調整を提案。"]))
    text.add("P）次回、", k.pick(["血圧手帳の確認", "副作用の有無の確認", "残薬の持参を依頼"]), "。")
    text.add("")
    text.add("※お薬に関するご相談：", pharmacy.phone_mark(), "（", pharmacy.name, "）")
    return text_doc(f"薬局/指導記録/{n:03d}_服薬指導.txt", text, "pharmacy_note", encoding=k.pick(["utf-8", "cp932", "euc_jp"]))


def dental_form(k: Clerk, n: int) -> Doc:
    """A dentist's 問診票 filled in at the desk and printed to PDF."""
    p, clinic = k.folk(abroad=k.chance(0.15)), k.body("dental")
    text = Text().add(f"{clinic.name}　問診票")
    text.add("記入日 ", k.other_day(date(2026, 10, k.between(1, 30)), "written_date", "western"))
    text.add("お名前：", k.name(p, "kanji" if p.abroad is None else "romaji"), "　フリガナ：",
             k.name(p, "kana" if p.abroad is None else "kanji"))
    text.add("生年月日：", k.birth(p, k.pick(["western", "era", "two_kanji"])), "（", f"{2026 - p.born.year}", "歳）")
    text.add("ご住所：", k.postal(p, "mark"), " ", k.address(p, k.pick(["plain", "ban", "no"])))
    text.add("お電話：", k.phone(p, "mobile"), "　日中の連絡先：", k.phone(p, "ip"))
    text.add("今日はどうされましたか：", k.pick(["左下の奥歯が痛む", "詰め物が取れた", "歯ぐきからの出血", "定期検診"]))
    illness = sensitive(k.pick(phrases("病歴")), "病歴") if k.chance(0.7) else "なし"
    text.add("治療中の病気・服用中の薬：", illness)
    if k.chance(0.3):
        text.add("治療で配慮してほしいこと：", sensitive(k.pick(phrases("障害")), "障害"))
    text.add("保険証 保険者番号：", Mark(numbers.insurer(k.rng), "HEALTH_INSURANCE_NUMBER"))
    text.add("").add(clinic.name, "　", clinic.phone_mark())
    return pdf_doc(f"歯科/問診票/monshin_{n:03d}.pdf", text, "dental_form")


def booking_list(k: Clerk, n: int) -> Doc:
    """A check-up or blood-donation centre's bookings for a day, saved from its web system."""
    centre = k.body("blood")
    day = date(2026, k.between(10, 12), k.between(1, 28))
    lead = Text().add("予約日：", k.other_day(day, "booking_date", "western"), "　会場：", centre.name)
    table = Table().add("受付", "氏名", "カナ", "生年月日", "電話", "前回の結果")
    for slot in range(k.between(8, 12)):
        p = k.folk()
        last = sensitive(k.pick(phrases("健康診断結果", "clerk")), "健康診断結果") if k.chance(0.3) else \
            sensitive("異常なし", "健康診断結果", optional=True)
        table.add(f"{9 + slot // 2}:{'00' if slot % 2 == 0 else '30'}", k.name(p), k.name(p, "kana"),
                  k.birth(p, k.pick(["slash", "iso", "era"])), k.phone(p), last)
    tail = Text().add("お問い合わせ：", centre.free_mark(), "／", centre.mail_mark("yoyaku"))
    return html_doc(f"健診/予約一覧_{n:02d}.html", "booking_list", f"{centre.name} 予約一覧", [lead, table, tail])
