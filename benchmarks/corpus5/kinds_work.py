"""Work: a staffing agency's 登録スタッフ台帳 (numbers, foreign staff's cards), a
company's 懲戒処分記録 in Word, 内部通報 records exported from the hotline system as
XML, and ハラスメント相談記録 a counsellor wrote, printed to PDF."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import docx_doc, pdf_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative, sensitive
from benchmarks.corpus5 import numbers
from benchmarks.corpus5.offices import Clerk
from benchmarks.corpus5.pages import json_doc, xml_doc
from benchmarks.corpus5.voices import phrases


def _ids(k: Clerk, p) -> list:
    """The numbers a staffing agency keeps of a registered worker."""
    foreign = p.abroad is not None
    return [Mark(numbers.my_number(k.rng), "MY_NUMBER"), Mark(numbers.pension(k.rng), "BASIC_PENSION_NUMBER"),
            Mark(numbers.employment_insurance(k.rng), "EMPLOYMENT_INSURANCE_NUMBER"),
            Mark(numbers.residence_card(k.rng), "RESIDENCE_CARD") if foreign else "",
            Mark(numbers.foreign_passport(k.rng), "PASSPORT") if foreign else ""]


def haken_ledger(k: Clerk, n: int) -> Doc:
    """The agency's ledger of registered staff: half-width kana, numbers, cards, accounts."""
    agency = k.body("staffing")
    staff = Table(name="登録スタッフ", title=[f"登録スタッフ台帳　{agency.name}"])
    staff.add("No", "氏名", "ｼﾒｲ", "生年月日", "国籍", "携帯", "メール", "マイナンバー", "基礎年金番号", "雇用保険番号",
              "在留カード", "旅券", "振込口座")
    for number in range(1, k.between(7, 11)):
        p = k.folk(abroad=k.chance(0.35))
        kana = Mark(p.full("half") if p.abroad is None else p.full("romaji").upper(), "PERSON")
        nationality = "日本" if p.abroad is None else \
            Mark(p.nationality, "SENSITIVE", category="人種・民族", optional=True)
        account = (k.pick(["東濃銀行 大垣支店 ", "みちのく銀行 弘前支店 "]), Mark(numbers.account(k.rng), "BANK_ACCOUNT"))
        staff.add(f"S{n:02d}{number:03d}", k.name(p, "kanji" if p.abroad is None else "passport"), kana,
                  k.birth(p, k.pick(["slash", "two", "iso"])), nationality, k.phone(p, "mobile", "hyphen"), k.email(p),
                  *_ids(k, p), account)
    office = Table(name="事業所", title=["事業所情報"]).add("名称", agency.name).add("所在地", agency.address_mark())
    office.add("代表", agency.phone_mark()).add("法人番号", negative(agency.corporate, "MY_NUMBER", "corporate_number"))
    return xlsx_doc(f"派遣/台帳/staff_{n:02d}.xlsx", [staff, office], "haken_ledger")


def discipline(k: Clerk, n: int) -> Doc:
    """A 懲戒処分 record: who, what happened, what was decided."""
    p, firm = k.folk(), k.body("maker")
    day = date(2026, k.between(1, 10), k.between(1, 28))
    head = Text().add(f"懲戒処分記録　{firm.name} 人事部").add("決定日：", k.other_day(day, "decision_date", "era"))
    table = Table().add("項目", "内容")
    table.add("対象者", (k.name(p), f"（社員番号 {k.between(10000, 99999)}）"))
    table.add("生年月日", k.birth(p, k.pick(["era", "two_kanji"]))).add("所属", k.pick(["製造二課", "品質保証部", "物流センター"]))
    if k.chance(0.6):
        table.add("事実", (sensitive(k.pick(phrases("犯罪歴")), "犯罪歴"), "（本人の申告により確認）"))
    else:
        table.add("事実", "無断欠勤が通算12日に及び、再三の指導にも改善がなかった。")
    table.add("処分", k.pick(["譴責", "減給（1回）", "出勤停止7日", "降格"]))
    table.add("本人連絡先", (k.phone(p, "mobile"), "　", k.address(p, k.pick(["plain", "no"]))))
    tail = Text().add("本記録は人事部長が施錠保管する。")
    return docx_doc(f"人事/懲戒/懲戒処分_{n:02d}.docx", [head, table, tail], "discipline")


def whistle_xml(k: Clerk, n: int) -> Doc:
    """The whistle-blowing hotline's cases exported as XML (the reporter, the person
    reported, what was said)."""
    records = []
    for case in range(k.between(3, 5)):
        reporter, accused = k.folk(), k.folk()
        category = k.pick(["労働組合", "信条", "犯罪歴"])
        told = sensitive(k.pick(phrases(category)), category) if k.chance(0.5) else "経費の私的流用が疑われる。領収書の日付が合わない。"
        records.append([
            ("caseNo", f"WB-2026-{n:02d}{case:02d}"),
            ("received", k.other_day(date(2026, k.between(1, 11), k.between(1, 28)), "received_date", "iso")),
            ("reporterName", k.name(reporter) if k.chance(0.7) else "匿名"),
            ("reporterContact", k.email(reporter) if k.chance(0.5) else k.phone(reporter, "ip", "hyphen")),
            ("subjectName", k.name(accused, "tight")), ("summary", told),
        ])
    return xml_doc(f"コンプライアンス/hotline_{n:02d}.xml", "whistle_xml", "hotlineCases", records, item="case")


def harassment(k: Clerk, n: int) -> Doc:
    """A counsellor's record of a harassment consultation, in her own words, printed to PDF."""
    client, accused, counsellor = k.folk(), k.folk(), k.folk(sex="f")
    text = Text().add("ハラスメント相談記録（取扱注意）")
    text.add("相談日：", k.other_day(date(2026, k.between(4, 11), k.between(1, 28)), "consultation_date", "western"),
             "　相談員：", k.name(counsellor, "kanji"))
    text.add("相談者：", k.name(client, "full"), "（", k.pick(["営業部", "総務課", "設計室"]), "）　内線 ",
             f"{k.between(2000, 4999)}", "　携帯 ", k.phone(client, "mobile", "hyphen"))
    text.add("行為者とされる人：", k.name(accused), "（上司）")
    category = k.pick(["宗教", "信条", "障害", "人種・民族", "病歴"])
    text.add("相談者によると「", sensitive(k.pick(phrases(category, "counsellor")), category), "」。")
    text.add("そのことを朝礼の場で冷やかされたと話す。涙ぐむ場面があった。")
    text.add("希望：配置の見直し。行為者への聴き取りは本人の同意を得てから行う。")
    return pdf_doc(f"人事/相談/harassment_{n:02d}.pdf", text, "harassment")


def union_consult(k: Clerk, n: int) -> Doc:
    """A general union's 労働相談 form entries, exported from its site as JSON: who wrote,
    where they work, what the organiser noted about joining."""
    union, records = k.body("union"), []
    for case in range(k.between(4, 7)):
        p = k.folk(abroad=k.chance(0.15))
        if k.chance(0.7):
            note = sensitive(k.pick(phrases("労働組合", "union")), "労働組合")
        else:
            category = k.pick(["人種・民族", "犯罪歴", "病歴"])
            note = sensitive(k.pick(phrases(category, "counsellor")), category)
        records.append([("id", case + 1), ("name", k.name(p, "kanji" if p.abroad is None else "romaji")),
                        ("tel", k.phone(p, k.pick(["mobile", "ip"]), "hyphen")), ("mail", k.email(p)),
                        ("workplace", k.pick(["物流倉庫（派遣）", "介護施設", "飲食チェーン", "自動車部品工場"])),
                        ("topic", k.pick(["残業代の未払い", "雇止めの通告", "パワハラ", "有給を取らせてもらえない"])),
                        ("organizerNote", note),
                        ("sent", k.other_day(date(2026, k.between(1, 11), k.between(1, 28)), "sent_date", "iso"))])
    records.append([("id", 0), ("name", union.name), ("tel", union.phone_mark()), ("mail", union.mail_mark("soudan"))])
    return json_doc(f"労組/相談フォーム_{n:02d}.json", "union_consult", records, key="entries")
