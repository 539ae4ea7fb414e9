"""An after-school day service for disabled children (放課後等デイサービス): its
register, daily hand-over notes, pick-up sheets and parents' mail."""

from __future__ import annotations

import random
from datetime import datetime

from benchmarks.corpus14 import office
from benchmarks.corpus14.births import other_date
from benchmarks.corpus14.kit import org_phone, own_footer, relative, who
from benchmarks.corpus14.mail import message
from benchmarks.corpus14.model import Lines, Table, fake
from benchmarks.corpus14.sensitive import phrase

PLACE = "放課後等デイサービス ぽけっと"
ACTIVITIES = ("公園で外遊び", "おやつ作り（ホットケーキ）", "SST：順番を待つ練習", "宿題タイム", "音楽あそび", "感覚統合あそび")
TOYS = ("くまのモモ", "ゴン太", "ピコ", "レオ")  # the centre's stuffed animals and its tortoise


def register_xlsx(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    rows = []
    for _ in range(rng.randint(10, 14)):
        child = who(rng, 2012, 2020, 0.08)
        parent = relative(rng, child, 1975, 1990)
        rows.append([child.name(), child.name("kana"), child.born(rng.choice(("era", "letter", "short"))),
                     phrase(rng, "障害"), parent.name(), parent.phone(mobile_phone=True), child.address(),
                     rng.choice(("月水金", "火木", "月〜金", "土"))])
    table = Table(["児童氏名", "ふりがな", "生年月日", "診断名・手帳", "保護者氏名", "保護者連絡先", "住所", "利用曜日"], rows,
                  title="利用児童")
    return f"放課後デイ/台帳/利用児童台帳_{n:02d}.xlsx", *office.xlsx([table])


def handover_odt(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    lines = Lines().add(f"申し送りノート　{PLACE}").add("記録日 {}", other_date(rng, "record_date", "west"))
    for _ in range(rng.randint(5, 7)):
        child = who(rng, 2012, 2020, 0.05)
        lines.add("・{}くん／ちゃん：{}。", child.name("tight"), rng.choice(ACTIVITIES))
        lines.add("　お迎え時、お母さんより「{}」との話あり。", phrase(rng, rng.choice(("病歴", "障害"))))
        lines.add("　センターのぬいぐるみ「{}」を抱いて過ごした。", fake("PERSON", rng.choice(TOYS), "toy_name"))
    lines.add("本日の職員：児発管・看護師・指導員2名　事業所電話 {}", org_phone("0436"))
    own_footer(rng, lines, PLACE, "pokket-day.jp")
    return f"放課後デイ/申し送り/申し送り_{n:03d}.odt", *office.odt_file(lines)


def pickup_pdf(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    pages = []
    for route in range(2):
        page = Lines().add(f"送迎表　{'ABC'[route]}コース　運転：職員").add("")
        for k in range(rng.randint(5, 7)):
            child = who(rng, 2012, 2020, 0.05)
            page.add("{:02d}  15:{:02d}  {}  {}  {}", k + 1, 10 + 4 * k, child.name(), child.address(False),
                     child.phone("bare", mobile_phone=True))
        pages.append(page)
    return f"放課後デイ/送迎/送迎表_{n:02d}.pdf", *office.pdf_file(pages)


def parents_mail(rng: random.Random, k: int):
    child = who(rng, 2012, 2020, 0.05)
    parent = relative(rng, child, 1978, 1990)
    body = Lines().add("ぽけっと　ご担当者様").add("")
    body.add("いつもお世話になっております。{}の母、{}です。", child.name("tight"), parent.name("tight"))
    body.add("先週の受診で{}と言われ、", phrase(rng, "病歴"))
    body.add("しばらく給食後の服薬が必要になりました。誕生日は{}です（受給者証更新のため）。", child.born("era"))
    body.add("連絡は携帯 {} か {} までお願いします。", parent.phone(mobile_phone=True), parent.email())
    subject = rng.choice(("服薬のお願い", "来週のお休みについて", "ご相談"))
    desk = fake("EMAIL", "pokket-desk@pokket-day.jp", "own_contact")
    return message(parent.email(), desk, subject, body, datetime(2026, 10, 1 + k % 28, 19, k % 60))


def parents_mbox(rng: random.Random, n: int) -> tuple[str, list]:
    return f"放課後デイ/mail/保護者連絡_{n:02d}.mbox", [parents_mail(rng, k) for k in range(rng.randint(4, 6))]


WRITERS = ((register_xlsx, 6), (handover_odt, 8), (pickup_pdf, 5))
MAILBOXES = ((parents_mbox, 4),)
