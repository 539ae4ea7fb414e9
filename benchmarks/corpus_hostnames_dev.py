"""Development corpus for PERSON in host exports, visitor logs and customer-service
records (issue 12, hostnames): header-less fixed-width CP932 exports where a kanji
name (a full-width or half-width space, two spaces or none; padded with U+3000 or
blanks) stands beside its reading (half-width or full-width katakana, hiragana),
in either order; visitor logs in CSV (来訪者記録, 入館記録) with a company column
beside the visitor's; customer-service records (顧客対応記録) in CSV and log lines
where a caller is named without an honorific (「石井より入電」). Hard negatives: a
product master with katakana product names beside kanji ones, a company master
with kana readings, a master of towns with their readings, a visitor log naming
companies only. The rules are tuned on this corpus only; corpus_hostnames_check.py
checks them.

Truth: PERSON only (`("*", "PERSON")`); a company standing where a name could is a
look-alike `("~PERSON", value)`; clean files are labelled for nothing.
"""

from __future__ import annotations

import csv
import io
import random
from datetime import date

from benchmarks.corpus import Doc
from benchmarks.corpus_people import canonical_name
from benchmarks.corpus_tables import half_width

_SCORED = {("*", "PERSON")}
SEI = [("林", "ハヤシ"), ("東", "アズマ"), ("原", "ハラ"), ("関", "セキ"), ("辻", "ツジ"), ("岡", "オカ"),
       ("石井", "イシイ"), ("中川", "ナカガワ"), ("原田", "ハラダ"), ("小林", "コバヤシ"), ("斎藤", "サイトウ"),
       ("佐々木", "ササキ"), ("長谷川", "ハセガワ"), ("大久保", "オオクボ"), ("清水", "シミズ"), ("松尾", "マツオ"),
       ("岩崎", "イワサキ"), ("青木", "アオキ"), ("土屋", "ツチヤ"), ("望月", "モチヅキ"), ("宇佐美", "ウサミ")]
MEI = [("聡", "サトシ"), ("学", "マナブ"), ("薫", "カオル"), ("一郎", "イチロウ"), ("明美", "アケミ"),
       ("裕子", "ユウコ"), ("健二", "ケンジ"), ("直樹", "ナオキ"), ("典子", "ノリコ"), ("さくら", "サクラ"),
       ("ひとみ", "ヒトミ"), ("美智子", "ミチコ"), ("喜久子", "キクコ"), ("健一郎", "ケンイチロウ"),
       ("勘右衛門", "カンエモン"), ("由紀乃", "ユキノ"), ("翼", "ツバサ"), ("悠真", "ユウマ"), ("千代子", "チヨコ")]
FIRMS = ["青葉運輸", "北斗電設", "みなと工業", "(株)ツバメ印刷", "丸正物産株式会社", "有限会社さくら造園"]
TOWNS = [("栄町", "サカエマチ"), ("本町", "ホンマチ"), ("緑が丘", "ミドリガオカ"), ("旭町", "アサヒマチ"),
         ("若葉台", "ワカバダイ"), ("桜木町", "サクラギチョウ"), ("西原", "ニシハラ"), ("松が枝", "マツガエ")]
GOODS = [("緑茶　ペット", "リョクチャ ペット"), ("麦茶　大", "ムギチャ ダイ"), ("白米　五キロ", "ハクマイ ゴキロ"),
         ("和紙　便箋", "ワシ ビンセン"), ("黒豆　煮", "クロマメ ニ"), ("梅干　小", "ウメボシ ショウ")]
ERRANDS = ["打合せ", "納品", "点検", "面接", "見積説明"]
CALLS = ["{s}より入電。請求書の再送を希望。", "{s}様より問合せ、配送日変更の依頼。", "折り返し先：{n}（自宅）",
         "{n}から電話あり、解約手続きについて。", "{s}さんへ折り返し済み。"]


def width(text: str) -> int:
    return len(text.encode("cp932"))


def pad(text: str, columns: int, filler: str = " ") -> str:
    """text padded to columns of CP932 with filler (" " or U+3000), a blank for an odd column."""
    room = columns - width(text)
    return text + filler * (room // width(filler)) + " " * (room % width(filler))


def to_csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


class DevHostNames:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 41 + 3)

    def one(self, items):
        return self.rng.choice(items)

    def person(self) -> dict:
        (sei, sei_kana), (mei, mei_kana) = self.one(SEI), self.one(MEI)
        return {"sei": sei, "mei": mei, "kana": (sei_kana, mei_kana)}

    def person_within(self, columns: int, space: str) -> dict:
        """A person whose kanji name fits a field of columns (a host cuts the others)."""
        p = self.person()
        while width(self.kanji(p, space)) > columns:
            p = self.person()
        return p

    def kanji(self, p: dict, space: str) -> str:
        return p["sei"] + space + p["mei"]

    def reading(self, p: dict, script: str) -> str:
        sei, mei = p["kana"]
        if script == "half":
            return half_width(f"{sei} {mei}")
        if script == "hira":
            return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in f"{sei} {mei}")
        return f"{sei}\u3000{mei}"

    def truth_of(self, *names: str) -> set:
        return {("PERSON", canonical_name(n)) for n in names}

    # --- header-less host exports ------------------------------------------------

    def host_export(self, i: int) -> Doc:
        """One record a line: code, kanji name and its reading in either order (or in one field),
        birth, sex, amount."""
        space = self.one(["\u3000", " ", "  ", ""])
        script = self.one(["half", "full", "hira"])
        reading_first = self.rng.random() < 0.3
        filler = self.one(["\u3000", " "])
        field = self.one([20, 12])  # 12: many names fill their field and run into the reading
        shared = self.rng.random() < 0.25  # the name and its reading in one field, a space between
        records, truth = [], set(_SCORED)
        for n in range(self.rng.randint(8, 30)):
            p = self.person_within(field, space)
            name, kana = self.kanji(p, space), self.reading(p, script)
            pair = [pad(name, field, filler), pad(kana, 24)] if not shared else [pad(f"{name} {kana}", field + 24), ""]
            born = date(self.rng.randint(1940, 2004), self.rng.randint(1, 12), self.rng.randint(1, 28))
            records.append(f"{self.rng.randint(10**5, 10**6 - 1):06d} " + "".join(pair[::-1] if reading_first else pair)
                           + f"{born:%Y%m%d}{self.one('12')}{self.rng.randint(0, 10**7):09d}")
            truth |= self.truth_of(name, kana)
        suffix = self.one([".dat", ".txt", ""])
        return Doc(f"hn_host{i:03d}{suffix}", "\r\n".join(records).encode("cp932"), truth)

    def payroll_export(self, i: int) -> Doc:
        """Staff number, kanji name padded with U+3000 straight into the kanji address, then pay."""
        records, truth = [], set(_SCORED)
        for n in range(self.rng.randint(8, 30)):
            p = self.person_within(12, "\u3000")
            name = self.kanji(p, "\u3000")
            town = self.one(TOWNS)[0]
            records.append(f"{n + 1:05d}{self.rng.randint(1, 99):02d}" + pad(name, 12, "\u3000")
                           + pad(f"静岡県沼津市{town}{self.rng.randint(1, 9)}丁目", 30, "\u3000")
                           + f"{self.rng.randint(150000, 600000):08d}")
            truth |= self.truth_of(name)
        return Doc(f"hn_pay{i:03d}.dat", "\n".join(records).encode("cp932"), truth)

    # --- visitor logs and customer-service records --------------------------------

    def visitor_cell(self, p: dict) -> str:
        return self.one([self.kanji(p, " "), self.kanji(p, ""), self.kanji(p, "\u3000"), self.kanji(p, "") + "様"])

    def visitor_log(self, i: int) -> Doc:
        header = self.one([["日付", "入館", "退館", "ご芳名", "会社名", "ご用件", "面会者", "入館証"],
                           ["日付", "入館", "退館", "来訪者名", "所属", "ご用件", "担当者", "入館証"],
                           ["日付", "入館", "退館", "お名前", "会社・団体名", "ご用件", "面会者", "入館証"],
                           ["日付", "入館", "退館", "氏名（来訪者）", "ご所属", "ご用件", "担当者", "入館証"],
                           ["来館日", "時刻", "退出", "お名前", "会社", "用件", "応対", "バッジ"]])
        rows, truth = [["入館記録", f"2026年{self.rng.randint(1, 11)}月"], header], set(_SCORED)
        for n in range(self.rng.randint(6, 25)):
            guest, host, firm = self.person(), self.person(), self.one(FIRMS)
            hour = self.rng.randint(8, 17)
            cell, host_cell = self.visitor_cell(guest), self.kanji(host, self.one(["", " "]))
            rows.append([f"11/{self.rng.randint(1, 30):02d}", f"{hour}:{self.rng.randint(0, 59):02d}",
                         f"{hour + 1}:{self.rng.randint(0, 59):02d}", cell, firm, self.one(ERRANDS), host_cell,
                         f"V-{self.rng.randint(1, 60):03d}"])
            truth |= self.truth_of(cell.removesuffix("様"), host_cell) | {("~PERSON", canonical_name(firm))}
        encoding = self.one(["cp932", "utf-8"])
        return Doc(f"hn_visitors{i:03d}.csv", to_csv(rows).encode(encoding), truth)

    def call_line(self, p: dict) -> tuple[str, str]:
        """A note naming the caller without a title (or with one); (note, name it names)."""
        template = self.one(CALLS)
        full = self.kanji(p, self.one(["", " "]))
        name = p["sei"] if "{s}" in template else full
        return template.format(s=p["sei"], n=full), name

    def service_csv(self, i: int) -> Doc:
        rows, truth = [["受付日", "顧客名", "対応内容", "対応者"]], set(_SCORED)
        for n in range(self.rng.randint(6, 20)):
            customer, staff = self.person(), self.person()
            note, named = self.call_line(customer)
            rows.append([f"2026/11/{self.rng.randint(1, 30):02d}", self.kanji(customer, " ") + " 様", note,
                         self.kanji(staff, "")])
            truth |= self.truth_of(self.kanji(customer, ""), self.kanji(staff, ""))
            truth |= self.truth_of(named) if len(named) > 1 else set()
        return Doc(f"hn_service{i:03d}.csv", to_csv(rows).encode("utf-8-sig"), truth)

    def service_log(self, i: int) -> Doc:
        lines, truth = ["顧客対応記録（コールセンター）", ""], set(_SCORED)
        for n in range(self.rng.randint(5, 15)):
            customer, staff = self.person(), self.person()
            note, named = self.call_line(customer)
            lines.append(f"2026/11/{self.rng.randint(1, 30):02d} {self.rng.randint(9, 18)}:{self.rng.randint(0, 59):02d}"
                         f" {note} 担当：{self.kanji(staff, '')}")
            truth |= self.truth_of(self.kanji(staff, ""))
            truth |= self.truth_of(named) if len(named) > 1 else set()
        return Doc(f"hn_calls{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth)

    def positives(self, count: int) -> list[Doc]:
        makers = [self.host_export, self.visitor_log, self.host_export, self.service_csv, self.payroll_export,
                  self.service_log]
        return [makers[i % len(makers)](i) for i in range(count)]

    # --- hard negatives -------------------------------------------------------------

    def goods_master(self, i: int) -> Doc:
        records = [f"{self.rng.randint(10**6, 10**7 - 1)} " + pad(name, 20, "\u3000") + pad(half_width(kana), 24)
                   + f"{self.rng.randint(80, 9800):07d}" for name, kana in self.rng.sample(GOODS, len(GOODS))]
        return Doc(f"hn_goods{i:03d}.dat", "\r\n".join(records).encode("cp932"))

    def firm_master(self, i: int) -> Doc:
        readings = {"青葉運輸": "アオバウンユ", "北斗電設": "ホクトデンセツ", "みなと工業": "ミナトコウギョウ"}
        records = [f"C{n:05d}" + pad(firm, 20, "\u3000") + pad(half_width(kana), 20) + f"{self.rng.randint(0, 10**6):08d}"
                   for n, (firm, kana) in enumerate(list(readings.items()) * 3)]
        return Doc(f"hn_firms{i:03d}.dat", "\r\n".join(records).encode("cp932"))

    def town_master(self, i: int) -> Doc:
        records = [f"{22203:05d}{n:03d}" + pad(town, 14, "\u3000") + pad(kana, 20)
                   for n, (town, kana) in enumerate(TOWNS)]
        return Doc(f"hn_towns{i:03d}.txt", "\n".join(records).encode("cp932"))

    def firms_only_log(self, i: int) -> Doc:
        rows = [["日付", "来訪者", "人数", "ご用件", "訪問部署"]]
        rows += [[f"11/{self.rng.randint(1, 30):02d}", self.one(FIRMS) + " ご一行", str(self.rng.randint(1, 5)),
                  self.one(ERRANDS), self.one(["総務課", "購買部", "品質管理室"])] for _ in range(self.rng.randint(5, 15))]
        return Doc(f"hn_firmvisits{i:03d}.csv", to_csv(rows).encode("cp932"))

    def negatives(self, count: int) -> list[Doc]:
        makers = [self.goods_master, self.firm_master, self.town_master, self.firms_only_log]
        return [makers[i % len(makers)](i) for i in range(count)]
