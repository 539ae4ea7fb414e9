"""Development corpus of issue 12's hosts22 work (DATE_OF_BIRTH, PHONE and
HEALTH_INSURANCE_NUMBER of headerless host records; births bare after a subject's
name): the rules are corrected on it. A home-care supplier's and a meal service's
exports as their office scripts write them — fixed-width records padded by characters
(a kanji one position), in CP932 with a header and a trailer record or in UTF-8
without, records parted by one blank, and visit notes whose subject line lost its
生年月日 label. No template, label, name or word list in common with
corpus_hosts22_check.py.

Truth: the three types; a record's date of service and a visit's date are
`~DATE_OF_BIRTH`. Clean files: a goods master padded by characters, a batch log.
"""

from __future__ import annotations

import datetime as dt
import random

from stdnum import luhn

from benchmarks.corpus import Doc, _e164

SCORED = {("*", "DATE_OF_BIRTH"), ("*", "PHONE"), ("*", "HEALTH_INSURANCE_NUMBER")}
KANJI = ["宇佐美 加代子", "辻 昇", "小田切 房江", "久保寺 清", "湊 多恵", "勅使河原 勲", "根津 ミサヲ", "石破 幸三",
         "日比野 多喜子", "御手洗 巧"]
KANA = ["ウサミ カヨコ", "ツジ ノボル", "オダギリ フサエ", "クボデラ キヨシ", "ミナト タエ", "テシガワラ イサオ",
        "ネヅ ミサヲ", "イシバ コウゾウ", "ヒビノ タキコ", "ミタライ タクミ"]
AREAS = ["0263", "0266", "0265", "0268", "0269"]  # 長野県's landlines (4-digit area codes)
LAWS = ["01", "06", "31", "39", "63"]
SUBJECTS = ["利用者", "患者", "対象者", "氏名"]
AILMENTS = ["右片まひ", "変形性膝関節症", "パーキンソン病", "脊柱管狭窄症"]
GOODS = ["介護用ベッド", "車いす 自走式", "歩行器", "スロープ", "手すり 据置型", "体位変換器", "入浴用いす"]


class DevHosts22:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 131 + 22)

    def birth(self) -> dt.date:
        return dt.date(self.rng.randint(1926, 1962), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def landline(self) -> str:
        return self.rng.choice(AREAS) + "".join(str(self.rng.randint(0, 9)) for _ in range(6))

    def insurer(self) -> str:
        body = self.rng.choice(LAWS) + f"{self.rng.randint(1, 47):02d}" + f"{self.rng.randint(0, 999):03d}"
        return body + luhn.calc_check_digit(body)

    def people(self, count: int):
        for n in self.rng.sample(range(len(KANJI)), count):
            yield KANJI[n], KANA[n], self.birth(), self.landline(), self.insurer()

    @staticmethod
    def truth(births, phones, insurers, services=()) -> set:
        return ({("DATE_OF_BIRTH", b.isoformat()) for b in births} | {("PHONE", _e164(p)) for p in phones}
                | {("HEALTH_INSURANCE_NUMBER", i) for i in insurers}
                | {("~DATE_OF_BIRTH", d.isoformat()) for d in services} | SCORED)

    def _columns(self, count: int, layout):
        lines, births, phones, insurers, services = [], [], [], [], []
        for n, (kanji, kana, born, phone, insurer) in enumerate(self.people(count)):
            served = dt.date(2026, 11, self.rng.randint(1, 28))
            lines.append(layout(n, kanji, kana, born, phone, insurer, served))
            births.append(born)
            phones.append(phone)
            insurers.append(insurer)
            services.append(served)
        return lines, self.truth(births, phones, insurers, services)

    def padded_cp932(self, i: int) -> Doc:
        """Type letter D, kanji and kana padded by characters, birth, landline, insurer, amount."""
        def layout(n, kanji, kana, born, phone, insurer, served):
            return (f"D{n + 1:05d} {kanji.replace(' ', chr(0x3000)).ljust(8, chr(0x3000))}"
                    f"{kana.replace(' ', chr(0x3000)).ljust(12)}{born:%Y%m%d} {phone}  {insurer} {self.rng.randint(3, 99) * 110:>6}")
        lines, truth = self._columns(7, layout)
        text = "\r\n".join(["HKAIGO-RENTAL 202612 MATSUMOTO"] + lines + [f"T{len(lines):05d}"]) + "\r\n"
        return Doc(f"h22d_rental{i:03d}.dat", text.encode("cp932"), truth)

    def padded_utf8(self, i: int) -> Doc:
        """No type letter: serial, kanji name, birth, a day of delivery, insurer, landline; UTF-8."""
        def layout(n, kanji, kana, born, phone, insurer, served):
            return f"{700 + n:06d} {kanji.ljust(9)}{born:%Y%m%d} {served:%Y%m%d} {insurer} {phone}"
        lines, truth = self._columns(6, layout)
        return Doc(f"h22d_haishoku{i:03d}.txt", ("\n".join(lines) + "\n").encode("utf-8"), truth)

    def spaced(self, i: int) -> Doc:
        """Fields parted by one blank: kanji, kana (each with an ideographic blank inside), birth, phone, insurer."""
        def layout(n, kanji, kana, born, phone, insurer, served):
            return " ".join([f"K{n + 1:04d}", kanji.replace(" ", chr(0x3000)), kana.replace(" ", chr(0x3000)),
                             f"{born:%Y%m%d}", phone, insurer])
        lines, truth = self._columns(6, layout)
        return Doc(f"h22d_spaced{i:03d}.dat", ("\r\n".join(lines) + "\r\n").encode("cp932"), truth)

    def visit_note(self, i: int) -> Doc:
        """A visit note whose subject line lost its 生年月日 label; the visit's date under its own."""
        kanji, _, born, phone, _ = next(self.people(1))
        visit = dt.date(2026, 10, self.rng.randint(1, 28))
        written = self.rng.choice([f"{born.year}年{born.month}月{born.day}日", f"S{born.year - 1925}.{born.month}.{born.day}",
                                   f"{born:%Y/%m/%d}"])
        text = (f"訪問記録\n{self.rng.choice(SUBJECTS)}：{kanji}　{written}　{self.rng.choice(AILMENTS)}\n"
                f"訪問日：{visit.year}年{visit.month}月{visit.day}日\n連絡先：{phone[:4]}-{phone[4:6]}-{phone[6:]}\n")
        return Doc(f"h22d_visit{i:03d}.txt", text.encode("utf-8"), self.truth([born], [phone], [], [visit]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.padded_cp932, self.padded_utf8, self.spaced, self.visit_note]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def goods_master(self, i: int) -> Doc:
        lines = [f"G{n:04d} {name.replace(' ', chr(0x3000)).ljust(10, chr(0x3000))}2026{self.rng.randint(1, 12):02d}"
                 f"{self.rng.randint(1, 28):02d} 049{self.rng.randint(10 ** 9, 10 ** 10 - 1)} {self.rng.randint(5, 300) * 100:>7}"
                 for n, name in enumerate(GOODS)]
        return Doc(f"h22d_clean_goods{i:03d}.dat", ("\r\n".join(lines) + "\r\n").encode("cp932"))

    def batch_log(self, i: int) -> Doc:
        lines = [f"2026-11-{d:02d} 02:00:{d:02d} INFO 請求データ作成 件数={self.rng.randint(10, 99)} 終了" for d in range(1, 12)]
        return Doc(f"h22d_clean_batch{i:03d}.log", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.goods_master, self.batch_log]
        return [kinds[n % len(kinds)](n) for n in range(count)]
