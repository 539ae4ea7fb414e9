"""The shipyard's committee and its doctor's mail, a hospital kiosk's staff, a
community support centre, a university team's medical sheet and a Japanese class."""

from __future__ import annotations

from benchmarks.corpus16.model import Doc
from benchmarks.corpus19 import formats
from benchmarks.corpus19.common import (Grid, Lines, addr, born, csv, decoy, docx, email, foreigner, mail, name,
                                        not_birth, own_mail, people_of, sens, tel, txt, unplaced, val, xlsx, ids,
                                        vocab)


def shipyard_minutes(rng, n):
    """安全衛生委員会の議事録: who said what, the union's officers among them."""
    lines = Lines().put("安全衛生委員会 議事録").put("開催日：", not_birth(rng)).gap()
    members = people_of(rng, 4)
    lines.put("出席：", name(rng, members[0], "sur"), "工場長、", name(rng, members[1], "sur"), "衛生管理者、",
              name(rng, members[2], "tight"), "（", sens(rng, "労働組合"), "）")
    lines.put(decoy("SENSITIVE", rng.choice(vocab.UNION_NOTICES), "union_notice"))
    for p in people_of(rng, rng.randint(2, 4)):
        lines.put("・艤装課の", name(rng, p, "space"), "さんは", sens(rng, "健康診断結果"), "のため、高所作業を当面見合わせる。")
    lines.put("・", decoy("SENSITIVE", rng.choice(vocab.HEALTH_NOTICES), "health_notice"))
    lines.put("次回：", not_birth(rng), "　記録：", name(rng, members[3], "wide"))
    return txt(f"造船所/委員会/議事録_{n:02d}.txt", lines, "cp932" if n % 3 == 0 else "utf-8")


def shipyard_doctor_mail(rng, n):
    """The health desk writes to the company doctor, the re-test list attached."""
    doctor, clerk = people_of(rng, 2)
    att = Grid("氏名", "生年月日", "項目")
    for p in people_of(rng, rng.randint(5, 9)):
        att.add(name(rng, p, "space"), born(rng, p, "dash"), sens(rng, "健康診断結果"))
    attached = csv("要再検査者.csv", att)
    body = Lines().put(name(rng, doctor, "sur"), "先生").gap().put("いつもお世話になっております。安全衛生課の",
                                                               name(rng, clerk, "sur"), "です。")
    body.put("再検査の対象者を添付します。特に", name(rng, people_of(rng, 1)[0], "tight"), "さんは", sens(rng, "病歴"),
             "とのことで、面談をお願いできますでしょうか。")
    body.gap().put("安全衛生課　内線2315　", own_mail(rng, "anzen"))
    head = ([own_mail(rng, "anzen")], ["産業医 <", mail(rng, doctor), ">"], "再検査対象者の件")
    return email(f"造船所/メール/再検査_{n:02d}.eml", head, body, [attached], day=n)


def kiosk_shifts(rng, n):
    """病院の売店: the shift sheet with the staff's numbers."""
    grid = Grid("氏名", "携帯", "月", "火", "水", "木", "金", "土")
    for p in people_of(rng, rng.randint(8, 12)):
        grid.add(name(rng, p, "wide"), tel(rng, True), *[rng.choice(["早", "遅", "休", "通"]) for _ in range(6)])
    return csv(f"病院売店/シフト表_{n:02d}.csv", grid)


def kiosk_contract(rng, n):
    """The kiosk's hiring memo: every number payroll asks for, in an odt."""
    p = people_of(rng, 1)[0]
    bank, branch, number = ids.bank_account(rng)
    lines = Lines().put("採用時確認メモ（売店）").put("氏名：", name(rng, p, "space"), "（", val("PERSON", p.katakana("")), "）")
    lines.put("生年月日：", born(rng, p, "kanji")).put("住所：", addr(rng, p)).put("電話：", tel(rng))
    lines.put("個人番号：", val("MY_NUMBER", ids.my_number(rng)))
    lines.put("基礎年金番号：", val("BASIC_PENSION_NUMBER", ids.pension(rng)))
    lines.put("雇用保険被保険者番号：", val("EMPLOYMENT_INSURANCE_NUMBER", ids.employment_insurance(rng)))
    lines.put("事業所番号：", decoy("EMPLOYMENT_INSURANCE_NUMBER", ids.employment_insurance(rng), "employer_office_number"))
    lines.put("給与振込：", bank, branch, " 普通 ", val("BANK_ACCOUNT", number))
    lines.put("入社日：", not_birth(rng))
    path = f"病院売店/採用/確認メモ_{n:02d}.odt"
    return Doc(path, formats.odt_bytes(lines.lines), lines.items(path, "body:"))


def support_centre(rng, n):
    """地域包括支援センター: an intake sheet (docx) in the social worker's words."""
    p, son = people_of(rng, 2)
    lines = Lines().put("総合相談 受付票").put("受付日：", not_birth(rng)).put("相談者：", name(rng, son, "space"), "（長男）",
                                                                       tel(rng, True))
    lines.put("本人：", name(rng, p, "wide"), "　", born(rng, p, "era"), "生").put("住所：", addr(rng, p))
    lines.put("介護保険 保険者番号：", val("HEALTH_INSURANCE_NUMBER", ids.insurer(rng, kokuho=rng.random() < 0.5)))
    lines.put("状況：独居。", sens(rng, "病歴"), "。", sens(rng, "障害"), "。")
    lines.put("先月、", sens(rng, "犯罪被害"), "とのことで、民生委員から連絡があった。")
    lines.put("担当：", name(rng, people_of(rng, 1)[0], "sur"), "（社会福祉士）")
    return docx(f"地域包括/受付票/受付_{n:03d}.docx", lines)


def support_notes(rng, n):
    """The centre's running notes: surnames after roles, CP932."""
    lines = Lines().put("支援経過記録").gap()
    for p in people_of(rng, rng.randint(3, 5)):
        lines.put(not_birth(rng), "　訪問。", name(rng, p, "space"), "さん宅。ケアマネの", name(rng, people_of(rng, 1)[0], "sur"),
                  "氏同席。")
        lines.put("　", rng.choice([sens(rng, "病歴"), sens(rng, "障害"), sens(rng, "犯罪被害")]), "。今後は週1回の見守りとする。")
    return txt(f"地域包括/経過/経過記録_{n:02d}.txt", lines, "cp932")


def team_medical(rng, n):
    """大学の運動部: the trainer's medical-check sheet and the insurer numbers."""
    grid = Grid("学年", "氏名", "生年月日", "既往歴", "保険者番号", "緊急連絡先")
    for p in people_of(rng, rng.randint(18, 28), young=False):
        grid.add(rng.choice(["1", "2", "3", "4"]), name(rng, p, rng.choice(["space", "tight"])), born(rng, p, "slash"),
                 sens(rng, "病歴") if rng.random() < 0.5 else "特になし", val("HEALTH_INSURANCE_NUMBER", ids.insurer(rng)),
                 tel(rng, True))
    return xlsx(f"運動部/メディカルチェック_{n}.xlsx", [("部員", grid, "ラグビー部 メディカルチェック票（部外秘）")])


def team_tour(rng, n):
    """The tour list for an away match abroad: passport order, in a PDF."""
    lines = Lines().put("海外遠征 参加者名簿").put("出発日 ", not_birth(rng)).put("")
    for p in people_of(rng, rng.randint(10, 16)):
        lines.put(name(rng, p, "roman"), "  ", born(rng, p, "dash"), "  旅券番号 ", val("PASSPORT", ids.passport(rng)))
    lines.put("航空券予約番号 ", decoy("PASSPORT", ids.passport(rng), "booking_reference"))
    path = f"運動部/遠征/参加者_{n}.pdf"
    return unplaced(path, formats.pdf_bytes(lines.lines), lines)


def japanese_class(rng, n):
    """日本語ボランティア教室: learners as JSON, as the class's sign-up form saves them."""
    lines = Lines()
    lines.put("[")
    for k in range(rng.randint(6, 10)):
        who, origin = foreigner(rng), sens(rng, "人種・民族") if rng.random() < 0.4 else None
        card, phone = val("RESIDENCE_CARD", ids.residence_card(rng)), tel(rng, True)
        lines.put("  {").put('    "name": "', who, '",').put('    "residence_card": "', card, '",')
        lines.put('    "tel": "', phone, '",').put('    "note": "', origin or "日本語能力N4", '"')
        lines.put("  },")
    lines.lines[-1] = "  }"
    lines.put("]")
    path = f"日本語教室/受講者_{n:02d}.json"
    return Doc(path, (lines.text()).encode("utf-8"), lines.items(path, ""))


def japanese_class_xml(rng, n):
    """The class's attendance export (XML): names as the learners wrote them, their countries' scripts."""
    lines = Lines().put('<?xml version="1.0" encoding="UTF-8"?>').put("<attendance>")
    for _ in range(rng.randint(6, 10)):
        p = people_of(rng, 1)[0]
        lines.put("  <learner>").put("    <name>", foreigner(rng), "</name>")
        lines.put("    <passport>", val("PASSPORT", ids.passport(rng)), "</passport>")
        lines.put("    <supporter>", name(rng, p, "space"), "</supporter>").put("    <tel>", tel(rng, True), "</tel>")
        lines.put("    <lesson>", not_birth(rng), "</lesson>").put("  </learner>")
    lines.put("</attendance>")
    path = f"日本語教室/出席_{n:02d}.xml"
    return Doc(path, lines.text().encode("utf-8"), lines.items(path, ""))
