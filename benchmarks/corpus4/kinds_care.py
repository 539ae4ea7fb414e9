"""Care and treatment papers: 看護・介護記録 in free text, ケアプラン in OpenDocument,
診療情報提供書 in RTF, 美容室・整体院の顧客カルテ."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import docx_doc, text_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative
from benchmarks.corpus4 import numbers
from benchmarks.corpus4.clerk import Clerk
from benchmarks.corpus4.writers import ods_doc, odt_doc, rtf_doc

STAFF_NOTES = ["バイタル安定。", "食事は全量摂取。", "入浴は見守りで実施。", "夜間の巡視で異常なし。", "家族へ電話で様子を報告。"]
SHOPS = [("ヘアサロン 千草", "shop_name"), ("美容室 みどり", "shop_name"), ("整体院 ひなた", "shop_name"),
         ("サロン・ド・ユカリ", "shop_name"), ("カットハウス 健", "shop_name")]


def nursing_notes(c: Clerk, n: int) -> Doc:
    """看護・介護記録: one entry a line, the resident named once in full, staff by surname."""
    resident = c.someone(old=True)
    staff = [c.someone() for _ in range(3)]
    text = Text().add(f"【介護記録】さざなみ苑 {c.pick(['東', '西'])}ユニット　{2026}年{c.between(1, 11)}月分")
    text.add("利用者：", c.name(resident, "kanji"), " 様（", c.birth(resident, "era"), f"生・{resident.age()}歳）")
    text.add("")
    for day in range(1, c.between(6, 9)):
        who = c.pick(staff)
        line = [f"{day}日 {c.between(6, 21)}:{c.pick(['00', '15', '30', '45'])} ", c.pick(STAFF_NOTES)]
        if c.chance(0.5):
            line += ["本人より「", c.said("病歴", "障害", "宗教", "人種・民族"), "」との話あり。"]
        text.add(*line, "（記録：", c.name(who, "family"), "）")
    son = c.kin(resident, "長男")
    text.add("キーパーソン：長男 ", c.name(son, "kanji"), " ", c.phone(son, cell=True), "（日中つながりにくい）")
    return text_doc(f"介護/記録/介護記録_{n:03d}.txt", text, "nursing_notes", encoding=c.pick(["utf-8", "cp932"]),
                    newline="\r\n")


def care_plan(c: Clerk, n: int) -> Doc:
    """ケアプラン (居宅サービス計画書): a form table and the plan in prose."""
    user, manager = c.someone(old=True), c.someone()
    form = Table(name="基本情報").add("利用者名", c.name(user, "wide"), "生年月日", (c.birth(user, "era_kanji"), f" {user.age()}歳"))
    form.add("住所", c.address(user, "kanji"), "電話", c.phone(user, cell=False))
    form.add("保険者番号", Mark(numbers.insurer(c.rng), "HEALTH_INSURANCE_NUMBER"), "被保険者番号",
             Mark(numbers.digits(c.rng, 10), "HEALTH_INSURANCE_NUMBER", optional=True))
    form.add("要介護度", c.pick(["要介護1", "要介護2", "要支援2"]), "認定の有効期間",
             c.not_birth(date(2027, c.between(1, 12), 1), "validity_date", "era"))
    plan = Text().add("第1表 居宅サービス計画書（1）　作成日 ", c.not_birth(date(2026, 11, c.between(1, 20)), "written_date", "era"))
    plan.add("利用者及び家族の意向：自宅での生活を続けたい。")
    plan.add("総合的な援助の方針：本人の状態（", c.said("病歴", "障害"), "）を踏まえ、訪問看護と通所リハビリを組み合わせる。")
    plan.add("担当介護支援専門員：", c.name(manager, "kanji"), "（さざなみ福祉会 居宅介護支援事業所）")
    return odt_doc(f"介護/ケアプラン/計画書_{n:03d}.odt", [plan, form], "care_plan")


def referral_letter(c: Clerk, n: int) -> Doc:
    """診療情報提供書 saved from Word as RTF."""
    patient, doctor, clinic = c.someone(), c.someone(), c.offices[4]
    lead = Text().add("診療情報提供書")
    lead.add(f"紹介先：{c.pick(['市立総合病院', '県立中央病院', '大学病院'])} {c.pick(['循環器内科', '消化器内科', '精神科'])} 御侍史")
    lead.add("患者氏名：", c.name(patient, "wide"), "　", "男" if patient.sex == "M" else "女")
    lead.add("生年月日：", c.birth(patient, c.pick(["era", "era_letter", "era_kanji"])), f"（{patient.age()}歳）")
    lead.add("住所：", c.address(patient), "　電話：", c.phone(patient))
    lead.add("病状経過：", c.said("病歴"), "　保険者番号：", Mark(numbers.insurer(c.rng), "HEALTH_INSURANCE_NUMBER"))
    lead.add("既往歴：", c.said("病歴", "障害"))
    table = Table().add("検査項目", "結果", "判定")
    table.add("血液検査", c.said("健康診断結果"), "要精査")
    tail = Text().add("紹介日：", c.not_birth(date(2026, 11, c.between(1, 25)), "referral_date", "era"))
    tail.add(clinic.name, "　医師 ", c.name(doctor, "kanji"), "　", clinic.marks()[2])
    return rtf_doc(f"医療/紹介状/情報提供書_{n:03d}.rtf", lead, table, "referral_letter", tail)


def salon_karte(c: Clerk, n: int) -> Doc:
    """美容室・整体院の顧客カルテ: birthday column, 施術メモ telling health."""
    shop, kind = c.pick(SHOPS)
    table = Table(name="顧客カルテ").add("会員No", "お客様名", "フリガナ", "誕生日", "TEL", "前回来店", "施術メモ")
    for k in range(c.between(5, 9)):
        p = c.someone(sex=c.pick("FFM"))
        memo = c.said("病歴", "障害", "健康診断結果") if c.chance(0.4) else c.pick(["カラー明るめ希望", "肩こりひどい", "次回パーマ"])
        table.add(f"{c.between(100, 999)}", c.name(p), c.name(p, "kana"), c.birth(p, c.pick(["slash", "kanji_west"])),
                  c.phone(p, cell=True),
                  c.not_birth(date(2026, c.between(1, 11), c.between(1, 28)), "visit_date", "slash"),
                  memo)
    table.add("店舗", negative(shop, "PERSON", kind))
    return ods_doc(f"店舗/カルテ/顧客カルテ_{n:02d}.ods", [table], "salon_karte")


def bodywork_karte(c: Clerk, n: int) -> Doc:
    """整体院の問診票 in Word: one client, answers beside the questions."""
    p = c.someone()
    form = Table(name="問診票").add("お名前", c.name(p), "生年月日", c.birth(p, "era_letter"))
    form.add("ご住所", c.address(p), "お電話", c.phone(p))
    form.add("保険者番号", Mark(numbers.insurer(c.rng), "HEALTH_INSURANCE_NUMBER"), "記号・番号",
             Mark(f"{c.between(10, 99)}・{c.between(100, 9999)}", "HEALTH_INSURANCE_NUMBER", optional=True))
    form.add("現在治療中の病気", c.said("病歴"), "お仕事", c.pick(["事務", "介護職", "運転手", "主婦"]))
    form.add("お体の状態", c.said("障害") if c.chance(0.5) else "特になし", "来院日",
             c.not_birth(date(2026, 11, c.between(1, 28)), "visit_date", "kanji_west"))
    lead = Text().add("整体院 ひなた　初回問診票　（", negative("ひなた太郎", "PERSON", "mascot_name"), "がご案内します）")
    return docx_doc(f"店舗/問診票/問診_{n:03d}.docx", [lead, form], "bodywork_karte")
