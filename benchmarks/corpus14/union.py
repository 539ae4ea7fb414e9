"""A builders' union with its labour-insurance office (建設組合・労働保険事務組合):
members' register with every number, family tables, accident reports, mail
to the branch with a CSV attached."""

from __future__ import annotations

import random
from datetime import datetime

from benchmarks.corpus14 import numbers, office, plain
from benchmarks.corpus14.births import other_date
from benchmarks.corpus14.kit import org_phone, own_footer, relative, who
from benchmarks.corpus14.mail import message
from benchmarks.corpus14.model import Lines, Mark, Table, fake
from benchmarks.corpus14.sensitive import notice, phrase

UNION = "北摂建設ユニオン"
TRADES = ("大工", "左官", "内装", "電工", "配管", "塗装", "鳶", "設備")
ROLES = ("分会長", "執行委員", "書記長", "青年部長", "副支部長", "会計監査")


def members_xlsx(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    rows = [["", "", "", "", "個人番号", "基礎年金番号", "雇用保険被保険者番号", "国保組合 記号-番号", ""]]
    for _ in range(rng.randint(12, 16)):
        w = who(rng, 1955, 2000, 0.08)
        role = Mark("SENSITIVE", f"{UNION} {rng.choice(ROLES)}", category="労働組合") if rng.random() < 0.4 else "組合員"
        rows.append([w.name(), w.born(rng.choice(("era", "letter"))), rng.choice(TRADES), w.address(),
                     Mark("MY_NUMBER", numbers.my_number(rng)), Mark("BASIC_PENSION_NUMBER", numbers.pension(rng)),
                     Mark("EMPLOYMENT_INSURANCE_NUMBER", numbers.employment_insurance(rng)),
                     Mark("HEALTH_INSURANCE_NUMBER", f"{rng.randint(10, 99)}-{rng.randint(1000, 99999)}"), role])
    table = Table(["氏名", "生年月日", "職種", "住所", "社会保険・労働保険", "", "", "", "組合役職"], rows,
                  title="組合員")  # a merged header over four columns, named again in the row below
    office_row = [["事業所番号", fake("EMPLOYMENT_INSURANCE_NUMBER", numbers.employment_insurance(rng), "office_number")],
                  ["保険者番号", fake("HEALTH_INSURANCE_NUMBER", numbers.insurer(rng), "insurer_number")],
                  ["法人番号", fake("MY_NUMBER", numbers.corporate(rng), "corporate_number")]]
    return f"建設組合/台帳/組合員台帳_{n:02d}.xlsx", *office.xlsx([table, Table(["項目", "番号"], office_row, title="事務組合")])


def family_docx(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    w = who(rng, 1960, 1995, 0.05)
    lines = Lines().add("被扶養者（異動）届　添付明細").add("組合員 {}　生年月日 {}", w.name(), w.born("era"))
    lines.add("住所 {}", w.address()).add("提出日 {}", other_date(rng, "submitted", "era"))
    relations = (("配偶者", 1960, 1998), ("長女", 2005, 2020), ("長男", 2005, 2020), ("母", 1935, 1950))
    rows = []
    for relation, low, high in relations[: rng.randint(2, 4)]:
        member = relative(rng, w, low, high)
        rows.append([relation, member.name(), member.born(rng.choice(("era", "short", "slash")))])
    lines.add("事務組合 {}", org_phone("06"))
    return f"建設組合/扶養/扶養明細_{n:03d}.docx", *office.docx_file(lines, [Table(["続柄", "氏名", "生年月日"], rows)])


def accident_txt(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    w = who(rng, 1960, 2002, 0.1)
    lines = Lines().add("労災事故報告（一人親方特別加入）").add("報告日：{}", other_date(rng, "report_date"))
    lines.add("被災者：{}（{}）　{}歳", w.name(), rng.choice(TRADES), 2026 - w.p.birth.year)
    lines.add("現場で脚立から転落。{}、休業見込み。", Mark("SENSITIVE", "右手関節骨折で全治6週間", category="病歴"))
    lines.add("既往：{}", phrase(rng, "病歴")).add("連絡先：{}（自宅）", w.phone("bare"))
    lines.add("{}", notice(rng)).add("支部 {}", org_phone("06"))
    own_footer(rng, lines, UNION, "hokusetsu-u.jp")
    return f"建設組合/労災/事故報告_{n:03d}.txt", *plain.txt(lines, "cp932", "\r\n")


def branch_mail(rng: random.Random, n: int) -> tuple[str, list]:
    rows = []
    for _ in range(rng.randint(8, 14)):
        w = who(rng, 1970, 2005, 0.1)
        rows.append([w.name("tight"), w.born("slash"),
                     Mark("EMPLOYMENT_INSURANCE_NUMBER", numbers.employment_insurance(rng)), Mark("BASIC_PENSION_NUMBER", numbers.pension(rng)), other_date(rng, "joined", "slash")])
    attachment = plain.csv(Table(["氏名", "生年月日", "雇用保険番号", "年金番号", "資格取得日"], rows))
    sender = who(rng, 1970, 1990, 0)
    body = Lines().add("事務組合 ご担当者様").add("").add("今月の資格取得者の一覧を添付します。")
    body.add("{}（分会書記）", sender.name("tight")).add("携帯 {}", sender.phone(mobile_phone=True))
    sent = datetime(2026, 10, n % 28 + 1, 8)
    office_desk = fake("EMAIL", "jimukumiai@hokusetsu-u.jp", "own_contact")
    built = message(sender.email(), office_desk, "資格取得者一覧", body, sent, [("資格取得.csv", *attachment)])
    return f"建設組合/mail/資格取得_{n:02d}.eml", built


WRITERS = ((members_xlsx, 6), (family_docx, 10), (accident_txt, 8))
EMAILS = ((branch_mail, 8),)
