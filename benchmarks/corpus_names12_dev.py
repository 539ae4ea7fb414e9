"""Development corpus of issue 12's names12 work on PERSON: things named like people (the
rules are corrected on it). No template, label, name or word list in common with
corpus_names12_check.py (tests/benchmarks/test_names12_corpora.py). A kimono shop's
pattern list (柄 | 素材 | 価格 | 担当), a sake shop's workbook (銘柄 | 蔵元 | 容量 | 仕入担当), a
strawberry grower's JSON (品種 | 産地 | 出荷者), an inn's booking form (部屋名：…, 宿泊者：…),
a doll maker's TSV whose 愛称 column sits beside 品番 and 価格, a shop's mail that calls a
pattern by name in a sentence (「…」という柄) beside the customer. Clean files: a pattern list
with no person, a sake price list.

Truth: PERSON; a thing's name is `~PERSON`.
"""

from __future__ import annotations

import json
import random
import re

from benchmarks.corpus import Doc
from samples import writers as w

PATTERNS = ["撫子", "千鶴", "小町", "若菜", "桔梗"]
SAKES = ["久保田", "静香", "菊姫", "正宗"]
BERRIES = ["美咲", "春香", "綾乃"]
ROOMS = ["桜子", "雪乃", "楓"]
DOLLS = ["花子", "さくら", "義経"]
PEOPLE = ["高橋 健一", "村上 早苗", "中島 拓也", "小川 奈緒", "佐野 亮介", "石井 美和"]
MATERIALS = ["正絹", "綿", "麻"]
BREWERS = ["朝日酒造", "菊姫合資会社", "宮坂醸造"]
READINGS = ["ツキシマ ハルカ", "ヤマブキ ソウタ", "カザマツリミオ", "ヒムロ ケイタ", "アカバネリョウ", "ミナカミ サヤ"]
CAPITALS = ["AUNG KYAW MIN", "DELA CRUZ ANA", "RAI SUNIL", "PUTRI AYU LESTARI", "KIM MINJI", "NGUYEN THI HUONG"]
SCORED = {("*", "PERSON")}


def truth_of(people, things=()) -> set:
    return {("PERSON", _key(p)) for p in people} | {("~PERSON", _key(t)) for t in things} | SCORED


def _padded(value: str, width: int) -> str:
    """value padded to width bytes in Shift_JIS, as a host's fixed-width field is."""
    return value + " " * (width - len(value.encode("cp932")))


def _key(name: str) -> str:
    return re.sub(r"[\s・]+", "", name)


class DevNames12:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 61 + 12)

    def pick(self, items):
        return self.rng.choice(items)

    def patterns_csv(self, i: int) -> Doc:
        things, person = self.rng.sample(PATTERNS, 3), self.pick(PEOPLE)
        rows = ["柄,素材,価格,担当"] + [f"{t},{self.pick(MATERIALS)},{self.rng.randint(20, 90)}000,{person}" for t in things]
        return Doc(f"n12d_patterns{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth_of([person], things))

    def sake_xlsx(self, i: int) -> Doc:
        things, person = self.rng.sample(SAKES, 3), self.pick(PEOPLE)
        rows = [["銘柄", "蔵元", "容量", "仕入担当"]] + [[t, self.pick(BREWERS), "720ml", person] for t in things]
        return Doc(f"n12d_sake{i:03d}.xlsx", w.xlsx_bytes({"在庫": rows}), truth_of([person], things))

    def berries_json(self, i: int) -> Doc:
        things, people = self.rng.sample(BERRIES, 2), self.rng.sample(PEOPLE, 2)
        rows = [{"品種": t, "産地": "栃木", "出荷者": p} for t, p in zip(things, people)]
        return Doc(f"n12d_berries{i:03d}.json", json.dumps(rows, ensure_ascii=False).encode("utf-8"), truth_of(people, things))

    def booking_txt(self, i: int) -> Doc:
        room, guest = self.pick(ROOMS), self.pick(PEOPLE)
        lines = ["ご予約確認票", f"部屋名：{room}", f"宿泊者：{guest}", "人数：2名", "チェックイン：15:00"]
        return Doc(f"n12d_booking{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of([guest], [room]))

    def dolls_tsv(self, i: int) -> Doc:
        things = self.rng.sample(DOLLS, 2)
        rows = ["品番\t愛称\t価格"] + [f"D-{100 + k}\t{t}\t{self.rng.randint(3, 9)}800" for k, t in enumerate(things)]
        return Doc(f"n12d_dolls{i:03d}.tsv", "\n".join(rows).encode("utf-8"), truth_of([], things))

    def shop_eml(self, i: int) -> Doc:
        thing, customer = self.pick(PATTERNS), self.pick(PEOPLE)
        body = f"{customer}様\n\nいつもありがとうございます。\nご注文の「{thing}」という柄の反物が入荷しました。\n呉服 はなぶさ"
        data = w.make_eml("入荷のお知らせ", "shop@example.jp", "guest@example.jp", body)
        return Doc(f"n12d_shop{i:03d}.eml", data, truth_of([customer], [thing]))

    def members_txt(self, i: int) -> Doc:
        """A fixed-width member export without a header: the readings' column beside births."""
        people = self.rng.sample(READINGS, 6)
        rows = [f"{k:06d} {_padded(p, 20)}{1950 + 7 * k:04d}{(k % 12) + 1:02d}{10 + k:02d} {k % 2 + 1} {1000001 + 777 * k:07d} "
                f"{3000 * (k + 1):08d}" for k, p in enumerate(people)]
        return Doc(f"n12d_members{i:03d}.DAT", "\r\n".join(rows).encode("cp932"), truth_of(people))

    def transfer_txt(self, i: int) -> Doc:
        """A transfer file without a header: bank and branch codes, kind, account, payee in capitals."""
        people = self.rng.sample(CAPITALS, 6)
        rows = [f"2 {1 + 5 * k:04d} {100 + k:03d} 1 {2345671 + 13 * k:07d} {p:<24}{150000 + 1000 * k:010d}"
                for k, p in enumerate(people)]
        return Doc(f"n12d_transfer{i:03d}.txt", "\n".join(rows).encode("utf-8"), truth_of(people))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.patterns_csv, self.sake_xlsx, self.berries_json, self.booking_txt, self.dolls_tsv, self.shop_eml,
                 self.members_txt, self.transfer_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def plain_csv(self, i: int) -> Doc:
        rows = ["柄,素材,価格"] + [f"{t},{self.pick(MATERIALS)},48000" for t in self.rng.sample(PATTERNS, 2)]
        return Doc(f"n12d_clean_patterns{i:03d}.csv", "\n".join(rows).encode("utf-8"))

    def prices_txt(self, i: int) -> Doc:
        lines = [f"銘柄：{t}\n容量：1800ml\n価格：3,200円" for t in self.rng.sample(SAKES, 2)]
        return Doc(f"n12d_clean_prices{i:03d}.txt", "\n\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.plain_csv, self.prices_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
