"""Development corpus of issue 12's leftovers20 work: reader defects any writer triggers. The
rules were corrected on it; benchmarks/corpus_leftovers20_check.py (other wordings, other names,
no list in common) checks them. Documents: a cover letter and a report with romaji names after
English leads (Attn:, Prepared by, Dear Ms …, c/o, teacher …), a work log whose 記入 / 確認者 cells
hold a surname of one character, a circular's route of readers parted by arrows, a roster workbook
whose header of unknown words stands under a title row, a fleet list under DLNo / Lic# and a JSON
export naming the document in a sibling key. Clean files: an English notice with places after its
labels, a route of cities. Truth: `("*", type)` marks the scored types.
"""

from __future__ import annotations

import json
import random

from benchmarks.corpus import Doc
from samples import writers as w

SCORED = ("PERSON", "DRIVERS_LICENSE", "DATE_OF_BIRTH")
_SCORED = {("*", e) for e in SCORED}
ROMAJI = [("Haruka", "Okamoto"), ("Daisuke", "Morita"), ("Yumi", "Takeda"), ("Kenta", "Ishikawa"), ("Sayaka", "Noguchi")]
ONE_KANJI = ["塙", "林", "堀", "岸", "関", "辻", "菅", "沖"]
SURNAMES = ["片桐", "大野", "石川", "宮下", "久保田", "村井", "今井"]
MEMBERS = ["新田 光一", "小坂 由美", "柳 修平", "北村 彩", "大西 健吾"]
LEADS = ["Attn: {n}", "Prepared by {n}", "c/o {n}", "Staff profile: {n}"]


def licence(rng: random.Random) -> str:
    """Twelve digits passing the licence's check digit (a commission code of the list first)."""
    first = rng.choice(["30", "45", "62", "21"]) + "".join(rng.choice("0123456789") for _ in range(8))
    total = sum(int(d) * k for d, k in zip(first, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return first + str((11 - total % 11) % 10) + "0"


class DevLeftovers20:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 23 + 20)

    def letter_txt(self, i: int) -> Doc:
        given, surname = self.rng.choice(ROMAJI)
        lead = self.rng.choice(LEADS).format(n=f"{given} {surname}")
        text = f"送付状\n{lead}\n下記の書類をお送りします。\n"
        return Doc(f"lo20_letter{i:03d}.txt", text.encode(), {("PERSON", given + surname)} | _SCORED)

    def greeting_txt(self, i: int) -> Doc:
        given, surname = self.rng.choice(ROMAJI)
        text = f"英文レター控え\nDear Ms {surname},\nThank you for visiting our office.\n"
        return Doc(f"lo20_greeting{i:03d}.txt", text.encode(), {("PERSON", surname)} | _SCORED)

    def log_txt(self, i: int) -> Doc:
        a, b = self.rng.sample(ONE_KANJI, 2)
        text = f"作業日誌 {i + 1}日\n記入：{a}\n確認者：{b}　17:00 異常なし\n"
        return Doc(f"lo20_log{i:03d}.txt", text.encode(), {("PERSON", a), ("PERSON", b)} | _SCORED)

    def circular_txt(self, i: int) -> Doc:
        names = self.rng.sample(SURNAMES, 3)
        text = f"お知らせ\n回覧 {'→'.join(names)}\n今月の清掃当番について\n"
        return Doc(f"lo20_circular{i:03d}.txt", text.encode(), {("PERSON", n) for n in names} | _SCORED)

    def roster_xlsx(self, i: int) -> Doc:
        rows, truth = [["北地区 会員一覧"], ["会員", "地区", "生年"]], set()
        for name in self.rng.sample(MEMBERS, 3):
            born = f"19{self.rng.randint(50, 99)}/0{self.rng.randint(1, 9)}/1{self.rng.randint(0, 9)}"
            rows.append([name, self.rng.choice(["北町", "東町"]), born])
            y, m, d = born.split("/")
            truth |= {("PERSON", name.replace(" ", "")), ("DATE_OF_BIRTH", f"{y}-{m}-{d}")}
        return Doc(f"lo20_roster{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), truth | _SCORED)

    def fleet_csv(self, i: int) -> Doc:
        numbers = [licence(self.rng) for _ in range(2)]
        lines = ["社員番号,DLNo,車両"] + [f"E{100 + n},{number},軽バン" for n, number in enumerate(numbers)]
        return Doc(f"lo20_fleet{i:03d}.csv", "\n".join(lines).encode(), {("DRIVERS_LICENSE", n) for n in numbers} | _SCORED)

    def export_json(self, i: int) -> Doc:
        number = licence(self.rng)
        data = [{"type": "driver_license", "number": number}]
        return Doc(f"lo20_ids{i:03d}.json", json.dumps(data).encode(), {("DRIVERS_LICENSE", number)} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.letter_txt, self.greeting_txt, self.log_txt, self.circular_txt, self.roster_xlsx, self.fleet_csv,
                 self.export_json]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def notice_txt(self, i: int) -> Doc:
        return Doc(f"lo20_clean_notice{i:03d}.txt", "研修案内\nLocation: Osaka Namba\nTo: Tokyo Station\n".encode())

    def route_txt(self, i: int) -> Doc:
        return Doc(f"lo20_clean_route{i:03d}.txt", "出張行程\n千葉→福島→熊本\n".encode())

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.notice_txt, self.route_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
