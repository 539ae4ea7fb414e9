"""Check corpus of header-less HR masters (hostdates3), by another hand than
corpus_hostdates3_dev.py and written before it was scored: no name, place, template or
layout in common. A union's member master (CP932, 組合員番号, kana first, birth in the
元号コード with a blank after the code `3 450412` or edge to edge with the 加入日
`3450412 19980401`), a hospital's staff file (birth `75.04.12` or `75-04-12`, 採用 in the
same two-digit form, a 職種 code), a shop's part-timers (birth `YYYY.MM.DD`, 採用 16–28
years later), a staff list of 入社 and 退職 dates only (no birth). Every date after the
birth is labelled `("~DATE_OF_BIRTH", iso)`. Clean: a master of meters (設置 and 検満 in
two-digit years), a register of dues in 元号コード (納付 dates of companies).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from benchmarks.corpus import Doc
from benchmarks.corpus_hostdates2_check import cols as pad  # cut or padded to n bytes of CP932

LIMIT = date(2026, 10, 30)
KANJI = ["寺田 修", "堀 美穂", "川村 大輔", "片山 恵", "野村 浩二", "木下 愛", "松下 勝", "菊地 瞳", "古川 誠一",
         "大西 裕美", "小池 徹", "新井 真紀"]
KANA = ["ﾃﾗﾀﾞ ｵｻﾑ", "ﾎﾘ ﾐﾎ", "ｶﾜﾑﾗ ﾀﾞｲｽｹ", "ｶﾀﾔﾏ ﾒｸﾞﾐ", "ﾉﾑﾗ ｺｳｼﾞ", "ｷﾉｼﾀ ｱｲ", "ﾏﾂｼﾀ ﾏｻﾙ", "ｷｸﾁ ﾋﾄﾐ",
        "ﾌﾙｶﾜ ｾｲｲﾁ", "ｵｵﾆｼ ﾋﾛﾐ", "ｺｲｹ ﾄｵﾙ", "ｱﾗｲ ﾏｷ"]
PLACES = ["新潟市中央区学校町通", "長野市大字南長野", "福井市大手", "高知市丸ノ内", "佐賀市城内", "那覇市泉崎"]


def era_code(d: date) -> tuple[str, int]:
    for start, code in ((date(1989, 1, 8), "4"), (date(1926, 12, 25), "3")):
        if d >= start:
            return code, d.year - start.year + 1
    return "2", d.year - 1911


class CheckHostdates3:
    def __init__(self, seed: int) -> None:
        self.g = random.Random(seed ^ 0x3D07)

    def member(self, young: bool = False) -> tuple[int, date, date]:
        i = self.g.randrange(len(KANJI))
        born = date(1950, 6, 1) + timedelta(days=self.g.randrange(19_000))
        years = self.g.uniform(16, 28) if young else self.g.uniform(19, 42)
        joined = born + timedelta(days=int(years * 365.25))
        if self.g.random() < 0.2:
            joined = joined.replace(month=4, day=1)
        return i, born, min(joined, LIMIT - timedelta(days=60))

    def truth(self, rows, extra=(), births=True) -> set:
        born = {b for _, b, _ in rows} if births else set()
        out = {("*", "DATE_OF_BIRTH")} | {("DATE_OF_BIRTH", b.isoformat()) for b in born}
        return out | {("~DATE_OF_BIRTH", d.isoformat()) for d in {j for _, _, j in rows} | set(extra) if d not in born}

    def union(self, k: int) -> Doc:
        rows = [self.member() for _ in range(self.g.randint(14, 48))]
        glued, lines = self.g.random() < 0.5, []
        for n, (i, b, j) in enumerate(rows):
            code, y = era_code(b)
            birth = f"{code}{y:02d}{b:%m%d}{j:%Y%m%d}" if glued else f"{code} {y:02d}{b:%m%d}  {j:%Y%m%d}"
            lines.append(f"K{n + 71000:06d}" + pad(KANA[i], 18) + pad(KANJI[i].replace(" ", "　"), 14) + birth
                         + " " + pad(self.g.choice(PLACES), 26) + f"{self.g.randint(1, 3)}")
        return Doc(f"KUMIAI{k:03d}.DAT", "\r\n".join(lines).encode("cp932"), self.truth(rows))

    def hospital(self, k: int) -> Doc:
        rows = [self.member() for _ in range(self.g.randint(14, 48))]
        sep, lines = self.g.choice(".-"), []
        for n, (i, b, j) in enumerate(rows):
            dates = f"{b:%y}{sep}{b:%m}{sep}{b:%d} {j:%y}{sep}{j:%m}{sep}{j:%d}"
            lines.append(f"{n + 4400:05d}" + pad(KANJI[i], 16) + self.g.choice(["NS", "DR", "PT", "CK"]) + " " + dates
                         + " " + pad(KANA[i], 18) + f"{self.g.randint(10, 99)}")
        return Doc(f"BYOIN{k:03d}.TXT", "\r\n".join(lines).encode("cp932"), self.truth(rows))

    def part_timers(self, k: int) -> Doc:
        rows = [self.member(young=True) for _ in range(self.g.randint(14, 48))]
        lines = []
        for n, (i, b, j) in enumerate(rows):
            lines.append(f"{n:04d} " + pad(KANJI[i].replace(" ", "　"), 14) + f"{b:%Y.%m.%d} {j:%Y.%m.%d} "
                         + f"{self.g.randint(950, 1400):05d} " + pad(self.g.choice(PLACES), 30))
        return Doc(f"PARTMST{k:03d}", "\r\n".join(lines).encode("cp932"), self.truth(rows))

    def joins_only(self, k: int) -> Doc:
        rows = [self.member() for _ in range(self.g.randint(14, 48))]
        rows = [(i, b, j.replace(day=1)) for i, b, j in rows]
        lines, left = [], []
        for n, (i, b, j) in enumerate(rows):
            out = "        "
            if self.g.random() < 0.25:
                q = min(j + timedelta(days=self.g.randrange(300, 6000)), LIMIT)
                left.append(q)
                out = f"{q:%Y%m%d}"
            lines.append(f"{n + 100:05d}" + pad(KANJI[i], 16) + f"{j:%Y%m%d}{out}" + pad(KANA[i], 18))
        return Doc(f"NYUSHA{k:03d}.TXT", "\r\n".join(lines).encode("cp932"), self.truth(rows, left, births=False))

    def positives(self, count: int) -> list[Doc]:
        makers = [self.union, self.hospital, self.part_timers, self.joins_only]
        return [makers[k % 4](k) for k in range(count)]

    def meters(self, k: int) -> Doc:
        lines = []
        for n in range(self.g.randint(15, 40)):
            put = date(1975, 1, 1) + timedelta(days=self.g.randrange(17_000))
            due = min(put + timedelta(days=self.g.randrange(2000, 3650)), LIMIT)
            lines.append(f"M{n:07d} " + f"{put:%y.%m.%d} {due:%y.%m.%d} "
                         + pad(self.g.choice(["ｶﾞｽ", "ｽｲﾄﾞｳ", "ﾃﾞﾝｷ"]), 8))
        return Doc(f"METER{k:03d}.DAT", "\r\n".join(lines).encode("cp932"))

    def dues(self, k: int) -> Doc:
        lines = []
        for n in range(self.g.randint(15, 40)):
            paid = date(1960, 1, 1) + timedelta(days=self.g.randrange(23_000))
            code, y = era_code(paid)
            lines.append(f"{n:06d}" + pad(self.g.choice(["有限会社あさひ工業", "株式会社青雲堂"]), 24) + f"{code}{y:02d}{paid:%m%d}"
                         + f"{self.g.randint(1, 500) * 100:08d}")
        return Doc(f"KAIHI{k:03d}.TXT", "\r\n".join(lines).encode("cp932"))

    def negatives(self, count: int) -> list[Doc]:
        return [(self.meters, self.dues)[k % 2](k) for k in range(count)]
