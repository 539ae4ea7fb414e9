"""Development corpus of issue 12's births12 work (births missed by format and placement):
the rules are corrected on it. No template, label, name or word list in common with
corpus_births12_check.py (tests/benchmarks/test_births12_corpora.py). One cell of the
matrix format × where the birth's label stands × the date's shape a kind: a 身上書 typed
from a paper form in Shift_JIS whose labels are spread letter by letter (生 年 月 日) and
stand after their value, a sheet whose 生年月日 header is merged over 年 | 月 | 日 cells, a
sheet whose birth column lost its date format (Excel serial numbers), a JSON export with
camelCase keys, an XML export with romaji elements and 漢数字 dates, a YAML profile with
one-digit era years, an HTML family table, a fixed-width text export with 8-digit dates,
a PDF form whose label stands above its value, a mail with a birth in its prose and a
CSV attached, a form laid down one column of a sheet (label above value), an XML export
whose birth is split over <nen>/<tsuki>/<hi>, a YAML file with romaji keys written apart
(seinen_gappi), a memoir saying where the person was born between date and 生まれ, a
headerless CSV whose rows hold a name, its reading and two 8-digit dates, a paper form typed
into a sheet with each label in brackets after its value (昭和… | （生年月日）). Each beside dates that are no births (`~DATE_OF_BIRTH`: 入社日, 記入日,
受診日, 交付日). Clean files: a price list by date, a shipment log.
"""

from __future__ import annotations

import json
import random
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.corpus import Doc
from samples import writers as w

NAMES = ["青木 俊介", "石原 美穂", "上田 拓海", "遠藤 香織", "小川 隆", "加藤 真由", "木村 翔", "工藤 彩花"]
KANA = {"青木": "アオキ", "石原": "イシハラ", "上田": "ウエダ", "遠藤": "エンドウ", "小川": "オガワ", "加藤": "カトウ",
        "木村": "キムラ", "工藤": "クドウ", "俊介": "シュンスケ", "美穂": "ミホ", "拓海": "タクミ", "香織": "カオリ",
        "隆": "タカシ", "真由": "マユ", "翔": "ショウ", "彩花": "アヤカ"}
ONLY = {("*", "DATE_OF_BIRTH")}
ERAS = [(date(2019, 5, 1), "令和", "R", 2018), (date(1989, 1, 8), "平成", "H", 1988), (date(1926, 12, 25), "昭和", "S", 1925)]
KANJI = "〇一二三四五六七八九"


def era_parts(d: date) -> tuple[str, str, int]:
    _, name, letter, base = next(era for era in ERAS if d >= era[0])
    return name, letter, d.year - base


def era_long(d: date) -> str:
    name, _, year = era_parts(d)
    return f"{name}{'元' if year == 1 else year}年{d.month}月{d.day}日"


def kanji_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else KANJI[tens]) + "十" if tens else "") + (KANJI[ones] if ones or not tens else "")


def era_kanji(d: date) -> str:
    name, _, year = era_parts(d)
    return f"{name}{kanji_number(year)}年{kanji_number(d.month)}月{kanji_number(d.day)}日"


def era_letter(d: date) -> str:
    _, letter, year = era_parts(d)
    return f"{letter}{year}.{d.month}.{d.day}"


def serial(d: date) -> int:
    return (d - date(1899, 12, 30)).days


def labelled(births, others) -> set:
    return ({("DATE_OF_BIRTH", b.isoformat()) for b in births}
            | {("~DATE_OF_BIRTH", o.isoformat()) for o in others if o not in births} | ONLY)


def file_bytes(suffix: str, write) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"doc{suffix}"
        write(path)
        return path.read_bytes()


class DevBirths12:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 23 + 12)

    def when(self, first: int, last: int) -> date:
        return date(self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def name(self) -> str:
        return self.rng.choice(NAMES)

    def spread_statement_txt(self, i: int) -> Doc:
        born, signed = self.when(1955, 2004), self.when(2024, 2026)
        spread = self.rng.choice(["生 年 月 日", "生　年　月　日", "生年 月日"])
        line = (f"{era_long(born)}　：{spread}" if self.rng.random() < 0.5 else f"{spread}　{era_kanji(born)}")
        lines = ["身　上　書", "", f"氏　　名　{self.name()}", line, "現 住 所　東京都北区王子1-2-3",
                 f"記 入 日　{era_long(signed)}"]
        return Doc(f"b12d_statement{i:03d}.txt", "\r\n".join(lines).encode("cp932"), labelled([born], [signed]))

    def merged_header_xlsx(self, i: int) -> Doc:
        rows, births, others = [["氏名", "生年月日", None, None, "入社日"], [None, "年", "月", "日", None]], [], []
        for _ in range(self.rng.randint(2, 5)):
            born, hired = self.when(1960, 2002), self.when(2005, 2025)
            rows.append([self.name(), born.year, born.month, born.day, hired.strftime("%Y/%m/%d")])
            births.append(born)
            others.append(hired)

        def write(path: Path) -> None:
            w.write_xlsx(path, {"社員": rows})

        return Doc(f"b12d_merged{i:03d}.xlsx", file_bytes(".xlsx", write), labelled(births, others))

    def serial_xlsx(self, i: int) -> Doc:
        rows, births = [["No", "氏名", "生年月日", "備考"]], []
        for n in range(1, self.rng.randint(3, 6)):
            born = self.when(1945, 2005)
            rows.append([n, self.name(), serial(born), ""])
            births.append(born)

        def write(path: Path) -> None:
            w.write_xlsx(path, {"名簿": rows})

        return Doc(f"b12d_serial{i:03d}.xlsx", file_bytes(".xlsx", write), labelled(births, []))

    def camel_json(self, i: int) -> Doc:
        born, hired = self.when(1960, 2003), self.when(2010, 2025)
        record = {"employeeId": f"E{self.rng.randint(10000, 99999)}", "fullName": self.name(),
                  "birthDate": born.strftime("%Y/%m/%d"), "hireDate": hired.strftime("%Y/%m/%d")}
        data = json.dumps({"employees": [record]}, ensure_ascii=False, indent=2).encode("utf-8")
        return Doc(f"b12d_camel{i:03d}.json", data, labelled([born], [hired]))

    def romaji_xml(self, i: int) -> Doc:
        born, seen = self.when(1940, 2000), self.when(2024, 2026)
        text = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kanja>\n  <shimei>{self.name()}</shimei>\n"
                f"  <seinengappi>{era_kanji(born)}</seinengappi>\n  <jushin_bi>{era_long(seen)}</jushin_bi>\n</kanja>\n")
        return Doc(f"b12d_romaji{i:03d}.xml", text.encode("utf-8"), labelled([born], [seen]))

    def profile_yaml(self, i: int) -> Doc:
        born, issued = self.when(1989, 2012), self.when(2020, 2026)
        text = (f"member:\n  name: {self.name()}\n  tanjoubi: {era_letter(born)}\n"
                f"  card_issued: {issued:%Y-%m-%d}\n")
        return Doc(f"b12d_profile{i:03d}.yaml", text.encode("utf-8"), labelled([born], [issued]))

    def family_html(self, i: int) -> Doc:
        family = self.name().split()[0]
        members = [("妻", "直子", self.when(1975, 1990)), ("長男", "陽太", self.when(2005, 2015)),
                   ("長女", "結衣", self.when(2016, 2023))]
        rows = "".join(f"<tr><td>{rel}</td><td>{family} {given}</td><td>{era_letter(b)}</td></tr>" for rel, given, b in members)
        text = (f"<html><body><h1>家族状況</h1><table><tr><th>続柄</th><th>氏名</th><th>生年月日</th></tr>{rows}</table>"
                "</body></html>")
        return Doc(f"b12d_family{i:03d}.html", text.encode("utf-8"), labelled([b for _, _, b in members], []))

    def fixed_width_txt(self, i: int) -> Doc:
        lines, births, others = [f"{'氏名':<10}{'生年月日':<9}{'入社日':<9}"], [], []
        for _ in range(self.rng.randint(2, 5)):
            born, hired = self.when(1960, 2002), self.when(2005, 2025)
            lines.append(f"{self.name():<12}{born:%Y%m%d}  {hired:%Y%m%d}")
            births.append(born)
            others.append(hired)
        return Doc(f"b12d_fixed{i:03d}.txt", "\n".join(lines).encode("utf-8"), labelled(births, others))

    def label_above_pdf(self, i: int) -> Doc:
        born, filed = self.when(1950, 2000), self.when(2024, 2026)
        lines = ["入会申込書", "氏名", self.name(), "生年月日", f"{born.year}年{born.month}月{born.day}日",
                 "申込日", f"{filed.year}年{filed.month}月{filed.day}日"]
        return Doc(f"b12d_above{i:03d}.pdf", file_bytes(".pdf", lambda p: w.write_pdf(p, [lines])), labelled([born], [filed]))

    def mail_eml(self, i: int) -> Doc:
        child, parent, sent = self.when(2008, 2020), self.when(1965, 1990), self.when(2025, 2026)
        body = (f"お世話になっております。\n長男は{era_long(child)}に生まれ、今春から中学生です。\n"
                "加入者の一覧を添付します。\n")
        attached = f"氏名,DOB,届出日\n{self.name()},{parent:%Y-%m-%d},{sent:%Y-%m-%d}\n".encode("utf-8")
        data = w.make_eml("家族の加入について", "a@example.jp", "b@example.jp", body, attachments=[("list.csv", attached)])
        return Doc(f"b12d_mail{i:03d}.eml", data, labelled([child, parent], [sent]))

    def column_form_xlsx(self, i: int) -> Doc:
        born, filed = self.when(1950, 2004), self.when(2024, 2026)
        rows = [["入会申込書"], ["氏名"], [self.name()], ["生年月日"], [f"{born.year}年{born.month}月{born.day}日"],
                ["申込日"], [f"{filed.year}年{filed.month}月{filed.day}日"]]
        if self.rng.random() < 0.5:
            rows = rows[3:]  # the sheet starts at 生年月日: that cell is read as the column's header
        return Doc(f"b12d_column{i:03d}.xlsx", file_bytes(".xlsx", lambda p: w.write_xlsx(p, {"申込": rows})),
                   labelled([born], [filed]))

    def split_elements_xml(self, i: int) -> Doc:
        born, hired = self.when(1955, 2003), self.when(2008, 2025)

        def parts(d: date) -> str:
            return f"<nen>{d.year}</nen><tsuki>{d.month}</tsuki><hi>{d.day}</hi>"

        text = (f"<shain>\n  <shimei>{self.name()}</shimei>\n  <seinengappi>{parts(born)}</seinengappi>\n"
                f"  <nyusha>{parts(hired)}</nyusha>\n</shain>\n")
        return Doc(f"b12d_split{i:03d}.xml", text.encode("utf-8"), labelled([born], [hired]))

    def settings_yaml(self, i: int) -> Doc:
        born, updated = self.when(1960, 2004), self.when(2023, 2026)
        text = f"shimei: {self.name()}\nseinen_gappi: {born:%Y-%m-%d}\nkoshin_bi: {updated:%Y-%m-%d}\n"
        return Doc(f"b12d_settings{i:03d}.yaml", text.encode("utf-8"), labelled([born], [updated]))

    def memoir_txt(self, i: int) -> Doc:
        born, moved = self.when(1940, 1990), self.when(2000, 2020)
        town = self.rng.choice(["函館", "金沢市内", "松本"])
        text = (f"{self.name()}さんは{era_long(born)}に{town}で生まれ、{era_long(moved)}に当地へ移りました。")
        return Doc(f"b12d_memoir{i:03d}.txt", text.encode("utf-8"), labelled([born], [moved]))

    def headerless_csv(self, i: int) -> Doc:
        lines, births, others = [], [], []
        for n in range(self.rng.randint(3, 6)):
            born, joined = self.when(1950, 2000), self.when(2012, 2026)
            family, given = self.name().split()
            lines.append(f"{i:03d}{n:02d},{family} {given},{KANA[family]} {KANA[given]},{born:%Y%m%d},{joined:%Y%m%d}")
            births.append(born)
            others.append(joined)
        return Doc(f"b12d_headerless{i:03d}.csv", "\r\n".join(lines).encode("cp932"), labelled(births, others))

    def label_after_xlsx(self, i: int) -> Doc:
        born, filed = self.when(1960, 2005), self.when(2024, 2026)
        family, given = self.name().split()
        rows = [["受講申込書", None, None, None], [f"{family} {given}", "（氏名）", f"{KANA[family]} {KANA[given]}", "（フリガナ）"],
                [era_long(born), "（生年月日）", f"{filed:%Y/%m/%d}", "（申込日）"]]
        return Doc(f"b12d_after{i:03d}.xlsx", file_bytes(".xlsx", lambda p: w.write_xlsx(p, {"申込": rows})),
                   labelled([born], [filed]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.spread_statement_txt, self.merged_header_xlsx, self.serial_xlsx, self.camel_json,
                 self.romaji_xml, self.profile_yaml, self.family_html, self.fixed_width_txt, self.label_above_pdf,
                 self.mail_eml, self.column_form_xlsx, self.split_elements_xml, self.settings_yaml, self.memoir_txt,
                 self.headerless_csv, self.label_after_xlsx]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def prices_csv(self, i: int) -> Doc:
        rows = ["改定日,品目,単価"] + [f"{self.when(2020, 2026):%Y/%m/%d},品目{n},{self.rng.randint(100, 900)}" for n in range(5)]
        return Doc(f"b12d_clean_prices{i:03d}.csv", "\n".join(rows).encode("utf-8"))

    def shipments_xlsx(self, i: int) -> Doc:
        rows = [["出荷日", "伝票", "数量"]] + [[serial(self.when(2022, 2026)), f"D{n:05d}", n + 3] for n in range(5)]
        return Doc(f"b12d_clean_ship{i:03d}.xlsx", file_bytes(".xlsx", lambda p: w.write_xlsx(p, {"出荷": rows})))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.prices_csv, self.shipments_xlsx]
        return [kinds[n % len(kinds)](n) for n in range(count)]
