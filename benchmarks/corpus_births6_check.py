"""Check corpus of issue 12's births6 work: written before any rule changed and never
tuned on; no template, label, name or word list in common with corpus_births6_dev.py
(tests/benchmarks/test_births6_corpora.py). Births as other hands write them: a
two-row application table in Word, a one-row form line in a spreadsheet, a clerk's
mail about a newcomer, a member app's one-line JSON, an address book's vCards, an
English volunteer sheet, a 家族欄 with short era dates; each beside dates that are no
births (受付日, 登録日, 更新日, 予約日, 入学日) labelled `~DATE_OF_BIRTH`. Clean files: a
school's event schedule, a company profile with its founding date, a booking list.
"""

from __future__ import annotations

import json
import random
from datetime import date

from benchmarks.corpus import Doc, _docx
from samples import writers as w

KANJI = ["桑原 智也", "江口 麻衣", "浜田 浩二", "福井 彩花", "松尾 翔", "野口 佳奈", "菅野 達彦", "平野 美穂", "関 拓海"]
ROMAJI = ["Kenji Morioka", "Anna Lindqvist", "Tran Van Nam", "Maria Santos", "Arjun Rao"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ONLY = {("*", "DATE_OF_BIRTH")}


def _era(d: date) -> tuple[str, str, int]:
    if d >= date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    return "昭和", "S", d.year - 1925


class CheckBirths6:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 31 + 6)

    def pick(self, items):
        return self.rng.choice(items)

    def day(self, first: int, last: int) -> date:
        return date(self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def shown(self, d: date) -> str:
        name, letter, y = _era(d)
        return self.pick([f"{name}{y}年{d.month}月{d.day}日", f"{letter}{y}.{d.month}.{d.day}", f"{d.year}年{d.month}月{d.day}日",
                          f"{d:%Y/%m/%d}", f"{name[0]}{y}・{d.month}・{d.day}", f"{letter}{y}/{d.month:02d}/{d.day:02d}"])

    @staticmethod
    def truth(births: list[date], others: list[date]) -> set:
        return ({("DATE_OF_BIRTH", b.isoformat()) for b in births}
                | {("~DATE_OF_BIRTH", o.isoformat()) for o in others if o not in births} | ONLY)

    # --- positives ---------------------------------------------------------------

    def application_docx(self, i: int) -> Doc:
        b, got = self.day(1950, 2004), self.day(2025, 2026)
        label = self.pick(["生年月日", "生年月日（和暦）", "誕生日"])
        table = [["氏名", self.pick(KANJI), label, self.shown(b)], ["受付日", f"{got:%Y/%m/%d}", "区分", "新規"]]
        if self.rng.random() < 0.5:
            table = table[:1]
        return Doc(f"b6c_app{i:03d}.docx", _docx(["利用申込書"], table), self.truth([b], [got]))

    def form_line_xlsx(self, i: int) -> Doc:
        b, reg = self.day(1945, 2005), self.day(2024, 2026)
        rows = [["会員登録票"], ["お名前", self.pick(KANJI), "生年月日", self.shown(b), "登録日", f"{reg:%Y/%m/%d}"]]
        return Doc(f"b6c_line{i:03d}.xlsx", w.xlsx_bytes({"登録": rows}), self.truth([b], [reg]))

    def newcomer_mail_txt(self, i: int) -> Doc:
        b, start = self.day(1990, 2003), self.day(2026, 2026)
        name, letter, y = _era(b)
        born = self.pick([f"{letter}{y}.{b.month}.{b.day}生まれ", f"{b.year}年{b.month}月{b.day}日生まれ", f"{name}{y}年{b.month}月{b.day}日生"])
        lines = ["件名：中途入社者のご案内", "", "各位", "",
                 f"{start.month}月{start.day}日付で入社する{self.pick(KANJI)}さん（{born}）を営業二課に配属します。",
                 f"入社日：{start:%Y/%m/%d}", "よろしくお願いします。"]
        return Doc(f"b6c_mail{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth([b], [start]))

    def app_json(self, i: int) -> Doc:
        people, births, others = [], [], []
        key = self.pick(["birthday", "dob", "date_of_birth"])
        for _ in range(self.rng.randint(2, 4)):
            b, upd = self.day(1950, 2008), self.day(2025, 2026)
            people.append({"id": self.rng.randint(1000, 9999), "display_name": self.pick(KANJI), key: b.isoformat(),
                           "updated": upd.isoformat()})
            births.append(b)
            others.append(upd)
        return Doc(f"b6c_app{i:03d}.json", json.dumps(people, ensure_ascii=False).encode("utf-8"), self.truth(births, others))

    def contacts_vcf(self, i: int) -> Doc:
        cards, births, others = [], [], []
        for _ in range(self.rng.randint(1, 3)):
            b, rev = self.day(1950, 2005), self.day(2024, 2026)
            cards.append("\r\n".join(["BEGIN:VCARD", "VERSION:3.0", f"FN:{self.pick(KANJI)}", f"BDAY:{b.isoformat()}",
                                      f"REV:{rev:%Y%m%d}T090000Z", "END:VCARD"]))
            births.append(b)
            others.append(rev)
        return Doc(f"b6c_book{i:03d}.vcf", "\r\n".join(cards).encode("utf-8"), self.truth(births, others))

    def volunteer_csv(self, i: int) -> Doc:
        rows, births, others = ["Volunteer,Date of birth,Joined"], [], []
        for _ in range(self.rng.randint(3, 5)):
            b, joined = self.day(1960, 2006), self.day(2022, 2026)
            shown = self.pick([f"{b.day}th {MONTHS[b.month - 1]} {b.year}" if b.day > 3 else f"{b.day} {MONTHS[b.month - 1]} {b.year}",
                               f"{MONTHS[b.month - 1]} {b.day}, {b.year}"])
            rows.append(f"{self.pick(ROMAJI)},\"{shown}\",{joined:%Y-%m-%d}")
            births.append(b)
            others.append(joined)
        return Doc(f"b6c_volunteer{i:03d}.csv", "\n".join(rows).encode("utf-8"), self.truth(births, others))

    def family_txt(self, i: int) -> Doc:
        lines, births, others = ["【家族欄】"], [], []
        for relation in self.rng.sample(["妻", "長男", "長女", "次男"], 2):
            b, school = self.day(1975, 2019), self.day(2020, 2026)
            _, letter, y = _era(b)
            lines.append(f"{relation}　{self.pick(KANJI).split()[1]}　生年月日 {letter}{y}.{b.month}.{b.day}　入学日 {school:%Y.%m.%d}")
            births.append(b)
            others.append(school)
        return Doc(f"b6c_family{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth(births, others))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.application_docx, self.form_line_xlsx, self.newcomer_mail_txt, self.app_json, self.contacts_vcf,
                 self.volunteer_csv, self.family_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    # --- clean files -------------------------------------------------------------

    def schedule_txt(self, i: int) -> Doc:
        days = sorted(self.day(2026, 2027) for _ in range(4))
        lines = ["年間行事予定"] + [f"{d.year}年{d.month}月{d.day}日　{self.pick(['始業式', '遠足', '運動会', '保護者会'])}" for d in days]
        return Doc(f"b6c_clean_schedule{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def profile_docx(self, i: int) -> Doc:
        founded = self.day(1950, 2000)
        table = [["会社名", "株式会社みなと精工", "設立", f"{founded.year}年{founded.month}月{founded.day}日"]]
        return Doc(f"b6c_clean_profile{i:03d}.docx", _docx(["会社概要"], table))

    def bookings_csv(self, i: int) -> Doc:
        rows = ["予約番号,予約日,来店日"] + [f"R{self.rng.randint(100, 999)},{self.day(2026, 2026):%Y/%m/%d},"
                                      f"{self.day(2026, 2026):%Y/%m/%d}" for _ in range(4)]
        return Doc(f"b6c_clean_bookings{i:03d}.csv", "\n".join(rows).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.schedule_txt, self.profile_docx, self.bookings_csv]
        return [kinds[n % len(kinds)](n) for n in range(count)]
