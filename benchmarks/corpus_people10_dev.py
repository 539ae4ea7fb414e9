"""Development corpus of issue 12's dates10 work on PERSON false findings: the rules are
corrected on it. No template, label, name or word list in common with
corpus_people10_check.py (tests/benchmarks/test_people10_corpora.py). Each document
names people (PERSON) beside a thing the name readers took for one: a form whose title
is spaced out (入 会 申 込 書), a text roster whose header line follows its 氏名 label
(氏名 生年月日 入社日), a newsletter titled in hiragana (…かんだより), a delivery note
whose building name stands before its room number, a ledger whose 担当 column holds a
title (所長) or a name, a clinic's notice of its 看板犬 (name, breed and age), a tour's
participant list titled with the tour's katakana name, a rent list whose 契約者 column
holds the landlord's bank account line in its last row. Clean files: a spaced-out notice
title, a hiragana programme of events.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from benchmarks.corpus import Doc
from samples import writers as w

NAMES = ["小松 直人", "原田 佳奈", "今村 翔太", "桑原 瞳", "荒木 俊介", "永井 彩香", "宮本 光", "秋山 葵"]
TITLES = ["入 会 申 込 書", "退 会 届", "変 更 届 出 書", "参 加 申 込 書"]
NEWSLETTERS = ["としょかんだより", "じどうかんだより", "こうみんかんだより", "ようちえんだより"]
BUILDINGS = ["メゾン・ド・フルール", "ヴィラ・アルモニー", "シャトー・ルミエール", "グランメール青葉"]
ROLES = ["所長", "課長", "係長"]
PETS = ["太郎丸", "ゴン太", "銀太", "源五郎"]
TOURS = ["カナダ・バンフツアー", "台湾・台北ツアー", "タイ・プーケットツアー"]
SCORED = {("*", "PERSON")}


def people(names: list[str]) -> set:
    return {("PERSON", name.replace(" ", "")) for name in names} | SCORED


def pdf_of(lines: list[str]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        w.write_pdf(path, [lines])
        return path.read_bytes()


class DevPeople10:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 43 + 10)

    def choose(self, items):
        return self.rng.choice(items)

    def spaced_title_pdf(self, i: int) -> Doc:
        name = self.choose(NAMES)
        lines = [self.choose(TITLES), f"氏名 {name}", "連絡先 090-1234-5678", "上記のとおり申し込みます。"]
        return Doc(f"p10d_title{i:03d}.pdf", pdf_of(lines), people([name]))

    def roster_txt(self, i: int) -> Doc:
        names = self.rng.sample(NAMES, 3)
        lines = ["氏名 生年月日 入社日 所属"] + [f"{n} 1985/0{k + 1}/1{k} 2010/04/01 総務課" for k, n in enumerate(names)]
        return Doc(f"p10d_roster{i:03d}.txt", "\n".join(lines).encode("utf-8"), people(names))

    def newsletter_html(self, i: int) -> Doc:
        name, title = self.choose(NAMES), self.choose(NEWSLETTERS)
        body = f"<h1>{title}</h1><p>{title} 第{i + 1}号</p><p>担当：{name}</p>"
        return Doc(f"p10d_letter{i:03d}.html", f"<html><body>{body}</body></html>".encode("utf-8"), people([name]))

    def delivery_txt(self, i: int) -> Doc:
        name, building = self.choose(NAMES), self.choose(BUILDINGS)
        lines = ["お届け先", f"東京都杉並区阿佐谷北2-{self.rng.randint(1, 30)}-5 {building} {self.rng.randint(101, 909)}号室",
                 f"{name} 様"]
        return Doc(f"p10d_delivery{i:03d}.txt", "\n".join(lines).encode("utf-8"), people([name]))

    def ledger_csv(self, i: int) -> Doc:
        names = self.rng.sample(NAMES, 2)
        rows = ["受付日,手続,担当"] + [f"2026/0{k + 1}/1{k},{self.choose(['資格取得', '住所変更'])},"
                                       f"{names[k % 2] if k % 3 == 0 else self.choose(ROLES)}" for k in range(5)]
        used = {names[k % 2] for k in range(5) if k % 3 == 0}
        return Doc(f"p10d_ledger{i:03d}.csv", "\n".join(rows).encode("utf-8"), people(sorted(used)))

    def clinic_notice_txt(self, i: int) -> Doc:
        vet = self.choose(NAMES)
        lines = ["ワクチン接種のお知らせ", f"今月の看板犬：{self.choose(PETS)}（{self.choose(['柴犬', '秋田犬'])}・{self.rng.randint(2, 9)}歳）",
                 f"院長 {vet}"]
        return Doc(f"p10d_clinic{i:03d}.txt", "\n".join(lines).encode("utf-8"), people([vet]))

    def tour_xlsx(self, i: int) -> Doc:
        names = self.rng.sample(NAMES, 3)
        rows = [[self.choose(TOURS)], ["氏名", "部屋"]] + [[n, f"{k + 1}0{k + 1}"] for k, n in enumerate(names)]
        return Doc(f"p10d_tour{i:03d}.xlsx", w.xlsx_bytes({"参加者": rows}), people(names))

    def rent_xlsx(self, i: int) -> Doc:
        names = self.rng.sample(NAMES, 2)
        rows = [["部屋", "契約者", "引落口座"]] + [[f"{k + 1}01", n, f"東北銀行 本店 普通 {1234567 + k}"] for k, n in enumerate(names)]
        rows.append(["振込先（当社）", f"{self.choose(['あけぼの信用金庫', 'みなと銀行'])} 本店 当座", "7654321"])
        return Doc(f"p10d_rent{i:03d}.xlsx", w.xlsx_bytes({"滞納": rows}), people(names))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.spaced_title_pdf, self.roster_txt, self.newsletter_html, self.delivery_txt, self.ledger_csv,
                 self.clinic_notice_txt, self.tour_xlsx, self.rent_xlsx]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def notice_txt(self, i: int) -> Doc:
        return Doc(f"p10d_clean_notice{i:03d}.txt", f"{self.choose(TITLES)}\n記入例をご覧ください。".encode("utf-8"))

    def programme_txt(self, i: int) -> Doc:
        return Doc(f"p10d_clean_programme{i:03d}.txt", f"{self.choose(NEWSLETTERS)}\nおはなしかい 毎週土曜".encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.notice_txt, self.programme_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
