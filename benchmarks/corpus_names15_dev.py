"""Development corpus of issue 12's names15 work on PERSON: firms, shops, buildings and
facilities called after a family, written where a name goes, beside the people of their
records; one-character given names that also end a place (the rules are corrected on it).
No template, label, name or word list in common with corpus_names15_check.py
(tests/benchmarks/test_names15_corpora.py). A supplier list (取引先 | 担当者), a mail opening
with a firm and 様, a shopping street's workbook (屋号 | 店主), a dormitory's JSON (建物名 |
入居者), a children's club roster whose last row is the club itself, a rent list whose
tenants' given names are 都, a form whose next label follows the name on its line.
Clean files: a supplier list with no person, a street's list of shops.

Truth: PERSON; a firm's, a shop's, a building's or a facility's name is `~PERSON`.
"""

from __future__ import annotations

import json
import random
import re

from benchmarks.corpus import Doc
from samples import writers as w

FIRMS = ["佐藤商事", "山田工業", "鈴木建設", "高橋電機", "田中工務店", "伊藤製作所", "渡辺運輸", "中村設計"]
SHOPS = ["山本屋", "小林堂", "加藤亭", "吉田屋", "山口庵", "松本堂"]
DORMS = ["井上寮", "木村荘", "林ハイツ", "清水寮", "斎藤荘"]
CLUBS = ["放課後児童クラブ ひまわり", "第二保育園 すみれ", "少年野球クラブ つばさ", "みどり児童館 あおぞら"]
MIYAKO = ["川越 都", "萩原 都", "豊島 都", "茂木 都", "岩佐 都"]
PEOPLE = ["森 和也", "石井 恵子", "前田 拓海", "藤田 由美", "岡田 正樹", "長谷川 綾", "村上 大輔", "近藤 舞"]
SCORED = {("*", "PERSON")}


def truth_of(people, things=()) -> set:
    return {("PERSON", _key(p)) for p in people} | {("~PERSON", _key(t)) for t in things} | SCORED


def _key(name: str) -> str:
    return re.sub(r"[\s・]+", "", name)


class DevNames15:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 71 + 15)

    def pick(self, items):
        return self.rng.choice(items)

    def supplier_csv(self, i: int) -> Doc:
        firms, people = self.rng.sample(FIRMS, 3), self.rng.sample(PEOPLE, 3)
        rows = ["取引先,担当者,電話"] + [f"{f},{p},03-55{n}1-20{n}8" for n, (f, p) in enumerate(zip(firms, people))]
        return Doc(f"n15d_supplier{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth_of(people, firms))

    def invoice_eml(self, i: int) -> Doc:
        firm, person = self.pick(FIRMS), self.pick(PEOPLE)
        body = f"{firm}様\n\nいつもお世話になっております。\n請求書を添付いたします。\n\n経理課 {person}"
        data = w.make_eml("請求書送付のご案内", "keiri@example.jp", "info@example.co.jp", body)
        return Doc(f"n15d_invoice{i:03d}.eml", data, truth_of([person], [firm]))

    def street_xlsx(self, i: int) -> Doc:
        shops, people = self.rng.sample(SHOPS, 3), self.rng.sample(PEOPLE, 3)
        rows = [["屋号", "店主", "業種"]] + [[s, p, self.pick(["和菓子", "そば", "呉服"])] for s, p in zip(shops, people)]
        return Doc(f"n15d_street{i:03d}.xlsx", w.xlsx_bytes({"加盟店": rows}), truth_of(people, shops))

    def dorm_json(self, i: int) -> Doc:
        dorms, people = self.rng.sample(DORMS, 2), self.rng.sample(PEOPLE, 2)
        rows = [{"建物名": d, "部屋": f"{n + 1}01", "入居者": p} for n, (d, p) in enumerate(zip(dorms, people))]
        return Doc(f"n15d_dorm{i:03d}.json", json.dumps(rows, ensure_ascii=False).encode("utf-8"), truth_of(people, dorms))

    def club_csv(self, i: int) -> Doc:
        club, people = self.pick(CLUBS), self.rng.sample(PEOPLE, 2)
        rows = ["職名,氏名,連絡先", f"主任支援員,{people[0]},090-1111-2222", f"支援員,{people[1]},080-3333-4444",
                f"クラブ代表,{club},0225-00-1234"]
        return Doc(f"n15d_club{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth_of(people, [club]))

    def rent_csv(self, i: int) -> Doc:
        tenants = self.rng.sample(MIYAKO, 2) + self.rng.sample(PEOPLE, 1)
        rows = ["部屋,契約者,引落額"] + [f"{n + 1}01,{_key(t)},4{n}000" for n, t in enumerate(tenants)]
        return Doc(f"n15d_rent{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth_of(tenants))

    def form_txt(self, i: int) -> Doc:
        person = self.pick(PEOPLE)
        lines = ["申込書", f"氏名 {person} フリガナ （記入不要）", "希望日 5月10日"]
        return Doc(f"n15d_form{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of([person]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.supplier_csv, self.invoice_eml, self.street_xlsx, self.dorm_json, self.club_csv, self.rent_csv,
                 self.form_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def firms_csv(self, i: int) -> Doc:
        rows = ["取引先,業種"] + [f"{f},製造" for f in self.rng.sample(FIRMS, 3)]
        return Doc(f"n15d_clean_firms{i:03d}.csv", "\n".join(rows).encode("utf-8"))

    def shops_txt(self, i: int) -> Doc:
        text = "商店街のご案内\n" + "\n".join(f"{s}さんは定休日が水曜日です。" for s in self.rng.sample(SHOPS, 2)) + "\n"
        return Doc(f"n15d_clean_shops{i:03d}.txt", text.encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.firms_csv, self.shops_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
