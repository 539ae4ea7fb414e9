"""An 在宅医療 clinic's nights: the on-call log, the visit schedule, referral letters
and the on-call doctor's Maildir with the patient list attached."""

from __future__ import annotations

from datetime import datetime

from benchmarks.corpus12 import ids, render
from benchmarks.corpus12.mail import doc_of, message
from benchmarks.corpus12.model import in_turn, Lines, Table, single, val
from benchmarks.corpus12.pen import Pen

CLINIC = "asagiri-zaitaku"
HOME_DISEASES = ["脳梗塞後遺症でリハビリ中", "慢性腎臓病で食事制限あり", "乳がんの術後ホルモン療法中", "心房細動でワーファリン内服",
                 "C型肝炎の治療を終えた", "関節リウマチで生物学的製剤を使用", "アルコール依存症の治療歴あり"]
FAMILY = {True: ["長女", "妻", "次女", "嫁"], False: ["長男", "夫", "次男"]}


def on_call_log(pen: Pen, calls: int) -> object:
    doctor = pen.person((1965, 1990))
    log = Lines().add("夜間オンコール記録　担当医 ", pen.name(doctor)).add("=" * 30)
    for call in range(calls):
        patient, kin = pen.person((1928, 1960)), pen.person((1950, 1990))
        hour = f"{(22 + call * 2) % 24:02d}:{pen.rng.randrange(60):02d}"
        log.add(f"{hour} 入電 ", pen.name(kin, "tight"), f"（{pen.pick(FAMILY[kin.female])}）より。TEL ",
                pen.phone(kin, True, pen.pick([0, 1])))
        log.add("　患者 ", pen.name(patient, "tight"), " 主病 ", pen.sensitive("病歴", HOME_DISEASES))
        log.add("　訴え 発熱38.2℃、SpO2 93%。カロナール頓用指示、朝に再連絡とした。")
    log.add("申し送り先 日勤 ", pen.name(pen.person((1970, 1995)), "family"), " 看護師")
    return render.text_file(log)


def visit_schedule(pen: Pen, n: int) -> object:
    table = Table(["訪問日", "患者氏名", "生年月日", "住所", "電話", "主病名", "保険者番号", "キーパーソン"],
                  above=["訪問診療 予定表（第2週）"])
    for _ in range(n):
        p, kin = pen.person((1925, 1962)), pen.person((1950, 1990))
        table.add(pen.other_date(), pen.name(p), pen.birth(p, pen.pick([1, 0, 6])), pen.address(p), pen.phone(p, False),
                  pen.sensitive("病歴", HOME_DISEASES), val("HEALTH_INSURANCE_NUMBER", ids.insurer(pen.rng)),
                  [pen.name(kin), f"（{pen.pick(FAMILY[kin.female])}）"])
    return render.xlsx_file([("予定", table)])


def referral_letter(pen: Pen) -> object:
    p, doctor = pen.person((1930, 1960)), pen.person((1960, 1990))
    own = pen.own(CLINIC)
    page = Lines().add("診療情報提供書").add("患者氏名 ", pen.name(p), " 様　生年月日 ", pen.birth(p, 0))
    page.add("住所 ", pen.address(p)).add("傷病名 ", pen.sensitive("病歴", HOME_DISEASES))
    page.add("経過 ", pen.sensitive("健康診断結果", ["HbA1c 7.4%（要医療）", "γ-GTP 148 U/L 要精査"]), "。在宅酸素導入を検討中。")
    if pen.rng.random() < 0.4:
        page.add("その他 ", pen.sensitive("障害", ["人工透析を受けている（内部障害1級）", "身体障害者手帳2級（視覚）"]))
    page.add("あさぎり在宅クリニック 医師 ", pen.name(doctor)).add(own["address"], " TEL ", own["phone"], " FAX ", own["fax"])
    return render.pdf_file([page])


def family_mail(pen: Pen, when: datetime) -> tuple[bytes, list]:
    patient, kin = pen.person((1930, 1958)), pen.person((1955, 1990))
    own = pen.own(CLINIC)
    body = Lines().add("あさぎり在宅クリニック 先生方").blank()
    body.add("いつも母がお世話になっております。", pen.name(kin), "です。")
    body.add("母（", pen.name(patient, "tight"), "）は昨夜から", pen.sensitive("病歴", ["気管支喘息の発作で救急受診",
             "過去に急性膵炎で入院"]), "のことがあり心配しています。")
    body.add("私の携帯は ", pen.phone(kin, True, 0), " です。")
    body.add("母は", pen.sensitive("宗教", ["浄土宗の檀家", "天理教の信者", "日蓮正宗の信徒"]), "なので、最期のことも相談させてください。")
    patients = Table(["患者", "住所", "保険者番号"])
    for _ in range(pen.rng.randint(2, 4)):
        p = pen.person((1928, 1960))
        patients.add(pen.name(p), pen.address(p), val("HEALTH_INSURANCE_NUMBER", ids.insurer(pen.rng)))
    data, placed = render.csv_file(patients)
    return message(pen.email(kin), own["email"], "母のことでご相談", body, when,
                   [("担当患者.csv", data, placed, "text/csv")])


def fax_sheet(pen: Pen) -> object:
    """A FAX cover to the pharmacy, the form's labels printed under the values."""
    p, doctor = pen.person((1930, 1960)), pen.person((1960, 1990))
    own = pen.own(CLINIC)
    sheet = Lines().add("FAX送信票　あおい薬局 御中").add("―" * 12)
    for value, label in ((pen.name(p), "患者氏名"), (pen.birth(p, pen.pick([0, 4])), "生年月日"), (pen.address(p), "住所"),
                         (pen.sensitive("病歴", HOME_DISEASES), "病名"), (pen.name(doctor), "処方医")):
        sheet.add(value).add(f"（{label}）")
    sheet.add("送信元 ", own["fax"])
    return render.pdf_file([sheet])


def chart_xml(pen: Pen, n: int) -> object:
    """The chart system's hand-over export: XML, one element a line."""
    lines = Lines().add('<?xml version="1.0" encoding="UTF-8"?>').add("<handover>")
    for _ in range(n):
        p = pen.person((1928, 1962))
        lines.add("  <patient>").add("    <name>", pen.name(p), "</name>").add("    <kana>", pen.name(p, "kana"), "</kana>")
        lines.add("    <birth>", pen.birth(p, 5), "</birth>").add("    <tel>", pen.phone(p, False, 1), "</tel>")
        lines.add("    <problem>", pen.sensitive("病歴", HOME_DISEASES), "</problem>")
        lines.add("    <insurer>", val("HEALTH_INSURANCE_NUMBER", ids.insurer(pen.rng)), "</insurer>").add("  </patient>")
    lines.add("</handover>")
    return render.text_file(lines)


def documents(pen: Pen, count: int) -> list:
    return in_turn(count, [
        lambda i: single(f"zaitaku/oncall/{i:03d}_night.log", on_call_log(pen, pen.rng.randint(2, 5))),
        lambda i: single(f"zaitaku/予定/訪問予定_{i:03d}.xlsx", visit_schedule(pen, pen.rng.randint(5, 10))),
        lambda i: single(f"zaitaku/紹介状/提供書_{i:03d}.pdf", referral_letter(pen)),
        lambda i: single(f"zaitaku/fax/送信票_{i:03d}.pdf", fax_sheet(pen)),
        lambda i: single(f"zaitaku/export/handover_{i:03d}.xml", chart_xml(pen, pen.rng.randint(3, 6))),
        lambda i: doc_of(f"zaitaku/Maildir/.oncall/new/17{i:08d}.V801I{i}.clinic",
                         *family_mail(pen, datetime(2025, 11, 1 + i % 27, 6, i % 60))),
    ])
