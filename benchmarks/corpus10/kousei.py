"""A 更生支援 NGO (people leaving 少年院 and prison): case records (free text), the
cooperating employers' list (the employers' own contacts: look-alikes), the
interview schedule (HTML) and the staff's mails (Maildir)."""

from __future__ import annotations

import random

from benchmarks.corpus10.common import domicile, office, other_date, phrase
from benchmarks.corpus10.model import Doc, lookalike
from benchmarks.corpus10.persons import person, relative
from benchmarks.corpus10.render_mail import message
from benchmarks.corpus10.render_text import csv_doc, html_doc, txt
from benchmarks.corpus10.vocab import COMPANIES, MEMBER_TRADES

SUPPORT = ("住居確保給付金の申請に同行", "ハローワークで職業相談", "携帯電話の契約を支援", "通帳の再発行に同行")


def case_record(rng: random.Random, n: int) -> Doc:
    client = person(rng, 1975, 2006)
    mother = relative(rng, client, 1950, 1980)
    lines = [f"ケース記録　No.R-{n:04d}", ["対象者　", client.name(0), "（", client.kana(), "）"],
             ["生年月日　", client.born(rng.choice((0, 1, 3)))], ["本籍　", domicile(rng)], ["経歴　", phrase(rng, "犯罪歴")],
             ["帰住先　", client.address()], ["家族　母 ", mother.name(3), "（", mother.phone(), "）"], "",
             "【支援経過】"]
    for step in rng.sample(SUPPORT, 3):
        lines.append([other_date(rng, "support_date"), f"　{step}。本人の表情は明るい。"])
    if rng.random() < 0.4:
        lines.append(["本人は", phrase(rng, "人種・民族"), "で、就職差別への不安を口にしていた。"])
    if rng.random() < 0.4:
        lines.append(["本人は", phrase(rng, "病歴"), "。服薬の継続を確認。"])
    return txt(f"更生支援/ケース記録/ケース_{n:04d}.txt", lines, "case_record")


def employers(rng: random.Random, n: int) -> Doc:
    rows = [["事業所", "業種", "所在地", "郵便番号", "代表電話", "問合せメール"]]
    for k in range(rng.randint(8, 14)):
        firm = office(rng, rng.choice(COMPANIES), f"firm{n}{k}.example.co.jp")
        rows.append([lookalike("PERSON", firm.name, "company_name"), rng.choice(MEMBER_TRADES), firm.address, firm.postal, firm.phone, firm.email])
    return csv_doc(f"更生支援/協力事業所/協力事業所一覧_{n}.csv", rows, "employer_list")


def statement(rng: random.Random, n: int) -> Doc:
    """身上書 typed from a 縦書き form: labels after their values, spread letters, a label alone on its line."""
    client = person(rng, 1980, 2006)
    father = relative(rng, client, 1950, 1980)
    lines = ["身　上　書", "", [client.name(0), "　：氏名"], [client.born(rng.choice((1, 6))), "　：生 年 月 日"],
             "現住所", [client.postal(1), "　", client.address()], ["本 籍 地　", domicile(rng)],
             [father.name(3), "（父）　", father.born(rng.choice((0, 1))), "生　", father.phone()],
             ["賞罰　", phrase(rng, "犯罪歴")], "",
             ["上記のとおり相違ありません。　", other_date(rng, "signed_date")]]
    return txt(f"更生支援/身上書/身上書_{n:03d}.txt", lines, "personal_statement", encoding="cp932", newline="\r\n")


def schedule(rng: random.Random, n: int) -> Doc:
    rows = [["面談日", "対象者", "連絡先", "担当"]]
    for _ in range(rng.randint(6, 12)):
        p, staff = person(rng, 1980, 2006), person(rng, 1965, 1995)
        rows.append([other_date(rng, "interview_date"), p.name(0), p.phone(0), staff.name(3)])
    return html_doc(f"更生支援/面談予定/面談予定_{n:02d}.html", "面談予定表", ["保護観察所との合同面談を含む。"], rows,
                    "schedule")


def staff_mail(rng: random.Random, n: int) -> Doc:
    ngo = office(rng, "NPO法人 あすなろ更生支援ネット", "asunaro-example.org")
    client, officer = person(rng, 1985, 2006), person(rng, 1955, 1990)
    body = [[officer.name(0), " 様（保護司）"], "", "お世話になっております。",
            ["先日ご相談した", client.name(3), "さんの件ですが、", phrase(rng, "犯罪歴"), "であることを雇用先に伝えるかどうか、"],
            "本人とも話し合い、来週の面談で決めることになりました。", ["本人の連絡先は ", client.phone(), " です。"], "",
            *ngo.footer()]
    name = f"更生支援/Maildir/cur/17{n:08d}.M{n}P{n * 7}.mail10:2,S"
    return message(name, "staff@asunaro-example.org", officer.email(), "面談の件", "Thu, 5 Nov 2026 18:00:00 +0900",
                   body, kind="maildir")


def documents(rng: random.Random, scale: float) -> list[Doc]:
    count = lambda base: max(1, round(base * scale))  # noqa: E731
    return ([case_record(rng, i) for i in range(count(14))] + [statement(rng, i) for i in range(count(5))] + [employers(rng, i) for i in range(count(3))] +
            [schedule(rng, i) for i in range(count(4))] + [staff_mail(rng, i) for i in range(count(8))])
