"""More offices: a marriage agency's member profiles, a volunteer probation officer's
interview notes, a victim support centre's intake sheets, rental applications, an
insurance agency's client mails and address book, body donation registrations."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import docx_doc, eml_doc, pdf_doc, text_doc
from benchmarks.corpus2.truth import Doc, Table, Text, negative
from benchmarks.corpus3.mail import mbox_doc
from benchmarks.corpus4.writers import pptx_doc
from benchmarks.corpus5.pages import json_doc, vcard_doc
from benchmarks.corpus6.desk import Desk
from benchmarks.corpus6.writers import as_cells, framed_docx, labelled


def marriage_profiles(d: Desk, n: int) -> Doc:
    slides, notes = [], {}
    for s in range(1, d.between(3, 5)):
        p = d.person(born=(1975, 2000))
        card = Table().add("会員番号", d.number("member_number", "PHONE", 8)).add("お名前", d.name(p, "kanji"))
        card.add("生年月日", d.birth(p, d.pick(["west", "slash"]))).add("居住地", d.address(p, "no_pref"))
        card.add("宗教・信条", d.said(["宗教", "信条"][s % 2]))
        slides.append([Text().add("会員プロフィール"), card])
        notes[s] = Text().add("担当メモ：", d.said(["人種・民族", "病歴"][(s - 1) % 2]), "。お相手紹介の際は本人了承の範囲で。")
    if n % 2:
        return pptx_doc(f"kekkon/profiles_{n:02d}.pptx", slides, "marriage_profiles", notes=notes)
    p = d.person(born=(1975, 2000))
    record = [("memberName", d.name(p, "roman")), ("birthDate", d.birth(p, "iso")), ("tel", d.phone(p, True, "intl")),
              ("mail", d.email(p)), ("religion", d.said("宗教")), ("ethnicity", d.said("人種・民族"))]
    return json_doc(f"kekkon/member_{n:02d}.json", "marriage_profiles", [record], key="profiles")


def probation_notes(d: Desk, n: int) -> Doc:
    p = d.person(born=(1970, 2006))
    text = Text().add("面接記録（保護司）").add("対象者：", d.name(p), "　生年月日：", d.birth(p, "era_dot"))
    text.add("住居：", d.address(p), "（母 ", d.name(d.family(p, sex="F", born=(1945, 1975)), "kanji"), " と同居）")
    text.add("面接日：", d.not_birth(d.day(), "interview_date", "era"))
    text.add("本籍：", d.honseki())
    text.add("本件：", d.said("犯罪歴"), "。遵守事項は守れている。")
    text.add("就労：建設会社で日雇い。雇用主には前歴を伝えていない。")
    text.add("次回：", d.not_birth(d.day(date(2026, 10, 10), 40), "next_date", "era"), "　自宅訪問予定")
    if n % 2:
        return text_doc(f"hogoshi/mensetsu_{n:02d}.txt", text, "probation_notes", encoding="cp932", newline="\r\n")
    return docx_doc(f"hogoshi/mensetsu_{n:02d}.docx", [text], "probation_notes")


def victim_intake(d: Desk, n: int) -> Doc:
    p = d.person()
    centre = d.office("公益社団法人 くすのき被害者支援センター", "kusunoki-vs.example.jp")
    pairs = [("相談者氏名", d.name(p)), ("年齢", f"{p.age()}歳"), ("連絡先", d.phone(p, True)), ("連絡してよい時間", "平日18時以降"),
             ("住所（郵送可否）", d.address(p), "（郵送不可）")]
    story = Text().add("【被害の概要】").add(d.said("犯罪被害"), "。")
    story.add("警察署の担当：", d.pick(["生活安全課", "刑事課"]), "（相談者の了解を得て連絡済み）")
    story.add("【希望する支援】法廷付添い、カウンセリング")
    head = Text().add(centre.name).add("相談受付票　受付 ", d.not_birth(d.day(), "received_date", "slash"), " ", centre.tel())
    if n % 2:
        return framed_docx(f"shien/uketsuke_{n:02d}.docx", [head, as_cells(pairs), story], "victim_intake",
                           box=Text().add("受付者：", d.name(d.person(), "kanji")).add("秘"))
    return pdf_doc(f"shien/uketsuke_{n:02d}.pdf", head.extend(labelled(pairs)).extend(story), "victim_intake")


def rental_application(d: Desk, n: int) -> Doc:
    p = d.person(born=(1960, 2004), foreign=n % 3 == 0)
    guarantor = d.person(born=(1950, 1980))
    ident = [("在留カード番号", d.mark("RESIDENCE_CARD")), ("国籍", p.nationality)] if p.nationality else \
        [("運転免許証番号", d.mark("DRIVERS_LICENSE"))]
    pairs = [("申込者", d.name(p)), ("生年月日", d.birth(p)), ("現住所", d.postal(p, "mark"), " ", d.address(p)),
             ("携帯", d.phone(p, True)), ("E-mail", d.email(p))] + ident + [
        ("勤務先", d.pick(["(株)北斗ロジ 倉庫課", "市内の介護施設", "自営"]), "　年収 ", f"{d.between(220, 600)}万円"),
        ("連帯保証人", d.name(guarantor, "kanji"), "（", d.birth(guarantor, "era"), "生）", d.phone(guarantor, None)),
        ("入居希望日", d.not_birth(d.day(date(2026, 10, 1), 120), "move_in_date", "slash"))]
    head = Text().add("入居申込書").add("物件：", d.pick(["ハイツ白鷺", "コーポ楓谷", "メゾン翠嵐"]), " ", str(d.between(101, 305)), "号室")
    if n % 2 == 0:
        return framed_docx(f"fudosan/nyukyo_moushikomi_{n:02d}.docx", [head, as_cells(pairs)], "rental_application",
                           box=Text().add("受付：", d.not_birth(d.day(), "received_date", "slash")).add("担当 ", d.name(
                               d.person(), "surname")))
    return pdf_doc(f"fudosan/moushikomi_{n:02d}.pdf", head.extend(labelled(pairs)), "rental_application")


def _agency_mail(d: Desk, number: int) -> Doc:
    p = d.person(born=(1950, 1995))
    body = Text().add(d.name(p, "kanji"), " 様").add("先日はご相談ありがとうございました。")
    body.add("告知事項として「", d.said("病歴"), "」と伺っております。引受保険会社の審査結果は追ってご連絡します。")
    body.add("証券番号 ", d.number("policy_number", "MY_NUMBER", 12), " のご契約は継続となります。")
    body.add("生年月日（", d.birth(p, "slash"), "）に誤りがあれば、お知らせください。")
    sender = negative("hoken-madoguchi@tsubame-ins.example.jp", "EMAIL", "org_email")
    return eml_doc(f"agency_{number:02d}.eml", "insurance_agency", {"From": (sender,),
                   "To": (d.email(p, header=True),), "Subject": ("告知内容の確認",)}, body)


def insurance_agency(d: Desk, n: int) -> Doc:
    if n % 2:
        return mbox_doc(f"hoken/sent_{n:02d}.mbox", [_agency_mail(d, n * 10 + i) for i in range(3)], "insurance_agency")
    cards = []
    for _ in range(d.between(4, 8)):
        p = d.person()
        cards.append([("FN:", d.name(p, "kanji")), ("N:", p.surname[0], ";", p.given[0], ";;;"),
                      ("TEL;TYPE=CELL:", d.phone(p, True, "hyphen")), ("EMAIL:", d.email(p)),
                      ("BDAY:", d.birth(p, "iso")), ("NOTE:証券番号 ", d.number("policy_number", "MY_NUMBER", 12))])
    return vcard_doc(f"hoken/okyakusama_{n:02d}.vcf", "insurance_agency", cards)


def body_donation(d: Desk, n: int) -> Doc:
    """A university's 献体の会 registration: the 本籍 is asked for the documents after death."""
    p = d.person(born=(1932, 1960))
    kin = d.family(p, born=(1955, 1990))
    pairs = [("氏名", d.name(p, "kanji")), ("ふりがな", d.kana(p)), ("生年月日", d.birth(p, d.pick(["era", "era_kanji"]))),
             ("本籍", d.honseki()), ("現住所", d.postal(p, "mark"), " ", d.address(p)), ("電話", d.phone(p, False)),
             ("同意者（肉親）", d.name(kin, "kanji"), "（", d.relation(p, kin), "） ", d.phone(kin, True)),
             ("葬儀の希望", d.said("宗教") if d.chance(0.5) else "特になし"),
             ("登録番号", d.number("member_number", "PHONE", 6)),
             ("受付日", d.not_birth(d.day(), "received_date", "era"))]
    head = Text().add("献体登録申込書").add("白菊会　事務局 医学部解剖学教室内")
    if n % 2:
        return pdf_doc(f"kentai/moushikomi_{n:02d}.pdf", head.extend(labelled(pairs)), "body_donation")
    return docx_doc(f"kentai/touroku_{n:02d}.docx", [head, as_cells(pairs)], "body_donation")
