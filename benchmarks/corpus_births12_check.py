"""Check corpus of issue 12's births12 work, written by another hand (never tuned on):
no template, label, name or word list in common with corpus_births12_dev.py. A Word
résumé whose 誕生日 label is spread (誕 生 日) with a Western dotted date, a PDF 調書 whose
spread label stands in brackets after the date, a workbook whose 誕生日 and 登録日
columns both hold Excel serial numbers, a text export aligned by blanks under a header
of DOB and 更新日 columns, a shop's card form in text whose labels stand above their
values (ご生年月日, ご来店日), a JSON feed with snake_case keys, a kiosk's sheet laid down one
column from its first cell (ご生年月日 read as its header), a JSON record whose dates are
split in yyyy/mm/dd members, an ini file's romaji keys (tanjou_bi), a family letter saying
where a child was born. Look-alikes
(`~DATE_OF_BIRTH`) are the other dates of the same records. Clean files: a workbook of
sales by day (serials), a text log of slips by date.
"""

from __future__ import annotations

import json
import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

from benchmarks.corpus import Doc
from samples import writers as w

PEOPLE = [("桑原", "大樹"), ("野村", "千夏"), ("望月", "蓮"), ("柴田", "紀子"), ("藤井", "湊"), ("関", "由佳"),
          ("中島", "匠"), ("浅野", "菜摘")]
TRUTH_KEY = ("*", "DATE_OF_BIRTH")


def serial_of(day: date) -> int:
    return (day - date(1900, 1, 1)).days + 2  # Excel counts 1900-01-01 as 1 and a 29 Feb 1900 that never was


def padded(text: str, width: int) -> str:
    """text padded to width bytes of Shift_JIS, as a host pads a fixed-width field."""
    return text + " " * (width - len(text.encode("cp932")))


def truth(born: list[date], other: list[date]) -> set:
    found = {("DATE_OF_BIRTH", d.isoformat()) for d in born}
    return found | {("~DATE_OF_BIRTH", d.isoformat()) for d in other if d not in born} | {TRUTH_KEY}


def written(suffix: str, writer) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / ("file" + suffix)
        writer(target)
        return target.read_bytes()


class CheckBirths12:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 41 + 1212)

    def day(self, start: int, stop: int) -> date:
        return date(start, 1, 1) + timedelta(days=self.rng.randrange((stop - start) * 365))

    def who(self) -> str:
        family, given = self.rng.choice(PEOPLE)
        return f"{family}　{given}"

    def resume_docx(self, k: int) -> Doc:
        born, made = self.day(1970, 2004), self.day(2025, 2026)
        label = self.rng.choice(("誕 生 日", "誕　生　日", "生 年 月 日"))
        paras = ["履 歴 書", f"ふりがな　{self.who()}", f"{label}：{born.year}.{born.month:02d}.{born.day:02d}",
                 f"作成：{made.year}.{made.month:02d}.{made.day:02d}"]
        return Doc(f"b12c_resume{k:03d}.docx", written(".docx", lambda t: w.write_docx(t, paras)), truth([born], [made]))

    def inquiry_pdf(self, k: int) -> Doc:
        born, heard = self.day(1950, 1995), self.day(2025, 2026)
        page = ["聴 取 書", f"{self.who()}（{born.year}年{born.month}月{born.day}日　生 年 月 日）",
                f"聴取　{heard.year}年{heard.month}月{heard.day}日"]
        return Doc(f"b12c_inquiry{k:03d}.pdf", written(".pdf", lambda t: w.write_pdf(t, [page])), truth([born], [heard]))

    def members_xlsx(self, k: int) -> Doc:
        grid, born, joined = [["会員番号", "お名前", "誕生日", "登録日"]], [], []
        for n in range(self.rng.randint(3, 7)):
            b, j = self.day(1940, 2006), self.day(2012, 2026)
            grid.append([f"M-{k:02d}{n:03d}", self.who(), serial_of(b), serial_of(j)])
            born.append(b)
            joined.append(j)
        return Doc(f"b12c_members{k:03d}.xlsx", written(".xlsx", lambda t: w.write_xlsx(t, {"会員": grid})),
                   truth(born, joined))

    def export_txt(self, k: int) -> Doc:
        rows, born, touched = ["CODE   NAME            DOB        更新日"], [], []
        for n in range(self.rng.randint(2, 6)):
            b, u = self.day(1945, 2005), self.day(2020, 2026)
            rows.append(f"{k:03d}{n:02d}  {padded(self.who(), 14)}  {b:%Y%m%d}   {u:%Y%m%d}")
            born.append(b)
            touched.append(u)
        return Doc(f"b12c_export{k:03d}.txt", "\r\n".join(rows).encode("cp932"), truth(born, touched))

    def card_form_txt(self, k: int) -> Doc:
        born, visit = self.day(1960, 2005), self.day(2024, 2026)
        rows = ["ポイントカード申込", "", "お名前", self.who(), "", "ご生年月日", f"{born:%Y/%m/%d}", "",
                "ご来店日", f"{visit:%Y/%m/%d}"]
        return Doc(f"b12c_card{k:03d}.txt", "\n".join(rows).encode("utf-8"), truth([born], [visit]))

    def feed_json(self, k: int) -> Doc:
        born, made = self.day(1955, 2004), self.day(2023, 2026)
        body = [{"member_name": self.who(), "birth_date": f"{born:%Y%m%d}", "created_on": f"{made:%Y%m%d}"}]
        return Doc(f"b12c_feed{k:03d}.json", json.dumps(body, ensure_ascii=False).encode("utf-8"), truth([born], [made]))

    def kiosk_xlsx(self, k: int) -> Doc:
        born, visit = self.day(1950, 2005), self.day(2024, 2026)
        column = [["ご生年月日"], [f"{born:%Y/%m/%d}"], ["ご来店日"], [f"{visit:%Y/%m/%d}"], ["お名前"], [self.who()]]
        return Doc(f"b12c_kiosk{k:03d}.xlsx", written(".xlsx", lambda t: w.write_xlsx(t, {"受付": column})),
                   truth([born], [visit]))

    def parts_json(self, k: int) -> Doc:
        born, joined = self.day(1950, 2004), self.day(2010, 2026)

        def ymd(d: date) -> dict:
            return {"yyyy": f"{d.year}", "mm": f"{d.month:02d}", "dd": f"{d.day:02d}"}

        body = {"name": self.who(), "dob": ymd(born), "joined": ymd(joined)}
        return Doc(f"b12c_parts{k:03d}.json", json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8"),
                   truth([born], [joined]))

    def keys_txt(self, k: int) -> Doc:
        born, made = self.day(1948, 2003), self.day(2022, 2026)
        text = f"[kojin]\nshimei = {self.who()}\ntanjou_bi = {born:%Y/%m/%d}\ntouroku_bi = {made:%Y/%m/%d}\n"
        return Doc(f"b12c_keys{k:03d}.txt", text.encode("utf-8"), truth([born], [made]))

    def letter_docx(self, k: int) -> Doc:
        born, wed = self.day(1985, 2010), self.day(2020, 2026)
        place = self.rng.choice(("大阪の病院", "実家近くの産院", "那覇"))
        paras = ["近況のご報告", f"次女は{born.year}年{born.month}月{born.day}日に{place}で産まれました。",
                 f"{wed.year}年{wed.month}月{wed.day}日に式を挙げます。"]
        return Doc(f"b12c_letter{k:03d}.docx", written(".docx", lambda t: w.write_docx(t, paras)), truth([born], [wed]))

    def positives(self, count: int) -> list[Doc]:
        makers = [self.resume_docx, self.inquiry_pdf, self.members_xlsx, self.export_txt, self.card_form_txt,
                  self.feed_json, self.kiosk_xlsx, self.parts_json, self.keys_txt, self.letter_docx]
        return [makers[k % len(makers)](k) for k in range(count)]

    def sales_xlsx(self, k: int) -> Doc:
        grid = [["売上日", "店舗", "金額"]] + [[serial_of(self.day(2021, 2026)), f"第{n}店", 1000 * n] for n in range(1, 6)]
        return Doc(f"b12c_clean_sales{k:03d}.xlsx", written(".xlsx", lambda t: w.write_xlsx(t, {"売上": grid})))

    def slips_txt(self, k: int) -> Doc:
        rows = ["伝票日     伝票番号  金額"] + [f"{self.day(2022, 2026):%Y%m%d}   {k:03d}{n}   {n * 550}" for n in range(5)]
        return Doc(f"b12c_clean_slips{k:03d}.txt", "\n".join(rows).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        makers = [self.sales_xlsx, self.slips_txt]
        return [makers[k % len(makers)](k) for k in range(count)]
