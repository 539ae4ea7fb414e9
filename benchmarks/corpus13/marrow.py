"""A marrow donor coordinator's desk: mail between coordinators in an mbox and the
donor's confirmation-test sheet as a PDF."""

from __future__ import annotations

import random

from benchmarks.corpus13 import common as c
from benchmarks.corpus13.dates import western, wareki
from benchmarks.corpus13.files import encoded_header, mail_bytes, pdf_bytes
from benchmarks.corpus13.marks import Document, Item, Lines
from benchmarks.corpus13.people import person
from benchmarks.corpus13.say import born, sensitive, who
from benchmarks.corpus13.vocab import ADULT_ILLNESS, CHECKUP_BAD, DENOMINATIONS

FOLDER = "ドナーコーディネート"
ORG = ("骨髄移植推進 地区コーディネーター室", "marrow.coord")
PATIENT_ILLNESS = ("急性骨髄性白血病（第一寛解期）", "骨髄異形成症候群", "再生不良性貧血（重症）", "悪性リンパ腫の再発",
                   "急性リンパ性白血病で化学療法中", "多発性骨髄腫")
STEPS = ("確認検査の日程調整をお願いします。", "最終同意面談には家族の同席が必要です。", "採取施設の空き状況を確認中です。",
         "健康診断の結果を待って判断します。")


def message(rng: random.Random, number: int, org: c.Org) -> tuple[bytes, Lines]:
    coordinator, donor, patient = person(rng, 1965, 1995), person(rng, 1980, 2004), person(rng, 1950, 2010)
    body = Lines("body:").add(who(coordinator.name), "です。").blank()
    body.add("ドナー候補 ", who(donor.name), "さん（", c.phone(donor), "）について。")
    body.add("患者さんは", sensitive("病歴", rng.choice(PATIENT_ILLNESS)), "で、移植を急いでいます。")
    if rng.random() < 0.4:
        body.add("ドナーご本人は", sensitive("宗教", rng.choice(DENOMINATIONS)), "とのことで、自己血の扱いを相談済み。")
    else:
        body.add("ドナーの既往：", sensitive("病歴", rng.choice(ADULT_ILLNESS[:6])), "（主治医の意見書あり）")
    body.add(rng.choice(STEPS)).add(*c.notice_line(rng)).blank().add("--").add(who(coordinator.name))
    for parts in c.org_lines(org):
        body.add(*parts)
    head = {"From": org.email, "To": org.email, "Subject": encoded_header(f"調整状況 No.{number}"),
            "Date": f"Mon, {number % 27 + 1} Oct 2026 10:00:00 +0900", "Message-ID": f"<marrow{number}@coord>"}
    return mail_bytes(head, body.text), body


def mailbox(rng: random.Random, index: int, org: c.Org) -> Document:
    path, data, items = f"{FOLDER}/メール/coordination_{index:02d}.mbox", b"", []
    for number in range(rng.randint(3, 5)):
        raw, body = message(rng, index * 10 + number, org)
        data += b"From coord@example Mon Oct  5 10:00:00 2026\n" + raw.replace(b"\r\n", b"\n") + b"\n\n"
        items += body.items(f"{path}!{number}") + [Item(f"{path}!{number}", c.alike("EMAIL", org.email, c.OWN))]
    return Document(path, data, items)


def test_sheet(rng: random.Random, index: int, org: c.Org) -> Document:
    donor = person(rng, 1978, 2004)
    lines = Lines(located=False).add("確認検査結果報告書").add(c.written_on(rng, "報告日")[1])
    lines.add("ドナー氏名 ", who(donor.spaced), "（", who(donor.kana), "）")
    lines.add("生年月日 ", born(donor.born, rng.choice((western, wareki))(donor.born)))
    lines.add("住所 〒", c.postal(donor), " ", c.home(donor)).add("連絡先 ", c.phone(donor), " ", c.email(donor))
    lines.add("検査所見 ", sensitive("健康診断結果", rng.choice(CHECKUP_BAD)))
    lines.add("既往歴 ", sensitive("病歴", rng.choice(ADULT_ILLNESS)))
    doctor = person(rng, 1960, 1990)
    lines.add("担当医師 ", who(doctor.name), "　担当コーディネーター ", who(person(rng, 1965, 1995).name))
    for parts in c.org_lines(org):
        lines.add(*parts)
    return c.flowing_doc(f"{FOLDER}/検査/確認検査_{index:03d}.pdf", lines, pdf_bytes)


MAKERS = (mailbox, test_sheet, test_sheet)
