"""Check corpus for issue 12's slips17 work (another writer than corpus_slips17_dev.py: no
template, word list or kind of document in common): a bus tour operator's, a hot spring
inn's and a walking rally's headerless lists, beside a 年末調整 office's.

Look-alikes, each passing the My Number check: a tour's passenger TSV (the tour's day in
令和, the service 第N便, the name, the age with 才 or bare before 男性/女性, the mobile), an
inn's 宿帳 in CP932 (the key last, 満N歳), a rally's entrants in pipes (the sex as M/F,
the age after it), an island shuttle's list naming its ferry. My Numbers: a headerless
年末調整 TSV (births in 昭和/平成, the age that fits), a 資格取得 export (an era's birth
and the sex), a 扶養 list of infants born in 令和 with their ages.
"""

from __future__ import annotations

import random

from stdnum.jp import in_

from benchmarks.corpus import Doc

_TYPE = "MY_NUMBER"
# (surname given, era birth, age in 令和7, the sex in words)
TRAVELLERS = [("樋口 颯太", "S52.3.4", 48, "男性"), ("堀田 さくら", "H3.10.28", 34, "女性"),
              ("柴山 幸三", "S24.7.7", 76, "男性"), ("若林 遥香", "H11.1.19", 26, "女性"),
              ("古賀 昭彦", "S38.12.1", 61, "男性")]
INFANTS = [("樋口 紬", "R3.5.1", 4), ("堀田 蓮", "R5.9.30", 2), ("柴山 葵", "R4.2.14", 3), ("若林 陽", "R6.7.22", 1),
           ("古賀 咲", "R2.11.5", 5)]
TOWNS = ["大分県由布市湯布院町川上3010番地", "群馬県吾妻郡草津町大字草津464番地", "兵庫県豊岡市城崎町湯島88番地",
         "岐阜県下呂市湯之島543番地", "北海道登別市登別温泉町60番地"]
SERVICES = ["第1便", "第2便", "第3便", "12便"]
FERRIES = ["フェリーしらはま", "高速船あおぞら", "ニューフェリーみなと"]


class CheckSlips17:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 6151 + 1717)

    def valid12(self) -> str:
        head = str(self.rng.randrange(10**10, 10**11))
        return head + in_.calc_check_digit(head)

    def mobile(self) -> str:
        return f"0{self.rng.choice('789')}0{self.rng.randrange(10**7, 10**8)}"

    def reiwa(self) -> str:
        return f"R7.{self.rng.randrange(1, 13)}.{self.rng.randrange(1, 29)}"

    def _doc(self, name: str, lines: list[str], numbers: list[str], truth: str, encoding: str = "utf-8") -> Doc:
        return Doc(name, ("\n".join(lines) + "\n").encode(encoding), {(truth, k) for k in numbers} | {("*", _TYPE)})

    def tour_tsv(self, i: int) -> Doc:
        numbers = [self.valid12() for _ in TRAVELLERS]
        lines = []
        for k, (name, _, age, sex) in zip(numbers, TRAVELLERS):
            aged = f"{age}才\t{sex}" if self.rng.random() < 0.5 else f"{age}\t{sex}"
            lines.append(f"{self.reiwa()}\t{self.rng.choice(SERVICES)}\t{k}\t{name}\t{aged}\t{self.mobile()}")
        return self._doc(f"sc17_tour{i:03d}.tsv", lines, numbers, f"~{_TYPE}")

    def yado_csv(self, i: int) -> Doc:
        numbers = [self.valid12() for _ in TRAVELLERS]
        lines = [f"{name},満{age}歳,{town},{k}" for k, (name, _, age, _), town in zip(numbers, TRAVELLERS, TOWNS)]
        return self._doc(f"sc17_yado{i:03d}.csv", lines, numbers, f"~{_TYPE}", "cp932")

    def rally_txt(self, i: int) -> Doc:
        numbers = [self.valid12() for _ in TRAVELLERS]
        lines = [f"{k}|{name}|{'M' if sex == '男性' else 'F'}|{age}|{town}"
                 for k, (name, _, age, sex), town in zip(numbers, TRAVELLERS, TOWNS)]
        return self._doc(f"sc17_rally{i:03d}.txt", lines, numbers, f"~{_TYPE}")

    def shuttle_csv(self, i: int) -> Doc:
        numbers = [self.valid12() for _ in TRAVELLERS]
        lines = [f"{self.reiwa()},{self.rng.choice(FERRIES)},{name},{town},{k}"
                 for k, (name, _, _, _), town in zip(numbers, TRAVELLERS, TOWNS)]
        return self._doc(f"sc17_shuttle{i:03d}.csv", lines, numbers, f"~{_TYPE}")

    def nencho_tsv(self, i: int) -> Doc:
        numbers = [self.valid12() for _ in TRAVELLERS]
        lines = [f"{n + 1}\t{name}\t{born}\t{age}\t{k}\t{town}"
                 for n, (k, (name, born, age, _), town) in enumerate(zip(numbers, TRAVELLERS, TOWNS))]
        return self._doc(f"sc17_nencho{i:03d}.tsv", lines, numbers, _TYPE)

    def shutoku_csv(self, i: int) -> Doc:
        numbers = [self.valid12() for _ in TRAVELLERS]
        lines = [f"{k},{name},{sex},{born},{town}" for k, (name, born, _, sex), town in zip(numbers, TRAVELLERS, TOWNS)]
        return self._doc(f"sc17_shutoku{i:03d}.csv", lines, numbers, _TYPE, "cp932")

    def fuyo_csv(self, i: int) -> Doc:
        numbers = [self.valid12() for _ in INFANTS]
        lines = [f"{name},{born},{age}歳,{k},{town}" for k, (name, born, age), town in zip(numbers, INFANTS, TOWNS)]
        return self._doc(f"sc17_fuyo{i:03d}.csv", lines, numbers, _TYPE)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.tour_tsv, self.nencho_tsv, self.yado_csv, self.shutoku_csv, self.rally_txt, self.fuyo_csv,
                 self.shuttle_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        """An inn's room rates: no person."""
        return [Doc(f"sc17_clean_rates{i:03d}.csv",
                    "\n".join(f"{room},{self.rng.randrange(8, 30) * 1000}円" for room in ("和室", "洋室", "特別室")).encode())
                for i in range(count)]
