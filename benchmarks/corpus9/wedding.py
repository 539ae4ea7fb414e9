"""A wedding hall's planner: each couple's folder sent as a zip (the guest list
for the invitations and the seating chart with the kitchen's notes)."""

from __future__ import annotations

from benchmarks.corpus9 import numbers as ids
from benchmarks.corpus9 import render
from benchmarks.corpus9.base import Writer
from benchmarks.corpus9.model import care, no
from benchmarks.corpus9.people import date_text

GUEST_SIDES = ["新郎友人", "新婦友人", "新郎親族", "新婦親族", "新郎上司", "新婦同僚"]
KITCHEN_NOTES = ["ハラール対応（ムスリム）", "ユダヤ教の戒律によりコーシャ対応", "甲殻類アレルギー（アナフィラキシー既往）",
                 "妊娠中のため生もの不可", "セリアック病のためグルテン除去"]
KITCHEN_CARE = {"ハラール対応（ムスリム）": "宗教", "ユダヤ教の戒律によりコーシャ対応": "宗教",
                "甲殻類アレルギー（アナフィラキシー既往）": "病歴", "セリアック病のためグルテン除去": "病歴"}


def wedding_hall(w: Writer, files: int):
    docs = []
    for n in range(files):
        guests = [["区分", "ご芳名", "郵便番号", "ご住所", "電話", "返信日"]]
        seats = [["卓", "ご芳名", "料理"]]
        for k in range(w.rng.randint(8, 13)):
            p = w.people.person(1950, 2000)
            guests.append([w.pick(GUEST_SIDES), p.name("wide"), p.postal_code(w.pick(["hyphen", "plain"])),
                           p.address(w.pick(["full", "hyphen", "kanji", "fullwidth"])), p.tel(w.chance(0.5)),
                           no("DATE_OF_BIRTH", date_text(w.people.day(2026, 2026), "slash"), "reply_date")])
            note = w.pick(KITCHEN_NOTES) if w.chance(0.25) else "通常"
            seats.append([f"{'松竹梅桜藤菊'[k % 6]}卓", p.name("tight"),
                          care(KITCHEN_CARE[note], note) if note in KITCHEN_CARE else note])
        day = w.people.day(2026, 2027)
        members = [("招待客リスト.xlsx", *render.xlsx("招待客リスト.xlsx", [("招待状発送", guests)])),
                   ("席次/席次表.csv", *render.csv("席次/席次表.csv", seats)),
                   ("挙式概要.txt", *render.txt("挙式概要.txt", [
                       ["挙式日 ", no("DATE_OF_BIRTH", f"{day.year}年{day.month}月{day.day}日", "wedding_date")],
                       "会場 チャペル・ド・ミナト", "披露宴 ローズルーム",
                       ["株式会社ミナト・ブライダル　法人番号 ", ids.corporate(w.rng)]]))]
        docs.append(w.doc(f"ウエディング/婚礼_{n:02d}.zip", render.zip_("x", members)))
    return docs
