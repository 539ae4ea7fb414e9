"""Check corpus for births beside later dates in header-less host exports (hostdates),
written by "another hand" before any rule was tuned: no template, name, place or layout
in common with corpus_hostdates_dev.py or the earlier generators. Its files: a union's
roster (fixed width CP932, births as `S45. 4.12` padded with blanks, 加入日 and 資格取得日),
a hospital's staff file (employee code, 採用日, 生年月日 and 郵便番号 in one run, the kanji
name, the address), a temp agency's TSV (birth `1975.4.9`, contract start and end), a
school's staff CSV in CP932 quoted (birth `S50/04/09`, 着任 `H10/04/01`, 更新 `R06/11/20`),
and a UTF-8 fixed-width pension file (昭和50年 4月 9日, 資格取得 平成 9年10月16日).
Every later date is labelled `("~DATE_OF_BIRTH", iso)`. Clean: a delivery log, a
maintenance ledger of machines, a master of branches with opening dates.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from benchmarks.corpus import Doc

AS_OF = date(2026, 11, 20)
SURNAMES = ("岡田", "藤井", "後藤", "長谷川", "村上", "近藤", "石井", "斎藤", "坂口", "遠藤", "青木", "藤田", "西田", "福田",
            "太田", "三浦", "岡本", "松田", "中川", "中島")
FIRST_NAMES = ("隆", "明美", "和彦", "智子", "正人", "幸子", "浩二", "真由美", "聡", "礼子", "雅之", "千尋", "達也", "京子")
REGION = (("980-0811", "宮城県仙台市青葉区一番町"), ("950-0087", "新潟県新潟市中央区東大通"), ("420-0853", "静岡県静岡市葵区追手町"),
          ("700-0824", "岡山県岡山市北区内山下"), ("780-0870", "高知県高知市本町"), ("890-0053", "鹿児島県鹿児島市中央町"))
GENGO = ((date(2019, 5, 1), "R", "令和"), (date(1989, 1, 8), "H", "平成"), (date(1926, 12, 25), "S", "昭和"))


def gengo(d: date) -> tuple[str, str, int]:
    for start, mark, word in GENGO:
        if d >= start:
            return mark, word, d.year - start.year + 1
    raise ValueError(d)


def sjis_fit(s: str, cols: int, fill: str = " ") -> str:
    """s padded to cols columns of CP932 (fill may be the full-width space)."""
    free = cols - len(s.encode("cp932"))
    step = len(fill.encode("cp932"))
    return s + fill * (free // step) + " " * (free % step)


@dataclass
class Worker:
    surname: str
    first: str
    birthday: date
    postcode: str
    address: str
    others: dict[str, date] = field(default_factory=dict)


class CheckHostdates:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed + 4_242)

    def some_day(self, start: date, years_from: int, years_to: int) -> date:
        """years_from..years_to years after start, any day (long service: decades)."""
        d = start + timedelta(days=int(365.25 * self.r.uniform(years_from, years_to)))
        return min(d, AS_OF - timedelta(days=self.r.randint(1, 400)))

    def worker(self) -> Worker:
        born = date(1950, 6, 1) + timedelta(days=self.r.randint(0, 19_000))
        postcode, town = self.r.choice(REGION)
        w = Worker(self.r.choice(SURNAMES), self.r.choice(FIRST_NAMES), born, postcode,
                   f"{town}{self.r.randint(1, 6)}丁目{self.r.randint(1, 25)}番{self.r.randint(1, 9)}号")
        w.others["hired"] = self.some_day(born, 18, 42)
        return w

    def crew(self) -> list[Worker]:
        return [self.worker() for _ in range(self.r.randint(7, 26))]

    @staticmethod
    def truth_of(crew: list[Worker]) -> set:
        births = {w.birthday for w in crew}
        t = {("*", "DATE_OF_BIRTH")} | {("DATE_OF_BIRTH", w.birthday.isoformat()) for w in crew}
        return t | {("~DATE_OF_BIRTH", d.isoformat()) for w in crew for d in w.others.values() if d not in births}

    def union_roster(self, k: int) -> Doc:
        """name, 組合員番号, birth `S45. 4.12` (blank-padded), 加入日 and 資格取得日 as `YYYY. M.D`."""
        crew, out = self.crew(), []
        for w in crew:
            w.others["certified"] = self.some_day(w.others["hired"], 0.5, 12)
            mark, _, y = gengo(w.birthday)
            born = f"{mark}{y:2d}.{w.birthday.month:2d}.{w.birthday.day:2d}"
            joined, cert = w.others["hired"], w.others["certified"]
            out.append(sjis_fit(f"{w.surname}　{w.first}", 16, "　") + f"{self.r.randint(1, 99999):07d} " + born + "  "
                       + f"{joined.year}.{joined.month:2d}.{joined.day:2d} {cert.year}.{cert.month:2d}.{cert.day:2d}")
        return Doc(f"KUMIAI{k:03d}.TXT", "\r\n".join(out).encode("cp932"), self.truth_of(crew))

    def hospital_staff(self, k: int) -> Doc:
        """employee code + 採用日 + 生年月日 + 郵便番号 edge to edge, kanji name, address."""
        crew, out = self.crew(), []
        for w in crew:
            run = f"{self.r.randint(0, 9999):04d}{w.others['hired']:%Y%m%d}{w.birthday:%Y%m%d}{w.postcode.replace('-', '')}"
            out.append(run + "  " + sjis_fit(w.surname + w.first, 10) + sjis_fit(w.address, 44))
        return Doc(f"BYOIN{k:03d}.DAT", "\r\n".join(out).encode("cp932"), self.truth_of(crew))

    def agency_tsv(self, k: int) -> Doc:
        """staff name, birth `1975.4.9`, contract start and end (`2003.10.16`), a phone-less record."""
        crew, out = self.crew(), []
        for w in crew:
            start = w.others["hired"]
            w.others["until"] = min(start + timedelta(days=self.r.choice((90, 180, 365))), AS_OF)
            cells = [f"{w.surname} {w.first}", f"{w.birthday.year}.{w.birthday.month}.{w.birthday.day}",
                     f"{start.year}.{start.month}.{start.day}", f"{w.others['until'].year}.{w.others['until'].month}."
                     f"{w.others['until'].day}", self.r.choice(("事務", "軽作業", "販売"))]
            out.append("\t".join(cells))
        return Doc(f"haken_{k:03d}.tsv", "\n".join(out).encode("utf-8"), self.truth_of(crew))

    def school_csv(self, k: int) -> Doc:
        """"code","name","S50/04/09","H10/04/01","R06/11/20" in CP932, every cell quoted."""
        crew, out = self.crew(), []
        stamp = AS_OF - timedelta(days=self.r.randint(0, 60))

        def era(d: date) -> str:
            mark, _, y = gengo(d)
            return f"{mark}{y:02d}/{d.month:02d}/{d.day:02d}"
        for n, w in enumerate(crew):
            w.others["updated"] = stamp
            out.append(",".join(f'"{c}"' for c in (f"T{n:03d}", w.surname + "　" + w.first, era(w.birthday),
                                                   era(w.others["hired"]), era(stamp))))
        return Doc(f"kyoin{k:03d}.csv", "\r\n".join(out).encode("cp932"), self.truth_of(crew))

    def pension_utf8(self, k: int) -> Doc:
        """Fixed width in characters: 昭和50年 4月 9日, 資格取得 平成 9年10月16日, postal code, address."""
        crew, out = self.crew(), []

        def kanji(d: date) -> str:
            _, word, y = gengo(d)
            return f"{word}{y:2d}年{d.month:2d}月{d.day:2d}日"
        for w in crew:
            out.append(f"{w.surname}{w.first}".ljust(6, "　") + " " + kanji(w.birthday) + " " + kanji(w.others["hired"])
                       + " " + w.postcode + " " + w.address)
        return Doc(f"nenkin{k:03d}.txt", "\n".join(out).encode("utf-8"), self.truth_of(crew))

    def positives(self, count: int) -> list[Doc]:
        kinds = (self.union_roster, self.hospital_staff, self.agency_tsv, self.school_csv, self.pension_utf8)
        return [kinds[k % len(kinds)](k) for k in range(count)]

    def delivery_log(self, k: int) -> Doc:
        out = []
        for _ in range(self.r.randint(12, 40)):
            shipped = date(2026, self.r.randint(1, 10), self.r.randint(1, 28))
            out.append(f"{self.r.randint(0, 10**10):011d}{shipped:%Y%m%d}{shipped + timedelta(days=2):%Y%m%d} "
                       + sjis_fit(self.r.choice(("ｹｰｽ", "ﾊﾟﾚｯﾄ", "ｺﾝﾃﾅ")), 8) + f"{self.r.randint(1, 500):5d}")
        return Doc(f"HAISO{k:03d}.DAT", "\r\n".join(out).encode("cp932"))

    def maintenance(self, k: int) -> Doc:
        out = []
        for _ in range(self.r.randint(12, 40)):
            installed = date(1975, 1, 1) + timedelta(days=self.r.randint(0, 16_000))
            checked = installed + timedelta(days=int(365.25 * self.r.uniform(15, 45)))
            out.append("\t".join((f"M-{self.r.randint(100, 999)}", self.r.choice(("ボイラー", "昇降機", "受変電設備")),
                                  f"{installed:%Y/%m/%d}", f"{min(checked, AS_OF):%Y/%m/%d}")))
        return Doc(f"hozen{k:03d}.tsv", "\n".join(out).encode("utf-8"))

    def branches(self, k: int) -> Doc:
        out = []
        for postcode, town in REGION:
            opened = date(1960, 1, 1) + timedelta(days=self.r.randint(0, 20_000))
            out.append(sjis_fit(town[:3] + "支店", 16, "　") + f"{opened:%Y%m%d}" + "  " + postcode + "  " + sjis_fit(town, 40))
        return Doc(f"SHITEN{k:03d}.DAT", "\r\n".join(out).encode("cp932"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = (self.delivery_log, self.maintenance, self.branches)
        return [kinds[k % len(kinds)](k) for k in range(count)]
