"""Check corpus of header-less HR masters (hostdates2), by another hand than
corpus_hostdates2_dev.py and written before it was scored: no name, place, template or
layout in common. Four CP932 masters: a 256-byte record (type `2`, 社員番号, 所属, the
kanji and kana name, sex, 入社 and 生年月日 as `yyyy.mm.dd` edge to edge with a 役職 code),
a personnel file in full-width 和暦 (入社 before the birth, one blank between), a payroll
run of digits (社員番号, birth, 入社, 退職 or zeros, 等級), and a file of part-timers with
`H 5- 4- 1`-like dates padded with blanks and the birth first. Every date after the
birth is labelled `("~DATE_OF_BIRTH", iso)`. Clean: a vehicle master (登録 and 満了
dates), a lease ledger of companies.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from benchmarks.corpus import Doc

CUTOFF = date(2026, 10, 31)
KANJI_NAMES = ["今井 俊介", "内田 理恵", "横山 功", "杉山 香織", "丸山 和夫", "増田 舞", "小島 悟", "関 亜希子",
               "上野 武", "永井 沙織", "原田 剛", "望月 彩"]
KANA_NAMES = ["ｲﾏｲ ｼｭﾝｽｹ", "ｳﾁﾀﾞ ﾘｴ", "ﾖｺﾔﾏ ｲｻｵ", "ｽｷﾞﾔﾏ ｶｵﾘ", "ﾏﾙﾔﾏ ｶｽﾞｵ", "ﾏｽﾀﾞ ﾏｲ", "ｺｼﾞﾏ ｻﾄﾙ",
              "ｾｷ ｱｷｺ", "ｳｴﾉ ﾀｹｼ", "ﾅｶﾞｲ ｻｵﾘ", "ﾊﾗﾀﾞ ﾂﾖｼ", "ﾓﾁﾂﾞｷ ｱﾔ"]
FULL = str.maketrans("0123456789", "０１２３４５６７８９")


ERA_TABLE = [(date(2019, 5, 1), "R令和"), (date(1989, 1, 8), "H平成"), (date(1926, 12, 25), "S昭和")]


def wareki(d: date) -> tuple[str, str, int]:
    """(letter, era name, year of the era)."""
    begun, tag = [row for row in ERA_TABLE if row[0] <= d][0]
    return tag[0], tag[1:], d.year - begun.year + 1


def cols(s: str, n: int) -> str:
    """s cut or padded with blanks to n bytes of CP932."""
    while len(s.encode("cp932")) > n:
        s = s[:-1]
    return s + " " * (n - len(s.encode("cp932")))


class CheckHostdates2:
    def __init__(self, seed: int) -> None:
        self.g = random.Random(seed ^ 0x5A17)

    def person(self) -> tuple[int, date, date]:
        idx = self.g.randrange(len(KANJI_NAMES))
        birth = date(1948, 3, 1) + timedelta(days=self.g.randrange(20_000))
        hire = birth + timedelta(days=self.g.randrange(18 * 365, 40 * 365))
        if self.g.random() < 0.25:
            hire = hire.replace(month=4, day=1)
        return idx, birth, min(hire, CUTOFF - timedelta(days=45))

    def labelled(self, people, extra=()) -> set:
        births = {b for _, b, _ in people}
        out = {("*", "DATE_OF_BIRTH")} | {("DATE_OF_BIRTH", b.isoformat()) for _, b, _ in people}
        later = {h for _, _, h in people} | set(extra)
        return out | {("~DATE_OF_BIRTH", d.isoformat()) for d in later if d not in births}

    def rec256(self, k: int) -> Doc:
        people = [self.person() for _ in range(self.g.randint(12, 45))]
        lines = []
        for n, (i, b, h) in enumerate(people):
            body = (f"2{n + 5000:08d}{self.g.randint(1, 80):04d}" + cols(KANJI_NAMES[i], 20) + cols(KANA_NAMES[i], 20)
                    + str(self.g.randint(1, 2)) + f"{h:%Y.%m.%d}{b:%Y.%m.%d}{self.g.randint(10, 99)}")
            lines.append(cols(body + "  " + "北海道旭川市宮下通" + str(self.g.randint(1, 30)), 256))
        return Doc(f"SHAIN{k:03d}.DAT", "\r\n".join(lines).encode("cp932"), self.labelled(people))

    def full_width(self, k: int) -> Doc:
        people = [self.person() for _ in range(self.g.randint(12, 45))]
        lines = []
        for n, (i, b, h) in enumerate(people):
            dates = [f"{wareki(d)[1]}{wareki(d)[2]:02d}年{d:%m}月{d:%d}日".translate(FULL) for d in (h, b)]
            lines.append(f"{n:05d} " + cols(KANJI_NAMES[i].replace(" ", "　"), 16) + " ".join(dates) + " 営業部　　")
        return Doc(f"JINJI{k:03d}.TXT", "\r\n".join(lines).encode("cp932"), self.labelled(people))

    def payroll_run(self, k: int) -> Doc:
        people = [self.person() for _ in range(self.g.randint(12, 45))]
        lines, quits = [], []
        for n, (i, b, h) in enumerate(people):
            left = "00000000"
            if self.g.random() < 0.2:
                q = min(h + timedelta(days=self.g.randrange(200, 5000)), CUTOFF)
                quits.append(q)
                left = f"{q:%Y%m%d}"
            lines.append(f"{n + 300000:06d}{b:%Y%m%d}{h:%Y%m%d}{left}{self.g.randint(1, 9):03d} " + cols(KANA_NAMES[i], 24))
        return Doc(f"KYUYO{k:03d}.DAT", "\r\n".join(lines).encode("cp932"), self.labelled(people, quits))

    def part_timers(self, k: int) -> Doc:
        people = [self.person() for _ in range(self.g.randint(12, 45))]
        lines = []
        for n, (i, b, h) in enumerate(people):
            texts = [f"{wareki(d)[0]}{wareki(d)[2]:2d}-{d.month:2d}-{d.day:2d}" for d in (b, h)]
            lines.append(f"P{n:04d}  " + cols(KANA_NAMES[i], 22) + texts[0] + "  " + texts[1] + f"  {self.g.randint(900, 1500):5d}")
        return Doc(f"PART{k:03d}.TXT", "\r\n".join(lines).encode("cp932"), self.labelled(people))

    def positives(self, count: int) -> list[Doc]:
        makers = [self.rec256, self.full_width, self.payroll_run, self.part_timers]
        return [makers[k % 4](k) for k in range(count)]

    def vehicles(self, k: int) -> Doc:
        lines = []
        for n in range(self.g.randint(15, 40)):
            reg = date(1972, 1, 1) + timedelta(days=self.g.randrange(17_000))
            end = min(reg + timedelta(days=self.g.randrange(16 * 365, 40 * 365)), CUTOFF)
            lines.append(f"V{n:05d} " + cols(self.g.choice(["ﾄﾗｯｸ", "ﾊﾞﾝ", "ﾌｫｰｸﾘﾌﾄ"]), 10) + f"{reg:%Y.%m.%d} {end:%Y.%m.%d}")
        return Doc(f"SHARYO{k:03d}.DAT", "\r\n".join(lines).encode("cp932"))

    def leases(self, k: int) -> Doc:
        lines = []
        for n in range(self.g.randint(15, 40)):
            start = date(1968, 1, 1) + timedelta(days=self.g.randrange(15_000))
            again = min(start + timedelta(days=self.g.randrange(16 * 365, 45 * 365)), CUTOFF)
            lines.append(f"{n:06d}{again:%Y%m%d}{start:%Y%m%d}" + cols(self.g.choice(["丸栄リース株式会社", "合同会社ひかり"]), 24) + "0")
        return Doc(f"LEASE{k:03d}.TXT", "\r\n".join(lines).encode("cp932"))

    def negatives(self, count: int) -> list[Doc]:
        return [(self.vehicles, self.leases)[k % 2](k) for k in range(count)]
