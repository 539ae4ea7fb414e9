"""Writers of health care: a 回復期リハ ward's 申し送り and patient list, an
orthodontist's ledger and payment plan, a 鍼灸整骨院's 施術録, a transplant coordinator's notes."""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus11 import ids, office, plain
from benchmarks.corpus11.common import Office, address, card_lookalike, full_name, kana_name, made, phone, sens
from benchmarks.corpus11.model import Lines, Mark, Table
from benchmarks.corpus11.people import birth, email, lookalike, mark, name, not_birth, person, postal


WARD_NOTES = ("リハ後の疲労強い。", "夜間トイレ歩行時は見守り。", "食事摂取5割、水分促し。", "21時の眠前薬忘れずに。",
              "転倒リスク高、センサーマット使用中。", "本日PT訓練で平行棒歩行10m。", "")


def handover(rng: random.Random, i: int):
    """申し送り: names in running text without 様, what each has, what to watch tonight."""
    lines = Lines().add(f"{rng.choice(('日勤', '準夜'))}→夜勤 申し送り　{2026}/3/{i % 28 + 1}").blank()
    for room in rng.sample(range(301, 320), rng.randrange(4, 7)):
        p = person(rng, born=(1930, 1960))
        opening = rng.choice(((f"{room}号室 ", name(p.kanji), "："), (f"{room} ", name(p.kanji), "は"),
                              (f"【{room}】", name(p.kanji), "　")))
        lines.add(*opening, sens(rng, "病歴"), "。", rng.choice(WARD_NOTES))
        relation, sex = rng.choice((("長女", "f"), ("妻", "f"), ("次男", "m"), ("夫", "m")))
        call = rng.choice(("より電話あり、折返し ", "が面会予定、連絡先 "))
        family = ("　", sens(rng, rng.choice(("障害", "病歴"))), "。", relation, "の", name(person(rng, sex=sex).kanji), call,
                  phone(rng), "。")
        lines.add(*family)
    lines.add("以上。記録者 ", name(person(rng).kanji))
    path = f"さくら台リハ/4階病棟/申し送り_{i:03d}.txt"
    return made(path, plain.text(path, lines), "handover")


def ward_patients(rng: random.Random, i: int):
    """入院患者一覧 (CSV): insurer numbers with their check digit; the card's 記号・番号
    optional (a personal number without a published format)."""
    rows = []
    for _ in range(rng.randrange(6, 10)):
        p = person(rng, born=(1928, 1965))
        symbol = Mark("HEALTH_INSURANCE_NUMBER", f"{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}", optional=True)
        rows.append([f"{rng.randrange(100000, 999999)}", kana_name(p), full_name(p), birth(p.birth, "era_slash"),
                     mark("HEALTH_INSURANCE_NUMBER", ids.insurer(rng)), symbol, sens(rng, "病歴"),
                     not_birth(date(2026, rng.randrange(1, 4), rng.randrange(1, 28)), "iso", "admission_date")])
    header = ["患者ID", "カナ氏名", "漢字氏名", "生年月日", "保険者番号", "記号番号", "主病名", "入院日"]
    path = f"さくら台リハ/医事課/入院患者一覧_{i:02d}.csv"
    return made(path, plain.csv(path, Table(header, rows), quote=True), "ward_list")


def ortho_ledger(rng: random.Random, i: int):
    """矯正歯科: the child patient, the guardian who pays, a card for the instalments."""
    rows = []
    for _ in range(rng.randrange(5, 9)):
        child, parent = person(rng, born=(2008, 2020)), person(rng, born=(1972, 1992))
        rows.append([full_name(child), kana_name(child), birth(child.birth, "kanji_west"), full_name(parent),
                     phone(rng), mark("EMAIL", email(rng, parent)), mark("CREDIT_CARD", ids.card(rng)),
                     card_lookalike(rng)])
    table = Table(["患者名", "ふりがな", "生年月日", "保護者", "保護者連絡先", "メール", "分割払いカード", "診察券番号"], rows,
                  title=["みなと矯正歯科 矯正患者台帳"])
    path = f"みなと矯正/患者台帳_{i:02d}.xlsx"
    return made(path, office.xlsx(path, [("矯正患者", table)]), "ortho")


def ortho_contract(rng: random.Random, i: int):
    """The instalment contract as a PDF: one patient, the guardian, the clinic's own contacts."""
    child, parent = person(rng, born=(2008, 2020)), person(rng, born=(1972, 1992))
    own = Office("ortho")
    lines = Lines().add("矯正治療費 分割払い契約書").add("契約日 ", not_birth(date(2026, 2, rng.randrange(1, 28)), "kanji_west",
                                                                       "contract_date"))
    lines.add("患者氏名　", name(child.kanji), "（生年月日 ", birth(child.birth, "wareki"), "）")
    lines.add("契約者（保護者）　", name(parent.kanji), "　住所 ", postal(parent, "mark"), " ", address(parent))
    lines.add("電話 ", phone(rng, "land"), "　契約番号 ", lookalike("MY_NUMBER", ids.order_number(rng), "contract_number"))
    lines.add(*own.footer())
    path = f"みなと矯正/契約書/分割契約_{i:03d}.pdf"
    return made(path, plain.pdf(path, lines), "ortho_contract")


def treatment_record(rng: random.Random, i: int):
    """施術録 (HTML export of the 整骨院's system): injury, insurer number, address."""
    p = person(rng)
    lines = Lines().add("患者氏名：", name(p.kanji)).add("生年月日：", birth(p.birth, "short"))
    lines.add("住所：", address(p)).add("電話：", phone(rng))
    lines.add("保険者番号：", mark("HEALTH_INSURANCE_NUMBER", ids.insurer(rng)))
    lines.add("既往：", sens(rng, "病歴"))
    visits = Table(["施術日", "負傷名", "施術内容"],
                   [[not_birth(date(2026, 3, d), "iso", "visit_date"), rng.choice(("頸部捻挫", "腰部挫傷", "右足関節捻挫")),
                     rng.choice(("電療・手技", "鍼・温罨法", "固定"))] for d in rng.sample(range(1, 29), 3)])
    path = f"ひだまり整骨院/施術録/{i:04d}.html"
    return made(path, plain.html(path, "施術録", lines, visits), "treatment")


def transplant_notes(rng: random.Random, i: int):
    """移植コーディネーター's notes (PDF): recipient, family consent, histories."""
    relation = rng.choice(("妻", "夫", "長男", "母"))
    p, kin = person(rng, born=(1950, 1995)), person(rng, born=(1945, 1995), sex="m" if relation in ("夫", "長男") else "f")
    lines = Lines().add("レシピエント面談メモ").add("氏名：", name(p.kanji), "　", birth(p.birth, "kanji"), "生")
    lines.add("原疾患：", sens(rng, "病歴")).add("既往：", sens(rng, "病歴"))
    lines.add("家族（", relation, "）", name(kin.kanji), "　連絡先 ", phone(rng))
    lines.add("宗教上の配慮：", sens(rng, "宗教"))
    lines.add("登録日 ", not_birth(date(2025, rng.randrange(1, 13), rng.randrange(1, 28)), "wareki", "registration_date"))
    lines.add("問合せ ", Office("transplant").phone())
    path = f"移植コーディネート/面談/{i:03d}.pdf"
    return made(path, plain.pdf(path, lines), "transplant")
