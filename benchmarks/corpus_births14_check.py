"""Check corpus of issue 12's births14 work, written by another hand (never tuned on): no
template, label, name or word list in common with corpus_births14_dev.py. A host's fixed-width
list of patients with no header line (name, 男性/女性, birth in 和暦, phone), a Word table of a
relay team typed without a header row (No | name | birth | sex: the date before the sex), a web
page's entrant table without <th> (name | sex | H-initial date | club), a TSV with one record to a
column (誕生日 and 登録日 rows), JSON records keyed 生まれ, a CSV saved from Excel with a Birth and an
Expiry column in d-Mon-yy, a cattle farm's sheet (個体識別番号 | 品種 | 生年月日 | 出荷日) beside the
farmer's own, a Word form of label-value pairs with a long English label (Date of Birth).
Look-alikes (`~DATE_OF_BIRTH`) are the records' other days and the animals' births. Clean files:
a seminar programme, a product list with release days.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from benchmarks.corpus import Doc, _docx
from benchmarks.corpus_births12_check import truth
from samples import writers as w

PEOPLE = [("宇野", "佳奈", "女性"), ("川島", "諒", "男性"), ("浜田", "陽子", "女性"), ("村井", "慎也", "男性"),
          ("大西", "結衣", "女性"), ("堀", "航平", "男性")]
BREEDS = ["黒毛和種", "ホルスタイン種", "交雑種"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def wareki(d: date) -> str:
    return f"平成{d.year - 1988}年{d.month}月{d.day}日" if d >= date(1989, 1, 8) else f"昭和{d.year - 1925}年{d.month}月{d.day}日"


def excel_day(d: date) -> str:
    return f"{d.day}-{MONTHS[d.month - 1]}-{d:%y}"


class CheckBirths14:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 37 + 4141)

    def day(self, start: int, stop: int) -> date:
        return date(start, 1, 1) + timedelta(days=self.rng.randrange((stop - start) * 365))

    def some(self, n: int = 4) -> list[tuple[str, str, str]]:
        return self.rng.sample(PEOPLE, n)

    def host_txt(self, k: int) -> Doc:
        lines, born = [], []
        for family, given, sex in self.some():
            b = self.day(1940, 2000)
            name = f"{family}　{given}"
            lines.append(f"{name}{' ' * (14 - len(name.encode('cp932')))}{sex}  {wareki(b)}  03-5555-{self.rng.randrange(10000):04d}")
            born.append(b)
        return Doc(f"b14c_host{k:03d}.txt", "\r\n".join(lines).encode("cp932"), truth(born, []))

    def relay_docx(self, k: int) -> Doc:
        rows, born = [], []
        for n, (family, given, sex) in enumerate(self.some(), 1):
            b = self.day(1985, 2008)
            rows.append([f"{n}走", f"{family} {given}", f"{b.year}.{b.month}.{b.day}", sex[0]])
            born.append(b)
        return Doc(f"b14c_relay{k:03d}.docx", _docx(["駅伝 区間エントリー"], rows), truth(born, []))

    def entry_html(self, k: int) -> Doc:
        cells, born = [], []
        for family, given, sex in self.some():
            b = self.day(1989, 2010)
            cells.append(f"<tr><td>{family}{given}</td><td>{sex[0]}</td><td>H{b.year - 1988}.{b.month}.{b.day}</td>"
                         "<td>市民ランナーズ</td></tr>")
            born.append(b)
        page = "<html><body><h2>出場者一覧</h2><table>" + "".join(cells) + "</table></body></html>"
        return Doc(f"b14c_entry{k:03d}.html", page.encode("utf-8"), truth(born, []))

    def columns_tsv(self, k: int) -> Doc:
        group = self.some(3)
        born, joined = [self.day(1950, 2000) for _ in group], [self.day(2016, 2026) for _ in group]
        rows = [["区分"] + ["A", "B", "C"], ["名前"] + [f"{f} {g}" for f, g, _ in group],
                ["誕生日"] + [f"{b:%Y-%m-%d}" for b in born], ["登録日"] + [f"{j:%Y-%m-%d}" for j in joined]]
        return Doc(f"b14c_columns{k:03d}.tsv", "\n".join("\t".join(r) for r in rows).encode("utf-8"), truth(born, joined))

    def umare_json(self, k: int) -> Doc:
        records, born, other = [], [], []
        for family, given, _ in self.some(2):
            b, r = self.day(1950, 2000), self.day(2020, 2026)
            records.append({"名前": f"{family}{given}", "生まれ": f"{b:%Y-%m-%d}", "登録": f"{r:%Y-%m-%d}"})
            born.append(b)
            other.append(r)
        return Doc(f"b14c_umare{k:03d}.json", json.dumps(records, ensure_ascii=False).encode("utf-8"), truth(born, other))

    def saved_csv(self, k: int) -> Doc:
        rows, born, other = ["Member,Birth,Expiry"], [], []
        for family, given, _ in self.some(3):
            b, e = self.day(1950, 1999), self.day(2027, 2031)
            rows.append(f"{given} {family},{excel_day(b)},{excel_day(e)}")
            born.append(b)
            other.append(e)
        return Doc(f"b14c_saved{k:03d}.csv", "\n".join(rows).encode("utf-8"), truth(born, other))

    def cattle_xlsx(self, k: int) -> Doc:
        family, given, _ = self.rng.choice(PEOPLE)
        farmer = self.day(1950, 1990)
        herd, days = [["個体識別番号", "品種", "生年月日", "出荷日"]], []
        for n in range(3):
            b, out = self.day(2022, 2024), self.day(2025, 2026)
            herd.append([f"1{self.rng.randrange(10**9):09d}", BREEDS[n], f"{b:%Y/%m/%d}", f"{out:%Y/%m/%d}"])
            days += [b, out]
        sheets = {"経営者": [["経営者氏名", "生年月日"], [f"{family} {given}", f"{farmer:%Y/%m/%d}"]], "台帳": herd}
        return Doc(f"b14c_cattle{k:03d}.xlsx", w.xlsx_bytes(sheets), truth([farmer], days))

    def pairs_docx(self, k: int) -> Doc:
        family, given, sex = self.rng.choice(PEOPLE)
        b, signed = self.day(1960, 2000), self.day(2025, 2026)
        rows = [["Name", f"{given} {family}", "Sex", sex], ["Nationality", "Japan", "Date of Birth", f"{b:%Y/%m/%d}"],
                ["Signed", f"{signed:%Y/%m/%d}", "", ""]]
        return Doc(f"b14c_pairs{k:03d}.docx", _docx(["Application"], rows), truth([b], [signed]))

    def positives(self, count: int) -> list[Doc]:
        makers = [self.host_txt, self.relay_docx, self.entry_html, self.columns_tsv, self.umare_json, self.saved_csv,
                  self.cattle_xlsx, self.pairs_docx]
        return [makers[k % len(makers)](k) for k in range(count)]

    def seminar_txt(self, k: int) -> Doc:
        lines = ["公開講座のご案内"] + [f"{self.day(2026, 2027):%Y-%m-%d}　第{n}回　13:30～" for n in range(1, 5)]
        return Doc(f"b14c_clean_seminar{k:03d}.txt", "\n".join(lines).encode("utf-8"))

    def products_csv(self, k: int) -> Doc:
        rows = ["品番,品名,発売日"] + [f"P-{n:03d},タオル{n},{self.day(2015, 2026):%Y/%m/%d}" for n in range(5)]
        return Doc(f"b14c_clean_products{k:03d}.csv", "\n".join(rows).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        makers = [self.seminar_txt, self.products_csv]
        return [makers[k % len(makers)](k) for k in range(count)]
