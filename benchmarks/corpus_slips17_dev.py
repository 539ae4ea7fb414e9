"""Development corpus for issue 12's slips17 work: headerless lists of passengers, guests
and entrants keyed by twelve-digit numbers that pass the My Number check, beside
headerless filings whose numbers are My Numbers.

Look-alikes (`("~MY_NUMBER", key)`, every key passing the check): a boat operator's
boarding lists (the key, the day, the boat, the reading and the name, the age and the sex,
the phone, the address; CP932 or UTF-8, the key first or after the day), an inn's guest
register (the age with 歳), a fishing tournament's entrants (the age beside the sex, TSV),
a water taxi's run sheet (no age: the boat's name) and a list under a one-word header
naming a ticket or a voucher (乗船券, 整理券, 番号札). My Numbers: a withholding export
(birth and address), a crew's payroll naming each man's boat beside his birth, a 扶養
export of children born after 2020 with their ages, a staff master giving birth and age.
The rules are tuned on this corpus only; benchmarks/corpus_slips17_check.py (another
writer, no list in common) checks them.
"""

from __future__ import annotations

import random

from stdnum.jp import in_

from benchmarks.corpus import Doc

_SCORED = {("*", "MY_NUMBER")}
# name, reading, birth, sex, address
PASSENGERS = [("沖田 隼人", "オキタ ハヤト", "1979-03-08", "男", "鹿児島県指宿市十二町2丁目4番1号"),
              ("三浦 栞奈", "ミウラ カンナ", "1993-09-17", "女", "熊本県天草市中央新町5番6号"),
              ("大城 琉斗", "オオシロ リュウト", "1961-11-02", "男", "沖縄県那覇市泉崎1丁目2番2号"),
              ("坂口 真澄", "サカグチ マスミ", "1985-06-25", "女", "長崎県五島市栄町3番12号"),
              ("浦川 剛志", "ウラカワ ツヨシ", "1957-01-30", "男", "香川県小豆郡土庄町甲5165番地"),
              ("成瀬 菜摘", "ナルセ ナツミ", "2000-12-12", "女", "広島県尾道市土堂1丁目8番3号")]
BOATS = ["第七海晴丸", "しまなみ丸", "あけぼの丸", "第十八幸福丸", "潮騒丸"]
CHILDREN = [("沖田 陽葵", "2021-05-14"), ("三浦 湊", "2022-08-01"), ("大城 結月", "2020-10-20"),
            ("坂口 蒼", "2023-02-03"), ("浦川 凛", "2021-12-24"), ("成瀬 律", "2024-04-09")]
STUB_HEADERS = ["乗船券", "整理券", "引換券", "チケット", "番号札", "領収書"]
WRITTEN = 2025  # the year the lists are written in: ages are this year's


class DevSlips17:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 173 + 17)

    def pick(self, items):
        return self.rng.choice(items)

    def key(self) -> str:
        body = f"{self.rng.randint(0, 9)}{self.rng.randint(0, 10**10 - 1):010d}"
        return body + in_.calc_check_digit(body)

    def day(self) -> str:
        return self.pick(["2025/{:02d}/{:02d}", "2025-{}-{}", "2024/{:02d}/{:02d}"]).format(
            self.rng.randint(1, 12), self.rng.randint(1, 28))

    def phone(self) -> str:
        return self.pick(["090-{}-{}", "080({}){}", "070{}{}"]).format(self.rng.randint(1000, 9999), self.rng.randint(1000, 9999))

    @staticmethod
    def age(born: str) -> int:
        return WRITTEN - int(born[:4])

    def _doc(self, name: str, rows: list[str], keys: list[str], kind: str, encoding: str = "utf-8") -> Doc:
        return Doc(name, ("\r\n".join(rows) + "\r\n").encode(encoding), {(kind, k) for k in keys} | _SCORED)

    def boarding_csv(self, i: int) -> Doc:
        keys, key_first = [self.key() for _ in PASSENGERS], self.rng.random() < 0.5
        rows = []
        for key, (name, kana, born, sex, home) in zip(keys, PASSENGERS):
            head = f"{key},{self.day()}" if key_first else f"{self.day()},{key}"
            rows.append(f"{head},{self.pick(BOATS)},{kana},{name.replace(' ', '')},{self.age(born)},{sex},{self.phone()},{home}")
        return self._doc(f"s17_boarding{i:03d}.csv", rows, keys, "~MY_NUMBER", self.pick(["cp932", "utf-8"]))

    def guests_csv(self, i: int) -> Doc:
        keys = [self.key() for _ in PASSENGERS]
        rows = [f"{key},{self.day()},{name},{self.age(born)}歳,{home},{self.phone()}"
                for key, (name, _, born, _, home) in zip(keys, PASSENGERS)]
        return self._doc(f"s17_guests{i:03d}.csv", rows, keys, "~MY_NUMBER")

    def entrants_tsv(self, i: int) -> Doc:
        keys = [self.key() for _ in PASSENGERS]
        rows = [f"{key}\t{name}\t{sex}\t{self.age(born)}\t{home}" for key, (name, _, born, sex, home) in zip(keys, PASSENGERS)]
        return self._doc(f"s17_entrants{i:03d}.tsv", rows, keys, "~MY_NUMBER")

    def run_sheet_csv(self, i: int) -> Doc:
        keys = [self.key() for _ in PASSENGERS]
        rows = [f"{key},{self.day()},{self.pick(BOATS)},{name},{home}" for key, (name, _, _, _, home) in zip(keys, PASSENGERS)]
        return self._doc(f"s17_runsheet{i:03d}.csv", rows, keys, "~MY_NUMBER")

    def stubs_csv(self, i: int) -> Doc:
        """A header of one word naming a ticket or a voucher, over rows a filing's could be."""
        keys = [self.key() for _ in PASSENGERS]
        rows = [f"氏名,{self.pick(STUB_HEADERS)},生年月日,住所"] + [
            f"{name},{key},{born},{home}" for key, (name, _, born, _, home) in zip(keys, PASSENGERS)]
        return self._doc(f"s17_stubs{i:03d}.csv", rows, keys, "~MY_NUMBER")

    def withholding_csv(self, i: int) -> Doc:
        keys = [self.key() for _ in PASSENGERS]
        rows = [f"{n:04d},{name},{born},{key},{home}" for n, (key, (name, _, born, _, home)) in enumerate(zip(keys, PASSENGERS))]
        return self._doc(f"s17_withholding{i:03d}.csv", rows, keys, "MY_NUMBER", "cp932")

    def crew_payroll_csv(self, i: int) -> Doc:
        keys = [self.key() for _ in PASSENGERS]
        rows = [f"{n:04d},{self.pick(BOATS)},{name},{born},{key},{home}"
                for n, (key, (name, _, born, _, home)) in enumerate(zip(keys, PASSENGERS))]
        return self._doc(f"s17_crew{i:03d}.csv", rows, keys, "MY_NUMBER")

    def dependants_csv(self, i: int) -> Doc:
        keys = [self.key() for _ in CHILDREN]
        rows = [f"{key},{name},{born},{self.age(born)}歳,{home}"
                for key, (name, born), (_, _, _, _, home) in zip(keys, CHILDREN, PASSENGERS)]
        return self._doc(f"s17_dependants{i:03d}.csv", rows, keys, "MY_NUMBER")

    def staff_master_tsv(self, i: int) -> Doc:
        keys = [self.key() for _ in PASSENGERS]
        rows = [f"{key}\t{name}\t{born}\t{sex}\t{self.age(born)}\t{home}" for key, (name, _, born, sex, home) in zip(keys, PASSENGERS)]
        return self._doc(f"s17_staff{i:03d}.tsv", rows, keys, "MY_NUMBER")

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.boarding_csv, self.withholding_csv, self.guests_csv, self.crew_payroll_csv, self.entrants_tsv,
                 self.dependants_csv, self.run_sheet_csv, self.staff_master_tsv, self.stubs_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        """A boat's timetable: no person, no key."""
        return [Doc(f"s17_clean_timetable{i:03d}.csv",
                    "\n".join(f"{self.pick(BOATS)},{h:02d}:{m:02d},{self.rng.randint(20, 90)}分"
                              for h, m in ((7, 10), (9, 40), (13, 5), (16, 30))).encode()) for i in range(count)]
