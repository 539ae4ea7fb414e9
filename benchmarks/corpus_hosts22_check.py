"""Check corpus of issue 12's hosts22 work, written apart from corpus_hosts22_dev.py (no
template, label, name or word list in common) and never tuned on: a dispensing
pharmacy's and a day-service's exports — records padded by characters with the birth
first and a mobile last, a 国保's six-digit insurer's number, records parted by blanks
with half-width readings (ﾔﾏﾀﾞ ﾀﾛｳ) and slashed births, and intake sheets whose
person line gives the birth bare after the name in 和暦.

Truth: DATE_OF_BIRTH, PHONE, HEALTH_INSURANCE_NUMBER; a dispensing day or a first
day is `~DATE_OF_BIRTH`. Clean files: a price list parted by blanks, a bus timetable.
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.corpus import Doc, _e164
from stdnum import luhn

LABELLED = {("*", "DATE_OF_BIRTH"), ("*", "PHONE"), ("*", "HEALTH_INSURANCE_NUMBER")}
# (kanji family, kanji given, half-width family, half-width given)
PATRONS = [("乾", "千鶴", "ｲﾇｲ", "ﾁﾂﾞﾙ"), ("四方田", "正和", "ﾖﾓﾀﾞ", "ﾏｻｶｽﾞ"), ("相馬", "キヨ", "ｿｳﾏ", "ｷﾖ"),
           ("猪狩", "俊彦", "ｲｶﾞﾘ", "ﾄｼﾋｺ"), ("南雲", "フミ", "ﾅｸﾞﾓ", "ﾌﾐ"), ("舘野", "喜一", "ﾀﾃﾉ", "ｷｲﾁ"),
           ("百武", "静子", "ﾋｬｸﾀｹ", "ｼｽﾞｺ"), ("雲母", "龍之介", "ｷﾗﾗ", "ﾘｭｳﾉｽｹ"), ("薬袋", "澄", "ﾐﾅｲ", "ｽﾐ")]
MOBILE_HEADS = ["090", "080", "070"]
ROLES = ["受講者", "入居者", "申込者", "本人"]
NOTES = ["要支援2", "糖尿病で通院中", "左変形性股関節症", "軽度認知障害"]
ITEMS = ["ロキソニン錠", "ムコスタ錠", "マイスリー錠", "アムロジピン錠", "湿布 大判", "目薬 クール"]
STOPS = ["駅前", "市役所", "中央病院", "図書館", "運動公園"]


class CheckHosts22:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 220)

    def _born(self) -> dt.date:
        return dt.date(self.rng.randint(1931, 1975), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def _mobile(self) -> str:
        return self.rng.choice(MOBILE_HEADS) + f"{self.rng.randint(10 ** 7, 10 ** 8 - 1)}"  # (0X0-0… is unallocated)

    def _kokuho(self) -> str:
        head = f"{self.rng.randint(1, 47):02d}{self.rng.randint(0, 999):03d}"
        return head + luhn.calc_check_digit(head)

    def _patrons(self, count: int):
        return self.rng.sample(PATRONS, count)

    @staticmethod
    def _truth(born, mobiles, insurers, days=()) -> set:
        return ({("DATE_OF_BIRTH", b.isoformat()) for b in born} | {("PHONE", _e164(m)) for m in mobiles}
                | {("HEALTH_INSURANCE_NUMBER", n) for n in insurers}
                | {("~DATE_OF_BIRTH", d.isoformat()) for d in days} | LABELLED)

    def _records(self, count: int, day_of, row_of) -> tuple[list[str], set]:
        """count patrons' rows (row_of(patron, birth, mobile, 国保 number, a day of day_of())) and their truth."""
        rows, born, mobiles, insurers, days = [], [], [], [], []
        for patron in self._patrons(count):
            b, m, k = self._born(), self._mobile(), self._kokuho()
            day = day_of()
            rows.append(row_of(patron, b, m, k, day))
            born.append(b)
            mobiles.append(m)
            insurers.append(k)
            days.append(day)
        return rows, self._truth(born, mobiles, insurers, days)

    def dispensing(self, i: int) -> Doc:
        """Birth first, then the name padded by characters, the 国保 number, a dispensing day, a mobile."""
        rows, truth = self._records(6, lambda: dt.date(2026, 11, self.rng.randint(1, 28)), lambda p, b, m, k, day: (
            f"{b:%Y%m%d}  {(p[0] + chr(0x3000) + p[1]).ljust(7, chr(0x3000))}{k}  {day:%Y%m%d}  {m}"))
        return Doc(f"h22c_chozai{i:03d}.prn", ("\r\n".join(rows) + "\r\n").encode("cp932"), truth)

    def blank_parted(self, i: int) -> Doc:
        """Half-width reading (family and given apart), slashed birth, mobile, 国保 number, a first day."""
        rows, truth = self._records(
            5, lambda: dt.date(self.rng.randint(2019, 2025), self.rng.randint(1, 12), 1), lambda p, b, m, k, first: (
                f"{self.rng.randint(100, 999)} {p[2]} {p[3]} {b:%Y/%m/%d} {m} {k} {first:%Y/%m/%d}"))
        return Doc(f"h22c_dayservice{i:03d}.txt", ("\n".join(rows) + "\n").encode("cp932"), truth)

    def intake(self, i: int) -> Doc:
        """An intake sheet: role, name, the birth in 和暦 bare after it, a note; a start day labelled."""
        family, given, _, _ = self.rng.choice(PATRONS)
        b, m = self._born(), self._mobile()
        era, year = ("昭和", b.year - 1925) if b.year < 1989 else ("平成", b.year - 1988)
        start = dt.date(2026, self.rng.randint(1, 11), 1)
        text = (f"利用申込票\n{self.rng.choice(ROLES)}: {family} {given}  {era}{year}年{b.month}月{b.day}日  {self.rng.choice(NOTES)}\n"
                f"利用開始日: {start.year}年{start.month}月{start.day}日\n携帯 {m[:3]}-{m[3:7]}-{m[7:]}\n")
        return Doc(f"h22c_intake{i:03d}.txt", text.encode("utf-8"), self._truth([b], [m], [], [start]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.dispensing, self.blank_parted, self.intake]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def price_list(self, i: int) -> Doc:
        rows = [f"{4987000000000 + self.rng.randint(0, 10 ** 6)} {item.replace(' ', chr(0x3000))} {self.rng.randint(1, 40) * 50} "
                f"{self.rng.randint(1, 9)}" for item in ITEMS]
        return Doc(f"h22c_clean_prices{i:03d}.txt", ("\n".join(rows) + "\n").encode("cp932"))

    def timetable(self, i: int) -> Doc:
        rows = [f"{stop} {h:02d}:{self.rng.randint(0, 59):02d} {h + 1:02d}:{self.rng.randint(0, 59):02d} 20261201"
                for h, stop in zip(range(8, 13), STOPS)]
        return Doc(f"h22c_clean_bus{i:03d}.txt", ("\n".join(rows) + "\n").encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.price_list, self.timetable]
        return [kinds[n % len(kinds)](n) for n in range(count)]
