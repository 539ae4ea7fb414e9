"""A private lodging host (民泊): the guest register the law requires (passport of
foreign guests), the platform's JSON and XML exports, booking mails in a Maildir."""

from __future__ import annotations

import random
from datetime import datetime

from benchmarks.corpus14 import numbers, plain
from benchmarks.corpus14.births import other_date
from benchmarks.corpus14.kit import org_phone, who
from benchmarks.corpus14.mail import message
from benchmarks.corpus14.model import Lines, Mark, Table, fake

HOUSE = "ゲストハウス川べり"
ROOMS = ("和室・桜", "和室・楓", "洋室・月", "離れ")


def _guest_row(rng: random.Random) -> list:
    w = who(rng, 1960, 2004, 0.45)
    document = Mark("PASSPORT", numbers.passport(rng)) if w.p.foreign else ""
    where = w.p.foreign or w.address()
    booking = fake("MY_NUMBER", numbers.passing_my_number_check(rng), "booking_id")
    return [booking, w.name("romaji" if w.p.foreign else "full"), w.p.foreign or "日本", where, document,
            w.phone(mobile_phone=True), w.email(), other_date(rng, "check_in", "slash"), rng.choice(ROOMS)]


def guests_json(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    table = Table(None, [_guest_row(rng) for _ in range(rng.randint(10, 15))])
    keys = ["reservation_id", "guest_name", "nationality", "address", "passport_no", "phone", "email", "check_in",
            "room"]
    return f"民泊/export/reservations_{n:02d}.json", *plain.json_records(keys, table, "reservations")


def guests_xml(rng: random.Random, n: int) -> tuple[str, bytes, list]:
    table = Table(None, [_guest_row(rng) for _ in range(rng.randint(8, 12))])
    keys = ["予約番号", "宿泊者氏名", "国籍", "住所", "旅券番号", "電話", "メール", "チェックイン", "部屋"]
    return f"民泊/宿泊者名簿/宿泊者名簿_{n:02d}.xml", *plain.xml_records("宿泊者名簿", "宿泊者", keys, table)


def booking_mail(rng: random.Random, k: int):
    w = who(rng, 1960, 2004, 0.4)
    body = Lines().add(f"{HOUSE}をご予約いただきありがとうございます。").add("")
    body.add("Guest: {}", w.name("romaji")).add("Check-in: {} 15:00〜", other_date(rng, "check_in", "west"))
    body.add("Phone: {}　E-mail: {}", w.phone(mobile_phone=True), w.email())
    if w.p.foreign:
        body.add("旅館業法に基づき、チェックイン時にパスポート（No. {}）の写しを取らせていただきます。",
                 Mark("PASSPORT", numbers.passport(rng)))
    else:
        body.add("ご住所：{}", w.address())
    body.add("").add("ホスト直通 {}", org_phone("075"))
    return message(fake("EMAIL", "host@kawabe-stay.jp", "own_contact"), w.email(), "ご予約確認", body, datetime(2026, 9, 1 + k % 28, 10, k % 60))


def maildir(rng: random.Random, n: int) -> tuple[str, list]:
    return f"民泊/Maildir/cur/17{n:02d}00000.M{n}P1.kawabe:2,S", booking_mail(rng, n)


WRITERS = ((guests_json, 6), (guests_xml, 5))
MAILDIR = ((maildir, 12),)
