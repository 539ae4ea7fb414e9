"""A 成年後見 office (a lawyer-less 司法書士 practice would write the same): the
property inventory for the court (Word, accounts in a table), the guardian's
経過記録 (free notes), the doctor's statement summary (RTF), and a ZIP of the
case's scanned-then-typed papers."""

from __future__ import annotations

import random

from benchmarks.corpus10.common import bank, business_day, domicile, other_date, phrase, reiwa
from benchmarks.corpus10.model import Doc, Item
from benchmarks.corpus10.persons import person, relative
from benchmarks.corpus10.render_mail import zip_doc
from benchmarks.corpus10.render_office import docx
from benchmarks.corpus10.render_text import rtf, txt

TYPES = ("後見", "保佐", "補助")


def inventory(rng: random.Random, n: int) -> Doc:
    ward = person(rng, 1928, 1960)
    place = domicile(rng)
    accounts = [["金融機関", "支店", "種別", "口座番号", "残高（円）"]]
    for _ in range(rng.randint(2, 5)):
        name, branch, kind, acct = bank(rng)
        accounts.append([name, branch, kind, acct, f"{rng.randint(10, 9000) * 1000:,}"])
    blocks = [("p", "財産目録"), ("p", f"{rng.choice(TYPES)}開始事件　令和{rng.randint(5, 8)}年（家）第{rng.randint(100, 999)}号"),
              ("p", ["本人氏名　", ward.name(0)]), ("p", ["生年月日　", ward.born(rng.choice((1, 6)))]),
              ("p", ["本籍　", place]), ("p", ["住所　", ward.address()]),
              ("p", "1　預貯金"), ("t", accounts),
              ("p", "2　不動産　土地1筆（自宅）"), ("p", f"作成日　{reiwa(business_day(rng))}")]
    return docx(f"後見事務所/財産目録/財産目録_{n:03d}.docx", blocks, "property_inventory")


def diary(rng: random.Random, n: int) -> Doc:
    ward = person(rng, 1928, 1965)
    niece = relative(rng, ward, 1960, 1990)
    lines = [["後見事務 経過記録（本人：", ward.name(3), "）"], ""]
    events = [["施設で本人と面会。", phrase(rng, "病歴"), "のため会話は短時間。表情は穏やか。"],
              ["本人宛の郵便物を確認したところ、", phrase(rng, "犯罪被害"), "ことが判明。消費生活センターに相談した。"],
              ["親族の", niece.name(0), "氏（", niece.phone(), "）から面会の申し出。日程を調整。"],
              ["本人は", phrase(rng, "障害"), "。福祉サービスの利用申請を行った。"],
              ["介護保険の更新手続き。区役所の窓口で受付済み。"],
              ["家庭裁判所へ定期報告書を提出。"]]
    for event in rng.sample(events, rng.randint(4, 6)):
        lines.append([other_date(rng, "diary_date"), "　"] + event)
    return txt(f"後見事務所/経過記録/経過記録_{n:03d}.txt", lines, "guardian_diary", encoding=rng.choice(("utf-8", "cp932")))


def statement(rng: random.Random, n: int) -> Doc:
    ward = person(rng, 1928, 1965)
    lines = ["診断書（成年後見制度用）要旨", ["氏名　", ward.name(0)], ["生年月日　", ward.born(0)],
             ["住所　", ward.address()], ["診断名　", phrase(rng, "病歴")], ["所見　", phrase(rng, "障害")],
             "判断能力についての意見：支援を受けなければ契約等の意味・内容を理解することが難しい。"]
    return rtf(f"後見事務所/診断書/診断書要旨_{n:03d}.rtf", lines, "doctor_statement")


def case_zip(rng: random.Random, n: int) -> Doc:
    members = [diary(rng, 900 + n), statement(rng, 900 + n)]
    for member in members:
        member.path = member.path.rsplit("/", 1)[-1]
        member.items = [Item(member.path, i.location, i.mark) for i in member.items]
    return zip_doc(f"後見事務所/引継ぎ/引継資料_{n:02d}.zip", members, "case_archive")


def documents(rng: random.Random, scale: float) -> list[Doc]:
    count = lambda base: max(1, round(base * scale))  # noqa: E731
    return ([inventory(rng, i) for i in range(count(10))] + [diary(rng, i) for i in range(count(11))] +
            [statement(rng, i) for i in range(count(8))] + [case_zip(rng, i) for i in range(count(3))])
